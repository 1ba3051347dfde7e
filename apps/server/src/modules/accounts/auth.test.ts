import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-up and log-in', () => {
  it('signs up a seller with its own organisation and logs it in', async () => {
    const a = t.anonymous();
    const res = await a.post('/api/v1/auth/signup', {
      kind: 'seller',
      loginName: 'newisv',
      password: 'Passw0rdX',
      displayName: 'New ISV',
      companyName: '新服务商有限公司',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ kind: 'seller', isMain: true, sellerName: '新服务商有限公司' });
    expect((await a.get('/api/v1/auth/me')).json().loginName).toBe('newisv');
    const cookie = res.cookies.find((c) => c.name === 'cm_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('refuses a taken login name whatever its case', async () => {
    const res = await t.anonymous().post('/api/v1/auth/signup', { kind: 'buyer', loginName: 'DEMO', password: 'Passw0rdX', displayName: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('login_taken');
  });

  it('names the failing field in a validation error', async () => {
    const res = await t.anonymous().post('/api/v1/auth/signup', { kind: 'buyer', loginName: 'ab', password: 'short', displayName: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.loginName', 'body.password']));
  });

  it('requires a company name for sellers', async () => {
    const res = await t.anonymous().post('/api/v1/auth/signup', { kind: 'seller', loginName: 'nocompany', password: 'Passw0rdX', displayName: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.companyName');
  });

  it('answers a wrong password and an unknown login name the same way', async () => {
    const a = await t.anonymous().post('/api/v1/auth/login', { loginName: 'buyer', password: 'nope' });
    const b = await t.anonymous().post('/api/v1/auth/login', { loginName: 'nobody-here', password: 'nope' });
    expect([a.statusCode, b.statusCode]).toEqual([401, 401]);
    expect(a.json().code).toBe('invalid_credentials');
    expect(b.json().code).toBe('invalid_credentials');
  });

  it('refuses the sixth log-in in a minute after five wrong passwords, even with the right one', async () => {
    const a = t.anonymous();
    for (let i = 0; i < 4; i++) expect((await a.post('/api/v1/auth/login', { loginName: 'acme', password: 'wrong' })).statusCode).toBe(401);
    const fifth = await a.post('/api/v1/auth/login', { loginName: 'acme', password: 'wrong' });
    expect(fifth.statusCode).toBe(429);
    const sixth = await a.post('/api/v1/auth/login', { loginName: 'acme', password: 'Demo1234' });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toMatchObject({ code: 'login_locked' });
    expect(sixth.json().retryAfterSeconds).toBeGreaterThan(0);
    t.clock.advance(15 * 60_000);
    expect((await a.post('/api/v1/auth/login', { loginName: 'acme', password: 'Demo1234' })).statusCode).toBe(200);
  });

  // Issue 17.2: "40 concurrent wrong log-ins for one name are all judged (none locked) and the right
  // password inside the burst succeeds" — at most five passwords are judged per window, however many come at once.
  it('judges at most five passwords of a concurrent burst; the right one inside or after it is locked out', async () => {
    const signup = await t.anonymous().post('/api/v1/auth/signup', { kind: 'buyer', loginName: 'burst17', password: 'Passw0rdX', displayName: 'Burst' });
    expect(signup.statusCode).toBe(201);
    const attempts = Array.from({ length: 40 }, (_, i) => (i === 30 ? 'Passw0rdX' : `wrong-${i}`));
    const answers = await Promise.all(attempts.map((password) => t.anonymous().post('/api/v1/auth/login', { loginName: 'burst17', password })));
    const codes = answers.map((r) => (r.statusCode === 200 ? 'ok' : r.json<{ code: string }>().code));
    const judgedWrong = codes.filter((c) => c === 'invalid_credentials').length;
    // four wrong answers at most, then the fifth judged failure locks; everything else never reached the hash
    expect(judgedWrong).toBeLessThanOrEqual(4);
    expect(codes.filter((c) => c === 'login_locked').length).toBeGreaterThanOrEqual(35);
    const { loginFailures } = await import('./accounts.tables.js');
    const { eq } = await import('drizzle-orm');
    const rows = await t.deps.db.select().from(loginFailures).where(eq(loginFailures.loginName, 'burst17'));
    expect(rows.length).toBeLessThanOrEqual(5);
    const after = await t.anonymous().post('/api/v1/auth/login', { loginName: 'burst17', password: 'Passw0rdX' });
    expect([after.statusCode, after.json().code]).toEqual([429, 'login_locked']);
  });

  it('logs out by revoking the session', async () => {
    const a = await t.agent('buyer');
    const token = a.cookies.get('cm_session');
    expect((await a.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const b = t.anonymous();
    b.cookies.set('cm_session', token ?? '');
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('expires sessions after their lifetime', async () => {
    const a = await t.agent('buyer');
    t.clock.advance(t.config.SESSION_TTL_HOURS * 3_600_000 + 1000);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const here = await t.agent('operator');
    const there = await t.agent('operator');
    const res = await here.post('/api/v1/auth/password', { currentPassword: 'Demo1234', newPassword: 'N3wPassword' });
    expect(res.statusCode).toBe(204);
    expect((await here.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await there.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await t.anonymous().post('/api/v1/auth/login', { loginName: 'operator', password: 'N3wPassword' })).statusCode).toBe(200);
  });

  it('refuses a password change with a wrong current password', async () => {
    const a = await t.agent('buyer');
    const res = await a.post('/api/v1/auth/password', { currentPassword: 'bad', newPassword: 'N3wPassword' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('wrong_current_password');
  });
});

describe('CSRF', () => {
  it('refuses a mutating request of a session without the CSRF header', async () => {
    const a = await t.agent('buyer');
    const res = await a.patch('/api/v1/auth/me', { displayName: 'x' }, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const ok = await a.patch('/api/v1/auth/me', { displayName: 'Buyer Two' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().displayName).toBe('Buyer Two');
  });

  it('lets a stale session cookie log in again without a token', async () => {
    const a = t.anonymous();
    a.cookies.set('cm_session', 'stale-token');
    expect((await a.post('/api/v1/auth/login', { loginName: 'buyer', password: 'Demo1234' })).statusCode).toBe(200);
  });
});
