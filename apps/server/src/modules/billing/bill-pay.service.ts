import type { BuyerBill } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { postBillPayment } from '../ledger/index.js';
import { sandboxPaymentProvider } from '../orders/index.js';
import { assertBillMove } from './bill-status.js';
import { noVouchers, type VoucherPort } from './bill-voucher.js';
import { bills } from './billing.tables.js';
import { loadBuyerBill } from './bills.service.js';

type D = Pick<Deps, 'db' | 'clock' | 'config'>;

/** The buyer's bill, locked for the caller's transaction (concurrent "pay" clicks queue here), if it may still be paid. */
async function lockUnpaid(tx: Db, buyerId: string, billId: string) {
  const [b] = await tx
    .select()
    .from(bills)
    .where(and(eq(bills.id, billId), eq(bills.buyerId, buyerId)))
    .for('update');
  if (!b) throw notFound('bill');
  assertBillMove(b.status, 'paid');
  return b;
}

/**
 * The buyer pays a postpaid bill (账单管理: 应付 → 实付) through the orders' sandbox cashier,
 * whose signed callback arrives at once. The bill's payable less what a voucher (a coupon the
 * buyer names) covers is paid in cash; the coupon is marked used with the bill; the ledger posts it in the same transaction that marks the bill paid, and the
 * conditional update makes a second click (or a race) bill_already_paid, never a second charge.
 * Another buyer's bill is not_found.
 */
export async function payBill(deps: D, buyerId: string, billId: string, voucher: VoucherPort = noVouchers): Promise<BuyerBill> {
  const planned = await deps.db.transaction(async (tx) => {
    const b = await lockUnpaid(tx, buyerId, billId);
    const voucherFen = Math.min(b.amountFen, Math.max(0, await voucher.valueOf(tx, b, deps.clock.now())));
    return { bill: b, voucherFen, cashFen: b.amountFen - voucherFen };
  });

  const now = deps.clock.now();
  let providerRef: string | null = null;
  if (planned.cashFen > 0) {
    // the provider is called outside any transaction; the sandbox cashier "pays" and calls back, signed
    const sandbox = sandboxPaymentProvider(deps);
    const created = await sandbox.createPayment({
      paymentId: newId('pay', now),
      orderId: billId,
      amountFen: planned.cashFen,
      subject: planned.bill.productName,
    });
    const signed = sandbox.signCallback({ providerRef: created.providerRef, orderId: billId, amountFen: planned.cashFen, status: 'succeeded' });
    const cb = sandbox.verifyCallback(signed.headers, signed.body);
    if (cb.orderId !== billId || cb.status !== 'succeeded') throw new DomainError('invalid_signature', 'the callback names another bill');
    if (cb.amountFen !== planned.cashFen) throw new DomainError('amount_mismatch', `paid ${cb.amountFen} fen, the bill asks ${planned.cashFen}`);
    providerRef = cb.providerRef;
  }

  await deps.db.transaction(async (tx) => {
    const b = await lockUnpaid(tx, buyerId, billId);
    if (b.amountFen !== planned.bill.amountFen) throw new DomainError('conflict', 'the bill changed meanwhile; reload it');
    // the coupon is used in the transaction that marks the bill paid; raced meanwhile, all of it rolls back
    if (planned.voucherFen > 0 && (await voucher.redeem(tx, b, now)) !== planned.voucherFen) {
      throw new DomainError('conflict', 'the voucher changed meanwhile; reload the bill');
    }
    await tx
      .update(bills)
      .set({ status: 'paid', paidFen: planned.cashFen, voucherFen: planned.voucherFen, paidAt: now })
      .where(and(eq(bills.id, billId), eq(bills.status, 'unpaid')));
    if (planned.cashFen > 0) {
      await postBillPayment(tx, { billId, buyerId, sellerId: b.sellerId, productId: b.productId, amountFen: planned.cashFen, providerRef, at: now });
    }
  });
  return loadBuyerBill(deps, buyerId, billId);
}
