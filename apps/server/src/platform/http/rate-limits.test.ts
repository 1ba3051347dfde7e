import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { publicWriteBudget } from './rate-limits.js';

// issue 17 item 5: "rate limits on sign-up, log-in and every public write (@fastify/rate-limit, configurable)"
describe('rate limits on anonymous writes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_SIGNUP_PER_MINUTE: '3', RATE_LIMIT_LOGIN_PER_MINUTE: '4', RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '5' } });
  });
  afterAll(async () => t.close());

  it('sign-up: the 4th in a minute from one address is refused with 429 rate_limited and Retry-After, and creates no account', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.anonymous().post('/api/v1/auth/signup', { kind: 'buyer', loginName: `rl-user-${i}`, password: 'Passw0rd!x', displayName: `RL ${i}` });
      codes.push(res.statusCode);
      if (i === 3) {
        expect(res.json()).toMatchObject({ code: 'rate_limited' });
        expect(res.headers['retry-after']).toBeDefined();
      }
    }
    expect(codes).toEqual([201, 201, 201, 429]);
    const refused = await t.anonymous().post('/api/v1/auth/login', { loginName: 'rl-user-3', password: 'Passw0rd!x' });
    expect(refused.statusCode).toBe(401);
  });

  it('another address keeps its own budget', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      remoteAddress: '10.9.8.7',
      payload: { kind: 'buyer', loginName: 'rl-other-address', password: 'Passw0rd!x', displayName: 'Other' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('log-in: refused past its budget even with the right password (1 + 3 above were judged)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await t.anonymous().post('/api/v1/auth/login', { loginName: 'rl-user-0', password: 'Passw0rd!x' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
  });

  // the X-Forwarded-For of a client that is not our proxy is its own choice: it must not buy a new budget
  it('a direct client cannot pick its own address with X-Forwarded-For (TRUST_PROXY defaults to loopback)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '198.51.100.7',
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
        payload: { loginName: 'rl-user-1', password: 'Passw0rd!x' },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([200, 200, 200, 200, 429]);
  });

  it('a proxy on this machine is believed: each forwarded address has its own budget', async () => {
    for (let i = 0; i < 6; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': `192.0.2.${i + 1}` },
        payload: { loginName: 'rl-user-2', password: 'Passw0rd!x' },
      });
      expect(res.statusCode).toBe(200);
    }
  });

  it('reads stay unlimited', async () => {
    for (let i = 0; i < 12; i++) expect((await t.anonymous().get('/api/v1/store/products')).statusCode).toBe(200);
  });
});

describe('publicWriteBudget', () => {
  const cfg = { RATE_LIMIT_SIGNUP_PER_MINUTE: 1, RATE_LIMIT_LOGIN_PER_MINUTE: 2, RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: 3 };
  it('limits every anonymous write, leaves reads, signed-in routes and /track (own bucket) alone', () => {
    expect(publicWriteBudget(cfg, 'POST', '/api/v1/auth/signup', { auth: 'public' })).toBe(1);
    expect(publicWriteBudget(cfg, 'POST', '/api/v1/auth/login', { auth: 'public' })).toBe(2);
    expect(publicWriteBudget(cfg, 'POST', '/api/v1/payments/sandbox/callback', { auth: 'public' })).toBe(3);
    expect(publicWriteBudget(cfg, 'GET', '/api/v1/store/products', { auth: 'public' })).toBeNull();
    expect(publicWriteBudget(cfg, 'POST', '/api/v1/buyer/orders', { auth: 'buyer' })).toBeNull();
    expect(publicWriteBudget(cfg, 'POST', '/api/v1/track', { auth: 'public', csrf: false })).toBeNull();
  });
});
