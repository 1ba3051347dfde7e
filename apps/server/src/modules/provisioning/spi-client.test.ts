import { describe, expect, it } from 'vitest';
import { judge, prepareSpiRequest } from './spi-client.js';
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
