import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { API, buy, buyerWhoBought, detailOf, listOf, platformCustomerOf, takenLead, userIdOf, type CustomerReply } from '../../test/kits/customers.js';
import { PRICES, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { customers } from './index.js';
import { addPlatformCustomers } from './platform-customers.js';

let t: TestApp;
let c: Catalog;
let demo: Agent;
let acme: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, acme] = await Promise.all([t.agent('demo'), t.agent('acme')]);
});
afterAll(() => t.close());

describe('平台客户 "在云市场购买过您的商品…由系统为您自动添加至客户中心" (guide 2.8)', () => {
  it('adds the buyer as the seller’s platform customer once the order is paid, and not for another seller', async () => {
    const buyer = await buyerWhoBought(t, c, 'cuPaid');
    const row = await platformCustomerOf(demo, 'cuPaid');
    expect(row).toMatchObject({ kind: 'platform', source: 'order', spendFen: PRICES.downloadYear, contactName: 'cuPaid' });
    expect(row?.lastOrderAt).not.toBeNull();
    expect(await platformCustomerOf(acme, 'cuPaid')).toBeUndefined();
    // a second purchase and a replayed event change nothing but 最近下单时间 and the spend
    t.clock.advance(60_000);
    await buy(t, c, buyer);
    const again = (await listOf(demo, 'q=cuPaid')).items.filter((x) => x.buyerAccount === 'cuPaid');
    expect(again).toHaveLength(1);
    expect(again[0]?.spendFen).toBe(2 * PRICES.downloadYear);
    expect(new Date(again[0]?.lastOrderAt ?? 0).getTime()).toBeGreaterThan(new Date(row?.lastOrderAt ?? 0).getTime());
  });

  it('adds a buyer once when a batch of events holds several of their paid orders, with the later 最近下单时间', async () => {
    const { newBuyer, order, pay } = await import('../../test/kits/orders.js');
    const b = await newBuyer(t, 'cuBatch');
    const other = await newBuyer(t, 'cuBatchToo');
    // three paid orders, nothing delivered in between: their ORDER_PAID events reach the handler in one call
    for (const [buyer, minutes] of [
      [b, 1],
      [other, 1],
      [b, 5],
    ] as const) {
      t.clock.advance(minutes * 60_000);
      await pay(buyer, (await order(buyer, { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 })).id);
    }
    await t.deps.outbox.drain();
    const rows = (await listOf(demo, 'q=cuBatch')).items;
    expect(rows.map((r) => r.buyerAccount).sort()).toEqual(['cuBatch', 'cuBatchToo']);
    const mine = rows.find((r) => r.buyerAccount === 'cuBatch');
    expect(mine?.spendFen).toBe(2 * PRICES.downloadYear);
    expect(new Date(mine?.lastOrderAt ?? 0).getTime()).toBe(t.clock.now().getTime());
    // the batch is one statement, which could not touch one row twice: the pair is written once
    const sellerId =
      (
        await t.deps.db
          .select({ sellerId: customers.sellerId })
          .from(customers)
          .where(eq(customers.id, mine?.id ?? ''))
      )[0]?.sellerId ?? '';
    const buyerId = await userIdOf(b);
    const twice = { sellerId, buyerId, source: 'order' as const, lastOrderAt: t.clock.now() };
    await expect(addPlatformCustomers(t.deps.db, t.clock.now(), [twice, twice])).resolves.toBeUndefined();
  });

  it('does not add a buyer whose order is still unpaid', async () => {
    const { newBuyer, order } = await import('../../test/kits/orders.js');
    const b = await newBuyer(t, 'cuUnpaid');
    await order(b, { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 });
    await t.deps.outbox.drain();
    expect(await platformCustomerOf(demo, 'cuUnpaid')).toBeUndefined();
  });

  it('adds a buyer whose demand the seller took ("向您提过需求或商机的客户") and shows the demand on the detail', async () => {
    const { newBuyer } = await import('../../test/kits/orders.js');
    const b = await newBuyer(t, 'cuDemand');
    const { demandId } = await takenLead(t, t.seed.demoSellerId, await userIdOf(b));
    const row = await platformCustomerOf(demo, 'cuDemand');
    expect(row).toMatchObject({ source: 'demand', lastOrderAt: null, spendFen: 0 });
    expect(await platformCustomerOf(acme, 'cuDemand')).toBeUndefined();
    const detail = await detailOf(demo, row?.id ?? '');
    expect(detail.demands?.map((d) => d.id)).toEqual([demandId]);
    // acme never saw that demand
    await buy(t, c, b, { product: 'acme' });
    const acmeRow = await platformCustomerOf(acme, 'cuDemand');
    expect((await detailOf(acme, acmeRow?.id ?? '')).demands).toEqual([]);
  });
});

describe('contact: "如果客户同意将联系方式展示给服务商，则会显示客户的电话和邮箱"', () => {
  it('hides the account’s phone and e-mail without consent and shows them with it, in the list, the detail and the export', async () => {
    await buyerWhoBought(t, c, 'cuSecret', { showContact: false });
    await buyerWhoBought(t, c, 'cuOpen', { showContact: true });
    const secret = await platformCustomerOf(demo, 'cuSecret');
    const open = await platformCustomerOf(demo, 'cuOpen');
    expect(secret?.contact).toBeNull();
    expect(open?.contact).toEqual({ phone: expect.stringMatching(/^139\d{8}$/), email: 'cuopen@buyer.example' });
    const secretDetail = await detailOf(demo, secret?.id ?? '');
    expect(secretDetail.contact).toBeNull();
    expect(JSON.stringify(secretDetail)).not.toContain('cusecret@buyer.example');
    const csv = (await demo.get(`${API}/seller/customers/export.csv?q=cu`)).body;
    expect(csv).toContain('cuopen@buyer.example');
    expect(csv).not.toContain('cusecret@buyer.example');
  });

  it('follows the latest order’s choice: a buyer who declines on a later order is hidden again', async () => {
    const b = await buyerWhoBought(t, c, 'cuChanged', { showContact: true });
    expect((await platformCustomerOf(demo, 'cuChanged'))?.contact).not.toBeNull();
    t.clock.advance(60_000);
    await buy(t, c, b, { showContact: false });
    expect((await platformCustomerOf(demo, 'cuChanged'))?.contact).toBeNull();
  });

  it('follows the latest order’s choice when both orders carry the same instant (the manual clock does not move between them)', async () => {
    // order ids keep creation order within one millisecond; a random tie-break showed the earlier consent half the time
    for (let i = 0; i < 8; i++) {
      const name = `cuSame${i}`;
      const b = await buyerWhoBought(t, c, name, { showContact: true });
      await buy(t, c, b, { showContact: false });
      expect((await platformCustomerOf(demo, name))?.contact, name).toBeNull();
    }
  });
});

describe('the list and the detail', () => {
  it('shows the trade summary, orders, instances and refunds-aware spend on the detail', async () => {
    await buyerWhoBought(t, c, 'cuDetail');
    const row = await platformCustomerOf(demo, 'cuDetail');
    const d = await detailOf(demo, row?.id ?? '');
    expect(d.trade).toMatchObject({ orderCount: 1, paidFen: PRICES.downloadYear, refundedFen: 0 });
    expect(d.trade?.firstOrderAt).toBe(d.trade?.lastOrderAt);
    expect(d.orders).toHaveLength(1);
    expect(d.instances?.length).toBeGreaterThanOrEqual(1);
    expect(d.coupons).toEqual([]);
    expect(d.calls).toEqual([]);
  });

  it('filters by kind, search, 最近下单时间 and paginates', async () => {
    const before = new Date(t.clock.now().getTime() - 1).toISOString();
    t.clock.advance(3_600_000);
    const from = t.clock.now().toISOString();
    await buyerWhoBought(t, c, 'cuPageA');
    // a minute later, so that "latest buyer first" is not a tie on the manual clock
    t.clock.advance(60_000);
    await buyerWhoBought(t, c, 'cuPageB');
    const windowed = await listOf(demo, `lastOrderFrom=${encodeURIComponent(from)}`);
    expect(windowed.items.map((x) => x.buyerAccount).sort()).toEqual(['cuPageA', 'cuPageB']);
    const older = await listOf(demo, `lastOrderTo=${encodeURIComponent(before)}&pageSize=100`);
    expect(older.items.some((x) => x.buyerAccount === 'cuPageA')).toBe(false);
    const page1 = await listOf(demo, 'q=cuPage&pageSize=1');
    const page2 = await listOf(demo, 'q=cuPage&pageSize=1&page=2');
    expect(page1.total).toBe(2);
    expect([page1.items[0]?.buyerAccount, page2.items[0]?.buyerAccount].sort()).toEqual(['cuPageA', 'cuPageB']);
    // latest buyer first
    expect(page1.items[0]?.buyerAccount).toBe('cuPageB');
    const byUid = await listOf(demo, `q=${page1.items[0]?.buyerUid}`);
    expect(byUid.items.map((x) => x.buyerAccount)).toContain('cuPageB');
    expect((await listOf(demo, 'kind=private&q=cuPage')).total).toBe(0);
  });

  it('exports the filtered list as CSV with a BOM and a header', async () => {
    const res = await demo.get(`${API}/seller/customers/export.csv?q=cuPage`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('buyer_account');
    expect(lines).toHaveLength(3);
  });

  it('keeps one row per seller and buyer in the table', async () => {
    const rows = await t.deps.db.select({ sellerId: customers.sellerId, buyerId: customers.buyerId }).from(customers);
    const keys = rows.filter((r) => r.buyerId).map((r) => `${r.sellerId}/${r.buyerId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

export type { CustomerReply };
