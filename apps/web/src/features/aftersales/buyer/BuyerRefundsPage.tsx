import type { Refund, RefundStatus } from '@cloudmart/contracts';
import { Card, Empty, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { columnsWidth } from '../../../shared/ui/table-width';
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

  // Fits 1280 px in both languages (the table used to scroll): each cell carries its secondary
  // field on a second line (applied time, spec, who initiated it, review time, the rejection reason).
  const columns: TableColumnsType<Refund> = [
    {
      key: 'order',
      title: t('buyerAftersales.refund.order'),
      width: 160,
      render: (_, r) => (
        <TwoLines primary={<Link to={`/buyer/orders/${encodeURIComponent(r.orderId)}`}>{r.orderNo}</Link>} secondary={formatDateTime(r.createdAt)} />
      ),
    },
    {
      key: 'product',
      title: t('buyerAftersales.refund.product'),
      width: 180,
      ellipsis: true,
      render: (_, r) => <TwoLines primary={r.productName} secondary={r.specName} />,
    },
    {
      key: 'amount',
      title: t('buyerAftersales.refund.amount'),
      align: 'right',
      width: 160,
      render: (_, r) => <TwoLines primary={<RefundAmount refund={r} />} secondary={t(`buyerAftersales.refundOrigins.${r.origin}`)} />,
    },
    {
      key: 'status',
      title: t('buyerAftersales.refund.status'),
      width: 150,
      render: (_, r) => <TwoLines primary={<RefundStatusTag status={r.status} />} secondary={r.decidedAt ? formatDateTime(r.decidedAt) : null} />,
    },
    {
      key: 'reason',
      title: t('buyerAftersales.refund.reason'),
      dataIndex: 'reason',
      width: 240,
      ellipsis: true,
      render: (_, r) => (
        <TwoLines
          primary={r.reason}
          secondary={
            r.rejectReason ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {`${t('buyerAftersales.refund.rejectReason')}: ${r.rejectReason}`}
              </Typography.Text>
            ) : null
          }
        />
      ),
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
          scroll={{ x: columnsWidth(columns) }}
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
