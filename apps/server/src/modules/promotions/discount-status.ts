import type { DiscountPublishStatus, EffectiveStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/**
 * 商品优惠 publishing (guide 2.9): created 预发布 ("只有您的账号可以看到优惠信息"), then 确定发布 makes it
 * visible to everyone ("发布后，该优惠信息对所有用户可见"). Publishing is one-way; a published discount
 * asked to publish again answers discount_not_prepublished.
 */
export const discountPublishLifecycle = stateMachine<DiscountPublishStatus>(
  'discount',
  {
    prepublished: ['published'],
    published: [],
  },
  (from) => (from === 'published' ? new DomainError('discount_not_prepublished', 'the discount is already published', { status: from }) : undefined),
);

/**
 * 生效状态 is read from the clock, never stored ("到生效时间时优惠自动生效，到结束时间时优惠自动失效"):
 * 未生效 before startsAt, 已生效 in [startsAt, endsAt), 已失效 from endsAt.
 */
export function effectiveStatusOf(d: { startsAt: Date; endsAt: Date }, now: Date): EffectiveStatus {
  if (now.getTime() < d.startsAt.getTime()) return 'pending';
  if (now.getTime() < d.endsAt.getTime()) return 'active';
  return 'expired';
}

export type DiscountAction = 'view' | 'publish' | 'edit' | 'delete';

/** The list row's 操作 column (guide 2.9): 预发布 查看 确定发布 编辑 删除; 已发布 查看 编辑 删除. */
export const discountActions: Readonly<Record<DiscountPublishStatus, readonly DiscountAction[]>> = {
  prepublished: ['view', 'publish', 'edit', 'delete'],
  published: ['view', 'edit', 'delete'],
};

export function canDoOnDiscount(status: DiscountPublishStatus, action: DiscountAction): boolean {
  return discountActions[status].includes(action);
}
