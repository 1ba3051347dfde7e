import { replySchemaFor, type SpiRequest } from './spi-protocol.js';
import { signHmac, signMd5 } from './spi-signature.js';

export type SpiMode = 'hmac' | 'md5';

export const SPI_TIMEOUT_MS = 10_000;
/** what an attempt keeps of the reply: enough to debug, bounded so a chatty endpoint cannot bloat the table */
export const RESPONSE_KEEP_CHARS = 2000;

export interface PreparedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Sign a request for the endpoint; the caller chooses the time (the domain clock). */
export function prepareSpiRequest(input: {
  url: string;
  secret: string;
  mode: SpiMode;
  payload: SpiRequest;
  unixSeconds: number;
  nonce?: string;
}): PreparedRequest {
  if (input.mode === 'md5') {
    const params = signMd5(input.payload, input.secret, input.unixSeconds);
    return { url: input.url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params).toString() };
  }
  const body = JSON.stringify(input.payload);
  const u = new URL(input.url);
  const signed = signHmac({
    secret: input.secret,
    path: `${u.pathname}${u.search}`,
    body,
    unixSeconds: input.unixSeconds,
    ...(input.nonce ? { nonce: input.nonce } : {}),
  });
  return { url: input.url, headers: { 'content-type': 'application/json', ...signed }, body };
}

export interface RawOutcome {
  httpStatus: number | null;
  durationMs: number;
  /** network failure or timeout */
  error: string | null;
  text: string;
}

/** One POST with a hard timeout. Never throws: a network failure is an outcome like any other. */
export async function postPrepared(req: PreparedRequest, timeoutMs = SPI_TIMEOUT_MS): Promise<RawOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    return { httpStatus: res.status, durationMs: elapsed(), error: null, text };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const reason = e.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : causeOf(e);
    return { httpStatus: null, durationMs: elapsed(), error: reason, text: '' };
  }
}

function causeOf(e: Error): string {
  const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
  return `${e.message}${cause}`;
}

export interface SpiOutcome {
  ok: boolean;
  httpStatus: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
  /** the parsed reply when ok */
  reply: unknown;
}

/** Judge an outcome: 2xx and a reply of the action's shape, else a failure with a reason. */
export function judge(action: SpiRequest['action'], raw: RawOutcome): SpiOutcome {
  const responseBody = raw.text ? raw.text.slice(0, RESPONSE_KEEP_CHARS) : null;
  const base = { httpStatus: raw.httpStatus, durationMs: raw.durationMs, responseBody };
  if (raw.error) return { ...base, ok: false, error: raw.error, reply: null };
  if (raw.httpStatus === null || raw.httpStatus < 200 || raw.httpStatus >= 300) return { ...base, ok: false, error: `HTTP ${raw.httpStatus}`, reply: null };
  let json: unknown;
  try {
    json = JSON.parse(raw.text);
  } catch {
    return { ...base, ok: false, error: 'reply is not JSON', reply: null };
  }
  const parsed = replySchemaFor(action).safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { ...base, ok: false, error: `unexpected reply: ${issues}`.slice(0, 500), reply: null };
  }
  return { ...base, ok: true, error: null, reply: parsed.data };
}

export async function callSpi(input: {
  url: string;
  secret: string;
  mode: SpiMode;
  payload: SpiRequest;
  unixSeconds: number;
  timeoutMs?: number;
}): Promise<SpiOutcome> {
  return judge(input.payload.action, await postPrepared(prepareSpiRequest(input), input.timeoutMs));
}
