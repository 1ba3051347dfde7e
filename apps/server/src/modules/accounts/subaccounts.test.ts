import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';

let t: TestApp;
let main: Agent;
let acme: Agent;
beforeAll(async () => {
  t = await createTestApp();
  main = await t.agent('demo');
  acme = await t.agent('acme');
});
afterAll(() => t.close());

async function createSub(name: string, groupIds: string[] = []) {
  const res = await main.post('/api/v1/seller/sub-accounts', { name, displayName: name, groupIds });
  expect(res.statusCode).toBe(201);
  return res.json() as { subAccount: { id: string; loginName: string }; initialPassword: string };
}

describe('sub-accounts', () => {
  it('creates a sub-account named name@sellercode with an 8-character generated password that must be changed', async () => {
    const { subAccount, initialPassword } = await createSub('clerk');
    expect(subAccount.loginName).toBe('clerk@demoisv');
    expect(initialPassword).toMatch(/^[A-Za-z0-9]{8}$/);
    const sub = await t.agent('clerk@demoisv', initialPassword);
    expect((await sub.get('/api/v1/auth/me')).json().mustChangePassword).toBe(true);
    const blocked = await sub.get('/api/v1/notifications');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    expect((await sub.post('/api/v1/auth/password', { currentPassword: initialPassword, newPassword: 'Cl3rkPassword' })).statusCode).toBe(204);
    expect((await sub.get('/api/v1/notifications')).statusCode).toBe(200);
  });

  it('refuses a second sub-account with the same name', async () => {
    await createSub('twice');
    const res = await main.post('/api/v1/seller/sub-accounts', { name: 'twice', displayName: 'again' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('login_taken');
  });

  it('stops a disabled sub-account session at once and refuses its log-in', async () => {
    const { subAccount, initialPassword } = await createSub('leaver', [t.seed.ordersGroupId]);
    const sub = await t.agent('leaver@demoisv', initialPassword);
    await sub.post('/api/v1/auth/password', { currentPassword: initialPassword, newPassword: 'L3averPass' });
    expect((await sub.get('/api/v1/seller/orders')).statusCode).toBe(200);
    expect((await main.post(`/api/v1/seller/sub-accounts/${subAccount.id}/disable`)).json().status).toBe('disabled');
    expect((await sub.get('/api/v1/seller/orders')).statusCode).toBe(401);
    const again = await t.anonymous().post('/api/v1/auth/login', { loginName: 'leaver@demoisv', password: 'L3averPass' });
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe('account_disabled');
    await main.post(`/api/v1/seller/sub-accounts/${subAccount.id}/enable`);
    expect((await t.anonymous().post('/api/v1/auth/login', { loginName: 'leaver@demoisv', password: 'L3averPass' })).statusCode).toBe(200);
  });

  it('resets a password: old sessions end, the new generated one must be changed', async () => {
    const { subAccount, initialPassword } = await createSub('forgetful');
    const sub = await t.agent('forgetful@demoisv', initialPassword);
    const reset = await main.post(`/api/v1/seller/sub-accounts/${subAccount.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().initialPassword).not.toBe(initialPassword);
    expect((await sub.get('/api/v1/auth/me')).statusCode).toBe(401);
    const again = await t.agent('forgetful@demoisv', reset.json().initialPassword);
    expect((await again.get('/api/v1/auth/me')).json().mustChangePassword).toBe(true);
  });

  it('deletes a sub-account, frees its name and hides it from the list', async () => {
    const { subAccount } = await createSub('temp');
    expect((await main.delete(`/api/v1/seller/sub-accounts/${subAccount.id}`)).statusCode).toBe(204);
    const list = await main.get('/api/v1/seller/sub-accounts?q=temp');
    expect(list.json().items).toEqual([]);
    await createSub('temp');
  });

  it('searches, filters and pages the list', async () => {
    const page = await main.get('/api/v1/seller/sub-accounts?pageSize=2&page=1');
    expect(page.json()).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.json().items).toHaveLength(2);
    const q = await main.get('/api/v1/seller/sub-accounts?q=ops');
    expect(q.json().items.map((s: { loginName: string }) => s.loginName)).toEqual(['ops@demoisv']);
    expect((await main.get('/api/v1/seller/sub-accounts?pageSize=101')).statusCode).toBe(400);
  });

  it('gives the log-in URL with the seller code', async () => {
    const res = await main.get('/api/v1/seller/sub-accounts/login-url');
    expect(res.json().url).toMatch(/\/login\?seller=demoisv$/);
  });

  it('answers 404 for another seller’s sub-account on every action', async () => {
    const id = t.seed.opsId;
    expect((await acme.get(`/api/v1/seller/sub-accounts/${id}`)).statusCode).toBe(404);
    expect((await acme.patch(`/api/v1/seller/sub-accounts/${id}`, { displayName: 'hijack' })).statusCode).toBe(404);
    expect((await acme.post(`/api/v1/seller/sub-accounts/${id}/disable`)).statusCode).toBe(404);
    expect((await acme.post(`/api/v1/seller/sub-accounts/${id}/reset-password`)).statusCode).toBe(404);
    expect((await acme.delete(`/api/v1/seller/sub-accounts/${id}`)).statusCode).toBe(404);
    expect((await main.get(`/api/v1/seller/sub-accounts/${id}`)).json().displayName).toBe('订单专员 小王');
  });

  it('never lets the main account be managed as a sub-account', async () => {
    expect((await main.post(`/api/v1/seller/sub-accounts/${t.seed.demoMainId}/disable`)).statusCode).toBe(404);
  });
});

describe('permission groups', () => {
  it('creates, renames, grants and deletes a group; members gain and lose permissions at once', async () => {
    const { subAccount, initialPassword } = await createSub('analyst');
    const sub = await t.agent('analyst@demoisv', initialPassword);
    await sub.post('/api/v1/auth/password', { currentPassword: initialPassword, newPassword: 'An4lystPass' });
    expect((await sub.get('/api/v1/seller/orders')).statusCode).toBe(403);

    const g = await main.post('/api/v1/seller/permission-groups', { name: '数据分析', permissions: ['orders.view'] });
    expect(g.statusCode).toBe(201);
    const id = g.json().id as string;
    expect((await main.put(`/api/v1/seller/permission-groups/${id}/members`, { userIds: [subAccount.id] })).json().members).toHaveLength(1);
    expect((await sub.get('/api/v1/seller/orders')).statusCode).toBe(200);
    expect((await sub.get('/api/v1/auth/me')).json().permissions).toEqual(['orders.view']);

    const renamed = await main.patch(`/api/v1/seller/permission-groups/${id}`, { name: '分析师', permissions: ['orders.view', 'orders.export'] });
    expect(renamed.json()).toMatchObject({ name: '分析师', permissions: ['orders.export', 'orders.view'] });
    expect((await sub.get('/api/v1/seller/orders/export.csv')).statusCode).toBe(200);

    expect((await main.delete(`/api/v1/seller/permission-groups/${id}`)).statusCode).toBe(204);
    expect((await sub.get('/api/v1/seller/orders')).statusCode).toBe(403);
  });

  it('refuses an unknown permission node and a duplicate name', async () => {
    const bad = await main.post('/api/v1/seller/permission-groups', { name: 'x', permissions: ['orders.fly'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toMatch(/^body\.permissions/);
    const dup = await main.post('/api/v1/seller/permission-groups', { name: '订单专员', permissions: [] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('name_taken');
  });

  it('lets a sub-account with account.admin manage sub-accounts', async () => {
    const admin = await t.agent('admin@demoisv');
    expect((await admin.post('/api/v1/seller/sub-accounts', { name: 'byadmin', displayName: 'by admin' })).statusCode).toBe(201);
  });

  it('answers 404 for another seller’s group and refuses foreign members', async () => {
    const gid = t.seed.ordersGroupId;
    expect((await acme.patch(`/api/v1/seller/permission-groups/${gid}`, { name: 'mine' })).statusCode).toBe(404);
    expect((await acme.delete(`/api/v1/seller/permission-groups/${gid}`)).statusCode).toBe(404);
    expect((await acme.put(`/api/v1/seller/permission-groups/${gid}/members`, { userIds: [] })).statusCode).toBe(404);
    expect((await acme.get('/api/v1/seller/permission-groups')).json()).toEqual([]);
    const own = await acme.post('/api/v1/seller/permission-groups', { name: 'acme team', permissions: [] });
    expect((await acme.put(`/api/v1/seller/permission-groups/${own.json().id}/members`, { userIds: [t.seed.opsId] })).statusCode).toBe(404);
    expect((await acme.post('/api/v1/seller/sub-accounts', { name: 'spy', displayName: 'spy', groupIds: [gid] })).statusCode).toBe(404);
  });

  // Issue 17.4: "a sub-account may grant only permissions it holds itself, never to itself, and only
  // the main account grants sub-account administration" (before: admin@demoisv made a finance group and
  // joined it, finance 403 → 200).
  it('a sub-account administrator cannot escalate: no permission it lacks, no account.admin, nothing to itself', async () => {
    const admin = await t.agent('admin@demoisv');
    const me = (await admin.get('/api/v1/auth/me')).json<{ id: string; permissions: string[] }>();
    expect(me.permissions).toContain('account.admin');
    expect(me.permissions).not.toContain('finance.view');
    // a group with a permission it does not hold
    const finance = await admin.post('/api/v1/seller/permission-groups', { name: 'sneaky finance', permissions: ['finance.view'] });
    expect([finance.statusCode, finance.json().code, finance.json().permission]).toEqual([403, 'grant_exceeds_own', 'finance.view']);
    // sub-account administration stays the main account's to give
    const admins = await admin.post('/api/v1/seller/permission-groups', { name: 'more admins', permissions: ['account.admin'] });
    expect([admins.statusCode, admins.json().code]).toEqual([403, 'grant_exceeds_own']);
    // a group the main account made with finance: the admin may neither join it nor put others in it
    const made = await main.post('/api/v1/seller/permission-groups', { name: 'finance team', permissions: ['finance.view'] });
    const gid = made.json<{ id: string }>().id;
    const join = await admin.put(`/api/v1/seller/permission-groups/${gid}/members`, { userIds: [me.id] });
    expect([join.statusCode, join.json().code]).toEqual([403, 'grant_to_self']);
    const other = await createSub('helper17');
    const put = await admin.put(`/api/v1/seller/permission-groups/${gid}/members`, { userIds: [other.subAccount.id] });
    expect([put.statusCode, put.json().code]).toEqual([403, 'grant_exceeds_own']);
    const viaAccount = await admin.patch(`/api/v1/seller/sub-accounts/${other.subAccount.id}`, { groupIds: [gid] });
    expect([viaAccount.statusCode, viaAccount.json().code]).toEqual([403, 'grant_exceeds_own']);
    const created = await admin.post('/api/v1/seller/sub-accounts', { name: 'escalator', displayName: 'x', groupIds: [gid] });
    expect([created.statusCode, created.json().code]).toEqual([403, 'grant_exceeds_own']);
    // nor change its own groups through its account
    const self = await admin.patch(`/api/v1/seller/sub-accounts/${me.id}`, { groupIds: [] });
    expect([self.statusCode, self.json().code]).toEqual([403, 'grant_to_self']);
    // nothing changed: still no finance, and the group has no members
    expect((await admin.get('/api/v1/auth/me')).json<{ permissions: string[] }>().permissions).not.toContain('finance.view');
    expect((await main.get('/api/v1/seller/permission-groups')).json<{ id: string; members: unknown[] }[]>().find((g) => g.id === gid)?.members).toEqual([]);
    // what it holds it may give to others; the main account gives anything
    const own = await admin.post('/api/v1/seller/permission-groups', {
      name: 'admins helpers',
      permissions: me.permissions.filter((p) => p !== 'account.admin'),
    });
    expect(own.statusCode).toBe(201);
    expect((await main.put(`/api/v1/seller/permission-groups/${gid}/members`, { userIds: [other.subAccount.id] })).statusCode).toBe(200);
  });
});
