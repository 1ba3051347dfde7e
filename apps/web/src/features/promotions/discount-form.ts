import {
  discountBody,
  type Client,
  type Discount,
  type DiscountBody,
  type DiscountType,
  type PromotionScenario,
  type PurchaseUnit,
} from '@cloudmart/contracts';
import type { Dayjs } from 'dayjs';
import { fenToYuan, yuanToFen } from '../../shared/money';
import { beijingRange, pickerRange } from './promotion-time';
import type { PromotionProduct } from './promotions.queries';

/* The discount editor's values (guide 2.9) and their mapping to and from DiscountBody. */

export type ConditionMode = 'none' | 'limited';

export interface DiscountFormValues {
  productId?: string;
  name?: string;
  type: DiscountType;
  /** 直减, in yuan */
  amountOffYuan?: number | null;
  /** 折扣, in 折 (0.1–9.9) */
  rateZhe?: number | null;
  period?: [Dayjs | null, Dayjs | null] | null;
  specIds: string[];
  conditionMode: ConditionMode;
  scenarios: PromotionScenario[];
  minQuantity?: number | null;
  clients: Client[];
  /** "unit:duration", e.g. "month:6" */
  terms: string[];
  firstPurchaseOnly: boolean;
  realNameOnly: boolean;
}

export const emptyDiscountForm: DiscountFormValues = {
  type: 'amount_off',
  specIds: [],
  conditionMode: 'none',
  scenarios: [],
  clients: [],
  terms: [],
  firstPurchaseOnly: false,
  realNameOnly: false,
};

/** 折 with one decimal ↔ the API's integer tenths (8.5 折 = 85). */
export function zheToTenths(zhe: number): number {
  return Math.round(zhe * 10);
}

export function tenthsToZhe(tenths: number): number {
  return tenths / 10;
}

export interface Term {
  unit: PurchaseUnit;
  duration: number;
}

export function termKey(t: Term): string {
  return `${t.unit}:${t.duration}`;
}

export function termOf(key: string): Term | null {
  const [unit, duration] = key.split(':');
  const n = Number(duration);
  if ((unit !== 'month' && unit !== 'year') || !Number.isInteger(n) || n < 1) return null;
  return { unit, duration: n };
}

function chosenSpecs(product: PromotionProduct | undefined, specIds: readonly string[]) {
  return (product?.specs ?? []).filter((s) => specIds.includes(s.id));
}

/** 订购时长 choices: the terms the chosen specs are priced for, months before years, shortest first. */
export function termsOf(product: PromotionProduct | undefined, specIds: readonly string[]): Term[] {
  const seen = new Map<string, Term>();
  for (const spec of chosenSpecs(product, specIds)) for (const p of spec.prices) seen.set(termKey(p), { unit: p.unit, duration: p.duration });
  const unitOrder: Record<PurchaseUnit, number> = { month: 0, year: 1 };
  return [...seen.values()].sort((a, b) => unitOrder[a.unit] - unitOrder[b.unit] || a.duration - b.duration);
}

/** The lowest list price among the chosen specs (直减 may not exceed it), or null without prices. */
export function minPriceFen(product: PromotionProduct | undefined, specIds: readonly string[]): number | null {
  const prices = chosenSpecs(product, specIds).flatMap((s) => s.prices.map((p) => p.priceFen));
  return prices.length ? Math.min(...prices) : null;
}

/** Whether an amount off (fen) is more than the cheapest chosen price — the guide's 直减金额不可大于商品原价. */
export function amountExceedsPrice(amountOffFen: number, product: PromotionProduct | undefined, specIds: readonly string[]): boolean {
  const min = minPriceFen(product, specIds);
  return min !== null && amountOffFen > min;
}

/** Form → body. Under 无条件享受 every condition is sent empty, whatever the hidden fields hold. */
export function toDiscountBody(v: DiscountFormValues): DiscountBody {
  const period = beijingRange(v.period);
  const limited = v.conditionMode === 'limited';
  return {
    productId: v.productId ?? '',
    name: (v.name ?? '').trim(),
    type: v.type,
    amountOffFen: v.type === 'amount_off' && typeof v.amountOffYuan === 'number' ? yuanToFen(v.amountOffYuan) : null,
    rateTenths: v.type === 'percent_off' && typeof v.rateZhe === 'number' ? zheToTenths(v.rateZhe) : null,
    startsAt: period?.from ?? '',
    endsAt: period?.to ?? '',
    specIds: v.specIds,
    conditions: {
      scenarios: limited ? v.scenarios : [],
      minQuantity: limited && typeof v.minQuantity === 'number' ? v.minQuantity : null,
      clients: limited ? v.clients : [],
      terms: limited ? v.terms.map(termOf).filter((t): t is Term => t !== null) : [],
      firstPurchaseOnly: limited && v.firstPurchaseOnly,
      realNameOnly: limited && v.realNameOnly,
    },
  };
}

/** Whether a conditions object sets anything (指定限制条件) or nothing (无条件享受). */
export function hasConditions(c: DiscountBody['conditions']): boolean {
  return c.scenarios.length > 0 || c.minQuantity !== null || c.clients.length > 0 || c.terms.length > 0 || c.firstPurchaseOnly || c.realNameOnly;
}

/** A saved discount → the editor's values. */
export function discountFormValues(d: Discount): DiscountFormValues {
  const c = d.conditions;
  return {
    productId: d.productId,
    name: d.name,
    type: d.type,
    amountOffYuan: d.amountOffFen === null ? null : fenToYuan(d.amountOffFen),
    rateZhe: d.rateTenths === null ? null : tenthsToZhe(d.rateTenths),
    period: pickerRange(d.startsAt, d.endsAt),
    specIds: d.specIds,
    conditionMode: hasConditions(c) ? 'limited' : 'none',
    scenarios: c.scenarios,
    minQuantity: c.minQuantity,
    clients: c.clients,
    terms: c.terms.map(termKey),
    firstPurchaseOnly: c.firstPurchaseOnly,
    realNameOnly: c.realNameOnly,
  };
}

/** What the form checks before sending, as message keys by field (the contract's rules plus the price). */
export type DiscountProblem =
  | { field: 'amountOffYuan'; key: 'amountExceeds'; minPriceFen: number }
  | { field: 'period'; key: 'endAfterStart' }
  | { field: 'conditionMode'; key: 'noConditionChosen' }
  | { field: 'specIds'; key: 'specsRequired' };

export function discountProblems(v: DiscountFormValues, product: PromotionProduct | undefined): DiscountProblem[] {
  const body = toDiscountBody(v);
  const problems: DiscountProblem[] = [];
  const min = minPriceFen(product, body.specIds);
  if (body.amountOffFen !== null && min !== null && body.amountOffFen > min) problems.push({ field: 'amountOffYuan', key: 'amountExceeds', minPriceFen: min });
  if (body.startsAt && body.endsAt && Date.parse(body.endsAt) <= Date.parse(body.startsAt)) problems.push({ field: 'period', key: 'endAfterStart' });
  if (v.conditionMode === 'limited' && !hasConditions(body.conditions)) problems.push({ field: 'conditionMode', key: 'noConditionChosen' });
  if (body.specIds.length === 0) problems.push({ field: 'specIds', key: 'specsRequired' });
  return problems;
}

/** The body passes the contract (what the server will parse). */
export function discountBodyValid(body: DiscountBody): boolean {
  return discountBody.safeParse(body).success;
}
