import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../platform/clock.js';
import { DomainError } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { ORDER_PAID, orders, type OrderPaid } from '../orders/index.js';
import { insertPaidOrder, insertRefundOrder, txnsOf } from '../../test/kits/ledger.js';
import { REFUND_WINDOW_DAYS, settleDue } from './ledger.jobs.js';
import { financeSummary } from './ledger.reports.js';
import { post, postClawback, postRefund, recordPayment } from './ledger.service.js';
import { paymentPostings } from './postings.js';
import { ledgerAccounts, ledgerTxns } from './ledger.tables.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const settle = () => t.deps.db.transaction((tx) => settleDue(tx, t.clock.now()));
const paidEvent = (orderId: string, amountFen: number): OrderPaid => ({
  orderId,
  sellerId: t.seed.demoSellerId,
  buyerId: t.seed.buyerId,
  productId: 'prd_x',
  type: 'new',
  amountFen,
  paidAt: t.clock.now().toISOString(),
});
const settledAtOf = async (id: string) => (await t.deps.db.select({ at: orders.settledAt }).from(orders).where(eq(orders.id, id)))[0]?.at ?? null;
const expectGlobalZero = async () => expect((await financeSummary(t.deps)).globalSumFen).toBe(0);

describe('payment posting', () => {
  it('posts the payment of an order.paid event once, however often the event is delivered', async () => {
    const id = await insertPaidOrder(t.deps.db, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId, paidFen: 10_000, paidAt: t.clock.now() });
    await emit(t.deps.db, t.clock.now(), ORDER_PAID, paidEvent(id, 10_000));
    await emit(t.deps.db, t.clock.now(), ORDER_PAID, paidEvent(id, 10_000)); // the same payment announced twice
    await t.deps.outbox.drain();
    expect(await recordPayment(t.deps, paidEvent(id, 10_000))).toBe(false); // and replayed by hand
    expect(await txnsOf(t.deps.db, id)).toEqual(['payment:buyer_funds:-10000', 'payment:seller_frozen:10000']);
    await expectGlobalZero();
  });

  it("posts two first payments of new owners at once, each to the one account per owner (the second finds the first one's)", async () => {
    const ids = await Promise.all(
      [1, 2].map(() => insertPaidOrder(t.deps.db, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId, paidFen: 500, paidAt: t.clock.now() })),
    );
    // owners with no account yet, so both postings create the same two accounts
    const fresh = { sellerId: `slr_fresh_${Date.now()}`, buyerId: `usr_fresh_${Date.now()}` };
    const posted = await Promise.all(ids.map((id) => recordPayment(t.deps, { ...paidEvent(id, 500), ...fresh })));
    expect(posted).toEqual([true, true]);
    for (const id of ids) expect(await txnsOf(t.deps.db, id)).toEqual(['payment:buyer_funds:-500', 'payment:seller_frozen:500']);
    const accounts = await t.deps.db
      .select({ kind: ledgerAccounts.kind })
      .from(ledgerAccounts)
      .where(inArray(ledgerAccounts.ownerId, [fresh.sellerId, fresh.buyerId]))
      .orderBy(ledgerAccounts.kind);
    expect(accounts.map((r) => r.kind)).toEqual(['buyer_funds', 'seller_frozen']);
    await expectGlobalZero();
  });

  it('posts a first payment whose new accounts a still open transaction is creating: its statement waits for that commit, then runs again and finds them', async () => {
    const ids = await Promise.all(
      [1, 2].map(() => insertPaidOrder(t.deps.db, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId, paidFen: 700, paidAt: t.clock.now() })),
    );
    const fresh = { sellerId: `slr_open_${Date.now()}`, buyerId: `usr_open_${Date.now()}` };
    const [first, second] = ids.map((id) => ({ ...paidEvent(id!, 700), ...fresh }));
    let later: Promise<boolean> | undefined;
    await t.deps.db.transaction(async (tx) => {
      const entries = paymentPostings({ buyerId: fresh.buyerId, sellerId: fresh.sellerId, amountFen: 700 });
      expect(await post(tx, 'payment', { orderId: first!.orderId, sellerId: fresh.sellerId, at: t.clock.now(), entries })).toBe(true);
      // on PostgreSQL the second posting's statement now waits on this transaction's new accounts
      later = recordPayment(t.deps, second!);
      await new Promise((r) => setTimeout(r, 150));
    });
    expect(await later).toBe(true);
    for (const id of ids) expect(await txnsOf(t.deps.db, id)).toEqual(['payment:buyer_funds:-700', 'payment:seller_frozen:700']);
    await expectGlobalZero();
  });

  it('posts nothing for a zero-amount trial order', async () => {
    expect(await recordPayment(t.deps, { ...paidEvent('ord_trial', 0), type: 'trial' })).toBe(false);
    expect(await txnsOf(t.deps.db, 'ord_trial')).toEqual([]);
  });

  it('refuses a malformed payload (the handler fails and the outbox retries), posting nothing', async () => {
    await emit(t.deps.db, t.clock.now(), ORDER_PAID, { orderId: 'ord_bad' });
    await t.deps.outbox.drain();
    expect(await txnsOf(t.deps.db, 'ord_bad')).toEqual([]);
  });
});

describe('settlement sweep', () => {
  it('is registered as ledger.settle every 10 minutes', () => {
    const sweep = t.deps.scheduler.list().find((s) => s.name === 'ledger.settle');
    expect(sweep?.intervalMs).toBe(10 * 60_000);
  });

  it('settles old paid orders that have no payment posting, posting their missing payments first', async () => {
    // orders paid before the ledger existed: no order.paid event was ever handled for them
    for (const paidFen of [9_900, 29_900, 99_900]) {
      await insertPaidOrder(t.deps.db, {
        sellerId: t.seed.demoSellerId,
        buyerId: t.seed.buyerId,
        paidFen,
        paidAt: new Date(t.clock.now().getTime() - 30 * DAY),
      });
    }
    await settle();
    const old = await t.deps.db
      .select({ id: orders.id, paidFen: orders.paidFen })
      .from(orders)
      .where(and(eq(orders.status, 'paid'), isNotNull(orders.settledAt), sql`${orders.paidFen} > 0`));
    expect(old.length).toBeGreaterThan(0);
    for (const o of old.slice(0, 3)) {
      const c = Math.floor((o.paidFen * 1000 + 5000) / 10_000); // the kit's category: 10 %
      expect(await txnsOf(t.deps.db, o.id)).toEqual(
        [
          `payment:buyer_funds:${-o.paidFen}`,
          `payment:seller_frozen:${o.paidFen}`,
          `settlement:platform_revenue:${c}`,
          `settlement:seller_available:${o.paidFen - c}`,
          `settlement:seller_frozen:${-o.paidFen}`,
        ].sort(),
      );
    }
    // refunded, unpaid, voided and zero-amount orders never settle
    const wrong = await t.deps.db
      .select({ id: orders.id })
      .from(orders)
      .where(and(isNotNull(orders.settledAt), sql`(${orders.status} <> 'paid' or ${orders.paidFen} <= 0)`));
    expect(wrong).toEqual([]);
    await expectGlobalZero();
  });

  it('settles exactly when the refund window has passed, not an hour before', async () => {
    expect(REFUND_WINDOW_DAYS).toBe(5);
    const paidAt = t.clock.now();
    const id = await insertPaidOrder(t.deps.db, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId, paidFen: 335, paidAt, commissionBp: 1500 });
    await recordPayment(t.deps, { ...paidEvent(id, 335), paidAt: paidAt.toISOString() });
    t.clock.set(new Date(paidAt.getTime() + 4 * DAY + 23 * HOUR));
    await settle();
    expect(await settledAtOf(id)).toBeNull();
    t.clock.set(new Date(paidAt.getTime() + 5 * DAY));
    await settle();
    expect((await settledAtOf(id))?.toISOString()).toBe(t.clock.now().toISOString());
    expect(await txnsOf(t.deps.db, id)).toEqual(
      [
        'payment:buyer_funds:-335',
        'payment:seller_frozen:335',
        'settlement:platform_revenue:50',
        'settlement:seller_available:285',
        'settlement:seller_frozen:-335',
      ].sort(),
    );
    expect(await settle()).toBe(0); // idempotent: nothing left to settle
    expect(await t.deps.db.$count(ledgerTxns, and(eq(ledgerTxns.orderId, id), eq(ledgerTxns.kind, 'settlement')))).toBe(1);
  });

  it('settles a backlog larger than one batch in one run', async () => {
    const paidAt = t.clock.now();
    const ids = [];
    for (let i = 0; i < 5; i++)
      ids.push(await insertPaidOrder(t.deps.db, { sellerId: t.seed.acmeSellerId, buyerId: t.seed.buyerId, paidFen: 100 + i, paidAt }));
    t.clock.advance(REFUND_WINDOW_DAYS * DAY);
    expect(await t.deps.db.transaction((tx) => settleDue(tx, t.clock.now(), REFUND_WINDOW_DAYS, 2))).toBe(5);
    for (const id of ids) expect(await settledAtOf(id)).not.toBeNull();
    const left = await t.deps.db
      .select({ id: orders.id })
      .from(orders)
      .where(
        and(
          eq(orders.status, 'paid'),
          isNull(orders.settledAt),
          sql`${orders.paidAt} <= ${new Date(t.clock.now().getTime() - 5 * DAY)}`,
          sql`${orders.paidFen} > 0`,
        ),
      );
    expect(left).toEqual([]);
    await expectGlobalZero();
  });
});

describe('refunds and clawbacks (for the refunds work)', () => {
  it('refunds from frozen funds before settlement, then settles only what is left', async () => {
    const paidAt = t.clock.now();
    const id = await insertPaidOrder(t.deps.db, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId, paidFen: 1000, paidAt, commissionBp: 1000 });
    await recordPayment(t.deps, { ...paidEvent(id, 1000), paidAt: paidAt.toISOString() });
    const r1 = await insertRefundOrder(t.deps.db, id, 400, paidAt);
    expect(await t.deps.db.transaction((tx) => postRefund(tx, { refundOrderId: r1, amountFen: 400, at: paidAt }))).toBe(true);
    expect(await t.deps.db.transaction((tx) => postRefund(tx, { refundOrderId: r1, amountFen: 400, at: paidAt }))).toBe(false); // replay
    const r2 = await insertRefundOrder(t.deps.db, id, 700, paidAt);
    const tooMuch = await t.deps.db.transaction((tx) => postRefund(tx, { refundOrderId: r2, amountFen: 700, at: paidAt })).catch((e: unknown) => e);
    expect(tooMuch).toBeInstanceOf(DomainError);
    expect((tooMuch as DomainError).code).toBe('refund_exceeds_balance');
    t.clock.advance(REFUND_WINDOW_DAYS * DAY);
    await settle();
    expect(await txnsOf(t.deps.db, id)).toContain('settlement:seller_frozen:-600');
    expect(await txnsOf(t.deps.db, id)).toContain('settlement:platform_revenue:60');
    const late = await t.deps.db.transaction((tx) => postRefund(tx, { refundOrderId: r2, amountFen: 100, at: t.clock.now() })).catch((e: unknown) => e);
    expect((late as DomainError).code).toBe('order_already_settled');
  });

  it('claws back after settlement pro rata and never beyond what was settled', async () => {
    const paidAt = t.clock.now();
    const id = await insertPaidOrder(t.deps.db, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId, paidFen: 1000, paidAt, commissionBp: 1000 });
    t.clock.advance(REFUND_WINDOW_DAYS * DAY);
    await settle();
    const now = t.clock.now();
    const r1 = await insertRefundOrder(t.deps.db, id, 300, now);
    expect(await t.deps.db.transaction((tx) => postClawback(tx, { refundOrderId: r1, amountFen: 300, at: now }))).toBe(true);
    expect((await txnsOf(t.deps.db, r1)).sort()).toEqual(
      ['clawback:buyer_funds:300', 'clawback:platform_revenue:-30', 'clawback:seller_available:-270'].sort(),
    );
    const r2 = await insertRefundOrder(t.deps.db, id, 701, now);
    const over = await t.deps.db.transaction((tx) => postClawback(tx, { refundOrderId: r2, amountFen: 701, at: now })).catch((e: unknown) => e);
    expect((over as DomainError).code).toBe('refund_exceeds_balance');
    expect(await t.deps.db.transaction((tx) => postClawback(tx, { refundOrderId: r2, amountFen: 700, at: now }))).toBe(true);
    expect(await txnsOf(t.deps.db, r2)).toContain('clawback:platform_revenue:-70');
    await expectGlobalZero();
  });

  it('refuses a clawback before settlement', async () => {
    const id = await insertPaidOrder(t.deps.db, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId, paidFen: 500, paidAt: t.clock.now() });
    const r = await insertRefundOrder(t.deps.db, id, 100, t.clock.now());
    const err = await t.deps.db.transaction((tx) => postClawback(tx, { refundOrderId: r, amountFen: 100, at: t.clock.now() })).catch((e: unknown) => e);
    expect((err as DomainError).code).toBe('order_not_settled');
  });
});
