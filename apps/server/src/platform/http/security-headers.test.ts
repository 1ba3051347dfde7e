import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';

// Issue 17.5: "CSP, frame-ancestors, nosniff, Referrer-Policy on HTML and API; Cache-Control: no-store on auth answers".
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('security headers', () => {
  it('an API answer: no framing, no sniffing, a data-only policy, a referrer policy', async () => {
    const res = await t.anonymous().get('/api/v1/store/products');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers['cache-control']).toBeUndefined();
  });

  it('an error answer carries them too', async () => {
    const res = await t.anonymous().get('/api/v1/seller/orders');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('auth answers are never stored: log-in, me, log-out', async () => {
    const a = t.anonymous();
    const login = await a.post('/api/v1/auth/login', { loginName: 'buyer', password: 'Demo1234' });
    expect(login.statusCode).toBe(200);
    expect(login.headers['cache-control']).toBe('no-store');
    expect((await a.get('/api/v1/auth/me')).headers['cache-control']).toBe('no-store');
    const wrong = await t.anonymous().post('/api/v1/auth/login', { loginName: 'buyer', password: 'nope' });
    expect(wrong.headers['cache-control']).toBe('no-store');
  });
});
