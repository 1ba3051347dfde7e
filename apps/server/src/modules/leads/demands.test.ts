import type { LeadStatus } from '@cloudmart/contracts';
import { leadStatuses } from '@cloudmart/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { API, demandBody, grab, leadOf, operatorDetail, pooledDemand, postDemand } from '../../test/kits/leads.js';
import { newBuyer } from '../../test/kits/orders.js';
import { canMoveLead } from './lead-status.js';

let t: TestApp;
let buyer: Agent;
let demo: Agent;
let operator: Agent;

beforeAll(async () => {
  t = await createTestApp();
  buyer = await newBuyer(t, 'demandBuyer');
  [demo, operator] = await Promise.all([t.agent('demo'), t.agent('operator')]);
});
afterAll(() => t.close());

describe('the buyer’s demands', () => {
  it('lists, shows and cancels the buyer’s own demands; a taken one shows its shop', async () => {
    const a = await postDemand(buyer, '我的需求 A');
    expect(a).toMatchObject({ source: 'marketplace', category: 'ordinary', status: 'open', demandNo: expect.stringMatching(/^\d{12}$/) });
    const b = await pooledDemand(t, buyer, '我的需求 B');
    await grab(demo, b.id);
    const list = (await buyer.get(`${API}/buyer/demands`)).json<{ items: { id: string; status: string }[]; total: number }>();
    expect(list.items.map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await buyer.get(`${API}/buyer/demands?status=taken`)).json<{ total: number }>().total).toBe(1);
    const detail = (await buyer.get(`${API}/buyer/demands/${b.id}`)).json<{ sellerName: string | null; contactPhone: string; proposals: unknown[] }>();
    expect(detail).toMatchObject({ sellerName: 'Demo ISV', contactPhone: '13712345678', proposals: [] });
    const cancelled = await buyer.post(`${API}/buyer/demands/${b.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'closed' });
    // the seller's lead ends with the customer's reason
    const [lead] = (await operatorDetail(operator, b.id)).leads;
    expect(lead).toMatchObject({ status: 'terminated', reasonType: 'customer_no_need' });
    expect((await buyer.post(`${API}/buyer/demands/${b.id}/cancel`)).json().code).toBe('demand_not_open');
  });

  it('refuses invalid input with 400: NUL, oversize, a bad phone', async () => {
    for (const bad of [{ name: 'a\u0000b' }, { summary: 'x'.repeat(201) }, { contactPhone: '12345' }, { content: 'x'.repeat(2001) }]) {
      expect((await buyer.post(`${API}/buyer/demands`, demandBody('坏输入', bad))).statusCode, JSON.stringify(bad).slice(0, 40)).toBe(400);
    }
  });
});

describe('代客户提需求 and 小二代提', () => {
  it('raises a demand to the seller itself as a directed lead it already follows ("该条需求会以定向需求的方式派给自己")', async () => {
    const res = await demo.post(`${API}/seller/demands`, { ...demandBody('电话来的需求'), buyerLoginName: 'demandBuyer', target: 'self' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ source: 'seller', category: 'directed', status: 'taken', poolAt: null });
    const list = (await demo.get(`${API}/seller/leads?category=directed&pageSize=100`)).json<{ items: { id: string; demandId: string; status: string }[] }>();
    const lead = list.items.find((l) => l.demandId === res.json<{ id: string }>().id);
    expect(lead?.status).toBe('following');
    expect((await leadOf(demo, lead?.id ?? '')).actions).toContain('call');
  });

  it('raises a demand to the marketplace into the operator’s routing, not the pool ("云市场会有专人跟进")', async () => {
    const res = await demo.post(`${API}/seller/demands`, { ...demandBody('转给云市场'), buyerLoginName: 'demandBuyer', target: 'marketplace' });
    const id = res.json<{ id: string }>().id;
    t.clock.advance(2 * 3_600_000);
    const pool = (await demo.get(`${API}/seller/lead-pool?pageSize=100`)).json<{ items: { id: string }[] }>();
    expect(pool.items.map((x) => x.id)).not.toContain(id);
    const routing = (await operator.get(`${API}/operator/demands?routing=true&source=seller&pageSize=100`)).json<{ items: { id: string }[] }>();
    expect(routing.items.map((x) => x.id)).toContain(id);
    const unknown = await demo.post(`${API}/seller/demands`, { ...demandBody('无此买家'), buyerLoginName: 'nobody-here', target: 'self' });
    expect(unknown.json().code).toBe('buyer_account_unknown');
  });

  it('lets the operator raise a demand (小二代提) to routing or straight to a seller, search by 需求ID, and close it', async () => {
    const res = await operator.post(`${API}/operator/demands`, {
      ...demandBody('小二代提 直派'),
      buyerLoginName: 'demandBuyer',
      sellerId: t.seed.demoSellerId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json<{ id: string; demandNo: string }>();
    const found = (await operator.get(`${API}/operator/demands?q=${d.demandNo}`)).json<{ items: { id: string; sellerName: string; leadStatus: string }[] }>();
    expect(found.items).toEqual([expect.objectContaining({ id: d.id, sellerName: 'Demo ISV', leadStatus: 'pending' })]);
    const closed = await operator.post(`${API}/operator/demands/${d.id}/close`, { reason: '客户已线下成交' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', leadStatus: null });
    expect(closed.json<{ logs: { action: string }[] }>().logs.map((l) => l.action)).toEqual(['raised', 'assigned', 'terminated', 'closed']);
  });
});

describe('the lead lifecycle', () => {
  const allowed: Record<LeadStatus, LeadStatus[]> = {
    pending: ['following', 'rejected', 'expired', 'terminated'],
    following: ['won', 'terminated'],
    won: [],
    rejected: [],
    expired: [],
    terminated: [],
  };
  it.each(leadStatuses.flatMap((from) => leadStatuses.map((to) => [from, to] as const)))('%s → %s is allowed only as the table says', (from, to) => {
    expect(canMoveLead(from, to)).toBe(allowed[from].includes(to));
  });
});
