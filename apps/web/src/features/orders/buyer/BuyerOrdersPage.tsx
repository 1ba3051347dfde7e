import type { BuyerOrder, OrderStatus } from '@cloudmart/contracts';
import { Button, Card, Empty, Select, Space, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../../shared/api/errors';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { columnsWidth } from '../../../shared/ui/table-width';
import { BuyerOrderStatusTag, BuyerOrderTypeText } from './buyer-labels';
import { listParams, listStateFrom, orderStatusList, useBuyerOrders } from './buyer.queries';
import { formatFen } from '../../../shared/money';

const orderPath = (id: string) => `/buyer/orders/${encodeURIComponent(id)}`;

/** 我的订单: newest first, filtered by status; unpaid ones can be paid from here. */
export function BuyerOrdersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => listStateFrom(params, orderStatusList), [params]);
  const orders = useBuyerOrders(state);

  // Fits 1280 px in both languages with nothing under the fixed action column: each cell
  // carries its secondary field on a second line (created time, spec).
  const columns: TableColumnsType<BuyerOrder> = [
    {
      key: 'orderNo',
      title: t('store.order.orderNo'),
      width: 170,
      render: (_, o) => <TwoLines primary={<Link to={orderPath(o.id)}>{o.orderNo}</Link>} secondary={formatDateTime(o.createdAt)} />,
    },
    {
      key: 'product',
      title: t('store.checkout.product'),
      dataIndex: 'productName',
      ellipsis: true,
      width: 210,
      render: (_, o) => <TwoLines primary={o.productName} secondary={o.specName} />,
    },
    { key: 'type', title: t('store.order.type'), width: 90, render: (_, o) => <BuyerOrderTypeText type={o.type} /> },
    { key: 'quantity', title: t('store.product.quantity'), dataIndex: 'quantity', align: 'right', width: 90 },
    { key: 'amount', title: t('store.order.amount'), align: 'right', width: 120, render: (_, o) => formatFen(o.paidFen) },
    { key: 'status', title: t('store.order.status'), width: 110, render: (_, o) => <BuyerOrderStatusTag status={o.status} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 140,
      render: (_, o) => (
        <Space size={4}>
          {o.status === 'unpaid' ? (
            <Button type="link" size="small" onClick={() => void navigate(`/store/pay/${encodeURIComponent(o.id)}`)}>
              {t('store.order.pay')}
            </Button>
          ) : null}
          <Link to={orderPath(o.id)}>{t('store.order.detail')}</Link>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('menu.myOrders')} extra={<Button onClick={() => void navigate('/store')}>{t('store.buyer.goShopping')}</Button>} />
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <span id="order-status-filter">{t('store.order.status')}</span>
          <Select<OrderStatus | ''>
            aria-labelledby="order-status-filter"
            style={{ width: 160 }}
            value={state.status}
            onChange={(status) => setParams(listParams({ ...state, status, page: 1 }))}
            options={[{ value: '', label: t('common.all') }, ...orderStatusList.map((s) => ({ value: s, label: t(`store.orderStatuses.${s}`) }))]}
          />
        </Space>
        <Table<BuyerOrder>
          rowKey="id"
          columns={columns}
          dataSource={orders.data?.items ?? []}
          loading={orders.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('menu.myOrders')}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={orders.isError ? errorMessage(t, orders.error) : t('store.buyer.noOrders')} />,
          }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: orders.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams(listParams({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize })),
          }}
        />
      </Card>
    </>
  );
}
