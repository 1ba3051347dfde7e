import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/**
 * What the server's log may carry (issue 17 item 4: "log no query parameters, redact secrets and
 * personal data by field name"). Three walls:
 * - a failing query's parameters never reach the log: Drizzle puts them in the error's message,
 *   stack and `params`, and the driver's error `detail` quotes the offending values
 *   (`Key (email)=(a@b.c) already exists`); the error serializer keeps the SQL text, the driver's
 *   code, constraint, table and column, and drops the values;
 * - request lines carry the path, never the query string (search boxes hold names and phones);
 * - any field named like a secret or personal datum is censored wherever a log call puts it,
 *   up to three levels deep (pino's `redact`).
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

/** pino redact paths: each field at the top level and one or two levels down */
export const redactPaths: string[] = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
];

export const REDACTED = '[redacted]';

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

/** Fastify's `logger` option for the server: level, redaction, serializers, optional destination. */
export function loggerOptions(level: string, stream?: DestinationStream): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    redact: { paths: redactPaths, censor: REDACTED },
    serializers: {
      err: (e: unknown) => safeError(e),
      req: (r: RequestLike) => safeRequest(r),
    },
    ...(stream ? { stream } : {}),
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
