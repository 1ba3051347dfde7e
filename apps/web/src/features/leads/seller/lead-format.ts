import type { Call, LeadDetail, LeadNote, PurchaseUnit, QuotableProduct, Quote } from '@cloudmart/contracts';

/*
 * The seller's lead pages' small rules, kept out of the components so they can be tested.
 */

const MINUTE = 60_000;

export interface Remaining {
  d: number;
  h: number;
  m: number;
}

/**
 * "待响应 剩余23小时58分": the time left to answer, in whole minutes rounded down (the guide's
 * 剩余0小时0分 is a lead at its deadline). Null without a due time; zero once it has passed.
 */
export function remainingParts(dueIso: string | null, nowMs: number): Remaining | null {
  if (!dueIso) return null;
  const due = Date.parse(dueIso);
  if (Number.isNaN(due)) return null;
  const minutes = Math.max(0, Math.floor((due - nowMs) / MINUTE));
  return { d: Math.floor(minutes / 1440), h: Math.floor((minutes % 1440) / 60), m: minutes % 60 };
}

/** Under a day the guide writes hours and minutes (剩余23小时58分); longer spans lead with days (剩余5天9小时16分). */
export function remainingKey(r: Remaining): 'remaining' | 'remainingDays' {
  return r.d > 0 ? 'remainingDays' : 'remaining';
}

/** A value the server masked (联系人 m*****, 客户账号 until the lead is accepted). */
export function isMasked(value: string | null | undefined): boolean {
  return !!value && value.includes('*');
}

/** The quotes a buyer can still pay: revoked ones stay on the proposal, struck through. */
export function activeQuotes<Q extends Pick<Quote, 'status'>>(quotes: readonly Q[]): Q[] {
  return quotes.filter((q) => q.status === 'active');
}

/** "the sum of the active quotes" (proposalSchema.totalFen), for a proposal being shown or drafted. */
export function quoteTotalFen(quotes: readonly Pick<Quote, 'status' | 'priceFen'>[]): number {
  return activeQuotes(quotes).reduce((sum, q) => sum + q.priceFen, 0);
}

/** A quote being drafted in the form: every field may still be empty. */
export interface QuoteDraft {
  productId?: string;
  specId?: string;
  /** `${unit}:${duration}`, one of the spec's prepaid prices */
  period?: string;
  quantity?: number | null;
  /** yuan, as the input shows it */
  price?: number | null;
}

/** The draft quotes' total in fen (empty prices count nothing). */
export function draftTotalFen(drafts: readonly (QuoteDraft | undefined)[]): number {
  return drafts.reduce((sum, d) => sum + (d?.price ? Math.round(d.price * 100) : 0), 0);
}

export function periodKey(unit: PurchaseUnit, duration: number): string {
  return `${unit}:${duration}`;
}

export function parsePeriod(key: string | undefined): { unit: PurchaseUnit; duration: number } | null {
  const m = /^(month|year):(\d+)$/.exec(key ?? '');
  if (!m?.[1] || !m[2]) return null;
  return { unit: m[1] === 'year' ? 'year' : 'month', duration: Number(m[2]) };
}

type Spec = QuotableProduct['specs'][number];

export function specOf(products: readonly QuotableProduct[], productId: string | undefined, specId: string | undefined): Spec | undefined {
  return products.find((p) => p.id === productId)?.specs.find((s) => s.id === specId);
}

/** 原价 of a drafted quote: the spec's list price for the period, times the quantity; null until all are picked. */
export function listPriceFen(products: readonly QuotableProduct[], d: QuoteDraft | undefined): number | null {
  const period = parsePeriod(d?.period);
  const spec = specOf(products, d?.productId, d?.specId);
  if (!period || !spec) return null;
  const price = spec.prices.find((p) => p.unit === period.unit && p.duration === period.duration);
  if (!price) return null;
  return price.priceFen * (d?.quantity && d.quantity > 0 ? d.quantity : 1);
}

/**
 * "与用户联系后，需按照要求添加小记": the caller's call still waiting for its note (their newest call no
 * note names), which the server also insists on before their next call (call_note_required). Each
 * employee owes the note of their own call ("服务商多名员工共同跟踪同一用户"), so with `callerName`
 * only that person's calls count.
 */
export function unnotedCall<C extends Pick<Call, 'id' | 'createdAt' | 'callerName'>>(
  calls: readonly C[],
  notes: readonly Pick<LeadNote, 'callId'>[],
  callerName?: string,
): C | null {
  const noted = new Set(notes.map((n) => n.callId).filter((id): id is string => id !== null));
  const mine = callerName === undefined ? calls : calls.filter((c) => c.callerName === callerName);
  const newest = [...mine].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
  return newest && !noted.has(newest.id) ? newest : null;
}

/** A call still moving (its record will change): the detail polls while one is. */
export function isCallLive(call: Pick<Call, 'status'>): boolean {
  return call.status === 'dialing' || call.status === 'ringing' || call.status === 'answered';
}

export function hasLiveCall(detail: Pick<LeadDetail, 'calls'> | undefined): boolean {
  return !!detail && detail.calls.some(isCallLive);
}

/** A call's length as minutes and seconds; null while it has none. */
export function durationParts(sec: number | null): { m: number; s: number } | null {
  if (sec === null || sec < 0) return null;
  return { m: Math.floor(sec / 60), s: sec % 60 };
}
