import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError } from '../../../shared/ui/QueryStates';
import { usePlatformFinance } from '../finance.queries';
import { formatFen } from '../../../shared/money';
import { ResellerTotalsCard } from '../../distribution/operator/ResellerTotalsCard';

export function PlatformFinancePage() {
  const { t } = useTranslation();
  const summary = usePlatformFinance();
  const s = summary.data;
  const cards = [
    // buyer funds are stored negative (money from outside): show what buyers paid in
    { key: 'buyerFunds', title: t('commerce.platformFinance.buyerFunds'), fen: s ? -s.buyerFundsFen : undefined },
    { key: 'platformRevenue', title: t('commerce.platformFinance.platformRevenue'), fen: s?.platformRevenueFen },
    { key: 'sellerFrozen', title: t('commerce.platformFinance.sellerFrozen'), fen: s?.sellerFrozenFen },
    { key: 'sellerAvailable', title: t('commerce.platformFinance.sellerAvailable'), fen: s?.sellerAvailableFen },
    { key: 'resellerAvailable', title: t('commerce.platformFinance.resellerAvailable'), fen: s?.resellerAvailableFen },
  ];
  return (
    <>
      <PageHeader title={t('commerce.platformFinance.title')} />
      {summary.isError ? (
        <Card>
          <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
        </Card>
      ) : (
        <>
          {s ? (
            <Alert
              type={s.balanced ? 'success' : 'error'}
              showIcon
              title={s.balanced ? t('commerce.platformFinance.balanced') : `${t('commerce.platformFinance.unbalanced')} (${formatFen(s.globalSumFen)})`}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Row gutter={[16, 16]}>
            {cards.map((c) => (
              <Col key={c.key} xs={24} md={12} xl={8}>
                <Card>
                  <Statistic title={c.title} value={c.fen === undefined ? '—' : formatFen(c.fen)} loading={summary.isPending} />
                </Card>
              </Col>
            ))}
          </Row>
          <div style={{ marginTop: 16 }}>
            <ResellerTotalsCard />
          </div>
        </>
      )}
    </>
  );
}
