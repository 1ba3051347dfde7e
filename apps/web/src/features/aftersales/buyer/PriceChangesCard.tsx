import type { BuyerPriceChange } from '@cloudmart/contracts';
import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { LoadError } from '../../../shared/ui/QueryStates';
import { useBuyerPriceChanges } from './price-changes.queries';
import { formatFen } from '../../../shared/money';

/** 改价记录 of an order: old → new, the seller's reason and when (shown only when there was one). */
export function PriceChangesCard({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const changes = useBuyerPriceChanges(orderId);
  const columns: TableColumnsType<BuyerPriceChange> = [
    { key: 'old', title: t('buyerAftersales.priceChange.oldPrice'), align: 'right', render: (_, c) => <s>{formatFen(c.oldFen)}</s> },
    { key: 'new', title: t('buyerAftersales.priceChange.newPrice'), align: 'right', render: (_, c) => <strong>{formatFen(c.newFen)}</strong> },
    { key: 'reason', title: t('buyerAftersales.priceChange.reason'), dataIndex: 'reason' },
    { key: 'at', title: t('buyerAftersales.priceChange.changedAt'), render: (_, c) => formatDateTime(c.createdAt) },
  ];
  if (changes.isError) {
    return (
      <Card title={t('buyerAftersales.priceChange.title')}>
        <LoadError error={changes.error} onRetry={() => void changes.refetch()} />
      </Card>
    );
  }
  if (!changes.data?.length) return null;
  return (
    <Card title={t('buyerAftersales.priceChange.title')}>
      <Table<BuyerPriceChange>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={changes.data}
        pagination={false}
        aria-label={t('buyerAftersales.priceChange.title')}
      />
    </Card>
  );
}
