import { couponBody, type CouponBody, type CouponKind, type CouponScope, type PromotionScenario } from '@cloudmart/contracts';
import type { Dayjs } from 'dayjs';
import { yuanToFen } from '../../shared/money';
import { zheToTenths } from './discount-form';
import { beijingRange } from './promotion-time';

/* The 发布优惠券 form's values (guide 2.10, in its order) and their mapping to CouponBody. */

type Range = [Dayjs | null, Dayjs | null] | null;

export interface CouponFormValues {
  name?: string;
  scope: CouponScope;
  productIds: string[];
  kind: CouponKind;
  rateZhe?: number | null;
  reduceYuan?: number | null;
  thresholdYuan?: number | null;
  perUserLimit?: number | null;
  issuePeriod?: Range;
  validPeriod?: Range;
  issueCount?: number | null;
  scenarios: PromotionScenario[];
  showInShop: boolean;
  purchasedProductIds: string[];
  purchasedPeriod?: Range;
}

export const emptyCouponForm: CouponFormValues = {
  scope: 'shop',
  productIds: [],
  kind: 'threshold',
  perUserLimit: 1,
  scenarios: ['new', 'renew', 'upgrade'],
  showInShop: true,
  purchasedProductIds: [],
};

const num = (v: number | null | undefined): number | null => (typeof v === 'number' ? v : null);

/** Form → body; the fields of the other kind or scope are left out (null / empty). */
export function toCouponBody(v: CouponFormValues): CouponBody {
  const issue = beijingRange(v.issuePeriod);
  const valid = beijingRange(v.validPeriod);
  const purchased = v.purchasedProductIds.length > 0 ? beijingRange(v.purchasedPeriod) : null;
  const reduce = num(v.reduceYuan);
  const threshold = num(v.thresholdYuan);
  const rate = num(v.rateZhe);
  return {
    name: (v.name ?? '').trim(),
    scope: v.scope,
    productIds: v.scope === 'products' ? v.productIds : [],
    kind: v.kind,
    rateTenths: v.kind === 'percent' && rate !== null ? zheToTenths(rate) : null,
    reduceFen: v.kind === 'threshold' && reduce !== null ? yuanToFen(reduce) : null,
    thresholdFen: v.kind === 'threshold' && threshold !== null ? yuanToFen(threshold) : null,
    perUserLimit: num(v.perUserLimit) ?? 0,
    issueFrom: issue?.from ?? '',
    issueTo: issue?.to ?? '',
    validFrom: valid?.from ?? '',
    validTo: valid?.to ?? '',
    issueCount: num(v.issueCount) ?? 0,
    scenarios: v.scenarios,
    showInShop: v.showInShop,
    purchasedProductIds: v.purchasedProductIds,
    purchasedFrom: purchased?.from ?? null,
    purchasedTo: purchased?.to ?? null,
  };
}

export type CouponField = keyof CouponFormValues;
export type CouponProblemKey =
  'productsRequired' | 'reduceOverThreshold' | 'endAfterStart' | 'validCoversIssue' | 'purchasedPeriodNeedsProducts' | 'scenariosRequired';

/**
 * The contract's cross-field rules (couponBody's refinements), checked before a round trip and
 * put on the form item they concern. Field-level limits (required, ranges) are the items' own rules.
 */
export function couponProblems(v: CouponFormValues): { field: CouponField; key: CouponProblemKey }[] {
  const b = toCouponBody(v);
  const out: { field: CouponField; key: CouponProblemKey }[] = [];
  const after = (a: string, z: string) => !a || !z || Date.parse(z) > Date.parse(a);
  if (b.scope === 'products' && b.productIds.length === 0) out.push({ field: 'productIds', key: 'productsRequired' });
  if (b.kind === 'threshold' && b.reduceFen !== null && b.thresholdFen !== null && b.reduceFen > b.thresholdFen)
    out.push({ field: 'reduceYuan', key: 'reduceOverThreshold' });
  if (!after(b.issueFrom, b.issueTo)) out.push({ field: 'issuePeriod', key: 'endAfterStart' });
  if (!after(b.validFrom, b.validTo)) out.push({ field: 'validPeriod', key: 'endAfterStart' });
  else if (b.validTo && b.issueTo && Date.parse(b.validTo) < Date.parse(b.issueTo)) out.push({ field: 'validPeriod', key: 'validCoversIssue' });
  if (v.purchasedProductIds.length === 0 && beijingRange(v.purchasedPeriod) !== null)
    out.push({ field: 'purchasedPeriod', key: 'purchasedPeriodNeedsProducts' });
  else if (b.purchasedFrom && b.purchasedTo && Date.parse(b.purchasedTo) <= Date.parse(b.purchasedFrom))
    out.push({ field: 'purchasedPeriod', key: 'endAfterStart' });
  if (b.scenarios.length === 0) out.push({ field: 'scenarios', key: 'scenariosRequired' });
  return out;
}

/** The body passes the contract (what the server will parse). */
export function couponBodyValid(body: CouponBody): boolean {
  return couponBody.safeParse(body).success;
}
