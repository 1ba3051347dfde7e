import { PlusOutlined } from '@ant-design/icons';
import type { InvoiceStatus, InvoiceSummary } from '@cloudmart/contracts';
import { Button, Card, Empty, Select, Space, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { columnsWidth } from '../../../shared/ui/table-width';
import { aftersalesErrorMessage } from './aftersales-errors';
import { InvoiceStatusTag, InvoiceTypeText } from './aftersales-labels';
import { listParams, listStateFrom } from '../../orders/buyer/buyer.queries';
import { InvoiceProgressById } from './InvoiceProgress';
import { invoicePath, invoiceStatusList, useBuyerInvoices } from './invoices.queries';
import { formatFen } from '../../../shared/money';

/** 发票: the buyer's invoice applications; expand a row for its progress and mailing. */
export function BuyerInvoicesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => listStateFrom(params, invoiceStatusList), [params]);
  const invoices = useBuyerInvoices(state);

  // Fits 1280 px in both languages with nothing under the fixed action column: each cell
  // carries its secondary field on a second line (applied time, invoice type, issue time).
  const columns: TableColumnsType<InvoiceSummary> = [
    {
      key: 'id',
      title: t('buyerAftersales.invoice.id'),
      width: 200,
      render: (_, i) => <TwoLines primary={<Link to={invoicePath(i.id)}>{i.id}</Link>} secondary={formatDateTime(i.createdAt)} />,
    },
    { key: 'seller', title: t('buyerAftersales.invoice.seller'), dataIndex: 'sellerName', width: 120, ellipsis: true },
    {
      key: 'title',
      title: t('buyerAftersales.invoice.title'),
      dataIndex: 'title',
      width: 190,
      ellipsis: true,
      render: (_, i) => <TwoLines primary={i.title} secondary={<InvoiceTypeText type={i.type} />} />,
    },
    { key: 'amount', title: t('buyerAftersales.invoice.amount'), align: 'right', width: 130, render: (_, i) => formatFen(i.amountFen) },
    {
      key: 'status',
      title: t('buyerAftersales.invoice.status'),
      width: 150,
      render: (_, i) => <TwoLines primary={<InvoiceStatusTag status={i.status} />} secondary={i.issuedAt ? formatDateTime(i.issuedAt) : null} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 70,
      render: (_, i) => <Link to={invoicePath(i.id)}>{t('buyerAftersales.invoice.view')}</Link>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('menu.myInvoices')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/buyer/invoices/new')}>
            {t('buyerAftersales.invoice.apply')}
          </Button>
        }
      />
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <span id="invoice-status-filter">{t('buyerAftersales.invoice.status')}</span>
          <Select<InvoiceStatus | ''>
            aria-labelledby="invoice-status-filter"
            style={{ width: 160 }}
            value={state.status}
            onChange={(status) => setParams(listParams({ ...state, status, page: 1 }))}
            options={[{ value: '', label: t('common.all') }, ...invoiceStatusList.map((s) => ({ value: s, label: t(`buyerAftersales.invoiceStatuses.${s}`) }))]}
          />
        </Space>
        <Table<InvoiceSummary>
          rowKey="id"
          columns={columns}
          dataSource={invoices.data?.items ?? []}
          loading={invoices.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('menu.myInvoices')}
          expandable={{ expandedRowRender: (i) => <InvoiceProgressById id={i.id} /> }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={invoices.isError ? aftersalesErrorMessage(t, invoices.error) : t('buyerAftersales.invoice.empty')}
              />
            ),
          }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: invoices.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams(listParams({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize })),
          }}
        />
      </Card>
    </>
  );
}
