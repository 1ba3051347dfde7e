import type { InvoiceOrder } from '@cloudmart/contracts';
import { Button, Descriptions, Drawer, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/ui/format';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useAftersalesReporter } from './aftersales-ui';
import { invoiceApplicationItems, invoiceMailingItems } from './invoice-labels';
import { useRejectInvoice, useSellerInvoice } from './invoices.queries';
import { IssueInvoiceModal } from './IssueInvoiceModal';
import { ReasonModal } from './ReasonModal';
import { formatFen } from '../../shared/money';
import { useFeedback } from '../../shared/ui/feedback';

/** 发票申请详情: the application, its orders (the cash part is what is invoiced), 拒绝 / 开具发票 while applied. */
export function InvoiceDetailDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useAftersalesReporter();
  const invoice = useSellerInvoice(id);
  const reject = useRejectInvoice();
  const [rejecting, setRejecting] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const inv = invoice.data;

  const columns: TableColumnsType<InvoiceOrder> = [
    {
      key: 'orderNo',
      title: t('aftersales.invoices.orderNo'),
      render: (_, o) => <Link to={`/seller/orders/${encodeURIComponent(o.orderId)}`}>{o.orderNo}</Link>,
    },
    { key: 'product', title: t('aftersales.invoices.product'), render: (_, o) => o.productName },
    { key: 'spec', title: t('aftersales.invoices.spec'), render: (_, o) => o.specName },
    { key: 'paid', title: t('aftersales.invoices.paid'), align: 'right', render: (_, o) => formatFen(o.paidFen) },
    { key: 'cash', title: t('aftersales.invoices.cash'), align: 'right', render: (_, o) => formatFen(o.cashFen) },
    // guide 2.4: the coupon part is invoiced to the marketplace, not to the buyer; shown when there is one
    ...(inv?.orders.some((o) => o.voucherFen > 0)
      ? [{ key: 'voucher', title: t('aftersales.invoices.voucher'), align: 'right' as const, render: (_: unknown, o: InvoiceOrder) => formatFen(o.voucherFen) }]
      : []),
    { key: 'paidAt', title: t('aftersales.invoices.paidAt'), render: (_, o) => formatDateTime(o.paidAt) },
  ];

  const submitReject = (reason: string) => {
    if (!inv) return;
    reject.mutate(
      { id: inv.id, reason },
      {
        onSuccess: () => {
          void message.success(t('aftersales.invoices.rejected'));
          setRejecting(false);
        },
        onError: (err) => report(err),
      },
    );
  };

  return (
    <Drawer
      open={Boolean(id)}
      title={t('aftersales.invoices.detailTitle')}
      size="large"
      onClose={onClose}
      destroyOnHidden
      extra={
        inv?.status === 'applied' ? (
          <Space>
            <Button danger onClick={() => setRejecting(true)}>
              {t('aftersales.invoices.reject')}
            </Button>
            <Button type="primary" onClick={() => setIssuing(true)}>
              {t('aftersales.invoices.issue')}
            </Button>
          </Space>
        ) : null
      }
    >
      {invoice.isPending ? (
        <LoadingBlock />
      ) : invoice.isError ? (
        <LoadError error={invoice.error} onRetry={() => void invoice.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('aftersales.invoices.applicant')}
          </Typography.Title>
          <Descriptions bordered size="small" column={1} items={invoiceApplicationItems(invoice.data, t)} />
          {invoice.data.status === 'issued' ? (
            <>
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('aftersales.invoices.mailing')}
              </Typography.Title>
              <Descriptions bordered size="small" column={1} items={invoiceMailingItems(invoice.data, t)} />
            </>
          ) : null}
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('aftersales.invoices.orders')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('aftersales.invoices.cashHint')}</Typography.Text>
          <Table<InvoiceOrder>
            rowKey="orderId"
            columns={columns}
            dataSource={invoice.data.orders}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            aria-label={t('aftersales.invoices.orders')}
          />
        </Flex>
      )}
      <ReasonModal
        open={rejecting}
        pending={reject.isPending}
        title={t('aftersales.invoices.rejectTitle')}
        okText={t('aftersales.invoices.reject')}
        label={t('aftersales.invoices.rejectReason')}
        help={t('aftersales.invoices.rejectHelp')}
        onCancel={() => setRejecting(false)}
        onSubmit={submitReject}
      />
      {inv ? <IssueInvoiceModal open={issuing} invoiceId={inv.id} amountFen={inv.amountFen} onClose={() => setIssuing(false)} /> : null}
    </Drawer>
  );
}
