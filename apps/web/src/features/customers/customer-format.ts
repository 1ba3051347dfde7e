import type { Call, Coupon, CustomerRow } from '@cloudmart/contracts';

/*
 * The customer center's small rules, kept out of the components so they can be tested.
 */

/**
 * 客户账号 as the list shows it: the first two characters and the last one, the rest starred
 * (zhangsan → zh*****n), so a screen over a shoulder does not give away a buyer's login. An
 * account the server already masked is shown as sent.
 */
export function maskAccount(account: string | null): string | null {
  if (account === null || account.includes('*')) return account;
  const chars = [...account];
  if (chars.length <= 2) return `${chars[0] ?? ''}*`;
  if (chars.length <= 4) return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
  return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 3)}${chars.at(-1)}`;
}

/** What names a customer in a sentence or a result list: the seller's name, the contact, else the account. */
export function customerLabel(c: Pick<CustomerRow, 'name' | 'contactName' | 'company' | 'buyerAccount'>): string {
  return c.name ?? c.contactName ?? c.company ?? maskAccount(c.buyerAccount) ?? '—';
}

/** A call still moving (its record will change): the detail polls while one is. */
export function isCallLive(call: Pick<Call, 'status'>): boolean {
  return call.status === 'dialing' || call.status === 'ringing' || call.status === 'answered';
}

export function hasLiveCall(calls: readonly Pick<Call, 'status'>[]): boolean {
  return calls.some(isCallLive);
}

/** A call's length as minutes and seconds; null while it has none. */
export function durationParts(sec: number | null): { m: number; s: number } | null {
  if (sec === null || sec < 0) return null;
  return { m: Math.floor(sec / 60), s: sec % 60 };
}

/**
 * The coupons a seller can send now: 正常, not past the end of use, and with sheets left
 * (发行数量 less those already held). Expired-by-time ones may still read `normal` until the
 * server's next look, hence the clock check.
 */
export function sendableCoupons<C extends Pick<Coupon, 'status' | 'validTo' | 'issueCount' | 'claimedCount'>>(coupons: readonly C[], nowMs: number): C[] {
  return coupons.filter((c) => c.status === 'normal' && Date.parse(c.validTo) > nowMs && c.claimedCount < c.issueCount);
}

/** The refusals of a batch send, each named after its customer (the ids the seller picked). */
export function refusalRows(
  refused: readonly { customerId: string; code: string }[],
  picked: readonly Pick<CustomerRow, 'id' | 'name' | 'contactName' | 'company' | 'buyerAccount'>[],
): { customerId: string; label: string; code: string }[] {
  const byId = new Map(picked.map((c) => [c.id, c]));
  return refused.map((r) => {
    const c = byId.get(r.customerId);
    return { customerId: r.customerId, label: c ? customerLabel(c) : r.customerId, code: r.code };
  });
}
