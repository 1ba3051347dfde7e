import type { SellerOrder } from '@cloudmart/contracts';
import { Card, Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { errorMessage } from '../../shared/api/errors';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TwoLines } from '../../shared/ui/TwoLines';
import { useCurrentUser } from '../accounts/auth.queries';
import { OrderStatusTag, OrderTypeTag } from './order-labels';
import { OrderFilterForm } from './OrderFilterForm';
import { downloadOrdersCsv, orderListParams, orderListStateFrom, useSellerOrders, type OrderFilters } from './orders.queries';
import { DownloadButton } from '../../shared/ui/DownloadButton';
import { formatFen } from '../../shared/money';
import { distributionRateOf } from './order-labels';

export function OrdersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => orderListStateFrom(params), [params]);
  const orders = useSellerOrders(state);

  const search = (filters: OrderFilters) => setParams(orderListParams({ filters, page: 1, pageSize: state.pageSize }));

  // Fits 1280 px in both languages with nothing under the fixed action column: each cell
  // carries its secondary field on a second line (created time, code and spec, list price, paid time).
  const columns: TableColumnsType<SellerOrder> = [
    {
      key: 'orderNo',
      title: t('orders.orderNo'),
      dataIndex: 'orderNo',
      fixed: 'left',
      width: 170,
      render: (_, o) => (
        <TwoLines primary={<Link to={`/seller/orders/${encodeURIComponent(o.id)}`}>{o.orderNo}</Link>} secondary={formatDateTime(o.createdAt)} />
      ),
    },
    {
      key: 'productName',
      title: t('orders.productName'),
      dataIndex: 'productName',
      width: 210,
      ellipsis: true,
      render: (_, o) => <TwoLines primary={o.productName} secondary={`${o.productCode} · ${o.specName}`} />,
    },
    {
      key: 'paid',
      title: t('orders.paidAmount'),
      dataIndex: 'paidFen',
      align: 'right',
      width: 120,
      render: (_, o) => (
        <TwoLines
          primary={formatFen(o.paidFen)}
          secondary={
            o.paidFen === o.listPriceFen ? null : (
              <Typography.Text delete type="secondary">
                {formatFen(o.listPriceFen)}
              </Typography.Text>
            )
          }
        />
      ),
    },
    {
      key: 'type',
      title: t('orders.type'),
      dataIndex: 'type',
      width: 100,
      // guide 2.3 二.2: "订单列表会展示订单类型，如为分销订单，则会展示分销比例"
      render: (_, o) => (
        <TwoLines
          primary={<OrderTypeTag type={o.type} />}
          secondary={(() => {
            const rate = distributionRateOf(o);
            return rate === null ? null : (
              <Tag color="purple" variant="outlined" data-testid="distribution-tag">
                {t('orders.distributionTag', { rate })}
              </Tag>
            );
          })()}
        />
      ),
    },
    {
      key: 'status',
      title: t('orders.status'),
      dataIndex: 'status',
      width: 140,
      render: (_, o) => <TwoLines primary={<OrderStatusTag status={o.status} />} secondary={o.paidAt ? formatDateTime(o.paidAt) : null} />,
    },
    { key: 'buyerUid', title: t('orders.buyerUid'), dataIndex: 'buyerUid', width: 100 },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 70,
      render: (_, o) => <Link to={`/seller/orders/${encodeURIComponent(o.id)}`}>{t('orders.detail')}</Link>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('orders.title')}
        extra={can(me, 'orders.export') ? <DownloadButton download={() => downloadOrdersCsv(state.filters)}>{t('orders.exportCsv')}</DownloadButton> : null}
      />
      <Card style={{ marginBottom: 16 }}>
        <OrderFilterForm value={state.filters} onSearch={search} loading={orders.isFetching} />
      </Card>
      <Card>
        <Table<SellerOrder>
          rowKey="id"
          columns={columns}
          dataSource={orders.data?.items ?? []}
          loading={orders.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('orders.title')}
          locale={{
            emptyText: orders.isError ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={errorMessage(t, orders.error)} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.empty')} />
            ),
          }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: orders.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams(orderListParams({ filters: state.filters, page: pageSize === state.pageSize ? page : 1, pageSize })),
          }}
        />
      </Card>
    </>
  );
}
