import type { Client, DiscountConditions, PromotionScenario, PurchaseUnit } from '@cloudmart/contracts';

/**
 * The best offer (guide 2.9 注意事项: "每个商品可设置多条优惠。当同时有多个优惠都生效的情况下，用户购买时，系统会自动计算出
 * 最优最省钱的优惠来展示"): of the discounts that apply to this purchase, the single one that leaves the
 * buyer paying least. Discounts never stack with each other; a coupon may follow (see checkout-price.ts).
 *
 * A discount applies when it is published (or a preview for its own seller), inside its window
 * [startsAt, endsAt), names the spec, and meets every condition it sets.
 *
 * Amounts: 直减 takes amountOffFen off the unit price, clamped at 0 (guide: "需要确保优惠的金额不可大于商品
 * 的原价，否则执行优惠后商品价格为负数"; the form refuses it, the clamp keeps a later price cut safe);
 * 折扣 pays rateTenths % of the unit price, rounded half up to the fen. The order pays unit × quantity.
 */

export interface DiscountRule {
  id: string;
  name: string;
  type: 'amount_off' | 'percent_off';
  amountOffFen: number | null;
  rateTenths: number | null;
  startsAt: Date;
  endsAt: Date;
  specIds: readonly string[];
  conditions: DiscountConditions;
  publishStatus: 'prepublished' | 'published';
}

export interface PurchaseContext {
  specId: string;
  /** null for an upgrade, which has no term of its own */
  term: { unit: PurchaseUnit; duration: number } | null;
  quantity: number;
  scenario: PromotionScenario;
  client: Client;
  /** the buyer has never paid an order of this product (unknown, e.g. anonymous: true) */
  firstPurchase: boolean;
  realNameVerified: boolean;
  /** the seller looking at its own product page sees 预发布 discounts too */
  includePrepublished: boolean;
  now: Date;
}

export interface DiscountApplied {
  id: string;
  name: string;
  /** fen taken off the whole order (unit saving × quantity) */
  amountFen: number;
  /** the discount is 预发布: only its seller sees it */
  preview: boolean;
}

/** Why a discount does not apply, or null when it does: for tests and the seller's preview. */
export type DiscountMiss = 'not_published' | 'not_started' | 'ended' | 'spec' | 'scenario' | 'quantity' | 'client' | 'term' | 'first_purchase' | 'real_name';

export function discountMiss(d: DiscountRule, ctx: PurchaseContext): DiscountMiss | null {
  if (d.publishStatus !== 'published' && !ctx.includePrepublished) return 'not_published';
  if (ctx.now.getTime() < d.startsAt.getTime()) return 'not_started';
  if (ctx.now.getTime() >= d.endsAt.getTime()) return 'ended';
  if (!d.specIds.includes(ctx.specId)) return 'spec';
  const c = d.conditions;
  if (c.scenarios.length > 0 && !c.scenarios.includes(ctx.scenario)) return 'scenario';
  if (c.minQuantity !== null && ctx.quantity < c.minQuantity) return 'quantity';
  if (c.clients.length > 0 && !c.clients.includes(ctx.client)) return 'client';
  if (c.terms.length > 0) {
    const term = ctx.term;
    if (!term || !c.terms.some((t) => t.unit === term.unit && t.duration === term.duration)) return 'term';
  }
  if (c.firstPurchaseOnly && !ctx.firstPurchase) return 'first_purchase';
  if (c.realNameOnly && !ctx.realNameVerified) return 'real_name';
  return null;
}

/** round_half_up(a × b / 100) in integers. */
function percentOf(amountFen: number, pct: number): number {
  return Math.floor((amountFen * pct * 2 + 100) / 200);
}

/** The unit price after one discount, never below 0 nor above the list price. */
export function discountedUnitFen(d: Pick<DiscountRule, 'type' | 'amountOffFen' | 'rateTenths'>, unitListFen: number): number {
  if (d.type === 'amount_off') return Math.max(0, unitListFen - (d.amountOffFen ?? 0));
  return Math.min(unitListFen, Math.max(0, percentOf(unitListFen, d.rateTenths ?? 100)));
}

/**
 * The single cheapest applicable discount for this purchase, or null when none applies or
 * none saves anything. Ties go to the discount that ends first (the more urgent to use), then id.
 */
export function bestOffer(discounts: readonly DiscountRule[], unitListFen: number, ctx: PurchaseContext): DiscountApplied | null {
  let best: { d: DiscountRule; unit: number } | null = null;
  for (const d of discounts) {
    if (discountMiss(d, ctx) !== null) continue;
    const unit = discountedUnitFen(d, unitListFen);
    if (unit >= unitListFen) continue;
    if (
      !best ||
      unit < best.unit ||
      (unit === best.unit && (d.endsAt.getTime() < best.d.endsAt.getTime() || (d.endsAt.getTime() === best.d.endsAt.getTime() && d.id < best.d.id)))
    )
      best = { d, unit };
  }
  if (!best) return null;
  return { id: best.d.id, name: best.d.name, amountFen: (unitListFen - best.unit) * ctx.quantity, preview: best.d.publishStatus !== 'published' };
}
