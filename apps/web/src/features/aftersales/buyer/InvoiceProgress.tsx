import type { InvoiceDetail } from '@cloudmart/contracts';
import { Alert, Descriptions, Flex, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useBuyerInvoice } from './invoices.queries';

/** applied → issued | rejected, with the reject reason or the mailing (carrier, tracking no.). */
export function InvoiceProgress({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const done = invoice.status !== 'applied';
  const last =
    invoice.status === 'rejected'
      ? { title: t('buyerAftersales.invoice.stepRejected'), status: 'error' as const }
      : invoice.status === 'issued'
        ? { title: t('buyerAftersales.invoice.stepIssued'), status: 'finish' as const }
        : { title: t('buyerAftersales.invoice.stepWaiting'), status: 'process' as const };
  return (
    <Flex vertical gap={16}>
      <Steps
        size="small"
        items={[
          { title: t('buyerAftersales.invoice.stepApplied'), status: 'finish', content: formatDateTime(invoice.createdAt) },
          { ...last, content: done ? formatDateTime(invoice.decidedAt ?? invoice.issuedAt) : undefined },
        ]}
      />
      {invoice.status === 'applied' ? <Alert type="info" showIcon title={t('buyerAftersales.invoice.waitingHint')} /> : null}
      {invoice.status === 'rejected' ? (
        <Alert type="error" showIcon title={t('buyerAftersales.invoice.rejectReason')} description={invoice.rejectReason ?? t('common.none')} />
      ) : null}
      {invoice.status === 'issued' ? (
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'invoiceNo', label: t('buyerAftersales.invoice.invoiceNo'), children: invoice.invoiceNo ?? t('common.none') },
            { key: 'issuedAt', label: t('buyerAftersales.invoice.issuedAt'), children: formatDateTime(invoice.issuedAt) },
            { key: 'carrier', label: t('buyerAftersales.invoice.carrier'), children: invoice.carrier ?? t('common.none') },
            {
              key: 'trackingNo',
              label: t('buyerAftersales.invoice.trackingNo'),
              children: <span data-testid="invoice-tracking-no">{invoice.trackingNo ?? t('common.none')}</span>,
            },
            {
              key: 'postage',
              label: t('buyerAftersales.invoice.postageLabel'),
              children: invoice.postage ? t(`buyerAftersales.postage.${invoice.postage}`) : t('common.none'),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}

/** The progress of one application, loaded on demand (an expanded row of the list). */
export function InvoiceProgressById({ id }: { id: string }) {
  const invoice = useBuyerInvoice(id);
  if (invoice.isPending) return <LoadingBlock minHeight={80} />;
  if (invoice.isError) return <LoadError error={invoice.error} onRetry={() => void invoice.refetch()} />;
  return <InvoiceProgress invoice={invoice.data} />;
}
