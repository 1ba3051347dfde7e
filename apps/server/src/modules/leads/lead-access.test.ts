import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { API, demandBody, grabbedLead, postDemand, pooledDemand } from '../../test/kits/leads.js';
import { newBuyer } from '../../test/kits/orders.js';

// "商机系统提供 RAM 子账号功能，经主账号授权的 RAM 子账号可以使用需求管理功能": leads.view for reading,
// leads.manage for every action; another seller's lead or another buyer's demand is a 404.
let t: TestApp;
let demo: Agent;
let acme: Agent;
let buyer: Agent;
let viewer: Agent;
let nobody: Agent;
let leadId: string;
let demandId: string;

async function subAccount(name: string, permissions: string[]): Promise<Agent> {
  const groupIds: string[] = [];
  if (permissions.length) {
    const g = await demo.post(`${API}/seller/permission-groups`, { name: `g-${name}`, permissions });
    expect(g.statusCode, g.body).toBe(201);
    groupIds.push(g.json<{ id: string }>().id);
  }
  const created = await demo.post(`${API}/seller/sub-accounts`, { name, displayName: name, groupIds });
  expect(created.statusCode, created.body).toBe(201);
  const initial = created.json<{ initialPassword: string }>().initialPassword;
  const a = await t.agent(`${name}@demoisv`, initial);
  expect((await a.post(`${API}/auth/password`, { currentPassword: initial, newPassword: 'Chang3dPass' })).statusCode).toBe(204);
  return a;
}

beforeAll(async () => {
  t = await createTestApp();
  [demo, acme] = await Promise.all([t.agent('demo'), t.agent('acme')]);
  buyer = await newBuyer(t, 'accessBuyer');
  const lead = await grabbedLead(t, buyer, demo, '权限测试');
  leadId = lead.id;
  demandId = lead.demandId;
  viewer = await subAccount('leadviewer', ['leads.view']);
  nobody = await subAccount('leadnobody', []);
});
afterAll(() => t.close());

const reject = { reasonType: 'other', reason: '测试' };
const sellerLeadRoutes = (id: string) =>
  [
    ['GET', `/seller/leads/${id}`, undefined],
    ['POST', `/seller/leads/${id}/accept`, { contactPhone: '13900001111' }],
    ['POST', `/seller/leads/${id}/reject`, reject],
    ['PUT', `/seller/leads/${id}/remark`, { remark: 'x' }],
    ['POST', `/seller/leads/${id}/calls`, { callerPhone: '13900001111' }],
    ['POST', `/seller/leads/${id}/notes`, { connected: false, stage: 'understand', content: 'x' }],
    ['POST', `/seller/leads/${id}/messages`, { body: 'x' }],
    ['POST', `/seller/leads/${id}/terminate`, reject],
  ] as const;

describe('tenancy: another seller’s lead, another buyer’s demand → 404', () => {
  it('answers 404 to another seller on every lead route', async () => {
    const failures: string[] = [];
    for (const [method, url, body] of sellerLeadRoutes(leadId)) {
      const res = await acme.request(method, `${API}${url}`, body);
      if (res.statusCode !== 404) failures.push(`${method} ${url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
    expect((await demo.get(`${API}/seller/leads/${leadId}`)).statusCode).toBe(200);
    const list = (await acme.get(`${API}/seller/leads?pageSize=100`)).json<{ items: { id: string }[] }>();
    expect(list.items.map((l) => l.id)).not.toContain(leadId);
  });

  it('answers 404 to another buyer on the demand routes', async () => {
    const other = await newBuyer(t, 'accessOther');
    expect((await other.get(`${API}/buyer/demands/${demandId}`)).statusCode).toBe(404);
    expect((await other.post(`${API}/buyer/demands/${demandId}/cancel`)).statusCode).toBe(404);
    expect((await other.get(`${API}/buyer/demands`)).json<{ total: number }>().total).toBe(0);
    expect((await buyer.get(`${API}/buyer/demands/${demandId}`)).statusCode).toBe(200);
  });
});

describe('permissions: leads.view reads, leads.manage acts', () => {
  it('lets a leads.view sub-account read the pool and leads but answers 403 to every action', async () => {
    const d = await pooledDemand(t, buyer, '子账号抢单');
    expect((await viewer.get(`${API}/seller/lead-pool`)).statusCode).toBe(200);
    expect((await viewer.get(`${API}/seller/leads`)).statusCode).toBe(200);
    expect((await viewer.get(`${API}/seller/leads/${leadId}`)).statusCode).toBe(200);
    const actions = [
      ...sellerLeadRoutes(leadId).filter(([m]) => m !== 'GET'),
      ['POST', `/seller/lead-pool/${d.id}/grab`, {}],
      ['POST', '/seller/demands', { ...demandBody('代提'), buyerLoginName: 'accessBuyer', target: 'self' }],
    ] as const;
    const failures: string[] = [];
    for (const [method, url, body] of actions) {
      const res = await viewer.request(method, `${API}${url}`, body);
      if (res.statusCode !== 403 || res.json().code !== 'permission_denied') failures.push(`${method} ${url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to a sub-account without leads.view on every read', async () => {
    for (const url of ['/seller/lead-pool', '/seller/leads', `/seller/leads/${leadId}`]) {
      expect((await nobody.get(`${API}${url}`)).statusCode, url).toBe(403);
    }
  });

  it('keeps the operator console to operators and the buyer routes to buyers', async () => {
    const routes = [
      ['GET', '/operator/demands'],
      ['GET', `/operator/demands/${demandId}`],
      ['GET', `/operator/demands/${demandId}/candidates`],
      ['POST', `/operator/demands/${demandId}/close`],
      ['POST', `/operator/demands/${demandId}/assign`],
      ['POST', `/operator/demands/${demandId}/messages`],
      ['POST', '/operator/demands'],
    ] as const;
    for (const [method, url] of routes) {
      expect((await demo.request(method, `${API}${url}`, method === 'GET' ? undefined : {})).statusCode, url).toBe(403);
      expect((await buyer.request(method, `${API}${url}`, method === 'GET' ? undefined : {})).statusCode, url).toBe(403);
    }
    expect((await demo.get(`${API}/buyer/demands`)).statusCode).toBe(403);
    const operator = await t.agent('operator');
    expect((await operator.get(`${API}/operator/demands/dmd_missing`)).statusCode).toBe(404);
    expect((await operator.get(`${API}/operator/demands/dmd_missing/candidates`)).statusCode).toBe(404);
    await postDemand(buyer, '运营可见');
    expect((await operator.get(`${API}/operator/demands?source=marketplace`)).json<{ total: number }>().total).toBeGreaterThan(0);
  });
});
