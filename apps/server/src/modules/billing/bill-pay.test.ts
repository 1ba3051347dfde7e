import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { API, newMeteringKey, push, seedApiInstance, seedPostpaid, type Postpaid } from '../../test/kits/billing.js';
import { ledgerSumFen, txnsOf } from '../../test/kits/ledger.js';
import { newBuyer } from '../../test/kits/orders.js';

let t: TestApp;
let p: Postpaid;
let billId: string;

const JUNE_START = new Date('2026-06-01T02:00:00.000Z'); // 10:00 Beijing on 1 June
const JUNE_END = new Date('2026-06-30T16:00:00.000Z'); // 2026-07-01 00:00 in Beijing
// BILL_DUE_DAYS = 15 after the month ends: 2026-07-16 00:00 Beijing
const DUE = new Date('2026-07-15T16:00:00.000Z');

const buyer = () => t.agent('buyer');
const myBills = async () => (await (await buyer()).get(`${API}/buyer/bills`)).json().items;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  t.clock.set(JUNE_START);
  const demo = await t.agent('demo');
  p = await seedPostpaid(t, t.seed.demoSellerId);
  const key = await newMeteringKey(demo, p.productId);
  const inst = await seedApiInstance(t, p, t.seed.demoSellerId, t.seed.buyerId);
  const res = await push(t, {
    code: p.code,
    key,
    records: [
      { recordId: 'r1', instanceId: inst, dimension: 'calls', quantity: 1000, usedAt: '2026-06-01T01:00:00Z' },
      { recordId: 'r2', instanceId: inst, dimension: 'storage_gb', quantity: 2, usedAt: '2026-06-01T01:00:00Z' },
    ],
  });
  expect(res.statusCode, res.body).toBe(200);
  t.clock.set(new Date(JUNE_END.getTime() + 60 * 60_000));
  await t.deps.scheduler.runDue();
});
afterAll(() => t.close());

describe('账单管理: a postpaid bill shows 应付/实付/代金券, falls due, and is paid by its buyer', () => {
  it('carries the usage amount as payable, nothing paid, no voucher, and its due date', async () => {
    const [bill] = await myBills();
    billId = bill.id;
    // calls 1000 × 1/10 = 100 fen; storage 2 × 35 = 70 fen
    expect(bill).toMatchObject({ period: '2026-06', amountFen: 170, paidFen: 0, voucherFen: 0, voucherUsed: false, status: 'unpaid', paidAt: null });
    expect(bill).toMatchObject({ dueAt: DUE.toISOString(), overdue: false });
  });

  it('is overdue from its due instant on, not a millisecond before, for the buyer and the seller', async () => {
    t.clock.set(new Date(DUE.getTime() - 1));
    expect((await myBills())[0].overdue).toBe(false);
    t.clock.set(DUE);
    expect((await myBills())[0].overdue).toBe(true);
    const seller = (await (await t.agent('demo')).get(`${API}/seller/bills`)).json().items;
    expect(seller[0]).toMatchObject({ id: billId, overdue: true, status: 'unpaid' });
  });

  it('answers 404 to another buyer, and to a bill that does not exist', async () => {
    const other = await newBuyer(t, 'billpayer2');
    expect((await other.post(`${API}/buyer/bills/${billId}/pay`)).statusCode).toBe(404);
    expect((await (await buyer()).post(`${API}/buyer/bills/bil_nope/pay`)).statusCode).toBe(404);
    expect((await myBills())[0].status).toBe('unpaid');
  });

  it('is paid once: the ledger posts it settled at once (commission to the platform) and still sums to zero', async () => {
    const b = await buyer();
    const paid = await b.post(`${API}/buyer/bills/${billId}/pay`);
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({
      id: billId,
      status: 'paid',
      amountFen: 170,
      paidFen: 170,
      voucherUsed: false,
      overdue: false,
      paidAt: DUE.toISOString(),
    });
    // 10 % commission of the test category: 17 fen to the platform, 153 to the seller's available balance
    expect(await txnsOf(t.deps.db, billId)).toEqual(['bill_payment:buyer_funds:-170', 'bill_payment:platform_revenue:17', 'bill_payment:seller_available:153']);
    expect(await ledgerSumFen(t.deps.db)).toBe(0);

    const again = await b.post(`${API}/buyer/bills/${billId}/pay`);
    expect([again.statusCode, again.json().code]).toEqual([409, 'bill_already_paid']);
    expect(await txnsOf(t.deps.db, billId)).toHaveLength(3);

    const seller = (await (await t.agent('demo')).get(`${API}/seller/bills`)).json().items;
    expect(seller[0]).toMatchObject({ id: billId, status: 'paid', amountFen: 170, paidFen: 170, overdue: false });
  });

  it('pays once when two clicks race', async () => {
    const inst = await seedApiInstance(t, p, t.seed.demoSellerId, t.seed.buyerId);
    const key = await newMeteringKey(await t.agent('demo'), p.productId);
    expect(
      (await push(t, { code: p.code, key, records: [{ recordId: 'r3', instanceId: inst, dimension: 'calls', quantity: 50, usedAt: DUE.toISOString() }] }))
        .statusCode,
    ).toBe(200);
    t.clock.set(new Date('2026-07-31T17:00:00.000Z'));
    await t.deps.scheduler.runDue();
    const july = (await myBills()).find((x: { period: string }) => x.period === '2026-07');
    expect(july).toMatchObject({ amountFen: 5, status: 'unpaid' });
    const b = await buyer();
    const codes = (await Promise.all([b.post(`${API}/buyer/bills/${july.id}/pay`), b.post(`${API}/buyer/bills/${july.id}/pay`)]))
      .map((r) => r.statusCode)
      .sort();
    expect(codes).toEqual([200, 409]);
    expect(await txnsOf(t.deps.db, july.id)).toHaveLength(3);
    expect(await ledgerSumFen(t.deps.db)).toBe(0);
  });
});
