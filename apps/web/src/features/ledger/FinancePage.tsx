import { ledgerTxnKinds, sellerLedgerAccounts, type StatementEntry } from '@cloudmart/contracts';
import { Card, Col, DatePicker, Flex, Row, Select, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { downloadStatementCsv, statementParams, statementStateFrom, useSellerBalance, useStatement, type StatementListState } from './finance.queries';
import { DownloadButton } from '../../shared/ui/DownloadButton';
import { formatFen } from '../../shared/money';

function MoneyCard({ title, fen, help, loading }: { title: string; fen: number | undefined; help?: string; loading: boolean }) {
  return (
    <Card>
      <Statistic title={title} value={fen === undefined ? '—' : formatFen(fen)} loading={loading} />
      {help ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {help}
        </Typography.Text>
      ) : null}
    </Card>
  );
}

export function FinancePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => statementStateFrom(params), [params]);
  const balance = useSellerBalance();
  const statement = useStatement(state);
  const go = (next: StatementListState) => setParams(statementParams(next));
  const setFilter = (patch: StatementListState['filters']) => go({ filters: { ...state.filters, ...patch }, page: 1, pageSize: state.pageSize });
  const b = balance.data;

  const columns: TableColumnsType<StatementEntry> = [
    { key: 'at', title: t('commerce.finance.at'), width: 170, render: (_, e) => formatDateTime(e.createdAt) },
    { key: 'kind', title: t('commerce.finance.kind'), width: 120, render: (_, e) => t(`commerce.finance.kinds.${e.kind}`) },
    { key: 'account', title: t('commerce.finance.account'), width: 110, render: (_, e) => t(`commerce.finance.accounts.${e.account}`) },
    {
      key: 'orderNo',
      title: t('commerce.finance.orderNo'),
      width: 180,
      render: (_, e) => (e.orderNo ? <Link to={`/seller/orders/${encodeURIComponent(e.orderId)}`}>{e.orderNo}</Link> : t('common.none')),
    },
    {
      key: 'amount',
      title: t('commerce.finance.amount'),
      width: 130,
      align: 'right',
      render: (_, e) => (
        <Typography.Text type={e.amountFen < 0 ? 'danger' : 'success'}>{`${e.amountFen > 0 ? '+' : ''}${formatFen(e.amountFen)}`}</Typography.Text>
      ),
    },
    { key: 'balanceAfter', title: t('commerce.finance.balanceAfter'), width: 130, align: 'right', render: (_, e) => formatFen(e.balanceAfterFen) },
  ];

  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    state.filters.from || state.filters.to ? [state.filters.from ? dayjs(state.filters.from) : null, state.filters.to ? dayjs(state.filters.to) : null] : null;

  return (
    <>
      <PageHeader title={t('commerce.finance.title')} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={12} xl={6}>
          <MoneyCard title={t('commerce.finance.available')} fen={b?.availableFen} help={t('commerce.finance.availableHelp')} loading={balance.isPending} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <MoneyCard title={t('commerce.finance.frozen')} fen={b?.frozenFen} help={t('commerce.finance.frozenHelp')} loading={balance.isPending} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <MoneyCard title={t('commerce.finance.settledThisMonth')} fen={b?.settledThisMonthFen} loading={balance.isPending} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <MoneyCard title={t('commerce.finance.commissionThisMonth')} fen={b?.commissionThisMonthFen} loading={balance.isPending} />
        </Col>
      </Row>
      <Card
        title={t('commerce.finance.statement')}
        extra={<DownloadButton download={() => downloadStatementCsv(state.filters)}>{t('commerce.finance.export')}</DownloadButton>}
      >
        <Flex gap={8} wrap style={{ marginBottom: 16 }} role="search" aria-label={t('commerce.finance.filters')}>
          <DatePicker.RangePicker
            aria-label={t('commerce.finance.range')}
            allowEmpty={[true, true]}
            value={range}
            onChange={(v) => setFilter({ from: v?.[0]?.startOf('day').toISOString(), to: v?.[1]?.endOf('day').toISOString() })}
          />
          <Select
            allowClear
            style={{ width: 160 }}
            aria-label={t('commerce.finance.kind')}
            placeholder={t('commerce.finance.anyKind')}
            value={state.filters.kind}
            onChange={(v: string | undefined) => setFilter({ kind: v })}
            options={ledgerTxnKinds.map((k) => ({ value: k, label: t(`commerce.finance.kinds.${k}`) }))}
          />
          <Select
            allowClear
            style={{ width: 160 }}
            aria-label={t('commerce.finance.account')}
            placeholder={t('commerce.finance.anyAccount')}
            value={state.filters.account}
            onChange={(v: string | undefined) => setFilter({ account: v })}
            options={sellerLedgerAccounts.map((k) => ({ value: k, label: t(`commerce.finance.accounts.${k}`) }))}
          />
        </Flex>
        <Table<StatementEntry>
          rowKey="id"
          columns={columns}
          dataSource={statement.data?.items ?? []}
          loading={statement.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('commerce.finance.statement')}
          locale={{ emptyText: listEmpty(t, statement.error, t('commerce.finance.empty')) }}
          pagination={listPagination(t, state, statement.data?.total, go)}
        />
      </Card>
    </>
  );
}
