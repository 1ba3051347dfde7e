import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { orders } from './orders.tables.js';

let t: TestApp;
let main: Agent;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: true }); // the demo's two months of orders of two sellers
  main = await t.agent('demo');
}, 300_000); // the story takes a while on PostgreSQL
afterAll(() => t.close());

describe('seller order list', () => {
  it('lists only the seller’s own orders, newest first, paged', async () => {
    const res = await main.get('/api/v1/seller/orders?pageSize=100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const [own] = await t.deps.db.select({ n: count() }).from(orders).where(eq(orders.sellerId, t.seed.demoSellerId));
    expect(own?.n).toBeLessThan((await t.deps.db.select({ n: count() }).from(orders))[0]?.n ?? 0); // Acme has orders too
    expect(body.total).toBe(own?.n);
    const times = body.items.map((o: { createdAt: string }) => o.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('gives the same total on every page, on a page past the end and for a filter that matches nothing', async () => {
    const first = (await main.get('/api/v1/seller/orders?status=paid&pageSize=5')).json();
    expect(first.total).toBeGreaterThan(10);
    const lastPage = Math.ceil(first.total / 5);
    const last = (await main.get(`/api/v1/seller/orders?status=paid&pageSize=5&page=${lastPage}`)).json();
    expect(last.total).toBe(first.total);
    expect(last.items.length).toBe(first.total - (lastPage - 1) * 5);
    // the page carries no row to read the count from: the total still answers
    const past = (await main.get(`/api/v1/seller/orders?status=paid&pageSize=5&page=${lastPage + 3}`)).json();
    expect(past).toMatchObject({ total: first.total, items: [] });
    expect((await main.get('/api/v1/seller/orders?productCode=none-such')).json()).toMatchObject({ total: 0, items: [] });
    // the count is not a column of an order
    expect(Object.keys(first.items[0])).not.toContain('total');
  });

  it('filters by status, type, product code, order number and paid-time range', async () => {
    const paid = (await main.get('/api/v1/seller/orders?status=paid&pageSize=100')).json();
    expect(paid.items.every((o: { status: string }) => o.status === 'paid')).toBe(true);
    const renew = (await main.get('/api/v1/seller/orders?type=renew&pageSize=100')).json();
    expect(renew.items.length).toBeGreaterThan(0);
    expect(renew.items.every((o: { type: string }) => o.type === 'renew')).toBe(true);
    const one = (await main.get('/api/v1/seller/orders?pageSize=1')).json().items[0];
    const byNo = (await main.get(`/api/v1/seller/orders?orderNo=${one.orderNo}`)).json();
    expect(byNo.items.map((o: { id: string }) => o.id)).toEqual([one.id]);
    const code = one.productCode as string;
    const byCode = (await main.get(`/api/v1/seller/orders?productCode=${code}&pageSize=100`)).json();
    expect(byCode.total).toBeGreaterThan(0);
    expect(byCode.items.every((o: { productCode: string }) => o.productCode === code)).toBe(true);
    const from = new Date(t.clock.now().getTime() - 48 * 3_600_000).toISOString();
    const recent = (await main.get(`/api/v1/seller/orders?paidFrom=${encodeURIComponent(from)}&pageSize=100`)).json();
    expect(recent.items.every((o: { paidAt: string }) => o.paidAt >= from)).toBe(true);
    expect((await main.get('/api/v1/seller/orders?orderNo=12a')).json().errors[0].field).toBe('querystring.orderNo');
    const byBuyer = (await main.get(`/api/v1/seller/orders?buyerUid=${one.buyerUid}&pageSize=100`)).json();
    const [theirs] = await t.deps.db
      .select({ n: count() })
      .from(orders)
      .where(and(eq(orders.sellerId, t.seed.demoSellerId), eq(orders.buyerId, t.seed.buyerId)));
    expect(byBuyer.items.every((o: { buyerUid: number }) => o.buyerUid === one.buyerUid)).toBe(true);
    if (one.buyerUid === byBuyer.items[0]?.buyerUid && byBuyer.items.length) expect(byBuyer.total).toBeGreaterThan(0);
    expect(theirs?.n).toBeGreaterThan(0);
    expect((await main.get('/api/v1/seller/orders?buyerUid=999999999')).json()).toMatchObject({ total: 0, items: [] });
  });

  it('combines name and spec searches with a created-time range, and pages them, as a filter of the full list', async () => {
    type Row = { id: string; productName: string; specName: string; createdAt: string };
    const all = (await main.get('/api/v1/seller/orders?pageSize=100')).json().items as Row[];
    const sample = all[Math.floor(all.length / 2)];
    if (!sample) throw new Error('the demo story placed no orders');
    const name = sample.productName.slice(1, 4);
    const spec = sample.specName.slice(0, 2);
    const from = all[all.length - 1]?.createdAt ?? '';
    const to = sample.createdAt;
    const expected = all.filter(
      (o) =>
        o.productName.toLowerCase().includes(name.toLowerCase()) &&
        o.specName.toLowerCase().includes(spec.toLowerCase()) &&
        o.createdAt >= from &&
        o.createdAt <= to,
    );
    const query = `productName=${encodeURIComponent(name)}&specName=${encodeURIComponent(spec)}&createdFrom=${encodeURIComponent(from)}&createdTo=${encodeURIComponent(to)}`;
    const got = (await main.get(`/api/v1/seller/orders?${query}&pageSize=100`)).json();
    expect(got.total).toBe(expected.length);
    expect(got.items.map((o: Row) => o.id)).toEqual(expected.map((o) => o.id));
    // the same shape again, page 2 of size 1: the prepared statement takes the new limit and offset
    const second = (await main.get(`/api/v1/seller/orders?${query}&page=2&pageSize=1`)).json();
    expect(second.items.map((o: Row) => o.id)).toEqual(expected.slice(1, 2).map((o) => o.id));
    expect(second.total).toBe(expected.length);
  });

  it('shows buyer contact only when the buyer agreed', async () => {
    const items = (await main.get('/api/v1/seller/orders?pageSize=100')).json().items as { id: string }[];
    const details = await Promise.all(items.map(async (o) => (await main.get(`/api/v1/seller/orders/${o.id}`)).json()));
    expect(details.some((d) => d.buyerContact === null)).toBe(true);
    expect(details.some((d) => d.buyerContact?.email === 'buyer@example.com')).toBe(true);
  });

  it('answers 404 for another seller’s order', async () => {
    const acme = await t.agent('acme');
    const theirs = (await acme.get('/api/v1/seller/orders?pageSize=1')).json().items[0];
    expect((await main.get(`/api/v1/seller/orders/${theirs.id}`)).statusCode).toBe(404);
  });

  it('exports the filtered list as CSV', async () => {
    const res = await main.get('/api/v1/seller/orders/export.csv?status=paid');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toContain('order_no,product_code');
    const paid = (await main.get('/api/v1/seller/orders?status=paid&pageSize=100')).json().total;
    expect(lines.length - 1).toBe(paid);
  });
});
