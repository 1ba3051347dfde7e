import type { FastifyInstance } from 'fastify';

/**
 * Issue 17.5: headers every answer carries. The single-page app loads only its own scripts; styles
 * may be inline (Ant Design writes its CSS-in-JS into style elements); images and media come from
 * the API's own file routes (or data:/blob: previews of an upload). Nothing may frame any page.
 * API answers are data, never a document: `default-src 'none'`. The Swagger UI at /api/docs keeps
 * its own inline bootstrap, so it gets the framing and sniffing rules but no script policy.
 */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(path: string): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  };
  if (path.startsWith('/api/docs')) return headers;
  headers['content-security-policy'] = path.startsWith('/api/') ? API_CSP : APP_CSP;
  // answers that carry a session or who is signed in are never stored by a cache
  if (path.startsWith('/api/v1/auth/')) headers['cache-control'] = 'no-store';
  return headers;
}

const DOCS_HEADERS = securityHeaders('/api/docs');
const AUTH_HEADERS = securityHeaders('/api/v1/auth/');
const API_HEADERS = securityHeaders('/api/');
const APP_HEADERS = securityHeaders('/');

/** The same answer as securityHeaders, from four sets built once (the query string cannot change a prefix). */
function headersFor(url: string): Record<string, string> {
  if (!url.startsWith('/api/')) return APP_HEADERS;
  if (url.startsWith('/api/v1/auth/')) return AUTH_HEADERS;
  return url.startsWith('/api/docs') ? DOCS_HEADERS : API_HEADERS;
}

/**
 * Adds securityHeaders and the request id to every answer of the app (HTML, assets, API,
 * errors), in one callback-style hook: a hook per header and an async hook each cost a promise
 * and a turn on every request (issue 17 item 10).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.headers(headersFor(req.url));
    reply.header('x-request-id', req.id);
    done(null, payload);
  });
}
