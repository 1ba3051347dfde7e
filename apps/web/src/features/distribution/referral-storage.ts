/**
 * A referral link is the product page with ?ref=<code>. The code is kept per product for 30 days
 * (a buyer who comes back later to buy still counts for the reseller) and sent with a NEW purchase
 * of that product only; renewals and upgrades never carry it.
 */
export const REFERRAL_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const PREFIX = 'cloudmart.referral.';
/** What a code may look like; anything else in ?ref= is ignored rather than stored. */
const CODE = /^[A-Za-z0-9_-]{1,40}$/;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface Stored {
  code: string;
  at: number;
}

/** localStorage, or nothing where it is unavailable (private mode, blocked storage). */
function browserStore(): Store | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The ?ref= code of a product page's query, when it is a plausible code. */
export function referralCodeOf(search: URLSearchParams): string | null {
  const code = search.get('ref')?.trim() ?? '';
  return CODE.test(code) ? code : null;
}

/** Remember a product's referral code from now on (a later link replaces an earlier one). */
export function rememberReferral(productId: string, code: string, now: number = Date.now(), store: Store | null = browserStore()): void {
  if (!store || !CODE.test(code)) return;
  const value: Stored = { code, at: now };
  try {
    store.setItem(PREFIX + productId, JSON.stringify(value));
  } catch {
    // a full or blocked storage only loses the attribution, never the purchase
  }
}

function parse(raw: string | null): Stored | null {
  if (raw === null) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const code: unknown = Reflect.get(v, 'code');
    const at: unknown = Reflect.get(v, 'at');
    return typeof code === 'string' && CODE.test(code) && typeof at === 'number' && Number.isFinite(at) ? { code, at } : null;
  } catch {
    return null;
  }
}

/** The product's referral code if it was kept less than 30 days ago; an expired or broken entry is removed. */
export function referralFor(productId: string, now: number = Date.now(), store: Store | null = browserStore()): string | null {
  if (!store) return null;
  const key = PREFIX + productId;
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const stored = parse(raw);
  if (stored && now - stored.at < REFERRAL_TTL_MS && stored.at <= now) return stored.code;
  try {
    store.removeItem(key);
  } catch {
    // nothing to clean up then
  }
  return null;
}
