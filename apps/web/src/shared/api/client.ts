import { z } from 'zod';
import { emitAuthEvent } from './auth-events';

export const API_BASE = '/api/v1';
const CSRF_COOKIE = 'cm_csrf';
const CSRF_HEADER = 'x-csrf-token';

/** RFC 9457 problem body as the server sends it (extra members such as `retryAfterSeconds` kept). */
const problemSchema = z
  .object({
    type: z.string().optional(),
    title: z.string().optional(),
    status: z.number().optional(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    retryAfterSeconds: z.number().optional(),
  })
  .loose();
export type Problem = z.infer<typeof problemSchema>;

/** A failed call: `code` is the server's stable error code, or `network` / `internal` / `bad_reply`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.code);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code;
    this.problem = problem;
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/** `?a=1&b=x` from the defined, non-empty values (empty string means "no filter"). */
export function toSearch(params: QueryParams | undefined): string {
  if (!params) return '';
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

export function apiUrl(path: string, query?: QueryParams): string {
  return `${API_BASE}${path}${toSearch(query)}`;
}

/** What a request carries: a JSON body or a multipart form, and an optional idempotency key. */
interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  form?: FormData;
  /** sent as `Idempotency-Key`: a retry of the same confirmation answers the first result */
  idempotencyKey?: string;
  accept?: string;
}

export type SendMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * The one place the web app calls fetch: CSRF header, idempotency key, problem parsing and
 * the session events apply to JSON calls, uploads and downloads alike.
 */
async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: opts.accept ?? 'application/json' };
  // FormData sets its own multipart content type (with the boundary)
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
  if (method !== 'GET' && method !== 'HEAD') {
    // read at request time: the cookie changes on every log-in
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  const body = opts.form ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined);
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body } : {}) });
  } catch {
    throw new ApiError(0, { code: 'network' });
  }
  if (!res.ok) throw await errorOf(res, path);
  return res;
}

async function errorOf(res: Response, path: string): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (a proxy error page): fall through to a generic code
  }
  const parsed = problemSchema.safeParse(body);
  const problem: Problem = parsed.success ? parsed.data : { code: res.status >= 500 ? 'internal' : 'unknown', status: res.status };
  const err = new ApiError(res.status, problem);
  // /auth/me answers 401 for "not logged in", which is a state, not an interruption
  if (problem.code === 'unauthenticated' && path !== '/auth/me') emitAuthEvent('unauthenticated');
  if (problem.code === 'password_change_required') emitAuthEvent('password_change_required');
  return err;
}

async function parseReply<S extends z.ZodType>(res: Response, schema: S): Promise<z.infer<S>> {
  const body: unknown = await res.json().catch(() => null);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error('Unexpected reply from', res.url, parsed.error.issues);
    throw new ApiError(res.status, { code: 'bad_reply', detail: parsed.error.message });
  }
  return parsed.data;
}

export async function apiGet<S extends z.ZodType>(path: string, schema: S, query?: QueryParams): Promise<z.infer<S>> {
  const res = await send('GET', path, { query });
  return parseReply(res, schema);
}

export async function apiSend<S extends z.ZodType>(
  method: SendMethod,
  path: string,
  schema: S,
  body?: unknown,
  opts?: { idempotencyKey?: string },
): Promise<z.infer<S>> {
  const res = await send(method, path, { body, idempotencyKey: opts?.idempotencyKey });
  return parseReply(res, schema);
}

/** For calls that answer 204 No Content. */
export async function apiSendVoid(method: SendMethod, path: string, body?: unknown): Promise<void> {
  await send(method, path, { body });
}

/** POST a multipart form (file uploads). */
export async function apiUpload<S extends z.ZodType>(path: string, form: FormData, schema: S): Promise<z.infer<S>> {
  const res = await send('POST', path, { form });
  return parseReply(res, schema);
}

/** The file name a download announces (`filename*=UTF-8''…` preferred), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // malformed escape: try the plain parameter
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/** GET a file (CSV exports) and hand it to the browser's save dialog. */
export async function apiDownload(path: string, query: QueryParams | undefined, fallbackName: string): Promise<void> {
  const res = await send('GET', path, { query, accept: '*/*' });
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  // the click starts the download synchronously; free the blob on the next tick
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A fresh key per confirmation (crypto.randomUUID needs a secure context; plain-http falls back). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
