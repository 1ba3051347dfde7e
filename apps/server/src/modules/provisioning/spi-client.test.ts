import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_MAX_BYTES, judge, postPrepared, prepareSpiRequest } from './spi-client.js';
import type { SpiRequest } from './spi-protocol.js';
import { memoryNonceStore, verifyHmac, verifyMd5 } from './spi-signature.js';

const secret = 'client-secret-0123456789';
const T = 1_780_000_000;
const payload: SpiRequest = {
  action: 'renewInstance',
  requestId: 'spi_1',
  instanceId: 'ins_1',
  externalId: 'isv-1',
  orderId: null,
  productCode: 'cmapp-1',
  buyer: { uid: 100001, loginName: 'buyer' },
};
const raw = (httpStatus: number | null, text: string, error: string | null = null) => ({ httpStatus, durationMs: 5, error, text });

describe('SPI requests as sent', () => {
  it('signs JSON over the URL path and query in HMAC mode', async () => {
    const req = prepareSpiRequest({ url: 'https://isv.example.com/hooks/spi?tenant=7', secret, mode: 'hmac', payload, unixSeconds: T });
    expect(req.headers['content-type']).toBe('application/json');
    const verdict = await verifyHmac({ secret, path: '/hooks/spi?tenant=7', body: req.body, headers: req.headers, nowSeconds: T, nonces: memoryNonceStore() });
    expect(verdict).toEqual({ ok: true });
  });

  it('sends flat form parameters with an MD5 token in md5 mode', () => {
    const req = prepareSpiRequest({ url: 'https://isv.example.com/spi', secret, mode: 'md5', payload, unixSeconds: T });
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const params = Object.fromEntries(new URLSearchParams(req.body));
    expect(params).toMatchObject({ action: 'renewInstance', buyerUid: '100001', buyerLoginName: 'buyer', timestamp: String(T) });
    expect(params).not.toHaveProperty('orderId');
    expect(verifyMd5(params, secret, T)).toEqual({ ok: true });
  });
});

describe('SPI replies', () => {
  it('accepts the shape of each action and keeps the reply', () => {
    const created = judge('createInstance', raw(200, JSON.stringify({ instanceId: 'isv-9', appInfo: { frontEndUrl: 'https://app.example.com/9' } })));
    expect(created).toMatchObject({ ok: true, error: null, reply: { instanceId: 'isv-9' } });
    expect(judge('expireInstance', raw(201, '{"success":true}')).ok).toBe(true);
  });

  it('fails on a non-2xx status, a network error, non-JSON and the wrong shape', () => {
    expect(judge('verify', raw(500, '{"success":true}')).error).toBe('HTTP 500');
    expect(judge('verify', raw(null, '', 'timeout after 10000 ms')).error).toBe('timeout after 10000 ms');
    expect(judge('verify', raw(200, '<html>')).error).toBe('reply is not JSON');
    expect(judge('verify', raw(200, '{"success":false}')).error).toMatch(/^unexpected reply: success/);
    expect(judge('createInstance', raw(200, '{"success":true}')).error).toMatch(/^unexpected reply: instanceId/);
  });

  it('keeps at most 2000 characters of a reply', () => {
    expect(judge('verify', raw(500, 'x'.repeat(5000))).responseBody).toHaveLength(2000);
  });
});

describe('SPI requests on the wire', () => {
  let server: Server;
  let base = '';
  const seen: { path: string; body: string; length: string | undefined }[] = [];
  const served = new WeakSet<object>();
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ path: req.url ?? '', body, length: req.headers['content-length'] });
        if (req.url === '/moved') return void res.writeHead(302, { location: '/ok' }).end();
        if (req.url === '/slow') return void setTimeout(() => res.end('{}'), 2_000);
        if (req.url === '/huge') return void res.end('x'.repeat(RESPONSE_MAX_BYTES + 1));
        // an endpoint that drops a kept connection when the next request arrives on it (as at the end of its keep-alive timeout)
        if (req.url === '/once') {
          if (served.has(req.socket)) return void req.socket.destroy();
          served.add(req.socket);
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ echoed: body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('posts the body with its length and reads the whole reply, over a kept connection', async () => {
    const body = JSON.stringify({ 名称: '云市场' });
    const first = await postPrepared({ url: `${base}/ok`, headers: { 'content-type': 'application/json' }, body });
    const second = await postPrepared({ url: `${base}/ok`, headers: { 'content-type': 'application/json' }, body });
    expect(first).toMatchObject({ httpStatus: 200, error: null, text: JSON.stringify({ echoed: body }) });
    expect(second.text).toBe(first.text);
    expect(seen.at(-1)).toEqual({ path: '/ok', body, length: String(Buffer.byteLength(body)) });
  });

  it('sends a request again, once, on a new connection when the endpoint dropped the kept one', async () => {
    const first = await postPrepared({ url: `${base}/once`, headers: {}, body: '{"n":1}' });
    const second = await postPrepared({ url: `${base}/once`, headers: {}, body: '{"n":2}' });
    expect(first).toMatchObject({ httpStatus: 200, error: null });
    expect(second).toMatchObject({ httpStatus: 200, error: null, text: JSON.stringify({ echoed: '{"n":2}' }) });
  });

  it('does not follow a redirect, gives up at the timeout and refuses an endless reply', async () => {
    expect(await postPrepared({ url: `${base}/moved`, headers: {}, body: '{}' })).toMatchObject({ httpStatus: 302, error: null });
    expect(judge('verify', await postPrepared({ url: `${base}/moved`, headers: {}, body: '{}' })).error).toBe('HTTP 302');
    expect(await postPrepared({ url: `${base}/slow`, headers: {}, body: '{}' }, 100)).toMatchObject({ httpStatus: null, error: 'timeout after 100 ms' });
    expect(await postPrepared({ url: `${base}/huge`, headers: {}, body: '{}' })).toMatchObject({
      httpStatus: null,
      error: `reply longer than ${RESPONSE_MAX_BYTES} bytes`,
    });
  });

  it('answers a refused connection, a bad URL and another protocol as failed outcomes', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect((await postPrepared({ url: `http://127.0.0.1:${port}/spi`, headers: {}, body: '{}' })).error).toMatch(/ECONNREFUSED/);
    expect(await postPrepared({ url: 'not a url', headers: {}, body: '{}' })).toMatchObject({ httpStatus: null, error: 'invalid URL' });
    expect(await postPrepared({ url: 'ftp://127.0.0.1/spi', headers: {}, body: '{}' })).toMatchObject({ error: 'unsupported protocol ftp:' });
  });
});
