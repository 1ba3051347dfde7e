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

interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
}

async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    // read at request time: the cookie changes on every log-in
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
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
  const body: unknown = await res.json();
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

export async function apiSend<S extends z.ZodType>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
  const res = await send(method, path, { body });
  return parseReply(res, schema);
}

/** For calls that answer 204 No Content. */
export async function apiSendVoid(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<void> {
  await send(method, path, { body });
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
