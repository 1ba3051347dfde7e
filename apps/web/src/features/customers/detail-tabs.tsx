import { couponHoldingStatuses, demandStatuses, instanceStatuses, orderStatuses, orderTypes, type Call, type CustomerDetail } from '@cloudmart/contracts';
import { Empty, Table, Tabs, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFen } from '../../shared/money';
import { columnsWidth } from '../../shared/ui/table-width';
import { InstanceStatusBadge } from '../orders/instance-labels';
import { OrderStatusTag, OrderTypeTag } from '../orders/order-labels';
import { HoldingStatusTag } from '../promotions/promotion-labels';
import { beijingText } from '../promotions/promotion-time';
import { CallDuration, CallOutcome, CallStatusTag } from './CallParts';

type Order = CustomerDetail['orders'][number];
type Instance = CustomerDetail['instances'][number];
type Demand = CustomerDetail['demands'][number];
type Holding = CustomerDetail['coupons'][number];

/** The detail's statuses are plain strings in the contract: labelled when they are a known value, shown as sent otherwise. */
function oneOf<T extends string>(values: readonly T[], v: string): v is T {
  return values.some((x) => x === v);
}

const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

function SmallTable<T extends object>({
  rows,
  columns,
  rowKey,
  emptyText,
  label,
}: {
  rows: T[];
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  emptyText: string;
  label: string;
}) {
  return (
    <Table<T>
      size="small"
      rowKey={rowKey}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: columnsWidth(columns) }}
      aria-label={label}
      locale={{ emptyText: empty(emptyText) }}
    />
  );
}

function orderColumns(t: TFunction): TableColumnsType<Order> {
  return [
    {
      key: 'orderNo',
      title: t('customers.orders.orderNo'),
      width: 190,
      render: (_, o) => <Link to={`/seller/orders/${encodeURIComponent(o.id)}`}>{o.orderNo}</Link>,
    },
    { key: 'product', title: t('customers.orders.product'), width: 200, ellipsis: true, render: (_, o) => o.productName },
    { key: 'type', title: t('customers.orders.type'), width: 110, render: (_, o) => (oneOf(orderTypes, o.type) ? <OrderTypeTag type={o.type} /> : o.type) },
    {
      key: 'status',
      title: t('customers.orders.status'),
      width: 100,
      render: (_, o) => (oneOf(orderStatuses, o.status) ? <OrderStatusTag status={o.status} /> : o.status),
    },
    { key: 'paid', title: t('customers.orders.paid'), width: 120, align: 'right', render: (_, o) => formatFen(o.paidFen) },
    { key: 'createdAt', title: t('customers.orders.createdAt'), width: 170, render: (_, o) => beijingText(o.createdAt) },
  ];
}

function instanceColumns(t: TFunction): TableColumnsType<Instance> {
  return [
    {
      key: 'product',
      title: t('customers.instances.product'),
      width: 220,
      ellipsis: true,
      render: (_, i) => <Link to={`/seller/instances/${encodeURIComponent(i.id)}`}>{i.productName}</Link>,
    },
    { key: 'spec', title: t('customers.instances.spec'), width: 160, ellipsis: true, render: (_, i) => i.specName },
    {
      key: 'status',
      title: t('customers.instances.status'),
      width: 110,
      render: (_, i) => (oneOf(instanceStatuses, i.status) ? <InstanceStatusBadge status={i.status} /> : i.status),
    },
    { key: 'expiresAt', title: t('customers.instances.expiresAt'), width: 170, render: (_, i) => beijingText(i.expiresAt) },
  ];
}

function demandColumns(t: TFunction): TableColumnsType<Demand> {
  return [
    { key: 'demandNo', title: t('customers.demands.demandNo'), width: 180, render: (_, d) => d.demandNo },
    { key: 'name', title: t('customers.demands.name'), width: 240, ellipsis: true, render: (_, d) => d.name },
    {
      key: 'status',
      title: t('customers.demands.status'),
      width: 110,
      render: (_, d) => (oneOf(demandStatuses, d.status) ? t(`customers.demands.statuses.${d.status}`) : d.status),
    },
    { key: 'createdAt', title: t('customers.demands.createdAt'), width: 170, render: (_, d) => beijingText(d.createdAt) },
  ];
}

function couponColumns(t: TFunction): TableColumnsType<Holding> {
  return [
    {
      key: 'name',
      title: t('customers.coupons.name'),
      width: 240,
      ellipsis: true,
      render: (_, h) => <Link to={`/seller/coupons/${encodeURIComponent(h.couponId)}`}>{h.name}</Link>,
    },
    {
      key: 'status',
      title: t('customers.coupons.status'),
      width: 110,
      render: (_, h) => (oneOf(couponHoldingStatuses, h.status) ? <HoldingStatusTag status={h.status} /> : h.status),
    },
    { key: 'validTo', title: t('customers.coupons.validTo'), width: 170, render: (_, h) => beijingText(h.validTo) },
  ];
}

function callColumns(t: TFunction): TableColumnsType<Call> {
  return [
    { key: 'createdAt', title: t('customers.calls.createdAt'), width: 170, render: (_, c) => beijingText(c.createdAt) },
    { key: 'caller', title: t('customers.calls.caller'), width: 130, ellipsis: true, render: (_, c) => c.callerName },
    { key: 'callerPhone', title: t('customers.calls.callerPhone'), width: 130, render: (_, c) => c.callerPhoneMasked },
    { key: 'virtualNumber', title: t('customers.calls.virtualNumber'), width: 140, render: (_, c) => c.virtualNumber },
    { key: 'status', title: t('customers.calls.status'), width: 100, render: (_, c) => <CallStatusTag call={c} /> },
    { key: 'outcome', title: t('customers.calls.outcome'), width: 100, render: (_, c) => <CallOutcome call={c} /> },
    { key: 'duration', title: t('customers.calls.duration'), width: 110, render: (_, c) => <CallDuration call={c} /> },
  ];
}

/** 订单信息, 业务信息, 需求信息, 持有的优惠券 and the call records, one tab each. */
export function CustomerDetailTabs({ customer: c, couponAction }: { customer: CustomerDetail; couponAction: ReactNode }) {
  const { t } = useTranslation();
  const count = (label: string, n: number) => `${label} (${n})`;
  return (
    <Tabs
      items={[
        {
          key: 'orders',
          label: count(t('customers.tabs.orders'), c.orders.length),
          children: (
            <SmallTable rows={c.orders} columns={orderColumns(t)} rowKey="id" emptyText={t('customers.orders.empty')} label={t('customers.tabs.orders')} />
          ),
        },
        {
          key: 'instances',
          label: count(t('customers.tabs.instances'), c.instances.length),
          children: (
            <SmallTable
              rows={c.instances}
              columns={instanceColumns(t)}
              rowKey="id"
              emptyText={t('customers.instances.empty')}
              label={t('customers.tabs.instances')}
            />
          ),
        },
        {
          key: 'demands',
          label: count(t('customers.tabs.demands'), c.demands.length),
          children: (
            <SmallTable rows={c.demands} columns={demandColumns(t)} rowKey="id" emptyText={t('customers.demands.empty')} label={t('customers.tabs.demands')} />
          ),
        },
        {
          key: 'coupons',
          label: count(t('customers.tabs.coupons'), c.coupons.length),
          children: (
            <>
              {couponAction}
              <SmallTable
                rows={c.coupons}
                columns={couponColumns(t)}
                rowKey="holdingId"
                emptyText={t('customers.coupons.empty')}
                label={t('customers.tabs.coupons')}
              />
            </>
          ),
        },
        {
          key: 'calls',
          label: count(t('customers.tabs.calls'), c.calls.length),
          children: <SmallTable rows={c.calls} columns={callColumns(t)} rowKey="id" emptyText={t('customers.calls.empty')} label={t('customers.tabs.calls')} />,
        },
      ]}
    />
  );
}
