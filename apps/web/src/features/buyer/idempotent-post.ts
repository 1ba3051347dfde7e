import { z } from 'zod';
import { ApiError, apiUrl } from '../../shared/api/client';
import { emitAuthEvent } from '../../shared/api/auth-events';

const problem = z.object({ code: z.string(), detail: z.string().optional() }).loose();

function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === 'cm_csrf') return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * POST with an Idempotency-Key header (the shared client sends no custom headers):
 * a retry of the same confirmation returns the first order instead of a second one.
 */
export async function postIdempotent<S extends z.ZodType>(path: string, schema: S, body: unknown, key: string): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json', 'idempotency-key': key };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(apiUrl(path), { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { code: 'network' });
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const p = problem.safeParse(json);
    const err = new ApiError(res.status, p.success ? p.data : { code: res.status >= 500 ? 'internal' : 'unknown', status: res.status });
    if (err.code === 'unauthenticated') emitAuthEvent('unauthenticated');
    throw err;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(res.status, { code: 'bad_reply', detail: parsed.error.message });
  return parsed.data;
}

/** A fresh key per confirmation (crypto.randomUUID needs a secure context; plain-http falls back). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
