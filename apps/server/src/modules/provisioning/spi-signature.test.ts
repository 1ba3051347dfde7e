import { describe, expect, it } from 'vitest';
import {
  canonicalString,
  flattenParams,
  md5StringToSign,
  md5Token,
  memoryNonceStore,
  sha256Hex,
  signHmac,
  signMd5,
  verifyHmac,
  verifyMd5,
} from './spi-signature.js';

const secret = 'test-secret-0123456789';
const body = JSON.stringify({ action: 'createInstance', instanceId: 'ins_1' });
const T = 1_780_000_000;

function signed(overrides: { body?: string; path?: string; at?: number; nonce?: string } = {}) {
  return signHmac({
    secret,
    path: overrides.path ?? '/spi',
    body: overrides.body ?? body,
    unixSeconds: overrides.at ?? T,
    nonce: overrides.nonce ?? `n-${Math.random()}`,
  });
}
const verify = (
  headers: Record<string, string>,
  o: { body?: string; path?: string; now?: number; nonces?: ReturnType<typeof memoryNonceStore>; key?: string } = {},
) =>
  verifyHmac({
    secret: o.key ?? secret,
    path: o.path ?? '/spi',
    body: o.body ?? body,
    headers: { ...headers },
    nowSeconds: o.now ?? T,
    nonces: o.nonces ?? memoryNonceStore(() => T * 1000),
  });

describe('HMAC request signatures', () => {
  it('signs the documented canonical string', () => {
    const h = signHmac({ secret, path: '/spi?x=1', body, unixSeconds: T, nonce: 'abc' });
    expect(canonicalString('/spi?x=1', String(T), 'abc', body)).toBe(`POST\n/spi?x=1\n${T}\nabc\n${sha256Hex(body)}`);
    expect(h).toEqual({
      'x-cloudmart-timestamp': String(T),
      'x-cloudmart-nonce': 'abc',
      'x-cloudmart-signature': expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
  });

  it('accepts an untouched request', async () => {
    expect(await verify(signed())).toEqual({ ok: true });
  });

  it('rejects a tampered body, path, timestamp or nonce, and a wrong secret', async () => {
    const h = signed();
    expect(await verify(h, { body: body.replace('ins_1', 'ins_2') })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await verify(h, { path: '/other' })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await verify({ ...h, 'x-cloudmart-timestamp': String(T + 1) })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await verify({ ...h, 'x-cloudmart-nonce': 'other' })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await verify(h, { key: 'another-secret-000000' })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await verify({ 'x-cloudmart-timestamp': String(T) })).toEqual({ ok: false, reason: 'missing_headers' });
  });

  it('accepts timestamps up to 5 minutes off either way and rejects anything further', async () => {
    expect(await verify(signed({ at: T - 300 }))).toEqual({ ok: true });
    expect(await verify(signed({ at: T + 300 }))).toEqual({ ok: true });
    expect(await verify(signed({ at: T - 301 }))).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(await verify(signed({ at: T + 301 }))).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('rejects a replayed nonce, but a forged request does not use the nonce up', async () => {
    const nonces = memoryNonceStore(() => T * 1000);
    const h = signed({ nonce: 'once' });
    expect(await verify({ ...h, 'x-cloudmart-signature': 'forged' }, { nonces })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await verify(h, { nonces })).toEqual({ ok: true });
    expect(await verify(h, { nonces })).toEqual({ ok: false, reason: 'replayed_nonce' });
  });

  it('forgets nonces only after the timestamp window has passed', async () => {
    let now = T * 1000;
    const store = memoryNonceStore(() => now);
    expect(await store.claim('n', 600)).toBe(true);
    now += 599_000;
    expect(await store.claim('n', 600)).toBe(false);
    now += 1_000;
    expect(await store.claim('n', 600)).toBe(true);
  });
});

describe('MD5 token mode (Alibaba-compatible)', () => {
  it('signs sorted k=v pairs with &key= appended, as documented', () => {
    expect(md5StringToSign({ timestamp: '1700000000', action: 'verify' }, 's3cret')).toBe('action=verify&timestamp=1700000000&key=s3cret');
    // echo -n 'action=verify&timestamp=1700000000&key=s3cret' | md5sum
    expect(md5Token({ timestamp: '1700000000', action: 'verify' }, 's3cret')).toBe('28caae084039bda1696ebe6d56b312ee');
  });

  it('flattens nested values and drops empty ones before signing', () => {
    expect(flattenParams({ action: 'createInstance', buyer: { uid: 100001, loginName: 'b' }, orderId: null, remark: '' })).toEqual({
      action: 'createInstance',
      buyerUid: '100001',
      buyerLoginName: 'b',
    });
  });

  it('verifies its own token and rejects tampering, a wrong key and a stale timestamp', () => {
    const params = signMd5({ action: 'createInstance', instanceId: 'ins_1', buyer: { uid: 1, loginName: 'b' } }, secret, T);
    expect(params.token).toMatch(/^[0-9a-f]{32}$/);
    expect(verifyMd5(params, secret, T)).toEqual({ ok: true });
    expect(verifyMd5({ ...params, instanceId: 'ins_2' }, secret, T)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyMd5(params, 'another-secret-000000', T)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyMd5(params, secret, T + 301)).toEqual({ ok: false, reason: 'stale_timestamp' });
  });
});
