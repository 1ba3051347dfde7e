import type { PriceChange, PriceFlagStatus } from '@cloudmart/contracts';
import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/ui/format';
import { LoadError } from '../../shared/ui/QueryStates';
import { usePriceChanges } from './price-change.queries';
import { formatFen } from '../../shared/money';

const flagColor: Record<PriceFlagStatus, string> = { none: 'default', pending: 'warning', cleared: 'success', confirmed: 'error' };

export function PriceFlagTag({ status }: { status: PriceFlagStatus }) {
  const { t } = useTranslation();
  return <Tag color={flagColor[status]}>{t(`aftersales.priceChange.flagStatuses.${status}`)}</Tag>;
}

/** 改价记录: every change of the order's price, oldest first (old, new, reason, who, when). */
export function PriceChangesCard({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const history = usePriceChanges(orderId);
  const columns: TableColumnsType<PriceChange> = [
    { key: 'changedAt', title: t('aftersales.priceChange.changedAt'), width: 170, render: (_, c) => formatDateTime(c.createdAt) },
    { key: 'old', title: t('aftersales.priceChange.old'), align: 'right', width: 120, render: (_, c) => formatFen(c.oldFen) },
    { key: 'new', title: t('aftersales.priceChange.new'), align: 'right', width: 120, render: (_, c) => formatFen(c.newFen) },
    { key: 'reason', title: t('aftersales.priceChange.reason'), ellipsis: true, render: (_, c) => c.reason },
    { key: 'changedBy', title: t('aftersales.priceChange.changedBy'), width: 160, render: (_, c) => c.changedBy },
    {
      key: 'flagged',
      title: t('aftersales.priceChange.flagged'),
      width: 110,
      render: (_, c) => (c.flagged ? <PriceFlagTag status={c.flagStatus} /> : t('aftersales.common.none')),
    },
  ];
  return (
    <Card title={t('aftersales.priceChange.historyTitle')}>
      {history.isError ? (
        <LoadError error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <Table<PriceChange>
          rowKey="id"
          columns={columns}
          dataSource={history.data ?? []}
          loading={history.isPending}
          pagination={false}
          size="small"
          scroll={{ x: 'max-content' }}
          aria-label={t('aftersales.priceChange.historyTitle')}
          locale={{ emptyText: t('aftersales.priceChange.historyEmpty') }}
        />
      )}
    </Card>
  );
}
