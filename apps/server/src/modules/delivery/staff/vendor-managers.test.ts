import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';

const API = '/api/v1';
let t: TestApp;
let demo: Agent;
let acme: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  demo = await t.agent('demo');
  acme = await t.agent('acme');
});
afterAll(() => t.close());

async function signIn(loginName: string, password: string): Promise<Agent> {
  const a = await t.agent(loginName, password);
  expect((await a.post(`${API}/auth/password`, { currentPassword: password, newPassword: 'Manag3rPass' })).statusCode).toBe(204);
  return a;
}

describe('厂商项目经理 (guide 5.2.7 "目前，厂商创建的RAM子账号仅有一种角色，即厂商项目经理")', () => {
  it('the main account creates one in 用户管理 and gets its password once', async () => {
    const res = await demo.post(`${API}/delivery/vendor-managers`, { loginName: 'pm-li', displayName: '项目经理 小李', phone: '13800000001' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.manager).toMatchObject({ loginName: 'pm-li@demoisv', displayName: '项目经理 小李', accountStatus: 'active' });
    expect(body.manager.permissions).toEqual(['delivery.templates', 'delivery.providers', 'delivery.projects.view', 'delivery.projects.manage']);
    expect(body.initialPassword).toMatch(/^.{8,}$/);
    const list = (await demo.get(`${API}/delivery/vendor-managers`)).json();
    expect(list.map((m: { loginName: string }) => m.loginName)).toContain('pm-li@demoisv');
    // the role is one preset permission group, shared by every manager of the seller
    const again = await demo.post(`${API}/delivery/vendor-managers`, { loginName: 'pm-zhao', displayName: '项目经理 小赵' });
    expect(again.statusCode).toBe(201);
    const groups = (await demo.get(`${API}/seller/permission-groups`)).json() as { name: string; members: unknown[] }[];
    const role = groups.filter((g) => g.name === '厂商项目经理');
    expect(role).toHaveLength(1);
    expect(role[0]?.members).toHaveLength(2);
  });

  it('5.3: "用于协助厂商管理员项目管理和配置工作" — templates, queue, projects and providers, but not 用户管理 or the provider staff', async () => {
    const created = (await demo.post(`${API}/delivery/vendor-managers`, { loginName: 'pm-wu', displayName: '项目经理 小吴' })).json();
    const pm = await signIn('pm-wu@demoisv', created.initialPassword);
    const me = (await pm.get(`${API}/auth/me`)).json();
    expect([...me.permissions].sort()).toEqual(['delivery.projects.manage', 'delivery.projects.view', 'delivery.providers', 'delivery.templates']);
    for (const path of ['/delivery/templates', '/delivery/queue', '/delivery/projects?scope=vendor', '/delivery/providers']) {
      expect((await pm.get(`${API}${path}`)).statusCode, path).toBe(200);
    }
    for (const path of ['/delivery/employees', '/delivery/vendor-managers', '/seller/orders']) {
      const res = await pm.get(`${API}${path}`);
      expect(res.statusCode, path).toBe(403);
    }
    expect((await pm.post(`${API}/delivery/vendor-managers`, { loginName: 'pm-x', displayName: 'x' })).statusCode).toBe(403);
  });

  it('403 for a sub-account without account.admin; another seller’s manager is not found (404)', async () => {
    const ops = await t.agent('ops@demoisv');
    expect((await ops.get(`${API}/delivery/vendor-managers`)).statusCode).toBe(403);
    expect((await ops.post(`${API}/delivery/vendor-managers`, { loginName: 'pm-y', displayName: 'y' })).statusCode).toBe(403);
    const created = (await demo.post(`${API}/delivery/vendor-managers`, { loginName: 'pm-gone', displayName: '项目经理 小孙' })).json();
    const id = created.manager.userId;
    expect((await ops.delete(`${API}/delivery/vendor-managers/${id}`)).statusCode).toBe(403);
    expect((await acme.delete(`${API}/delivery/vendor-managers/${id}`)).statusCode).toBe(404);
    expect((await acme.get(`${API}/delivery/vendor-managers`)).json()).toEqual([]);
    // an ordinary sub-account of the same seller is not a manager either
    expect((await demo.delete(`${API}/delivery/vendor-managers/${t.seed.opsId}`)).statusCode).toBe(404);
    expect((await demo.delete(`${API}/delivery/vendor-managers/${id}`)).statusCode).toBe(204);
    const list = (await demo.get(`${API}/delivery/vendor-managers`)).json();
    expect(list.map((m: { userId: string }) => m.userId)).not.toContain(id);
  });

  it('validates its input (400, never 5xx) and refuses a taken login', async () => {
    expect((await demo.post(`${API}/delivery/vendor-managers`, { loginName: '', displayName: 'x' })).statusCode).toBe(400);
    expect((await demo.post(`${API}/delivery/vendor-managers`, { loginName: 'pm li', displayName: 'x' })).statusCode).toBe(400);
    const dup = await demo.post(`${API}/delivery/vendor-managers`, { loginName: 'pm-li', displayName: 'again' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('login_taken');
  });
});
