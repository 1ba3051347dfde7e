import type { InvoiceStatus, InvoiceType, RefundStatus } from '@cloudmart/contracts';
import { Rate, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const refundColor: Record<RefundStatus, string> = { reviewing: 'processing', operator_review: 'processing', refunded: 'success', rejected: 'error' };
const invoiceColor: Record<InvoiceStatus, string> = { applied: 'processing', issued: 'success', rejected: 'error' };

export function RefundStatusTag({ status }: { status: RefundStatus }) {
  const { t } = useTranslation();
  return <Tag color={refundColor[status]}>{t(`buyerAftersales.refundStatuses.${status}`)}</Tag>;
}

export function InvoiceStatusTag({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return <Tag color={invoiceColor[status]}>{t(`buyerAftersales.invoiceStatuses.${status}`)}</Tag>;
}

export function InvoiceTypeText({ type }: { type: InvoiceType }) {
  const { t } = useTranslation();
  return <>{t(`buyerAftersales.invoiceTypes.${type}`)}</>;
}

export const reviewDimensions = ['quality', 'attitude', 'speed'] as const;
export type ReviewDimension = (typeof reviewDimensions)[number];

/** A read-only score: stars plus the number, labelled for screen readers. */
export function ScoreStars({ label, value }: { label: string; value: number }) {
  return (
    <Space size={8} aria-label={`${label} ${value}`}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Rate disabled allowHalf value={Math.round(value * 2) / 2} style={{ fontSize: 14 }} />
      <Typography.Text strong>{value.toFixed(1)}</Typography.Text>
    </Space>
  );
}
