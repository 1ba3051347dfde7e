import { Agent as HttpAgent, request as httpRequest, type ClientRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
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

/**
 * Connections to sellers' endpoints stay open between calls: a busy product's createInstance
 * calls follow one another. node:http rather than fetch: the SPI call was a tenth of the
 * server's CPU per paid order through fetch's streams and objects (docs/performance.md, tenth day).
 */
const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 32 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 32 });

/** A reply longer than this is no SPI reply: the attempt fails without reading the rest. */
export const RESPONSE_MAX_BYTES = 1_000_000;

/** One POST with a hard timeout, redirects not followed. Never throws: a network failure is an outcome like any other. */
export function postPrepared(req: PreparedRequest, timeoutMs = SPI_TIMEOUT_MS): Promise<RawOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (error: string): RawOutcome => ({ httpStatus: null, durationMs: elapsed(), error, text: '' });
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return Promise.resolve(failed('invalid URL'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.resolve(failed(`unsupported protocol ${url.protocol}`));
  const secure = url.protocol === 'https:';
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    let current: ClientRequest | null = null;
    const settle = (outcome: RawOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const headers = { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) };
    const post = (retried: boolean) => {
      let answered = false;
      const out = send(url, { method: 'POST', headers, agent: secure ? httpsAgent : httpAgent }, (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > RESPONSE_MAX_BYTES) {
            settle(failed(`reply longer than ${RESPONSE_MAX_BYTES} bytes`));
            out.destroy();
          } else chunks.push(chunk);
        });
        res.on('end', () => settle({ httpStatus: res.statusCode ?? null, durationMs: elapsed(), error: null, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => settle(failed(causeOf(e))));
      });
      current = out;
      out.on('error', (e: NodeJS.ErrnoException) => {
        // A kept connection the endpoint had closed while it idled (its keep-alive timeout ran
        // out as this request went): the request never reached it, so it goes again, once, on a
        // new connection (what Node's documentation advises, `request.reusedSocket`).
        if (!retried && !answered && !settled && out.reusedSocket && e.code === 'ECONNRESET') post(true);
        else settle(failed(causeOf(e)));
      });
      out.end(req.body);
    };
    const timer = setTimeout(() => {
      settle(failed(`timeout after ${timeoutMs} ms`));
      current?.destroy();
    }, timeoutMs);
    post(false);
  });
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
