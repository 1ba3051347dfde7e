import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
// The signing code is the marketplace's own (imported, never copied), so the example cannot drift from it.
import { spiRequestSchema, type SpiRequest } from '../../apps/server/src/modules/provisioning/spi-protocol.js';
import { memoryNonceStore, verifyHmac } from '../../apps/server/src/modules/provisioning/spi-signature.js';
import { SSO_TOKEN_TTL_SECONDS, verifySsoToken } from '../../apps/server/src/modules/provisioning/sso-token.js';

export interface ReceiverOptions {
  /** 0 picks a free port */
  port: number;
  secret: string;
  host?: string;
  /** the receiver's clock (tests drive it); defaults to the system clock */
  now?: () => Date;
  /** log each accepted request to stdout (default true) */
  log?: boolean;
}

export interface ReceivedRequest {
  at: string;
  action: SpiRequest['action'];
  requestId: string;
  instanceId: string | null;
  body: SpiRequest;
}

export interface RunningReceiver {
  port: number;
  /** base URL, e.g. http://127.0.0.1:3999 */
  url: string;
  /** the SPI endpoint to configure on the product */
  spiUrl: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function html(res: ServerResponse, status: number, text: string): void {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><head><meta charset="utf-8"><title>ISV receiver</title></head><body><h1>${escaped}</h1></body></html>`);
}

/** A minimal ISV endpoint: verifies signed SPI requests, provisions fake instances, accepts SSO tokens. */
export async function startReceiver(opts: ReceiverOptions): Promise<RunningReceiver> {
  const now = opts.now ?? (() => new Date());
  const nowSeconds = () => Math.floor(now().getTime() / 1000);
  const nonces = memoryNonceStore(() => now().getTime());
  const ssoNonces = memoryNonceStore(() => now().getTime());
  const requests: ReceivedRequest[] = [];
  // a retried createInstance (same requestId) gets the instance it already created
  const created = new Map<string, string>();
  const host = opts.host ?? '127.0.0.1';
  let base = '';

  async function spi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const raw = await readBody(req);
    const verdict = await verifyHmac({ secret: opts.secret, path, body: raw, headers: req.headers, nowSeconds: nowSeconds(), nonces });
    if (!verdict.ok) return send(res, 401, { error: verdict.reason });
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'invalid_json' });
    }
    const parsed = spiRequestSchema.safeParse(json);
    if (!parsed.success) return send(res, 400, { error: 'invalid_request' });
    const body = parsed.data;
    let instanceId: string | null = body.externalId ?? null;
    if (body.action === 'createInstance') {
      instanceId = created.get(body.requestId) ?? `isv-${randomBytes(6).toString('hex')}`;
      created.set(body.requestId, instanceId);
    }
    requests.push({ at: now().toISOString(), action: body.action, requestId: body.requestId, instanceId, body });
    if (opts.log !== false) console.log(`[isv-receiver] ${body.action} request=${body.requestId} instance=${instanceId ?? '-'}`);
    if (body.action === 'createInstance' && instanceId) {
      return send(res, 200, {
        instanceId,
        appInfo: { frontEndUrl: `${base}/app/${instanceId}`, ssoUrl: `${base}/sso`, username: 'admin', password: 'changeme' },
      });
    }
    return send(res, 200, { success: true });
  }

  async function sso(res: ServerResponse, token: string | null): Promise<void> {
    if (!token) return html(res, 400, 'Missing token');
    const verdict = verifySsoToken(token, opts.secret, nowSeconds());
    if (!verdict.ok) return html(res, 401, `Sign-on refused: ${verdict.reason}`);
    if (!(await ssoNonces.claim(verdict.claims.nonce, SSO_TOKEN_TTL_SECONDS))) return html(res, 401, 'Sign-on refused: token already used');
    return html(res, 200, `Welcome ${verdict.claims.uid}, instance ${verdict.claims.instanceId}`);
  }

  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://receiver');
    const route = `${req.method ?? 'GET'} ${u.pathname}`;
    const done = (p: Promise<void>) => p.catch((err: unknown) => send(res, 500, { error: err instanceof Error ? err.message : String(err) }));
    if (route === 'POST /spi') return void done(spi(req, res, `${u.pathname}${u.search}`));
    if (route === 'GET /sso') return void done(sso(res, u.searchParams.get('token')));
    if (route === 'GET /requests') return send(res, 200, requests);
    if (req.method === 'GET' && u.pathname.startsWith('/app/')) return html(res, 200, `App of instance ${decodeURIComponent(u.pathname.slice(5))}`);
    return send(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const addr = server.address();
  const port = addr && typeof addr === 'object' ? addr.port : opts.port;
  base = `http://${host}:${port}`;
  return {
    port,
    url: base,
    spiUrl: `${base}/spi`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
