import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from './harness.js';

// Table-driven over the live route catalogue: a route added later is covered with no edit here.
let t: TestApp;
let noPermissions: Agent;
let buyer: Agent;

const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, 'x_missing');
const call = (a: Agent, method: string, url: string) => a.request(method as 'GET', concrete(url), method === 'GET' || method === 'DELETE' ? undefined : {});

beforeAll(async () => {
  t = await createTestApp();
  const main = await t.agent('demo');
  const created = await main.post('/api/v1/seller/sub-accounts', { name: 'nobody', displayName: 'No groups' });
  expect(created.statusCode).toBe(201);
  noPermissions = await t.agent('nobody@demoisv', created.json().initialPassword);
  expect((await noPermissions.post('/api/v1/auth/password', { currentPassword: created.json().initialPassword, newPassword: 'Chang3dPass' })).statusCode).toBe(
    204,
  );
  buyer = await t.agent('buyer');
});
afterAll(() => t.close());

describe('route guards', () => {
  it('has a permission-guarded catalogue to test', () => {
    expect(t.routes.filter((r) => r.permission).length).toBeGreaterThanOrEqual(10);
  });

  it('answers 403 permission_denied to a sub-account without the permission, on every guarded route', async () => {
    const failures: string[] = [];
    for (const r of t.routes.filter((x) => x.permission)) {
      const res = await call(noPermissions, r.method, r.url);
      if (res.statusCode !== 403 || res.json().code !== 'permission_denied') failures.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    const failures: string[] = [];
    for (const r of t.routes.filter((x) => x.auth !== 'public')) {
      const res = await call(t.anonymous(), r.method, r.url);
      if (res.statusCode !== 401) failures.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to another kind of account on every kind-restricted route', async () => {
    const failures: string[] = [];
    for (const r of t.routes.filter((x) => x.auth === 'seller' || x.auth === 'operator')) {
      const res = await call(buyer, r.method, r.url);
      if (res.statusCode !== 403) failures.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('lets a main account through every seller route (no 401/403)', async () => {
    const main = await t.agent('demo');
    const failures: string[] = [];
    for (const r of t.routes.filter((x) => x.auth === 'seller' && x.method === 'GET')) {
      const res = await call(main, r.method, r.url);
      if (res.statusCode === 401 || res.statusCode === 403) failures.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });
});
