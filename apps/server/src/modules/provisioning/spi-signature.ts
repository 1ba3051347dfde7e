import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signing of SPI requests (marketplace → the seller's endpoint). Pure: no clock, no I/O, so
 * the server, the sample receiver (examples/isv-receiver) and the conformance checker
 * (scripts/spi-check.ts) share one implementation.
 *
 * HMAC mode (spiMode 'hmac', the default)
 * ---------------------------------------
 * Request: `POST {path}` with a JSON body and three headers
 *   x-cloudmart-timestamp  unix seconds when the request was signed
 *   x-cloudmart-nonce      random, never reused (base64url, 16 bytes)
 *   x-cloudmart-signature  base64url(HMAC-SHA256(secret, canonical))
 * canonical = "POST\n{path}\n{timestamp}\n{nonce}\n{hex(sha256(raw body))}"
 * where path is the URL's path plus its query string (`/spi?x=1`).
 * Receivers reject a wrong signature, a timestamp more than 5 minutes from their clock
 * (either way) and a nonce they have seen within that window (replay).
 *
 * MD5 mode (spiMode 'md5', for ISVs migrating from Alibaba Cloud Marketplace)
 * -------------------------------------------------------------------------
 * Request: `POST {path}` with `content-type: application/x-www-form-urlencoded` and flat
 * parameters (nested objects are flattened, e.g. buyer.uid → buyerUid) plus `timestamp`
 * (unix seconds) and `token`:
 *   1. drop parameters whose value is null, undefined or '' and the `token` parameter itself;
 *   2. sort the remaining keys by code unit (plain JavaScript sort, i.e. ASCII order);
 *   3. join them as `k=v` with `&`, using the raw (not URL-encoded) values;
 *   4. append `&key={secret}`;
 *   5. token = lower-case hex MD5 of that UTF-8 string.
 * Example: {action: 'verify', timestamp: '1700000000'} with secret `s3cret` signs
 * `action=verify&timestamp=1700000000&key=s3cret`.
 * Receivers compare the token and should reject a timestamp more than 5 minutes off.
 */

export const SPI_HEADERS = {
  timestamp: 'x-cloudmart-timestamp',
  nonce: 'x-cloudmart-nonce',
  signature: 'x-cloudmart-signature',
} as const;

/** How far a request's timestamp may be from the receiver's clock, either way. */
export const SPI_MAX_SKEW_SECONDS = 5 * 60;

// a type alias, not an interface: it must stay assignable to plain header records
export type SignedHeaders = {
  'x-cloudmart-timestamp': string;
  'x-cloudmart-nonce': string;
  'x-cloudmart-signature': string;
};

export function sha256Hex(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

export function canonicalString(path: string, timestamp: string, nonce: string, body: string | Buffer): string {
  return `POST\n${path}\n${timestamp}\n${nonce}\n${sha256Hex(body)}`;
}

export function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

export function hmacBase64url(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

export function signHmac(input: { secret: string; path: string; body: string; unixSeconds: number; nonce?: string }): SignedHeaders {
  const timestamp = String(input.unixSeconds);
  const nonce = input.nonce ?? newNonce();
  return {
    'x-cloudmart-timestamp': timestamp,
    'x-cloudmart-nonce': nonce,
    'x-cloudmart-signature': hmacBase64url(input.secret, canonicalString(input.path, timestamp, nonce, input.body)),
  };
}

/** Remembers nonces for the skew window. `claim` answers false when the nonce was already used. */
export interface NonceStore {
  claim(nonce: string, ttlSeconds: number): Promise<boolean>;
}

/** In-process nonce store for a single receiver process (use a shared store behind a load balancer). */
export function memoryNonceStore(nowMs: () => number = Date.now): NonceStore {
  const seen = new Map<string, number>();
  return {
    async claim(nonce, ttlSeconds) {
      const now = nowMs();
      for (const [n, until] of seen) if (until <= now) seen.delete(n);
      if (seen.has(nonce)) return false;
      seen.set(nonce, now + ttlSeconds * 1000);
      return true;
    },
  };
}

export type VerifyFailure = 'missing_headers' | 'bad_signature' | 'stale_timestamp' | 'replayed_nonce';
export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailure };

export function safeEqualStrings(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

type HeaderBag = Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | null {
  const v = headers[name];
  return typeof v === 'string' && v.length > 0 ? v : null;
}

/**
 * For receivers. The nonce is claimed only after the signature and timestamp check out, so
 * a forged request cannot burn a legitimate nonce.
 */
export async function verifyHmac(input: {
  secret: string;
  path: string;
  body: string | Buffer;
  headers: HeaderBag;
  nowSeconds: number;
  nonces: NonceStore;
}): Promise<VerifyResult> {
  const timestamp = header(input.headers, SPI_HEADERS.timestamp);
  const nonce = header(input.headers, SPI_HEADERS.nonce);
  const signature = header(input.headers, SPI_HEADERS.signature);
  if (!timestamp || !nonce || !signature) return { ok: false, reason: 'missing_headers' };
  const expected = hmacBase64url(input.secret, canonicalString(input.path, timestamp, nonce, input.body));
  if (!safeEqualStrings(signature, expected)) return { ok: false, reason: 'bad_signature' };
  const ts = Number(timestamp);
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(input.nowSeconds - ts) > SPI_MAX_SKEW_SECONDS) return { ok: false, reason: 'stale_timestamp' };
  // twice the window: a nonce must outlive every timestamp that could still pass the check
  if (!(await input.nonces.claim(nonce, 2 * SPI_MAX_SKEW_SECONDS))) return { ok: false, reason: 'replayed_nonce' };
  return { ok: true };
}

/* ---------- MD5 token mode (Alibaba-compatible) ---------- */

export type FlatParams = Record<string, string>;

/** Flattens one level of nesting (buyer.uid → buyerUid) and stringifies scalars; drops empty values. */
export function flattenParams(input: Record<string, unknown>): FlatParams {
  const out: FlatParams = {};
  const put = (k: string, v: unknown) => {
    if (v === null || v === undefined || v === '') return;
    out[k] = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  };
  for (const [k, v] of Object.entries(input)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k2, v2] of Object.entries(v)) put(`${k}${k2.charAt(0).toUpperCase()}${k2.slice(1)}`, v2);
    } else put(k, v);
  }
  return out;
}

export function md5StringToSign(params: FlatParams, secret: string): string {
  const pairs = Object.keys(params)
    .filter((k) => k !== 'token' && params[k] !== undefined && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k] ?? ''}`);
  return `${pairs.join('&')}&key=${secret}`;
}

export function md5Token(params: FlatParams, secret: string): string {
  return createHash('md5').update(md5StringToSign(params, secret), 'utf8').digest('hex');
}

/** Params ready to form-encode: the flattened payload, `timestamp` and `token`. */
export function signMd5(payload: Record<string, unknown>, secret: string, unixSeconds: number): FlatParams {
  const params = flattenParams({ ...payload, timestamp: String(unixSeconds) });
  return { ...params, token: md5Token(params, secret) };
}

export function verifyMd5(params: FlatParams, secret: string, nowSeconds: number): VerifyResult {
  const token = params.token;
  if (!token || !params.timestamp) return { ok: false, reason: 'missing_headers' };
  if (!safeEqualStrings(token.toLowerCase(), md5Token(params, secret))) return { ok: false, reason: 'bad_signature' };
  if (!/^\d{1,12}$/.test(params.timestamp) || Math.abs(nowSeconds - Number(params.timestamp)) > SPI_MAX_SKEW_SECONDS)
    return { ok: false, reason: 'stale_timestamp' };
  return { ok: true };
}
