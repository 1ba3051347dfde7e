import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { destination, type DestinationStream } from 'pino';

/**
 * What the server's log may carry (issue 17 item 4: "log no query parameters, redact secrets and
 * personal data by field name"). Three walls:
 * - a failing query's parameters never reach the log: Drizzle puts them in the error's message,
 *   stack and `params`, and the driver's error `detail` quotes the offending values
 *   (`Key (email)=(a@b.c) already exists`); the error serializer keeps the SQL text, the driver's
 *   code, constraint, table and column, and drops the values;
 * - request lines carry the path, never the query string (search boxes hold names and phones);
 * - any field named like a secret or personal datum is censored wherever a log call puts it,
 *   up to three levels deep (`censored`, pino's log formatter).
 */

const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'password_hash',
  'token',
  'secret',
  'spiSecret',
  'streamKey',
  'cookie',
  'authorization',
  'email',
  'phone',
  'mobile',
  'realName',
  'idNumber',
  'address',
] as const;

/** field names censored wherever they appear; headers too, should a log call carry them */
const SECRET_KEYS: ReadonlySet<string> = new Set<string>([...SECRET_FIELDS, 'x-csrf-token', 'set-cookie']);
/** top-level keys whose serializers below already keep only safe fields (method, path, status, error text) */
const SERIALIZED_KEYS: ReadonlySet<string> = new Set(['req', 'res', 'err']);
/** how deep a log object is searched: a field at the top level and two levels down, like `*.*.password` */
const CENSOR_DEPTH = 3;

export const REDACTED = '[redacted]';

/**
 * The log object with every secret or personal field replaced by REDACTED, up to CENSOR_DEPTH
 * levels (arrays count as a level, as pino's `*` does). Objects without such fields are returned
 * as they are and nothing is ever changed in place: one walk and a set lookup per key, where
 * pino's `redact` evaluated 51 wildcard paths on every line — 9 % of the server's busy time under
 * `GET /auth/me` load (issue 17 item 10).
 */
export function censored(value: unknown, level = 1): unknown {
  if (level > CENSOR_DEPTH || value === null || typeof value !== 'object' || value instanceof Date || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((item: unknown, i) => {
      const c = censored(item, level + 1);
      if (c !== item) (out ??= [...(value as unknown[])])[i] = c;
    });
    return out ?? value;
  }
  const obj = value as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (level === 1 && SERIALIZED_KEYS.has(key)) continue;
    const c = SECRET_KEYS.has(key) && v !== undefined && v !== null ? REDACTED : censored(v, level + 1);
    if (c !== v) (out ??= { ...obj })[key] = c;
  }
  return out ?? obj;
}

export interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
  cause?: SafeError;
}

/** "Failed query: …\nparams: …" → the same without the params line (and its continuation) */
export function withoutParams(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, '\nparams: [redacted]');
}

function pickString(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

/** An error as the log keeps it: the query's text and the driver's code, never its values. */
export function safeError(err: unknown, depth = 0): SafeError {
  if (!(err instanceof Error)) return { type: typeof err, message: REDACTED, stack: '' };
  const o = err as unknown as Record<string, unknown>;
  const out: SafeError = { type: err.constructor.name, message: withoutParams(err.message), stack: withoutParams(err.stack ?? '') };
  for (const key of ['code', 'query', 'constraint', 'table', 'column'] as const) {
    const v = pickString(o, key);
    if (v !== undefined) out[key] = v;
  }
  if (err.cause !== undefined && depth < 3) out.cause = safeError(err.cause, depth + 1);
  return out;
}

interface RequestLike {
  method: string;
  url: string;
  id?: unknown;
  ip?: string;
}

/** The request line: method and path, without the query string. */
export function safeRequest(req: RequestLike): { method: string; path: string; id?: unknown; remoteAddress?: string } {
  const path = req.url.split('?')[0] ?? '';
  return { method: req.method, path, ...(req.id !== undefined ? { id: req.id } : {}), ...(req.ip ? { remoteAddress: req.ip } : {}) };
}

/** how long a log line may wait in the stdout buffer before it is written */
export const LOG_FLUSH_MS = 200;

/**
 * Standard output, buffered: lines are gathered up to 4 KB and written together, at the latest
 * every LOG_FLUSH_MS, instead of one blocking write per line (a request's log line cost a system
 * call of its own, issue 17 item 10). pino flushes the buffer synchronously when the process
 * exits; a kill -9 loses at most the last LOG_FLUSH_MS of lines.
 */
export function bufferedStdout(): DestinationStream {
  const out = destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => {
    // flush() throws while the stream is still opening or after it has ended
    try {
      out.flush();
    } catch {
      /* nothing to write yet, or already closed */
    }
  }, LOG_FLUSH_MS).unref();
  return out;
}

/** Fastify's `logger` option for the server: level, censoring, serializers, destination (buffered stdout by default). */
export function loggerOptions(level: string, stream?: DestinationStream): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    formatters: { log: (obj: Record<string, unknown>) => censored(obj) as Record<string, unknown> },
    serializers: {
      err: (e: unknown) => safeError(e),
      req: (r: RequestLike) => safeRequest(r),
    },
    stream: stream ?? bufferedStdout(),
  };
}

/**
 * One log line per request instead of Fastify's two ("incoming request" and "request completed"):
 * the completed line carries the request line too, so nothing is lost and the log's cost per
 * request halves (issue 17 item 10: cheaper logging per request). Errors keep their own lines.
 */
export class OneLineRequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
