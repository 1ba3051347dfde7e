import type { SellerBill } from '@cloudmart/contracts';
import { Button, Card, DatePicker, Flex, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
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

  const columns: TableColumnsType<SellerBill> = [
    { key: 'period', title: t('commerce.bills.period'), dataIndex: 'period', width: 100 },
    { key: 'productCode', title: t('commerce.bills.productCode'), dataIndex: 'productCode', width: 140 },
    { key: 'product', title: t('commerce.bills.product'), dataIndex: 'productName', width: 200, ellipsis: true },
    { key: 'buyer', title: t('commerce.bills.buyer'), width: 180, render: (_, b) => `${b.buyerLoginName} (${b.buyerUid})` },
    { key: 'payable', title: t('commerce.bills.payable'), width: 120, align: 'right', render: (_, b) => formatFen(b.amountFen) },
    { key: 'paid', title: t('commerce.bills.paid'), width: 120, align: 'right', render: (_, b) => formatFen(b.paidFen) },
    {
      key: 'voucher',
      title: t('commerce.bills.voucher'),
      width: 130,
      render: (_, b) => (b.voucherUsed ? `${t('commerce.yes')} (${formatFen(b.voucherFen)})` : t('commerce.no')),
    },
    {
      key: 'status',
      title: t('commerce.bills.status'),
      width: 160,
      render: (_, b) => (
        <Space size={4}>
          <Tag color={b.status === 'paid' ? 'green' : 'gold'}>{t(`commerce.bills.statuses.${b.status}`)}</Tag>
          {b.overdue ? <Tag color="red">{t('billPay.overdue')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'dueAt', title: t('billPay.dueAt'), width: 170, render: (_, b) => formatDateTime(b.dueAt) },
    { key: 'createdAt', title: t('commerce.bills.createdAt'), width: 170, render: (_, b) => formatDateTime(b.createdAt) },
    { key: 'paidAt', title: t('commerce.bills.paidAt'), width: 170, render: (_, b) => formatDateTime(b.paidAt) },
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
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('commerce.bills.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('commerce.bills.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
    </>
  );
}
