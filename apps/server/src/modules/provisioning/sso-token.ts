import { z } from 'zod';
import { hmacBase64url, newNonce, safeEqualStrings } from './spi-signature.js';

/**
 * Buyer single sign-on into a SaaS instance. The marketplace redirects the buyer to the
 * instance's SSO URL with `?token=…`:
 *   token = base64url(JSON {instanceId, uid, exp, nonce}) + "." + base64url(HMAC-SHA256(spiSecret, first part))
 * `instanceId` is the ISV's own id (the one its createInstance answer gave), `uid` the buyer's
 * marketplace UID, `exp` unix seconds. The token lives 5 minutes; receivers should also refuse
 * a nonce they have already accepted (one use per token).
 */
export const SSO_TOKEN_TTL_SECONDS = 5 * 60;

export const ssoClaimsSchema = z.object({
  instanceId: z.string().min(1),
  uid: z.number().int(),
  exp: z.number().int(),
  nonce: z.string().min(1),
});
export type SsoClaims = z.infer<typeof ssoClaimsSchema>;

export function issueSsoToken(input: { secret: string; instanceId: string; uid: number; nowSeconds: number; nonce?: string }): string {
  const claims: SsoClaims = { instanceId: input.instanceId, uid: input.uid, exp: input.nowSeconds + SSO_TOKEN_TTL_SECONDS, nonce: input.nonce ?? newNonce() };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${hmacBase64url(input.secret, body)}`;
}

export type SsoVerifyResult = { ok: true; claims: SsoClaims } | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

export function verifySsoToken(token: string, secret: string, nowSeconds: number): SsoVerifyResult {
  const [body, mac, ...rest] = token.split('.');
  if (!body || !mac || rest.length > 0) return { ok: false, reason: 'malformed' };
  if (!safeEqualStrings(mac, hmacBase64url(secret, body))) return { ok: false, reason: 'bad_signature' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims = ssoClaimsSchema.safeParse(json);
  if (!claims.success) return { ok: false, reason: 'malformed' };
  if (claims.data.exp < nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims: claims.data };
}
