import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { pdfBytes, multipartBody } from '../../test/kits/files.js';
import { txnsOf } from '../../test/kits/ledger.js';
import { eventsOf, newBuyer, PRICES, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { API, followingLead, leadStatusOf, payOrders, payProposal, sendProposal, type Proposal } from '../../test/kits/proposals.js';
import { userIdOf } from '../../test/kits/customers.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { orders } from '../orders/index.js';
import { LEAD_WON } from './index.js';
import { buyerProposalsOfDemand, proposalsOfDemand, proposalsOfLead } from './proposal-views.js';

let t: TestApp;
let c: Catalog;
let demo: Agent;
let acme: Agent;
let ops: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, acme, ops] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('ops@demoisv')]);
});
afterAll(() => t.close());

/** A fresh buyer and a demand of theirs that Demo ISV follows. */
async function setup(login: string, status?: 'pending' | 'following' | 'won' | 'terminated') {
  const buyer = await newBuyer(t, login);
  const buyerId = await userIdOf(buyer);
  const lead = await followingLead(t, t.seed.demoSellerId, buyerId, status ? { status } : {});
  return { buyer, buyerId, ...lead };
}

const serviceQuote = (priceFen = 45_000) => ({ productId: c.service, specId: c.serviceSpec, unit: 'month', duration: 1, quantity: 1, priceFen });
const saasQuote = (priceFen = 150_000) => ({ productId: c.saas, specId: c.std, unit: 'year', duration: 1, quantity: 2, priceFen });

async function ordersOfProposal(proposalId: string) {
  return t.deps.db
    .select({ id: orders.id, status: orders.status, paidFen: orders.paidFen, listPriceFen: orders.listPriceFen, source: orders.source, leadId: orders.leadId })
    .from(orders)
    .where(eq(orders.proposalId, proposalId));
}

describe('添加报价单 "目前仅支持服务类，应用软件类和API类三种商品" (guide 4 提交方案)', () => {
  it('lists my listed prepaid service, SaaS and API products with their orderable specs and prices', async () => {
    const res = await demo.get(`${API}/seller/quotable-products`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<{ id: string; type: string; specs: { id: string; prices: { unit: string; duration: number; priceFen: number }[] }[] }[]>();
    const saas = list.find((p) => p.id === c.saas);
    expect(saas?.specs.map((s) => s.id).sort()).toEqual([c.std, c.pro].sort()); // no trial spec
    expect(saas?.specs.find((s) => s.id === c.std)?.prices).toEqual([
      { unit: 'month', duration: 1, priceFen: PRICES.stdMonth },
      { unit: 'year', duration: 1, priceFen: PRICES.stdYear },
    ]);
    expect(list.find((p) => p.id === c.service)?.specs[0]?.prices).toEqual([{ unit: 'month', duration: 1, priceFen: PRICES.serviceMonth }]);
    const ids = list.map((p) => p.id);
    // download software is not quotable; a postpaid API has no prepaid spec; Acme's are Acme's
    expect(ids).not.toContain(c.download);
    expect(ids).not.toContain(c.api);
    expect(ids).not.toContain(c.acmeSaas);
    expect(list.every((p) => ['service', 'saas', 'api'].includes(p.type))).toBe(true);
    const theirs = (await acme.get(`${API}/seller/quotable-products`)).json<{ id: string }[]>().map((p) => p.id);
    expect(theirs).toContain(c.acmeSaas);
    expect(theirs).not.toContain(c.saas);
  });

  it('refuses a product of another type, another seller, a trial spec or a term without a price (422)', async () => {
    const { leadId } = await setup('pqRefuse');
    const refused = [
      { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1, priceFen: 100 },
      { productId: c.acmeSaas, specId: c.acmeSpec, unit: 'month', duration: 1, priceFen: 100 },
      { productId: c.saas, specId: c.trial, unit: 'month', duration: 1, priceFen: 100 },
      { productId: c.service, specId: c.serviceSpec, unit: 'year', duration: 3, priceFen: 100 },
      { productId: c.api, specId: c.apiSpec, unit: 'month', duration: 1, priceFen: 100 },
      { productId: 'prd_nope', specId: c.std, unit: 'month', duration: 1, priceFen: 100 },
    ];
    for (const q of refused) {
      const res = await demo.post(`${API}/seller/leads/${leadId}/proposals`, { name: '方案', quotes: [q] });
      expect(res.statusCode, JSON.stringify(q)).toBe(422);
      expect(res.json().code).toBe('quote_product_not_quotable');
    }
    expect(await proposalsOfLead(t.deps.db, leadId)).toEqual([]);
  });
});

describe('提交方案 "方案配置后，会直接发送给用户，用户会收到短信提醒"', () => {
  it('sends a proposal with snapshot quotes to the buyer by SMS and inbox; several per lead', async () => {
    const { buyer, buyerId, leadId, demandId } = await setup('pqSend');
    const p = await sendProposal(demo, leadId, { name: '官网建设一期', quotes: [serviceQuote(), saasQuote()], remark: '含三个月维护' });
    expect(p).toMatchObject({
      leadId,
      demandId,
      name: '官网建设一期',
      remark: '含三个月维护',
      status: 'sent',
      totalFen: 195_000,
      contract: null,
      paidAt: null,
    });
    expect(p.quotes.map((q) => [q.productName, q.specName, q.unit, q.duration, q.quantity, q.listPriceFen, q.priceFen, q.status])).toEqual([
      ['测试服务', '企业官网', 'month', 1, 1, PRICES.serviceMonth, 45_000, 'active'],
      ['测试 SaaS', '标准版', 'year', 1, 2, 2 * PRICES.stdYear, 150_000, 'active'],
    ]);
    const sent = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((e) => e.userId === buyerId && e.template === 'leads.proposal_sent');
    expect(sent).toEqual([expect.objectContaining({ template: 'leads.proposal_sent', channels: ['sms'], link: `/buyer/demands/${demandId}` })]);
    await t.deps.outbox.drain();
    const inbox = (await buyer.get(`${API}/notifications`)).json<{ items: { title: string; body: string }[] }>();
    // the welcome notice of the account may share the instant on the manual clock: find the proposal's by its text
    expect(inbox.items.some((n) => n.body.includes('官网建设一期'))).toBe(true);
    // "一个需求内可以配置多个方案"
    t.clock.advance(60_000);
    await sendProposal(demo, leadId, { name: '二期', quotes: [serviceQuote(30_000)] });
    expect((await proposalsOfLead(t.deps.db, leadId)).map((x) => x.name)).toEqual(['二期', '官网建设一期']);
    expect((await proposalsOfDemand(t.deps.db, demandId)).length).toBe(2);
    const mine = await buyerProposalsOfDemand(t.deps.db, buyerId, demandId);
    expect(mine.map((x) => [x.name, x.sellerName])).toEqual([
      ['二期', 'Demo ISV'],
      ['官网建设一期', 'Demo ISV'],
    ]);
    expect(await buyerProposalsOfDemand(t.deps.db, t.seed.buyerId, demandId)).toEqual([]);
  });

  it('keeps the quote as sent when the catalog price changes later (a snapshot)', async () => {
    const { leadId } = await setup('pqSnap');
    const p = await sendProposal(demo, leadId, { name: '快照', quotes: [serviceQuote()] });
    const { specPrices } = await import('../catalog/index.js');
    await t.deps.db.update(specPrices).set({ priceFen: 99_999 }).where(eq(specPrices.specId, c.serviceSpec));
    const [again] = await proposalsOfLead(t.deps.db, leadId);
    expect(again?.quotes[0]?.listPriceFen).toBe(p.quotes[0]?.listPriceFen);
    await t.deps.db.update(specPrices).set({ priceFen: PRICES.serviceMonth }).where(eq(specPrices.specId, c.serviceSpec));
  });

  it('only on a lead the seller follows: pending 409 lead_not_following, won 409 lead_already_won', async () => {
    const pending = await setup('pqPending', 'pending');
    const res = await demo.post(`${API}/seller/leads/${pending.leadId}/proposals`, { name: '方案', quotes: [serviceQuote()] });
    expect([res.statusCode, res.json().code]).toEqual([409, 'lead_not_following']);
    const won = await setup('pqWonLead', 'won');
    const res2 = await demo.post(`${API}/seller/leads/${won.leadId}/proposals`, { name: '方案', quotes: [serviceQuote()] });
    expect([res2.statusCode, res2.json().code]).toEqual([409, 'lead_already_won']);
    const ended = await setup('pqEnded', 'terminated');
    const res3 = await demo.post(`${API}/seller/leads/${ended.leadId}/proposals`, { name: '方案', quotes: [serviceQuote()] });
    expect([res3.statusCode, res3.json().code]).toEqual([409, 'lead_not_following']);
  });

  it('refuses NUL characters, an empty quote list and a zero price (400)', async () => {
    const { leadId } = await setup('pqBad');
    for (const body of [
      { name: 'a\u0000b', quotes: [serviceQuote()] },
      { name: '方案', quotes: [] },
      { name: '方案', quotes: [serviceQuote(0)] },
      { name: '方案', quotes: [serviceQuote()], remark: 'x\u0000' },
      { name: '方案', quotes: [{ ...serviceQuote(), productId: 'prd\u0000x' }] },
      { name: 'x'.repeat(61), quotes: [serviceQuote()] },
    ]) {
      const res = await demo.post(`${API}/seller/leads/${leadId}/proposals`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const res = await demo.post(`${API}/seller/leads/led%00x/proposals`, { name: '方案', quotes: [serviceQuote()] });
    expect(res.statusCode).toBe(400);
  });

  it('attaches a PDF 方案合同 the buyer may read, and refuses another purpose or another seller’s file', async () => {
    const { buyer, leadId } = await setup('pqContract');
    const up = async (agent: Agent, purpose: string) => {
      const { payload, headers } = multipartBody({ purpose }, { name: '补充协议.pdf', type: 'application/pdf', data: pdfBytes() });
      const res = await agent.post(`${API}/files`, payload, headers);
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>().id;
    };
    const fileId = await up(demo, 'proposal_contract');
    const p = await sendProposal(demo, leadId, { name: '含合同', quotes: [serviceQuote()], contractFileId: fileId });
    expect(p.contract).toEqual({ fileId, name: '补充协议.pdf' });
    expect((await buyer.get(`${API}/files/${fileId}`)).statusCode).toBe(200);
    const stranger = await newBuyer(t, 'pqStranger');
    expect((await stranger.get(`${API}/files/${fileId}`)).statusCode).toBe(404);
    const other = await up(demo, 'architecture');
    const res = await demo.post(`${API}/seller/leads/${leadId}/proposals`, { name: '错', quotes: [serviceQuote()], contractFileId: other });
    expect(res.statusCode).toBe(400);
    const acmeFile = await up(acme, 'proposal_contract');
    const res2 = await demo.post(`${API}/seller/leads/${leadId}/proposals`, { name: '错', quotes: [serviceQuote()], contractFileId: acmeFile });
    expect(res2.statusCode).toBe(400);
  });
});

describe('一键支付 "方案提交成功后，用户可以在客户控制台查看方案并一键支付"', () => {
  it('a paid proposal creates orders with the lead and proposal ids at the adjusted prices, and the lead becomes won', async () => {
    const { buyer, buyerId, leadId, demandId } = await setup('pqPaid');
    const p = await sendProposal(demo, leadId, { name: '一期', quotes: [serviceQuote(), saasQuote()] });
    const reply = await payProposal(buyer, p.id);
    expect(reply.amountFen).toBe(195_000);
    expect(reply.orderIds).toHaveLength(2);
    expect(reply.payUrl).toBe(`/store/pay?orders=${reply.orderIds.join(',')}`);
    const placed = await ordersOfProposal(p.id);
    expect(placed.map((o) => [o.source, o.leadId, o.status]).sort()).toEqual([
      ['proposal', leadId, 'unpaid'],
      ['proposal', leadId, 'unpaid'],
    ]);
    // the adjusted price is what the buyer pays; the list price is the quote's
    expect(placed.map((o) => [o.listPriceFen, o.paidFen]).sort()).toEqual(
      [
        [PRICES.serviceMonth, 45_000],
        [2 * PRICES.stdYear, 150_000],
      ].sort(),
    );
    const [first, second] = reply.orderIds as [string, string];
    await payOrders(t, buyer, [first]);
    // one of two paid: not yet
    expect((await proposalsOfLead(t.deps.db, leadId))[0]?.status).toBe('paying');
    expect((await leadStatusOf(t, leadId)).lead).toBe('following');
    await payOrders(t, buyer, [second]);
    const [paid] = await proposalsOfLead(t.deps.db, leadId);
    expect(paid?.status).toBe('paid');
    expect(paid?.quotes.map((q) => q.orderId).sort()).toEqual([...reply.orderIds].sort());
    expect(await leadStatusOf(t, leadId)).toEqual({ lead: 'won', demand: 'won' });
    expect((await eventsOf(t, LEAD_WON)).filter((e) => e.leadId === leadId)).toEqual([
      expect.objectContaining({ leadId, demandId, sellerId: t.seed.demoSellerId, buyerId, proposalId: p.id }),
    ]);
    // the ledger posts the adjusted price
    const posted = await txnsOf(t.deps.db, first);
    expect(posted.length).toBeGreaterThan(0);
    const [firstOrder] = placed.filter((o) => o.id === first);
    expect(posted.some((line) => line.endsWith(`:${firstOrder?.paidFen}`) || line.endsWith(`:-${firstOrder?.paidFen}`))).toBe(true);
    // 订单来源 and 定制方案ID on the seller's and the buyer's order views, and in the export
    const detail = (await demo.get(`${API}/seller/orders/${first}`)).json();
    expect(detail).toMatchObject({ source: 'proposal', leadId, proposalId: p.id, paidFen: firstOrder?.paidFen });
    const list = (await demo.get(`${API}/seller/orders?pageSize=100`)).json<{ items: { id: string; source: string; proposalId: string | null }[] }>();
    expect(list.items.find((o) => o.id === first)).toMatchObject({ source: 'proposal', proposalId: p.id });
    const mine = (await buyer.get(`${API}/buyer/orders`)).json<{ items: { id: string; source: string; proposalId: string | null; leadId: string | null }[] }>();
    expect(mine.items.find((o) => o.id === second)).toMatchObject({ source: 'proposal', proposalId: p.id, leadId });
    expect((await buyer.get(`${API}/buyer/orders/${second}`)).json()).toMatchObject({ source: 'proposal', proposalId: p.id });
    const csv = (await demo.get(`${API}/seller/orders/export.csv`)).body;
    expect(csv.split('\n')[0]).toContain('source,lead_id,proposal_id');
    expect(csv).toContain(`proposal,${leadId},${p.id}`);
    // a paid proposal is paid once and changes no more
    const again = await buyer.post(`${API}/buyer/proposals/${p.id}/pay`, {});
    expect([again.statusCode, again.json().code]).toEqual([409, 'proposal_already_paid']);
    const add = await demo.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes`, serviceQuote());
    expect(add.statusCode).toBe(409);
  });

  it('an online-store order says so: source online_store, no lead or proposal id', async () => {
    const { order } = await import('../../test/kits/orders.js');
    const buyer = await newBuyer(t, 'pqStore');
    const o = await order(buyer, { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 });
    expect((await demo.get(`${API}/seller/orders/${o.id}`)).json()).toMatchObject({ source: 'online_store', leadId: null, proposalId: null });
    expect((await buyer.get(`${API}/buyer/orders/${o.id}`)).json()).toMatchObject({ source: 'online_store', leadId: null, proposalId: null });
  });

  it('a single-quote proposal goes to the one-order cashier', async () => {
    const { buyer, leadId } = await setup('pqSingle');
    const p = await sendProposal(demo, leadId, { name: '单项', quotes: [serviceQuote(12_300)] });
    const reply = await payProposal(buyer, p.id);
    expect(reply).toEqual({ orderIds: [expect.any(String)], amountFen: 12_300, payUrl: `/store/pay/${reply.orderIds[0]}` });
  });

  it('a revoked quote cannot be paid: 如何修改报价单 "先撤销不需要的报价单。再添加新的报价单"', async () => {
    const { buyer, leadId } = await setup('pqRevoke');
    const p = await sendProposal(demo, leadId, { name: '改价', quotes: [serviceQuote(), saasQuote()] });
    const [svc, saas] = p.quotes as [Proposal['quotes'][number], Proposal['quotes'][number]];
    const revoked = await demo.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes/${saas.id}/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<Proposal>()).toMatchObject({ totalFen: 45_000 });
    expect(revoked.json<Proposal>().quotes.find((q) => q.id === saas.id)).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    const twice = await demo.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes/${saas.id}/revoke`);
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'quote_revoked']);
    const added = await demo.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes`, saasQuote(120_000));
    expect(added.statusCode, added.body).toBe(201);
    const current = added.json<Proposal>();
    expect(current.totalFen).toBe(165_000);
    // the buyer had the old set open: refused, told to reload
    const stale = await buyer.post(`${API}/buyer/proposals/${p.id}/pay`, { quoteIds: [svc.id, saas.id] });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'proposal_changed']);
    const active = current.quotes.filter((q) => q.status === 'active').map((q) => q.id);
    const reply = await payProposal(buyer, p.id, { quoteIds: active });
    expect(reply.amountFen).toBe(165_000);
    const placed = await ordersOfProposal(p.id);
    expect(placed.map((o) => o.paidFen).sort((a, b) => a - b)).toEqual([45_000, 120_000]);
    // the revoked quote has no order
    const [now] = await proposalsOfLead(t.deps.db, leadId);
    expect(now?.quotes.find((q) => q.id === saas.id)?.orderId).toBeNull();
  });

  it('a proposal whose quotes are all revoked cannot be paid (proposal_has_no_quotes)', async () => {
    const { buyer, leadId } = await setup('pqEmpty');
    const p = await sendProposal(demo, leadId, { name: '全撤', quotes: [serviceQuote()] });
    await demo.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes/${p.quotes[0]?.id}/revoke`);
    const res = await buyer.post(`${API}/buyer/proposals/${p.id}/pay`);
    expect([res.statusCode, res.json().code]).toEqual([409, 'proposal_has_no_quotes']);
  });

  it('a proposal being paid cannot change (proposal_being_paid); voided unpaid it is sent again and payable anew', async () => {
    const setupVoid = await setup('pqVoid');
    const { leadId } = setupVoid;
    let { buyer } = setupVoid;
    const p = await sendProposal(demo, leadId, { name: '作废', quotes: [serviceQuote()] });
    const first = await payProposal(buyer, p.id);
    const add = await demo.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes`, saasQuote());
    expect([add.statusCode, add.json().code]).toEqual([409, 'proposal_being_paid']);
    const revoke = await demo.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes/${p.quotes[0]?.id}/revoke`);
    expect([revoke.statusCode, revoke.json().code]).toEqual([409, 'proposal_being_paid']);
    // nor may the seller walk away from the lead while the buyer pays
    const terminate = await demo.post(`${API}/seller/leads/${leadId}/terminate`, { reasonType: 'customer_no_need' });
    expect([terminate.statusCode, terminate.json().code]).toEqual([409, 'proposal_being_paid']);
    // "下单后，如果7天未支付，则订单作废" (guide 2.1)
    t.clock.advance(7 * 24 * 3600_000 + 60_000);
    await t.deps.scheduler.runDue();
    await t.deps.outbox.drain();
    // a week later every session has expired: sign in again
    [demo, acme, ops] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('ops@demoisv')]);
    buyer = await t.agent('pqVoid', 'Passw0rdX');
    expect((await ordersOfProposal(p.id)).map((o) => o.status)).toEqual(['voided']);
    expect((await proposalsOfLead(t.deps.db, leadId))[0]?.status).toBe('sent');
    const second = await payProposal(buyer, p.id);
    expect(second.orderIds).not.toEqual(first.orderIds);
    await payOrders(t, buyer, second.orderIds);
    expect((await proposalsOfLead(t.deps.db, leadId))[0]?.status).toBe('paid');
    expect((await leadStatusOf(t, leadId)).lead).toBe('won');
  });

  it('two proposals of one lead (分阶段付款): the first paid wins the lead, the second is still payable', async () => {
    const { buyer, leadId } = await setup('pqStaged');
    const a = await sendProposal(demo, leadId, { name: '首付', quotes: [serviceQuote(10_000)] });
    const b = await sendProposal(demo, leadId, { name: '尾款', quotes: [serviceQuote(20_000)] });
    await payOrders(t, buyer, (await payProposal(buyer, a.id)).orderIds);
    expect((await leadStatusOf(t, leadId)).lead).toBe('won');
    await payOrders(t, buyer, (await payProposal(buyer, b.id)).orderIds);
    expect((await proposalsOfLead(t.deps.db, leadId)).map((x) => x.status)).toEqual(['paid', 'paid']);
    expect((await eventsOf(t, LEAD_WON)).filter((e) => e.leadId === leadId)).toHaveLength(1);
  });

  it('concurrent double pay → one set of orders', async () => {
    const { buyer, leadId } = await setup('pqRace');
    const p = await sendProposal(demo, leadId, { name: '并发', quotes: [serviceQuote(), saasQuote()] });
    const replies = await Promise.all(Array.from({ length: 6 }, () => buyer.post(`${API}/buyer/proposals/${p.id}/pay`, {})));
    expect(replies.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    const sets = new Set(replies.map((r) => [...r.json<{ orderIds: string[] }>().orderIds].sort().join(',')));
    expect(sets.size).toBe(1);
    const [n] = await t.deps.db
      .select({ n: count() })
      .from(orders)
      .where(and(eq(orders.proposalId, p.id)));
    expect(n?.n).toBe(2);
  });
});

describe('tenancy (404) and permissions (403) on every proposal route', () => {
  it('another seller’s lead or proposal answers 404; another buyer’s proposal 404', async () => {
    const { leadId } = await setup('pqTenancy');
    const p = await sendProposal(demo, leadId, { name: '隔离', quotes: [serviceQuote()] });
    const quoteId = p.quotes[0]?.id ?? '';
    const acmeQuote = { productId: c.acmeSaas, specId: c.acmeSpec, unit: 'month', duration: 1, priceFen: 100 };
    expect((await acme.post(`${API}/seller/leads/${leadId}/proposals`, { name: 'x', quotes: [acmeQuote] })).statusCode).toBe(404);
    expect((await acme.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes`, acmeQuote)).statusCode).toBe(404);
    expect((await acme.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes/${quoteId}/revoke`)).statusCode).toBe(404);
    // Acme's own lead with Demo's proposal id: still 404
    const acmeBuyer = await newBuyer(t, 'pqAcmeBuyer');
    const acmeLead = await followingLead(t, t.seed.acmeSellerId, await userIdOf(acmeBuyer));
    expect((await acme.post(`${API}/seller/leads/${acmeLead.leadId}/proposals/${p.id}/quotes`, acmeQuote)).statusCode).toBe(404);
    expect((await acme.post(`${API}/seller/leads/${acmeLead.leadId}/proposals/${p.id}/quotes/${quoteId}/revoke`)).statusCode).toBe(404);
    // Demo's lead with a proposal of another of Demo's leads: 404
    const other = await setup('pqTenancy2');
    expect((await demo.post(`${API}/seller/leads/${other.leadId}/proposals/${p.id}/quotes/${quoteId}/revoke`)).statusCode).toBe(404);
    // the buyer of another demand, and the demo buyer, cannot pay it
    const stranger = await newBuyer(t, 'pqOtherBuyer');
    expect((await stranger.post(`${API}/buyer/proposals/${p.id}/pay`, {})).statusCode).toBe(404);
    expect((await stranger.post(`${API}/buyer/proposals/ppl_unknown/pay`, {})).statusCode).toBe(404);
    expect(await ordersOfProposal(p.id)).toEqual([]);
  });

  it('a sub-account without leads.manage gets 403; sellers cannot pay a proposal', async () => {
    const { leadId } = await setup('pqPerm');
    const p = await sendProposal(demo, leadId, { name: '权限', quotes: [serviceQuote()] });
    const quoteId = p.quotes[0]?.id ?? '';
    expect((await ops.get(`${API}/seller/quotable-products`)).statusCode).toBe(403);
    expect((await ops.post(`${API}/seller/leads/${leadId}/proposals`, { name: 'x', quotes: [serviceQuote()] })).statusCode).toBe(403);
    expect((await ops.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes`, serviceQuote())).statusCode).toBe(403);
    expect((await ops.post(`${API}/seller/leads/${leadId}/proposals/${p.id}/quotes/${quoteId}/revoke`)).statusCode).toBe(403);
    expect((await demo.post(`${API}/buyer/proposals/${p.id}/pay`, {})).statusCode).toBe(403);
    expect((await t.anonymous().post(`${API}/buyer/proposals/${p.id}/pay`, {})).statusCode).toBe(401);
  });

  it('the buyer may pay with no body at all (the one click)', async () => {
    const { buyer, leadId } = await setup('pqNoBody');
    const p = await sendProposal(demo, leadId, { name: '无正文', quotes: [serviceQuote()] });
    const res = await buyer.request('POST', `${API}/buyer/proposals/${p.id}/pay`);
    expect(res.statusCode, res.body).toBe(200);
  });

  it('a proposal of a lead the seller terminated is no longer paid (lead_not_following)', async () => {
    const { buyer, buyerId, leadId, demandId } = await setup('pqTerminated');
    const p = await sendProposal(demo, leadId, { name: '终止', quotes: [serviceQuote()] });
    const { leads } = await import('./index.js');
    await t.deps.db.update(leads).set({ status: 'terminated' }).where(eq(leads.id, leadId));
    const res = await buyer.post(`${API}/buyer/proposals/${p.id}/pay`, {});
    expect([res.statusCode, res.json().code]).toEqual([409, 'lead_not_following']);
    expect(await buyerProposalsOfDemand(t.deps.db, buyerId, demandId)).toEqual([]);
  });
});
