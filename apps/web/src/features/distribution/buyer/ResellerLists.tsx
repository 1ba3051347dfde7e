import type { ReferredOrder, ResellerProduct, ResellerStatement } from '@cloudmart/contracts';
import { Button, DatePicker, Flex, Form, Input, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../shared/money';
import { listEmpty, listPagination } from '../../../shared/ui/commerce-ui';
import { CopyField } from '../../../shared/ui/CopyField';
import { DownloadButton } from '../../../shared/ui/DownloadButton';
import { formatDateTime } from '../../../shared/ui/format';
import { columnsWidth } from '../../../shared/ui/table-width';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { CommissionStatusTag } from '../OrderResellerCard';
import { downloadStatementCsv, useReferredOrders, useResellerProducts, useResellerStatements, type ResellerListState } from '../distribution.queries';

interface ListProps {
  state: ResellerListState;
  go: (next: ResellerListState) => void;
}

/** The full referral link: this site's origin and the product page with ?ref=. */
export function referralUrl(path: string, origin: string = window.location.origin): string {
  return new URL(path, origin).toString();
}

/** 分销商的库: every product in the programme with this reseller's link and the seller's rate. */
export function ResellerProductsList({ state, go }: ListProps) {
  const { t } = useTranslation();
  const list = useResellerProducts(state, true);
  const columns: TableColumnsType<ResellerProduct> = [
    {
      key: 'product',
      title: t('distribution.reseller.product'),
      width: 240,
      render: (_, p) => <TwoLines primary={p.productName} secondary={p.sellerName} />,
    },
    { key: 'rate', title: t('distribution.reseller.rate'), width: 100, align: 'right', render: (_, p) => `${p.ratePct}%` },
    {
      key: 'fromPrice',
      title: t('distribution.reseller.fromPrice'),
      width: 110,
      align: 'right',
      render: (_, p) => (p.fromPriceFen === null ? '—' : formatFen(p.fromPriceFen)),
    },
    {
      key: 'link',
      title: t('distribution.reseller.link'),
      width: 420,
      render: (_, p) => <CopyField value={referralUrl(p.referralPath)} ariaLabel={`${t('distribution.reseller.link')} ${p.productName}`} />,
    },
  ];
  return (
    <>
      <Form
        layout="inline"
        key={state.filters.q ?? ''}
        initialValues={{ q: state.filters.q ?? '' }}
        onFinish={(v: { q?: string }) => go({ filters: { tab: 'products', q: v.q?.trim() || undefined }, page: 1, pageSize: state.pageSize })}
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="q" label={t('distribution.reseller.search')}>
          <Input.Search
            allowClear
            maxLength={60}
            style={{ width: 260 }}
            onSearch={(q) => go({ filters: { tab: 'products', q: q.trim() || undefined }, page: 1, pageSize: state.pageSize })}
          />
        </Form.Item>
      </Form>
      <Table<ResellerProduct>
        rowKey="productId"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: columnsWidth(columns) }}
        size="middle"
        aria-label={t('distribution.reseller.tabs.products')}
        locale={{ emptyText: listEmpty(t, list.error, t('distribution.reseller.productsEmpty')) }}
        pagination={listPagination(t, state, list.data?.total, go)}
      />
    </>
  );
}

/** 推广订单: the orders this reseller brought, by Beijing month. */
export function ReferredOrdersList({ state, go }: ListProps) {
  const { t } = useTranslation();
  const list = useReferredOrders(state, true);
  const month = state.filters.month;
  const columns: TableColumnsType<ReferredOrder> = [
    {
      key: 'orderNo',
      title: t('distribution.reseller.orderNo'),
      width: 190,
      render: (_, o) => <TwoLines primary={o.orderNo} secondary={formatDateTime(o.createdAt)} />,
    },
    { key: 'product', title: t('distribution.reseller.product'), width: 220, render: (_, o) => <TwoLines primary={o.productName} secondary={o.buyer} /> },
    { key: 'paid', title: t('distribution.reseller.paid'), width: 110, align: 'right', render: (_, o) => formatFen(o.paidFen) },
    { key: 'rate', title: t('distribution.reseller.rate'), width: 80, align: 'right', render: (_, o) => `${o.ratePct}%` },
    { key: 'commission', title: t('distribution.reseller.commission'), width: 110, align: 'right', render: (_, o) => formatFen(o.commissionFen) },
    {
      key: 'status',
      title: t('distribution.reseller.status'),
      width: 160,
      render: (_, o) => <TwoLines primary={<CommissionStatusTag status={o.commissionStatus} />} secondary={o.settledAt ? formatDateTime(o.settledAt) : null} />,
    },
  ];
  return (
    <>
      <Flex align="center" gap={8} style={{ marginBottom: 16 }}>
        <Typography.Text>{t('distribution.reseller.month')}</Typography.Text>
        <DatePicker
          picker="month"
          allowClear
          placeholder={t('distribution.reseller.allMonths')}
          aria-label={t('distribution.reseller.month')}
          value={month ? dayjs(`${month}-01`) : null}
          onChange={(d) => go({ filters: { tab: 'orders', month: d ? d.format('YYYY-MM') : undefined }, page: 1, pageSize: state.pageSize })}
        />
      </Flex>
      <Table<ReferredOrder>
        rowKey="orderId"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: columnsWidth(columns) }}
        size="middle"
        aria-label={t('distribution.reseller.tabs.orders')}
        locale={{ emptyText: listEmpty(t, list.error, t('distribution.reseller.ordersEmpty')) }}
        pagination={listPagination(t, state, list.data?.total, go)}
      />
    </>
  );
}

/** 月度结算单: one row per Beijing month, each downloadable as CSV. */
export function StatementsList({ go, state }: ListProps) {
  const { t } = useTranslation();
  const list = useResellerStatements(true);
  const columns: TableColumnsType<ResellerStatement> = [
    {
      key: 'month',
      title: t('distribution.reseller.month'),
      width: 110,
      render: (_, s) => (
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          onClick={() => go({ filters: { tab: 'orders', month: s.month }, page: 1, pageSize: state.pageSize })}
        >
          {s.month}
        </Button>
      ),
    },
    { key: 'orders', title: t('distribution.reseller.orderCount'), width: 90, align: 'right', render: (_, s) => s.orderCount },
    { key: 'settled', title: t('distribution.reseller.settled'), width: 130, align: 'right', render: (_, s) => formatFen(s.settledFen) },
    { key: 'clawedBack', title: t('distribution.reseller.clawedBack'), width: 130, align: 'right', render: (_, s) => formatFen(s.clawedBackFen) },
    {
      key: 'net',
      title: t('distribution.reseller.net'),
      width: 130,
      align: 'right',
      render: (_, s) => <Typography.Text strong>{formatFen(s.netFen)}</Typography.Text>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 150,
      render: (_, s) => <DownloadButton download={() => downloadStatementCsv(s.month)}>{t('distribution.reseller.download')}</DownloadButton>,
    },
  ];
  return (
    <Table<ResellerStatement>
      rowKey="month"
      columns={columns}
      dataSource={list.data ?? []}
      loading={list.isFetching}
      scroll={{ x: columnsWidth(columns) }}
      size="middle"
      aria-label={t('distribution.reseller.tabs.statements')}
      locale={{ emptyText: listEmpty(t, list.error, t('distribution.reseller.statementsEmpty')) }}
      pagination={false}
    />
  );
}
