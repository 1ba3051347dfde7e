import { createHmac } from 'node:crypto';
import { safeEqual } from '../../platform/auth/tokens.js';

/**
 * Usage pushes are signed by the ISV with the product's metering key:
 *   x-cloudmart-signature = base64url(HMAC-SHA256(key, "{timestamp}\n{raw body}"))
 * with x-cloudmart-timestamp in unix seconds, accepted within 5 minutes of our clock.
 */
export const USAGE_MAX_SKEW_SECONDS = 5 * 60;

export function signUsage(key: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', key).update(`${timestamp}\n${rawBody}`).digest('base64url');
}

export type UsageVerdict = 'ok' | 'bad_signature' | 'stale_timestamp';

export function verifyUsageSignature(input: { key: string; timestamp: string; signature: string; rawBody: string; nowSeconds: number }): UsageVerdict {
  if (!safeEqual(input.signature, signUsage(input.key, input.timestamp, input.rawBody))) return 'bad_signature';
  if (!/^\d{1,12}$/.test(input.timestamp) || Math.abs(input.nowSeconds - Number(input.timestamp)) > USAGE_MAX_SKEW_SECONDS) return 'stale_timestamp';
  return 'ok';
}
