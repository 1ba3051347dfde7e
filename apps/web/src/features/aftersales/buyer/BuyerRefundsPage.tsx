import type { Refund, RefundStatus } from '@cloudmart/contracts';
import { Card, Empty, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { aftersalesErrorMessage } from './aftersales-errors';
import { RefundStatusTag } from './aftersales-labels';
import { listParams, listStateFrom } from '../../orders/buyer/buyer.queries';
import { refundStatusList, useBuyerRefunds } from './refunds.queries';
import { formatFen } from '../../../shared/money';

/** The amount, and once refunded the money back to the buyer. */
function RefundAmount({ refund }: { refund: Refund }) {
  const { t } = useTranslation();
  if (refund.status !== 'refunded') return <>{formatFen(refund.amountFen)}</>;
  return <Typography.Text type="success">{t('buyerAftersales.refund.moneyBack', { amount: formatFen(refund.amountFen) })}</Typography.Text>;
}

/** 退款记录: the buyer's refund requests and the seller's refunds to them, newest first. */
export function BuyerRefundsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => listStateFrom(params, refundStatusList), [params]);
  const refunds = useBuyerRefunds(state);

  const columns: TableColumnsType<Refund> = [
    {
      key: 'order',
      title: t('buyerAftersales.refund.order'),
      width: 170,
      render: (_, r) => <Link to={`/buyer/orders/${encodeURIComponent(r.orderId)}`}>{r.orderNo}</Link>,
    },
    { key: 'product', title: t('buyerAftersales.refund.product'), width: 220, ellipsis: true, render: (_, r) => `${r.productName} / ${r.specName}` },
    { key: 'amount', title: t('buyerAftersales.refund.amount'), align: 'right', width: 150, render: (_, r) => <RefundAmount refund={r} /> },
    { key: 'status', title: t('buyerAftersales.refund.status'), width: 110, render: (_, r) => <RefundStatusTag status={r.status} /> },
    { key: 'origin', title: t('buyerAftersales.refund.origin'), width: 110, render: (_, r) => t(`buyerAftersales.refundOrigins.${r.origin}`) },
    { key: 'reason', title: t('buyerAftersales.refund.reason'), dataIndex: 'reason', width: 200, ellipsis: true },
    { key: 'appliedAt', title: t('buyerAftersales.refund.appliedAt'), width: 170, render: (_, r) => formatDateTime(r.createdAt) },
    { key: 'reviewedAt', title: t('buyerAftersales.refund.reviewedAt'), width: 170, render: (_, r) => formatDateTime(r.decidedAt) },
    {
      key: 'rejectReason',
      title: t('buyerAftersales.refund.rejectReason'),
      width: 200,
      render: (_, r) => (r.rejectReason ? <Typography.Text type="danger">{r.rejectReason}</Typography.Text> : t('common.none')),
    },
  ];

  return (
    <>
      <PageHeader title={t('menu.myRefunds')} />
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <span id="refund-status-filter">{t('buyerAftersales.refund.status')}</span>
          <Select<RefundStatus | ''>
            aria-labelledby="refund-status-filter"
            style={{ width: 160 }}
            value={state.status}
            onChange={(status) => setParams(listParams({ ...state, status, page: 1 }))}
            options={[{ value: '', label: t('common.all') }, ...refundStatusList.map((s) => ({ value: s, label: t(`buyerAftersales.refundStatuses.${s}`) }))]}
          />
        </Space>
        <Table<Refund>
          rowKey="id"
          columns={columns}
          dataSource={refunds.data?.items ?? []}
          loading={refunds.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('menu.myRefunds')}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={refunds.isError ? aftersalesErrorMessage(t, refunds.error) : t('buyerAftersales.refund.empty')}
              />
            ),
          }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: refunds.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams(listParams({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize })),
          }}
        />
      </Card>
    </>
  );
}
