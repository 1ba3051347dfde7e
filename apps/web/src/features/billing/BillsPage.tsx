import type { SellerBill } from '@cloudmart/contracts';
import { Button, Card, DatePicker, Flex, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TwoLines } from '../../shared/ui/TwoLines';
import { columnsWidth } from '../../shared/ui/table-width';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { trimmed } from '../../shared/list-state';
import { billParams, billStateFrom, useSellerBills, type BillListState } from './bills.queries';
import { formatFen } from '../../shared/money';

export function BillsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => billStateFrom(params), [params]);
  const list = useSellerBills(state);
  const [uidError, setUidError] = useState(false);
  const go = (next: BillListState) => setParams(billParams(next));
  const setFilter = (patch: BillListState['filters']) => go({ filters: { ...state.filters, ...patch }, page: 1, pageSize: state.pageSize });

  // Fits 1280 px in both languages (the table used to scroll): each cell carries its secondary
  // field on a second line (billing time, product code, buyer UID, amount paid, paid time).
  const columns: TableColumnsType<SellerBill> = [
    {
      key: 'period',
      title: t('commerce.bills.period'),
      dataIndex: 'period',
      width: 140,
      render: (_, b) => <TwoLines primary={b.period} secondary={formatDateTime(b.createdAt)} />,
    },
    {
      key: 'product',
      title: t('commerce.bills.product'),
      dataIndex: 'productName',
      width: 130,
      ellipsis: true,
      render: (_, b) => <TwoLines primary={b.productName} secondary={b.productCode} />,
    },
    {
      key: 'buyer',
      title: t('commerce.bills.buyer'),
      width: 115,
      ellipsis: true,
      render: (_, b) => <TwoLines primary={b.buyerLoginName} secondary={b.buyerUid} />,
    },
    {
      key: 'payable',
      title: t('commerce.bills.payable'),
      width: 120,
      align: 'right',
      render: (_, b) => <TwoLines primary={formatFen(b.amountFen)} secondary={`${t('commerce.bills.paid')} ${formatFen(b.paidFen)}`} />,
    },
    {
      key: 'voucher',
      title: t('commerce.bills.voucher'),
      width: 115,
      render: (_, b) => (b.voucherUsed ? `${t('commerce.yes')} (${formatFen(b.voucherFen)})` : t('commerce.no')),
    },
    {
      key: 'status',
      title: t('commerce.bills.status'),
      width: 150,
      render: (_, b) => (
        <TwoLines
          primary={
            <Space size={4}>
              <Tag color={b.status === 'paid' ? 'green' : 'gold'}>{t(`commerce.bills.statuses.${b.status}`)}</Tag>
              {b.overdue ? <Tag color="red">{t('billPay.overdue')}</Tag> : null}
            </Space>
          }
          secondary={b.paidAt ? formatDateTime(b.paidAt) : null}
        />
      ),
    },
    { key: 'dueAt', title: t('billPay.dueAt'), width: 150, render: (_, b) => formatDateTime(b.dueAt) },
  ];

  return (
    <>
      <PageHeader title={t('commerce.bills.title')} />
      <Card>
        <Typography.Paragraph type="secondary">{t('commerce.bills.intro')}</Typography.Paragraph>
        <Flex gap={8} wrap style={{ marginBottom: 16 }} role="search">
          <DatePicker
            picker="month"
            aria-label={t('commerce.bills.period')}
            placeholder={t('commerce.bills.period')}
            value={state.filters.period ? dayjs(`${state.filters.period}-01`) : null}
            onChange={(d) => setFilter({ period: d ? d.format('YYYY-MM') : undefined })}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            aria-label={t('commerce.bills.productCode')}
            placeholder={t('commerce.bills.productCode')}
            key={`code-${state.filters.productCode ?? ''}`}
            defaultValue={state.filters.productCode}
            onSearch={(v) => setFilter({ productCode: trimmed(v) })}
          />
          <Input.Search
            allowClear
            style={{ width: 200 }}
            inputMode="numeric"
            status={uidError ? 'error' : undefined}
            aria-invalid={uidError}
            aria-label={t('commerce.bills.buyerUid')}
            placeholder={t('commerce.bills.buyerUid')}
            key={`uid-${state.filters.buyerUid ?? ''}`}
            defaultValue={state.filters.buyerUid}
            onSearch={(v) => {
              const uid = trimmed(v);
              const bad = uid !== undefined && !/^[1-9][0-9]{0,15}$/.test(uid);
              setUidError(bad);
              if (!bad) setFilter({ buyerUid: uid });
            }}
          />
          <Button
            onClick={() => {
              setUidError(false);
              go({ filters: {}, page: 1, pageSize: state.pageSize });
            }}
          >
            {t('common.reset')}
          </Button>
        </Flex>
        <Table<SellerBill>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('commerce.bills.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('commerce.bills.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
    </>
  );
}
