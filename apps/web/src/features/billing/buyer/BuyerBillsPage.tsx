import type { BuyerBill } from '@cloudmart/contracts';
import { Button, Card, DatePicker, Empty, Space, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage, useErrorReporter } from '../../../shared/api/errors';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { columnsWidth } from '../../../shared/ui/table-width';
import { billParams, billStateFrom, useBuyerBills, usePayBill } from './bills.queries';
import { formatFen } from '../../../shared/money';
import { useFeedback } from '../../../shared/ui/feedback';

/** 账单: monthly bills of postpaid products. */
export function BuyerBillsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => billStateFrom(params), [params]);
  const bills = useBuyerBills(state);
  const payBill = usePayBill();
  const { modal, message } = useFeedback();
  const report = useErrorReporter();

  const confirmPay = (b: BuyerBill) =>
    modal.confirm({
      title: t('billPay.confirmTitle'),
      content: (
        <>
          <p>{t('billPay.confirmContent', { period: b.period, product: b.productName, amount: formatFen(b.amountFen) })}</p>
          <p>{t('billPay.sandboxNote')}</p>
        </>
      ),
      okText: t('billPay.pay'),
      onOk: () =>
        payBill.mutateAsync(b.id).then(
          () => void message.success(t('billPay.paid')),
          (err: unknown) => report(err),
        ),
    });

  // Fits 1280 px in both languages with nothing under the fixed action column: each cell
  // carries its secondary field on a second line (billing time, product code, amount paid).
  const columns: TableColumnsType<BuyerBill> = [
    {
      key: 'period',
      title: t('store.bill.period'),
      dataIndex: 'period',
      width: 140,
      render: (_, b) => <TwoLines primary={b.period} secondary={formatDateTime(b.createdAt)} />,
    },
    {
      key: 'product',
      title: t('store.checkout.product'),
      width: 160,
      ellipsis: true,
      render: (_, b) => <TwoLines primary={b.productName} secondary={b.productCode} />,
    },
    {
      key: 'amount',
      title: t('store.bill.amount'),
      align: 'right',
      width: 120,
      render: (_, b) => <TwoLines primary={formatFen(b.amountFen)} secondary={`${t('billPay.actualPaid')} ${formatFen(b.paidFen)}`} />,
    },
    {
      key: 'voucher',
      title: t('billPay.voucherUsed'),
      width: 115,
      render: (_, b) => (b.voucherUsed ? `${t('store.order.yes')} (${formatFen(b.voucherFen)})` : t('store.order.no')),
    },
    {
      key: 'status',
      title: t('store.bill.status'),
      width: 140,
      render: (_, b) => (
        <Space size={4}>
          <Tag color={b.status === 'paid' ? 'green' : 'gold'}>{t(`store.bill.statuses.${b.status}`)}</Tag>
          {b.overdue ? <Tag color="red">{t('billPay.overdue')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'dueAt', title: t('billPay.dueAt'), width: 150, render: (_, b) => formatDateTime(b.dueAt) },
    {
      key: 'actions',
      title: t('billPay.actions'),
      width: 80,
      fixed: 'right',
      render: (_, b) =>
        b.status === 'unpaid' ? (
          <Button type="link" size="small" onClick={() => confirmPay(b)} loading={payBill.isPending && payBill.variables === b.id}>
            {t('billPay.pay')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader title={t('menu.myBills')} />
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <label htmlFor="bill-period">{t('store.bill.period')}</label>
          <DatePicker
            id="bill-period"
            picker="month"
            allowClear
            value={state.period ? dayjs(`${state.period}-01`) : null}
            onChange={(d) => setParams(billParams({ ...state, period: d ? d.format('YYYY-MM') : '', page: 1 }))}
          />
        </Space>
        <Table<BuyerBill>
          rowKey="id"
          columns={columns}
          dataSource={bills.data?.items ?? []}
          loading={bills.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('menu.myBills')}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={bills.isError ? errorMessage(t, bills.error) : t('store.bill.empty')} />,
          }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: bills.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams(billParams({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize })),
          }}
        />
      </Card>
    </>
  );
}
