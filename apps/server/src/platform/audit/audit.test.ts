import type { AuditEntry } from '@cloudmart/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { newBuyer, order, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { auditedRoutes } from './audited-routes.js';

// issue 17 item 5: "an audit log of sensitive actions (price changes, refunds, permission grants,
// sub-account changes), readable by the main account and operators"
let t: TestApp;
let demo: Agent;
let admin: Agent;
let acme: Agent;
let operator: Agent;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp();
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  demo = await t.agent('demo');
  admin = await t.agent('admin@demoisv');
  acme = await t.agent('acme');
  operator = await t.agent('operator');
});
afterAll(() => t.close());

async function log(agent: Agent, query = ''): Promise<{ items: AuditEntry[]; total: number }> {
  const res = await agent.get(`/api/v1/${agent === operator ? 'operator' : 'seller'}/audit-log${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('操作日志', () => {
  it('lists only real routes', () => {
    const real = new Set(t.routes.map((r) => `${r.method} ${r.url}`));
    for (const key of Object.keys(auditedRoutes)) expect(real, key).toContain(key);
  });

  it('records sub-account changes and permission grants with who, what and when, without the generated password', async () => {
    const created = await admin.post('/api/v1/seller/sub-accounts', { name: 'audited', displayName: 'Audited One' });
    expect(created.statusCode, created.body).toBe(201);
    const { subAccount, initialPassword } = created.json() as { subAccount: { id: string }; initialPassword: string };
    const id = subAccount.id;
    expect((await demo.post(`/api/v1/seller/sub-accounts/${id}/disable`)).statusCode).toBe(200);
    const group = await demo.post('/api/v1/seller/permission-groups', { name: 'audited group', permissions: ['orders.view'] });
    expect(group.statusCode, group.body).toBe(201);
    expect((await demo.put(`/api/v1/seller/permission-groups/${group.json().id}/members`, { userIds: [id] })).statusCode).toBe(200);

    const { items } = await log(demo);
    const mine = items.filter((e) => e.subjectId === id || e.action === 'subaccount.create' || e.subjectId === group.json().id);
    expect(mine.map((e) => e.action)).toEqual(['group.members', 'group.create', 'subaccount.disable', 'subaccount.create']);
    const create = mine.find((e) => e.action === 'subaccount.create');
    expect(create).toMatchObject({ actorLogin: 'admin@demoisv', actorKind: 'seller', at: t.clock.now().toISOString(), details: { name: 'audited' } });
    expect(JSON.stringify(items)).not.toContain(initialPassword);
    expect(mine.find((e) => e.action === 'group.members')?.details).toMatchObject({ userIds: [id] });
  });

  it('records a price change; a refused one leaves no entry', async () => {
    const buyer = await newBuyer(t, 'audit-buyer');
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    expect((await demo.post(`/api/v1/seller/orders/${o.id}/price`, { newPriceFen: -5, reason: 'bad' })).statusCode).toBe(400);
    expect((await demo.post(`/api/v1/seller/orders/${o.id}/price`, { newPriceFen: 8_000, reason: 'loyal customer' })).statusCode).toBe(201);
    const { items } = await log(demo, `?subjectId=${o.id}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ action: 'order.price_change', actorLogin: 'demo', details: { newPriceFen: 8_000, reason: 'loyal customer' } });
  });

  it('filters by action and actor, and pages', async () => {
    expect((await log(demo, '?action=subaccount.disable')).items.map((e) => e.action)).toEqual(['subaccount.disable']);
    expect((await log(demo, '?actor=admin')).items.every((e) => e.actorLogin === 'admin@demoisv')).toBe(true);
    const page = await log(demo, '?pageSize=1&page=2');
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(5);
  });

  it('is the main account’s: a sub-account, the administrator too, gets 403; another seller sees none of it', async () => {
    expect((await admin.get('/api/v1/seller/audit-log')).statusCode).toBe(403);
    expect((await (await t.agent('ops@demoisv')).get('/api/v1/seller/audit-log')).statusCode).toBe(403);
    expect((await log(acme)).total).toBe(0);
    expect((await (await t.agent('buyer')).get('/api/v1/seller/audit-log')).statusCode).toBe(403);
  });

  it('operators read every organisation’s, filtered by seller', async () => {
    const all = await log(operator);
    expect(all.total).toBeGreaterThanOrEqual(5);
    const demoOnly = await log(operator, `?sellerId=${t.seed.demoSellerId}`);
    expect(demoOnly.total).toBe(all.items.filter((e) => e.sellerId === t.seed.demoSellerId).length);
    expect((await log(operator, `?sellerId=${t.seed.acmeSellerId}`)).total).toBe(0);
    expect((await demo.get('/api/v1/operator/audit-log')).statusCode).toBe(403);
  });

  it('records an operator’s live-permission decisions, readable by the seller concerned and no other', async () => {
    const applied = await acme.post('/api/v1/seller/live/permission', { agreementVersion: '2026-12', accepted: true });
    expect(applied.statusCode, applied.body).toBe(200);
    const rejected = await operator.post(`/api/v1/operator/live/permissions/${t.seed.acmeSellerId}/reject`, { reason: '资料不全' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const { items } = await log(acme);
    expect(items.map((e) => e.action)).toEqual(['live_permission.reject']);
    expect(items[0]).toMatchObject({ actorKind: 'operator', actorLogin: 'operator', subjectId: t.seed.acmeSellerId, details: { reason: '资料不全' } });
    expect((await log(demo, '?action=live_permission.reject')).total).toBe(0);
    expect((await log(operator, `?sellerId=${t.seed.acmeSellerId}&action=live_permission.reject`)).total).toBe(1);
  });
});
