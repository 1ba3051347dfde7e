import type { SellerOrder } from '@cloudmart/contracts';
import { Card, Empty, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { errorMessage } from '../../shared/api/errors';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../accounts/auth.queries';
import { OrderStatusTag, OrderTypeTag } from './order-labels';
import { OrderFilterForm } from './OrderFilterForm';
import { downloadOrdersCsv, orderListParams, orderListStateFrom, useSellerOrders, type OrderFilters } from './orders.queries';
import { DownloadButton } from '../../shared/ui/DownloadButton';
import { formatFen } from '../../shared/money';

export function OrdersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => orderListStateFrom(params), [params]);
  const orders = useSellerOrders(state);

  const search = (filters: OrderFilters) => setParams(orderListParams({ filters, page: 1, pageSize: state.pageSize }));

  const columns: TableColumnsType<SellerOrder> = [
    {
      key: 'orderNo',
      title: t('orders.orderNo'),
      dataIndex: 'orderNo',
      fixed: 'left',
      width: 180,
      render: (_, o) => <Link to={`/seller/orders/${encodeURIComponent(o.id)}`}>{o.orderNo}</Link>,
    },
    { key: 'productCode', title: t('orders.productCode'), dataIndex: 'productCode', width: 140 },
    { key: 'productName', title: t('orders.productName'), dataIndex: 'productName', width: 200, ellipsis: true },
    { key: 'listPrice', title: t('orders.listPrice'), dataIndex: 'listPriceFen', align: 'right', width: 120, render: (_, o) => formatFen(o.listPriceFen) },
    { key: 'paid', title: t('orders.paidAmount'), dataIndex: 'paidFen', align: 'right', width: 120, render: (_, o) => formatFen(o.paidFen) },
    { key: 'type', title: t('orders.type'), dataIndex: 'type', width: 100, render: (_, o) => <OrderTypeTag type={o.type} /> },
    { key: 'status', title: t('orders.status'), dataIndex: 'status', width: 100, render: (_, o) => <OrderStatusTag status={o.status} /> },
    { key: 'createdAt', title: t('orders.createdAt'), dataIndex: 'createdAt', width: 170, render: (_, o) => formatDateTime(o.createdAt) },
    {
      key: 'paidAt',
      title: t('orders.paidAt'),
      dataIndex: 'paidAt',
      width: 170,
      render: (_, o) => formatDateTime(o.paidAt, t('orders.unpaid')),
    },
    { key: 'specName', title: t('orders.specName'), dataIndex: 'specName', width: 140, ellipsis: true },
    { key: 'buyerUid', title: t('orders.buyerUid'), dataIndex: 'buyerUid', width: 110 },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 80,
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
