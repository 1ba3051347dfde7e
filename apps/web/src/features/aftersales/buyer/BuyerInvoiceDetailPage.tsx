import { ArrowLeftOutlined } from '@ant-design/icons';
import type { InvoiceDetail, InvoiceOrder } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { InvoiceStatusTag, InvoiceTypeText } from './aftersales-labels';
import { InvoiceProgress } from './InvoiceProgress';
import { useBuyerInvoice } from './invoices.queries';
import { formatFen } from '../../../shared/money';

function Application({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const d = invoice.details;
  return (
    <Descriptions
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'id', label: t('buyerAftersales.invoice.id'), children: invoice.id },
        { key: 'status', label: t('buyerAftersales.invoice.status'), children: <InvoiceStatusTag status={invoice.status} /> },
        { key: 'seller', label: t('buyerAftersales.invoice.seller'), children: invoice.sellerName },
        { key: 'type', label: t('buyerAftersales.invoice.type'), children: <InvoiceTypeText type={invoice.type} /> },
        { key: 'title', label: t('buyerAftersales.invoice.title'), children: invoice.title },
        { key: 'taxNo', label: t('buyerAftersales.invoice.taxNo'), children: invoice.taxNo ?? none },
        ...(d
          ? [
              { key: 'bank', label: t('buyerAftersales.invoice.bank'), children: d.bank },
              { key: 'account', label: t('buyerAftersales.invoice.account'), children: d.account },
              { key: 'regAddress', label: t('buyerAftersales.invoice.regAddress'), children: d.regAddress },
              { key: 'regPhone', label: t('buyerAftersales.invoice.regPhone'), children: d.regPhone },
            ]
          : []),
        { key: 'amount', label: t('buyerAftersales.invoice.amount'), children: <strong>{formatFen(invoice.amountFen)}</strong> },
        { key: 'appliedAt', label: t('buyerAftersales.invoice.appliedAt'), children: formatDateTime(invoice.createdAt) },
        { key: 'contactName', label: t('buyerAftersales.invoice.contactName'), children: invoice.contactName },
        { key: 'contactPhone', label: t('buyerAftersales.invoice.contactPhone'), children: invoice.contactPhone },
        { key: 'address', label: t('buyerAftersales.invoice.address'), children: invoice.address, span: 'filled' as const },
      ]}
    />
  );
}

/** /buyer/invoices/:id — one application: its progress, what was asked, and the orders it covers. */
export function BuyerInvoiceDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const invoice = useBuyerInvoice(id);

  const columns: TableColumnsType<InvoiceOrder> = [
    {
      key: 'orderNo',
      title: t('buyerAftersales.invoice.orderNo'),
      render: (_, o) => <Link to={`/buyer/orders/${encodeURIComponent(o.orderId)}`}>{o.orderNo}</Link>,
    },
    { key: 'product', title: t('buyerAftersales.invoice.product'), render: (_, o) => `${o.productName} / ${o.specName}` },
    { key: 'paid', title: t('buyerAftersales.invoice.paid'), align: 'right', render: (_, o) => formatFen(o.paidFen) },
    { key: 'cash', title: t('buyerAftersales.invoice.cash'), align: 'right', render: (_, o) => formatFen(o.cashFen) },
    // guide 2.4: the coupon part is invoiced to the marketplace, not to the buyer; shown when there is one
    ...(invoice.data?.orders.some((o) => o.voucherFen > 0)
      ? [
          {
            key: 'voucher',
            title: t('buyerAftersales.invoice.voucher'),
            align: 'right' as const,
            render: (_: unknown, o: InvoiceOrder) => formatFen(o.voucherFen),
          },
        ]
      : []),
    { key: 'paidAt', title: t('buyerAftersales.invoice.paidAt'), render: (_, o) => formatDateTime(o.paidAt) },
  ];
  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate('/buyer/invoices') : navigate(-1))}
    >
      {t('buyerAftersales.invoice.backToList')}
    </Button>
  );

  return (
    <>
      <PageHeader before={back} title={t('buyerAftersales.invoice.detailTitle')} />
      {invoice.isPending ? (
        <Card>
          <LoadingBlock />
        </Card>
      ) : invoice.isError ? (
        <Card>
          <LoadError error={invoice.error} onRetry={() => void invoice.refetch()} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          <Card title={t('buyerAftersales.invoice.progress')}>
            <InvoiceProgress invoice={invoice.data} />
          </Card>
          <Card>
            <Application invoice={invoice.data} />
          </Card>
          <Card title={t('buyerAftersales.invoice.orders')}>
            <Table<InvoiceOrder>
              rowKey="orderId"
              size="small"
              columns={columns}
              dataSource={invoice.data.orders}
              pagination={false}
              aria-label={t('buyerAftersales.invoice.orders')}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
