import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { API, assign, demandBody, leadOf, newLeadSeller, operatorDetail, postDemand } from '../../test/kits/leads.js';
import { newBuyer } from '../../test/kits/orders.js';

let t: TestApp;
let buyer: Agent;
let operator: Agent;

beforeAll(async () => {
  t = await createTestApp({ env: { SESSION_TTL_HOURS: '2000' } });
  buyer = await newBuyer(t, 'answerBuyer');
  operator = await t.agent('operator');
});
afterAll(() => t.close());

/** A demand raised by the operator into routing (not the pool). */
async function routed(name: string): Promise<string> {
  const res = await operator.post(`${API}/operator/demands`, {
    name,
    type: 'software_dev',
    summary: '工具软件开发',
    region: '华南',
    budget: '10000_50000',
    contactName: '李女士',
    contactPhone: '13611112222',
    buyerLoginName: 'answerBuyer',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const inbox = async (a: Agent) => (await a.get(`${API}/notifications?pageSize=50`)).json<{ items: { template: string; body: string }[] }>().items;

describe('分派的需求 "要求服务商在24小时内…确认是否接受"', () => {
  it('puts an assigned lead in 待响应 with 24 hours to answer, and tells the seller', async () => {
    const s = await newLeadSeller(t);
    const demandId = await routed('分派通知');
    const assignedAt = t.clock.now();
    const leadId = await assign(operator, demandId, s.sellerId);
    const lead = await leadOf(s.agent, leadId);
    expect(lead).toMatchObject({ status: 'pending', via: 'assign', answerDueAt: new Date(assignedAt.getTime() + 24 * HOUR).toISOString() });
    expect(lead.actions).toEqual(['accept', 'reject', 'remark']);
    // masked until accepted: 联系人 m*****, 客户账号
    expect(lead.contactName).toBe('李**');
    expect(lead.buyerAccount).toBe('a*****');
    await t.deps.outbox.drain();
    expect((await inbox(s.agent)).map((n) => n.template)).toContain('leads.assigned');
  });

  it('accepts with a contact phone a millisecond before the 24 hours, and refuses at 24 hours', async () => {
    const s = await newLeadSeller(t);
    const start = t.clock.now();
    const [a, b] = [await routed('最后一刻'), await routed('超时一刻')];
    const [leadA, leadB] = [await assign(operator, a, s.sellerId), await assign(operator, b, s.sellerId)];
    t.clock.set(new Date(start.getTime() + 24 * HOUR - 1));
    const ok = await s.agent.post(`${API}/seller/leads/${leadA}/accept`, { contactPhone: '13900001111' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'following', contactPhoneOfSeller: '13900001111', contactName: '李女士', buyerAccount: 'answerBuyer' });
    t.clock.set(new Date(start.getTime() + 24 * HOUR));
    const late = await s.agent.post(`${API}/seller/leads/${leadB}/accept`, { contactPhone: '13900001111' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('lead_answer_expired');
  });

  it('expires an unanswered lead at 24 hours and not before: the miss counts against the seller, the demand back in routing', async () => {
    const s = await newLeadSeller(t);
    const demandId = await routed('无人响应');
    const start = t.clock.now();
    const leadId = await assign(operator, demandId, s.sellerId);
    t.clock.set(new Date(start.getTime() + 24 * HOUR - 60_000));
    await t.deps.scheduler.runDue();
    expect((await leadOf(s.agent, leadId)).status).toBe('pending');
    t.clock.set(new Date(start.getTime() + 24 * HOUR - 1));
    await t.deps.scheduler.runDue();
    expect((await leadOf(s.agent, leadId)).status).toBe('pending');
    t.clock.set(new Date(start.getTime() + 24 * HOUR));
    await t.deps.scheduler.runDue();
    expect((await leadOf(s.agent, leadId)).status).toBe('expired');
    const d = await operatorDetail(operator, demandId);
    expect(d).toMatchObject({ status: 'open', pooled: false, leadStatus: null, returns: 1 });
    expect(d.logs.map((l) => l.action)).toContain('expired');
    const routing = (await operator.get(`${API}/operator/demands?routing=true&pageSize=100`)).json<{ items: { id: string }[] }>();
    expect(routing.items.map((x) => x.id)).toContain(demandId);
    const candidates = (await operator.get(`${API}/operator/demands/${demandId}/candidates`)).json<{ sellerId: string; misses: number; hadIt: boolean }[]>();
    expect(candidates.find((c) => c.sellerId === s.sellerId)).toMatchObject({ misses: 1, hadIt: true });
    // never to a seller that already had it
    const again = await operator.post(`${API}/operator/demands/${demandId}/assign`, { sellerId: s.sellerId });
    expect(again.json().code).toBe('demand_had_before');
    const other = await newLeadSeller(t);
    await assign(operator, demandId, other.sellerId);
  });

  it('rejects with a 拒绝类型 (other needs words) and hands the demand back to routing', async () => {
    const s = await newLeadSeller(t);
    const demandId = await routed('拒绝');
    const leadId = await assign(operator, demandId, s.sellerId);
    const bare = await s.agent.post(`${API}/seller/leads/${leadId}/reject`, { reasonType: 'other' });
    expect(bare.statusCode).toBe(400);
    const res = await s.agent.post(`${API}/seller/leads/${leadId}/reject`, { reasonType: 'no_capacity' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', reasonType: 'no_capacity' });
    expect((await s.agent.post(`${API}/seller/leads/${leadId}/accept`, { contactPhone: '13900001111' })).json().code).toBe('lead_not_pending');
    expect(await operatorDetail(operator, demandId)).toMatchObject({ status: 'open', pooled: false, returns: 1 });
  });

  it('sends a 定向需求 with the shop code straight to that shop as 待响应 ("用户给您发布定向需求")', async () => {
    const demo = await t.agent('demo');
    const d = await postDemand(buyer, '定向官网', { sellerCode: 'demoisv' });
    expect(d).toMatchObject({ category: 'directed', status: 'taken', poolAt: null });
    const list = (await demo.get(`${API}/seller/leads?category=directed&pageSize=100`)).json<{ items: { demandId: string; status: string; via: string }[] }>();
    expect(list.items.find((l) => l.demandId === d.id)).toMatchObject({ status: 'pending', via: 'directed' });
    const unknown = await buyer.post(`${API}/buyer/demands`, demandBody('未知店铺', { sellerCode: 'nosuchshop' }));
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses to assign to a seller without a listed service product', async () => {
    const demandId = await routed('无服务商品');
    const res = await operator.post(`${API}/operator/demands/${demandId}/assign`, { sellerId: t.seed.acmeSellerId });
    expect(res.json().code).toBe('needs_service_product');
  });
});
