import { invoiceStatuses, invoiceTypes, type InvoiceSummary } from '@cloudmart/contracts';
import { Button, Card, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
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

  const columns: TableColumnsType<InvoiceSummary> = [
    { key: 'id', title: t('aftersales.invoices.id'), width: 200, render: (_, i) => i.id },
    { key: 'buyer', title: t('aftersales.invoices.buyer'), width: 110, render: (_, i) => i.buyerUid },
    { key: 'contact', title: t('aftersales.invoices.contact'), width: 180, render: (_, i) => `${i.contactName} / ${i.contactPhone}` },
    { key: 'amount', title: t('aftersales.invoices.amount'), width: 120, align: 'right', render: (_, i) => formatFen(i.amountFen) },
    { key: 'type', title: t('aftersales.invoices.type'), width: 140, render: (_, i) => t(`aftersales.invoices.types.${i.type}`) },
    { key: 'status', title: t('aftersales.invoices.status'), width: 100, render: (_, i) => <InvoiceStatusTag status={i.status} /> },
    { key: 'appliedAt', title: t('aftersales.invoices.appliedAt'), width: 170, render: (_, i) => formatDateTime(i.createdAt) },
    { key: 'issuedAt', title: t('aftersales.invoices.issuedAt'), width: 170, render: (_, i) => formatDateTime(i.issuedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 80,
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
          scroll={{ x: 'max-content' }}
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
