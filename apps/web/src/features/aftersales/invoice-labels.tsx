import type { InvoiceDetail, InvoiceStatus } from '@cloudmart/contracts';
import { Tag, type DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/ui/format';
import { formatFen } from '../../shared/money';

const statusColor: Record<InvoiceStatus, string> = { applied: 'processing', issued: 'success', rejected: 'error' };

export function InvoiceStatusTag({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`aftersales.invoices.statuses.${status}`)}</Tag>;
}

/** The application as the buyer filled it in (title, tax number, bank details, mailing address). */
export function invoiceApplicationItems(i: InvoiceDetail, t: TFunction): DescriptionsProps['items'] {
  const none = t('aftersales.common.none');
  return [
    { key: 'id', label: t('aftersales.invoices.id'), children: i.id },
    { key: 'status', label: t('aftersales.invoices.status'), children: <InvoiceStatusTag status={i.status} /> },
    { key: 'type', label: t('aftersales.invoices.type'), children: t(`aftersales.invoices.types.${i.type}`) },
    { key: 'amount', label: t('aftersales.invoices.amount'), children: formatFen(i.amountFen) },
    { key: 'title', label: t('aftersales.invoices.invoiceTitle'), children: i.title },
    { key: 'taxNo', label: t('aftersales.invoices.taxNo'), children: i.taxNo ?? none },
    ...(i.details
      ? [
          { key: 'bank', label: t('aftersales.invoices.bank'), children: i.details.bank },
          { key: 'account', label: t('aftersales.invoices.account'), children: i.details.account },
          { key: 'regAddress', label: t('aftersales.invoices.regAddress'), children: i.details.regAddress },
          { key: 'regPhone', label: t('aftersales.invoices.regPhone'), children: i.details.regPhone },
        ]
      : []),
    { key: 'buyer', label: t('aftersales.invoices.buyer'), children: i.buyerUid },
    { key: 'contactName', label: t('aftersales.invoices.contactName'), children: i.contactName },
    { key: 'contactPhone', label: t('aftersales.invoices.contactPhone'), children: i.contactPhone },
    { key: 'address', label: t('aftersales.invoices.address'), children: i.address },
    { key: 'appliedAt', label: t('aftersales.invoices.appliedAt'), children: formatDateTime(i.createdAt) },
    { key: 'decidedAt', label: t('aftersales.invoices.decidedAt'), children: formatDateTime(i.decidedAt) },
    ...(i.rejectReason ? [{ key: 'rejectReason', label: t('aftersales.invoices.rejectReason'), children: i.rejectReason }] : []),
  ];
}

/** What the seller recorded when issuing: invoice no., carrier, tracking no., postage. */
export function invoiceMailingItems(i: InvoiceDetail, t: TFunction): DescriptionsProps['items'] {
  const none = t('aftersales.common.none');
  return [
    { key: 'invoiceNo', label: t('aftersales.invoices.invoiceNo'), children: i.invoiceNo ?? none },
    { key: 'issuedAt', label: t('aftersales.invoices.issuedAt'), children: formatDateTime(i.issuedAt) },
    { key: 'carrier', label: t('aftersales.invoices.carrier'), children: i.carrier ?? none },
    { key: 'trackingNo', label: t('aftersales.invoices.trackingNo'), children: i.trackingNo ?? none },
    { key: 'postage', label: t('aftersales.invoices.postage'), children: i.postage ? t(`aftersales.invoices.postages.${i.postage}`) : none },
  ];
}
