import type { ResellerTotal } from '@cloudmart/contracts';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../shared/money';
import { listEmpty } from '../../../shared/ui/commerce-ui';
import { SectionGate } from '../../../shared/ui/SectionGate';
import { columnsWidth } from '../../../shared/ui/table-width';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { distributionSection } from '../distribution.section';
import { useResellerTotals } from '../distribution.queries';

function Totals() {
  const { t } = useTranslation();
  const list = useResellerTotals();
  const columns: TableColumnsType<ResellerTotal> = [
    { key: 'reseller', title: t('distribution.totals.reseller'), width: 220, render: (_, r) => <TwoLines primary={r.displayName} secondary={r.code} /> },
    { key: 'orders', title: t('distribution.totals.orders'), width: 90, align: 'right', render: (_, r) => r.orderCount },
    { key: 'settled', title: t('distribution.totals.settled'), width: 140, align: 'right', render: (_, r) => formatFen(r.settledFen) },
    { key: 'clawedBack', title: t('distribution.totals.clawedBack'), width: 140, align: 'right', render: (_, r) => formatFen(r.clawedBackFen) },
    {
      key: 'balance',
      title: t('distribution.totals.balance'),
      width: 140,
      align: 'right',
      render: (_, r) => <Typography.Text type={r.balanceFen < 0 ? 'danger' : undefined}>{formatFen(r.balanceFen)}</Typography.Text>,
    },
  ];
  return (
    <Card title={t('distribution.totals.title')} data-testid="reseller-totals">
      <Table<ResellerTotal>
        rowKey="userId"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isFetching}
        scroll={{ x: columnsWidth(columns) }}
        size="middle"
        aria-label={t('distribution.totals.title')}
        locale={{ emptyText: listEmpty(t, list.error, t('distribution.totals.empty')) }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
    </Card>
  );
}

/** Platform finance: each reseller's settled and clawed-back commission and balance (the reseller_available accounts). */
export function ResellerTotalsCard() {
  return (
    <SectionGate sections={[distributionSection]}>
      <Totals />
    </SectionGate>
  );
}
