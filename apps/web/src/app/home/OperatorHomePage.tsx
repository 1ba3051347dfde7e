import { Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../shared/money';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { FigureCard } from './FigureCard';
import { useOperatorHome } from './home.queries';
import { SalesTrend } from './SalesTrend';
import { Heading, MutedText } from '../../shared/ui/text';
import { Panel } from '../../shared/ui/Panel';

/** Operator console home (issue 11 item 8): the review queues, each linking to its page, and platform totals. */
export function OperatorHomePage() {
  const { t } = useTranslation();
  const home = useOperatorHome();
  if (home.isPending) return <LoadingBlock />;
  if (home.isError) return <LoadError error={home.error} onRetry={() => void home.refetch()} />;
  const { queues: q, totals, sales, today } = home.data;
  const k = 'homePages.operator';
  const s = 'homePages.seller';

  return (
    <Flex vertical gap={16}>
      <div>
        <Heading level={1} style={{ fontSize: 22, margin: 0 }}>
          {t(`${k}.title`)}
        </Heading>
        <MutedText>{t('homePages.today', { day: today })}</MutedText>
      </div>
      <Panel title={t(`${k}.queues`)}>
        <Row gutter={[16, 16]}>
          <FigureCard label={t(`${k}.productReviews`)} value={q.productReviews} alert={q.productReviews > 0} to="/operator/product-reviews" />
          <FigureCard label={t(`${k}.delistingRequests`)} value={q.delistingRequests} alert={q.delistingRequests > 0} to="/operator/product-reviews" />
          <FigureCard label={t(`${k}.refundReviews`)} value={q.refundReviews} alert={q.refundReviews > 0} to="/operator/refunds" />
          <FigureCard label={t(`${k}.priceFlags`)} value={q.priceFlags} alert={q.priceFlags > 0} to="/operator/price-flags" />
          <FigureCard label={t(`${k}.overdueProjects`)} value={q.overdueProjects} alert={q.overdueProjects > 0} to="/operator/delivery-projects?tab=overdue" />
        </Row>
      </Panel>
      <Panel title={t(`${k}.totals`)}>
        <Row gutter={[16, 16]}>
          <FigureCard label={t(`${k}.sellers`)} value={totals.sellers} to="/operator/sellers" />
          <FigureCard label={t(`${k}.buyers`)} value={totals.buyers} />
          <FigureCard label={t(`${k}.listedProducts`)} value={totals.listedProducts} to="/store" />
          <FigureCard label={t(`${s}.ordersToday`)} value={sales.ordersToday} note={t(`${s}.paidToday`, { count: sales.paidToday })} to="/operator/finance" />
          <FigureCard label={t(`${s}.gmvToday`)} value={formatFen(sales.gmvTodayFen)} help={t(`${s}.gmvHelp`)} to="/operator/finance" />
          <FigureCard label={t(`${s}.gmv30d`)} value={formatFen(sales.gmv30dFen)} help={t(`${s}.gmvHelp`)} to="/operator/finance" />
        </Row>
      </Panel>
      <SalesTrend trend={sales.trend} />
    </Flex>
  );
}
