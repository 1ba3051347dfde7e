import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { insertPaidOrder } from '../../test/kits/ledger.js';
import { REFUND_WINDOW_DAYS, settleDue } from './ledger.jobs.js';
import { beijingMonthStart } from '../../platform/beijing-time.js';
import { recordPayment } from './ledger.service.js';

let t: TestApp;
let demo: Agent;
let acme: Agent;
let demoOrder: string;

/** A paid order whose payment the order.paid handler has posted. */
async function paid(sellerId: string, paidFen: number, commissionBp: number): Promise<string> {
  const paidAt = t.clock.now();
  const id = await insertPaidOrder(t.deps.db, { sellerId, buyerId: t.seed.buyerId, paidFen, paidAt, commissionBp });
  await recordPayment(t.deps, {
    orderId: id,
    sellerId,
    buyerId: t.seed.buyerId,
    productId: 'p',
    type: 'new',
    amountFen: paidFen,
    paidAt: paidAt.toISOString(),
  });
  return id;
}

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  // demo: 100.00 at 10 % and 3.35 at 15 % settle; 20.00 stays frozen. acme: 5.00 frozen.
  demoOrder = await paid(t.seed.demoSellerId, 10_000, 1000);
  await paid(t.seed.demoSellerId, 335, 1500);
  t.clock.advance(REFUND_WINDOW_DAYS * DAY);
  await t.deps.db.transaction((tx) => settleDue(tx, t.clock.now()));
  t.clock.advance(60_000);
  await paid(t.seed.demoSellerId, 2000, 1000);
  await paid(t.seed.acmeSellerId, 500, 1000);
  // log in after moving the clock, or the sessions would have expired
  demo = await t.agent('demo');
  acme = await t.agent('acme');
});
afterAll(() => t.close());

describe('seller finance', () => {
  it('shows frozen and available balances and this month’s settlements and commission', async () => {
    const res = await demo.get('/api/v1/seller/finance/balance');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ frozenFen: 2000, availableFen: 9000 + 285, settledThisMonthFen: 10_335, commissionThisMonthFen: 1050 });
  });

  it('shows each seller only its own figures', async () => {
    expect((await acme.get('/api/v1/seller/finance/balance')).json()).toEqual({
      frozenFen: 500,
      availableFen: 0,
      settledThisMonthFen: 0,
      commissionThisMonthFen: 0,
    });
    const theirs = (await acme.get('/api/v1/seller/finance/statement')).json();
    expect(theirs.total).toBe(1);
    expect(theirs.items[0].amountFen).toBe(500);
  });

  it('refuses a sub-account without finance.view', async () => {
    const ops = await t.agent('ops@demoisv');
    const res = await ops.get('/api/v1/seller/finance/balance');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('permission_denied');
  });

  it('lists statement entries newest first with order numbers and running balances', async () => {
    const res = await demo.get('/api/v1/seller/finance/statement?pageSize=100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(7); // 3 payments + 2 settlements × (frozen, available)
    const first = body.items[0];
    expect(first).toMatchObject({ kind: 'payment', account: 'frozen', amountFen: 2000, balanceAfterFen: 2000 });
    expect(first.orderNo).toMatch(/^\d+$/);
    const settledA = body.items.find((e: { orderId: string; account: string }) => e.orderId === demoOrder && e.account === 'available');
    expect(settledA).toMatchObject({ kind: 'settlement', amountFen: 9000 });
    const available = body.items.filter((e: { account: string }) => e.account === 'available');
    expect(Math.max(...available.map((e: { balanceAfterFen: number }) => e.balanceAfterFen))).toBe(9285);
  });

  it('filters the statement by kind, account and time, and pages it', async () => {
    expect((await demo.get('/api/v1/seller/finance/statement?kind=settlement')).json().total).toBe(4);
    expect((await demo.get('/api/v1/seller/finance/statement?account=available')).json().total).toBe(2);
    const since = encodeURIComponent(t.clock.now().toISOString());
    expect((await demo.get(`/api/v1/seller/finance/statement?from=${since}`)).json().total).toBe(1);
    const page2 = (await demo.get('/api/v1/seller/finance/statement?pageSize=5&page=2')).json();
    expect(page2.items).toHaveLength(2);
    expect((await demo.get('/api/v1/seller/finance/statement?kind=bogus')).statusCode).toBe(400);
  });

  it('exports the filtered statement as CSV with a BOM, in yuan', async () => {
    const res = await demo.get('/api/v1/seller/finance/statement.csv?kind=settlement');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const lines = res.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('created_at,kind,account,order_no,order_id,amount,balance_after');
    expect(lines).toHaveLength(5);
    expect(lines.some((l) => l.includes(',settlement,frozen,') && l.includes(',-100.00,'))).toBe(true);
    expect(lines.some((l) => l.includes(',settlement,available,') && l.includes(',90.00,'))).toBe(true);
  });
});

describe('operator finance summary', () => {
  it('totals every balance and shows the ledger summing to zero', async () => {
    const op = await t.agent('operator');
    const res = await op.get('/api/v1/operator/finance/summary');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      platformRevenueFen: 1050,
      sellerFrozenFen: 2500,
      sellerAvailableFen: 9285,
      resellerAvailableFen: 0,
      buyerFundsFen: -12_835,
      globalSumFen: 0,
      balanced: true,
    });
    expect((await demo.get('/api/v1/operator/finance/summary')).statusCode).toBe(403);
  });
});

describe('finance month', () => {
  it('starts at midnight Beijing time', () => {
    expect(beijingMonthStart(new Date('2026-06-30T16:00:00Z')).toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(beijingMonthStart(new Date('2026-06-30T15:59:59Z')).toISOString()).toBe('2026-05-31T16:00:00.000Z');
  });
});
