import { invoiceStatuses, invoiceTypes, type InvoiceSummary } from '@cloudmart/contracts';
import { Button, Card, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TwoLines } from '../../shared/ui/TwoLines';
import { columnsWidth } from '../../shared/ui/table-width';
import { listPagination } from '../../shared/ui/commerce-ui';
import { listEmpty } from './aftersales-ui';
import { InvoiceDetailDrawer } from './InvoiceDetailDrawer';
import { InvoiceStatusTag } from './invoice-labels';
import { invoiceListParams, invoiceListStateFrom, useSellerInvoices, type InvoiceListState } from './invoices.queries';
import { SelectFilterForm } from './SelectFilterForm';
import { formatFen } from '../../shared/money';

/** 发票管理 (DOMAIN 2.4): buyers' invoice applications, rejected or issued and mailed offline. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params] = useSearchParams();
  const state = useMemo(() => invoiceListStateFrom(params), [params]);
  const list = useSellerInvoices(state);

  // the drawer lives in the path (/seller/invoices/:id, also the notification link), the filters in the query
  const go = (next: InvoiceListState, invoiceId?: string) => {
    const search = invoiceListParams(next).toString();
    void navigate(`/seller/invoices${invoiceId ? `/${encodeURIComponent(invoiceId)}` : ''}${search ? `?${search}` : ''}`);
  };

  // Fits 1280 px in both languages with nothing under the fixed action column: each cell
  // carries its secondary field on a second line (applied time, contact, invoice type, issue time).
  const columns: TableColumnsType<InvoiceSummary> = [
    { key: 'id', title: t('aftersales.invoices.id'), width: 210, render: (_, i) => <TwoLines primary={i.id} secondary={formatDateTime(i.createdAt)} /> },
    {
      key: 'buyer',
      title: t('aftersales.invoices.buyer'),
      width: 170,
      ellipsis: true,
      render: (_, i) => <TwoLines primary={i.buyerUid} secondary={`${i.contactName} / ${i.contactPhone}`} />,
    },
    {
      key: 'amount',
      title: t('aftersales.invoices.amount'),
      width: 170,
      align: 'right',
      render: (_, i) => <TwoLines primary={formatFen(i.amountFen)} secondary={t(`aftersales.invoices.types.${i.type}`)} />,
    },
    {
      key: 'status',
      title: t('aftersales.invoices.status'),
      width: 150,
      render: (_, i) => <TwoLines primary={<InvoiceStatusTag status={i.status} />} secondary={i.issuedAt ? formatDateTime(i.issuedAt) : null} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 70,
      render: (_, i) => (
        <Button type="link" size="small" onClick={() => go(state, i.id)}>
          {t('aftersales.common.view')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('aftersales.invoices.title')} />
      <Card style={{ marginBottom: 16 }}>
        <SelectFilterForm
          name="invoiceFilters"
          ariaLabel={t('aftersales.invoices.filters')}
          value={state.filters}
          loading={list.isFetching}
          onSearch={(filters) => go({ filters, page: 1, pageSize: state.pageSize })}
          fields={[
            {
              name: 'status',
              label: t('aftersales.invoices.status'),
              placeholder: t('aftersales.invoices.anyStatus'),
              options: invoiceStatuses.map((s) => ({ value: s, label: t(`aftersales.invoices.statuses.${s}`) })),
            },
            {
              name: 'type',
              label: t('aftersales.invoices.type'),
              placeholder: t('aftersales.invoices.anyType'),
              options: invoiceTypes.map((v) => ({ value: v, label: t(`aftersales.invoices.types.${v}`) })),
            },
          ]}
        />
      </Card>
      <Card>
        <Table<InvoiceSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('aftersales.invoices.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('aftersales.invoices.empty')) }}
          pagination={listPagination(t, state, list.data?.total, (next) => go(next))}
        />
      </Card>
      <InvoiceDetailDrawer id={id} onClose={() => go(state)} />
    </>
  );
}
