import { createHmac, hash, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'cm_session';
export const CSRF_COOKIE = 'cm_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Runs on every authenticated request (the session lookup): the one-shot hash, a third of createHash's cost. */
export function sha256(value: string): string {
  return hash('sha256', value, 'base64url');
}

/** The CSRF token is bound to the session: an HMAC of the session token. */
export function csrfTokenFor(sessionToken: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
