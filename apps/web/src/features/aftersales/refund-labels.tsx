import type { Refund, RefundOrigin, RefundStatus } from '@cloudmart/contracts';
import { Tag, type DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/ui/format';
import { formatFen } from '../../shared/money';

const statusColor: Record<RefundStatus, string> = { reviewing: 'processing', operator_review: 'gold', refunded: 'success', rejected: 'error' };

export function RefundStatusTag({ status }: { status: RefundStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`aftersales.refunds.statuses.${status}`)}</Tag>;
}

export function RefundOriginTag({ origin }: { origin: RefundOrigin }) {
  const { t } = useTranslation();
  return <Tag variant="outlined">{t(`aftersales.refunds.origins.${origin}`)}</Tag>;
}

/** Every field of a refund; links to the order and instance only in the seller portal. */
export function refundItems(r: Refund, t: TFunction, side: 'seller' | 'operator'): DescriptionsProps['items'] {
  const none = t('aftersales.common.none');
  const orderNo = side === 'seller' ? <Link to={`/seller/orders/${encodeURIComponent(r.orderId)}`}>{r.orderNo}</Link> : r.orderNo;
  const instance =
    r.instanceId && side === 'seller' ? <Link to={`/seller/instances/${encodeURIComponent(r.instanceId)}`}>{r.instanceId}</Link> : (r.instanceId ?? none);
  return [
    { key: 'status', label: t('aftersales.refunds.status'), children: <RefundStatusTag status={r.status} /> },
    { key: 'origin', label: t('aftersales.refunds.origin'), children: <RefundOriginTag origin={r.origin} /> },
    { key: 'product', label: t('aftersales.refunds.product'), children: r.productName },
    { key: 'spec', label: t('aftersales.refunds.spec'), children: r.specName },
    ...(side === 'operator' ? [{ key: 'seller', label: t('aftersales.refunds.seller'), children: r.sellerName }] : []),
    { key: 'buyer', label: t('aftersales.refunds.buyer'), children: r.buyerUid },
    { key: 'orderNo', label: t('aftersales.refunds.orderNo'), children: orderNo },
    { key: 'instance', label: t('aftersales.refunds.instance'), children: instance },
    { key: 'kind', label: t('aftersales.refunds.kind'), children: t(`aftersales.refunds.kinds.${r.kind}`) },
    { key: 'amount', label: t('aftersales.refunds.amount'), children: formatFen(r.amountFen) },
    { key: 'release', label: t('aftersales.refunds.release'), children: t(`aftersales.refunds.releases.${r.release}`) },
    ...(r.release === 'keep' ? [{ key: 'keepReason', label: t('aftersales.refunds.keepReason'), children: r.keepReason ?? none }] : []),
    { key: 'reason', label: t('aftersales.refunds.reason'), children: r.reason },
    { key: 'appliedAt', label: t('aftersales.refunds.appliedAt'), children: formatDateTime(r.createdAt) },
    { key: 'reviewedAt', label: t('aftersales.refunds.reviewedAt'), children: formatDateTime(r.decidedAt) },
    ...(r.dueAt && r.status === 'reviewing' ? [{ key: 'dueAt', label: t('aftersales.refunds.dueAt'), children: formatDateTime(r.dueAt) }] : []),
    ...(r.rejectReason ? [{ key: 'rejectReason', label: t('aftersales.refunds.rejectReason'), children: r.rejectReason }] : []),
  ];
}
