import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { API, assign, call, grabbedLead, leadOf, newLeadSeller, note, operatorDetail } from '../../test/kits/leads.js';
import { newBuyer } from '../../test/kits/orders.js';
import { calls } from '../telephony/index.js';
import { markLeadWon } from './index.js';

let t: TestApp;
let buyer: Agent;
let operator: Agent;
const REAL = '13712345678';

beforeAll(async () => {
  t = await createTestApp({ env: { SESSION_TTL_HOURS: '2000' } });
  buyer = await newBuyer(t, 'workBuyer');
  operator = await t.agent('operator');
});
afterAll(() => t.close());

describe('跟踪需求: 双呼 and 沟通小记', () => {
  it('never shows the buyer’s real number in the call, its record, the detail or the log ("主叫方和被叫方都不会知道对方的电话号码")', async () => {
    const s = await newLeadSeller(t);
    const lead = await grabbedLead(t, buyer, s.agent, '双呼隐私');
    const res = await call(s.agent, lead.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain(REAL);
    const [row] = await t.deps.db.select().from(calls).where(eq(calls.id, res.json<{ id: string }>().id));
    for (const [column, value] of Object.entries(row ?? {})) expect(String(value), column).not.toContain(REAL.slice(-8));
    const detail = await leadOf(s.agent, lead.id);
    expect(JSON.stringify(detail)).not.toContain(REAL);
    expect(detail.contactPhone).toBe('137****5678');
    expect(detail.calls).toHaveLength(1);
    expect(detail.logs.map((l) => l.action)).toEqual(['grabbed', 'called']);
  });

  it('requires the 小记 of a call before the next call ("与用户联系后，需按照要求添加小记")', async () => {
    const s = await newLeadSeller(t);
    const lead = await grabbedLead(t, buyer, s.agent, '先写小记');
    expect((await call(s.agent, lead.id)).statusCode).toBe(201);
    const again = await call(s.agent, lead.id, '13600000000');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('call_note_required');
    const n = await note(s.agent, lead.id, { connected: true, stage: 'clarify', content: '客户确认需要官网改版' });
    expect(n.callId).not.toBeNull();
    // "每次双呼前都可以填写不同的电话号码"
    expect((await call(s.agent, lead.id, '13600000000')).statusCode).toBe(201);
    const detail = await leadOf(s.agent, lead.id);
    expect(detail.latestNote).toBe('客户确认需要官网改版');
    expect(detail.notes[0]).toMatchObject({ connected: true, stage: 'clarify' });
    expect(new Set(detail.calls.map((c) => c.virtualNumber)).size).toBe(2);
  });

  it('refuses calls and notes on a lead not yet accepted, and NUL or oversize text', async () => {
    const s = await newLeadSeller(t);
    const res = await operator.post(`${API}/operator/demands`, {
      name: '待响应不可呼叫',
      type: 'website',
      summary: 's',
      region: '华北',
      budget: 'undecided',
      contactName: '赵',
      contactPhone: REAL,
      buyerLoginName: 'workBuyer',
      sellerId: s.sellerId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const [pending] = (await s.agent.get(`${API}/seller/leads?status=pending`)).json<{ items: { id: string }[] }>().items;
    expect((await call(s.agent, pending?.id ?? '')).json().code).toBe('lead_not_following');
    const lead = await grabbedLead(t, buyer, s.agent, '输入校验');
    expect((await s.agent.post(`${API}/seller/leads/${lead.id}/notes`, { connected: true, stage: 'price', content: 'a\u0000b' })).statusCode).toBe(400);
    expect((await s.agent.post(`${API}/seller/leads/${lead.id}/notes`, { connected: true, stage: 'price', content: 'x'.repeat(1001) })).statusCode).toBe(400);
    expect((await s.agent.put(`${API}/seller/leads/${lead.id}/remark`, { remark: '重\u0000点' })).statusCode).toBe(400);
    expect((await s.agent.get(`${API}/seller/leads/led_%00x`)).statusCode).toBe(400);
    const remark = await s.agent.put(`${API}/seller/leads/${lead.id}/remark`, { remark: '重点客户' });
    expect(remark.json()).toMatchObject({ remark: '重点客户' });
  });
});

describe('终止服务 "终止后的需求会被云市场转派给其他服务商"', () => {
  it('puts a terminated lead’s demand back in routing, where another seller can have it', async () => {
    const s = await newLeadSeller(t);
    const lead = await grabbedLead(t, buyer, s.agent, '终止转派');
    const res = await s.agent.post(`${API}/seller/leads/${lead.id}/terminate`, { reasonType: 'customer_no_need' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'terminated', reasonType: 'customer_no_need' });
    const d = await operatorDetail(operator, lead.demandId);
    expect(d).toMatchObject({ status: 'open', pooled: false, returns: 1 });
    const routing = (await operator.get(`${API}/operator/demands?routing=true&pageSize=100`)).json<{ items: { id: string }[] }>();
    expect(routing.items.map((x) => x.id)).toContain(lead.demandId);
    const other = await newLeadSeller(t);
    const otherLead = await assign(operator, lead.demandId, other.sellerId);
    expect((await other.agent.post(`${API}/seller/leads/${otherLead}/accept`, { contactPhone: '13900002222' })).statusCode).toBe(200);
    // the first seller keeps its terminated lead, and sees nothing of the other's
    expect((await leadOf(s.agent, lead.id)).status).toBe('terminated');
    expect((await s.agent.get(`${API}/seller/leads/${otherLead}`)).statusCode).toBe(404);
  });

  it('refuses to terminate a won lead ("已成交状态下的需求无法终止服务")', async () => {
    const s = await newLeadSeller(t);
    const lead = await grabbedLead(t, buyer, s.agent, '已成交');
    const won = await t.deps.db.transaction((tx) => markLeadWon(tx, lead.id, t.clock.now(), 'prp_test'));
    expect(won).toBe(true);
    expect(await t.deps.db.transaction((tx) => markLeadWon(tx, lead.id, t.clock.now(), 'prp_test'))).toBe(false);
    const res = await s.agent.post(`${API}/seller/leads/${lead.id}/terminate`, { reasonType: 'other', reason: '无法完成' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('lead_already_won');
    expect(await operatorDetail(operator, lead.demandId)).toMatchObject({ status: 'won', leadStatus: 'won' });
    const cancel = await buyer.post(`${API}/buyer/demands/${lead.demandId}/cancel`);
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().code).toBe('demand_not_cancellable');
  });
});

describe('联系小二 "对于需求来源为小二代提的需求…给小二留言…小二会收到邮件提醒"', () => {
  it('keeps the thread between the seller and the operator, and refuses it on other demands', async () => {
    const s = await newLeadSeller(t);
    const raised = await operator.post(`${API}/operator/demands`, {
      name: '小二代提留言',
      type: 'promotion',
      summary: '定点推广',
      region: '全国',
      budget: 'under_2000',
      contactName: '钱',
      contactPhone: REAL,
      buyerLoginName: 'workBuyer',
      sellerId: s.sellerId,
    });
    const demandId = raised.json<{ id: string }>().id;
    const [pending] = (await s.agent.get(`${API}/seller/leads?status=pending`)).json<{ items: { id: string }[] }>().items;
    const leadId = pending?.id ?? '';
    await s.agent.post(`${API}/seller/leads/${leadId}/accept`, { contactPhone: '13900003333' });
    const m = await s.agent.post(`${API}/seller/leads/${leadId}/messages`, { body: 'hi, 亲, 帮我个忙' });
    expect(m.statusCode, m.body).toBe(201);
    expect(m.json()).toMatchObject({ fromRole: 'seller', body: 'hi, 亲, 帮我个忙' });
    const reply = await operator.post(`${API}/operator/demands/${demandId}/messages`, { body: '好的，已联系客户' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect((await leadOf(s.agent, leadId)).messages?.map((x) => x.fromRole)).toEqual(['seller', 'operator']);
    expect((await operatorDetail(operator, demandId)).messages).toHaveLength(2);
    await t.deps.outbox.drain();
    const opInbox = (await operator.get(`${API}/notifications?pageSize=50`)).json<{ items: { template: string }[] }>().items;
    expect(opInbox.map((n) => n.template)).toContain('leads.seller_message');
    const grabbed = await grabbedLead(t, buyer, s.agent, '非小二代提');
    const refused = await s.agent.post(`${API}/seller/leads/${grabbed.id}/messages`, { body: 'hi' });
    expect(refused.json().code).toBe('not_operator_raised');
    expect((await leadOf(s.agent, grabbed.id)).messages).toBeNull();
  });
});
