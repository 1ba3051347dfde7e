import type { CouponHoldingStatus, CouponStatus, DiscountPublishStatus, EffectiveStatus } from '@cloudmart/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const publishColor: Record<DiscountPublishStatus, string> = { prepublished: 'gold', published: 'green' };
const effectiveColor: Record<EffectiveStatus, string> = { pending: 'blue', active: 'green', expired: 'default' };
const couponColor: Record<CouponStatus, string> = { normal: 'green', voided: 'red', expired: 'default' };
const holdingColor: Record<CouponHoldingStatus, string> = { usable: 'green', used: 'blue', expired: 'default' };

export function PublishStatusTag({ status }: { status: DiscountPublishStatus }) {
  const { t } = useTranslation();
  return <Tag color={publishColor[status]}>{t(`promotions.discounts.publishStatuses.${status}`)}</Tag>;
}

export function EffectiveStatusTag({ status }: { status: EffectiveStatus }) {
  const { t } = useTranslation();
  return <Tag color={effectiveColor[status]}>{t(`promotions.discounts.effectiveStatuses.${status}`)}</Tag>;
}

export function CouponStatusTag({ status }: { status: CouponStatus }) {
  const { t } = useTranslation();
  return <Tag color={couponColor[status]}>{t(`promotions.coupons.statuses.${status}`)}</Tag>;
}

export function HoldingStatusTag({ status }: { status: CouponHoldingStatus }) {
  const { t } = useTranslation();
  return <Tag color={holdingColor[status]}>{t(`promotions.coupons.holdingStatuses.${status}`)}</Tag>;
}
