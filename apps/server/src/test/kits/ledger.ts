import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { newId } from '../../platform/ids.js';
import { categories, products } from '../../modules/catalog/index.js';
import { orders } from '../../modules/orders/index.js';
import { ledgerAccounts, ledgerEntries, ledgerTxns } from '../../modules/ledger/ledger.tables.js';

// other modules' tests read the postings a refund made
export { ledgerTxns };

/** Test data for ledger tests: a category with a commission, a product in it, and a paid order. */
export async function insertPaidOrder(db: Db, o: { sellerId: string; buyerId: string; paidFen: number; paidAt: Date; commissionBp?: number }): Promise<string> {
  const suffix = newId('x', o.paidAt).slice(-8);
  const categoryId = newId('cat', o.paidAt);
  const productId = newId('prd', o.paidAt);
  await db.insert(categories).values({ id: categoryId, code: `c-${suffix}`, nameZh: '测试', nameEn: 'Test', commissionBp: o.commissionBp ?? 1000 });
  await db.insert(products).values({
    id: productId,
    code: `cmapp-${suffix}`,
    sellerId: o.sellerId,
    type: 'saas',
    categoryId,
    name: 'Ledger test product',
    createdAt: o.paidAt,
    updatedAt: o.paidAt,
  });
  const id = newId('ord', o.paidAt);
  await db.insert(orders).values({
    id,
    sellerId: o.sellerId,
    buyerId: o.buyerId,
    productId,
    productCode: `cmapp-${suffix}`,
    productName: 'Ledger test product',
    specName: 'std',
    type: 'new',
    status: 'paid',
    listPriceFen: o.paidFen,
    paidFen: o.paidFen,
    createdAt: o.paidAt,
    paidAt: o.paidAt,
  });
  return id;
}

/** A `refund` order against `parentOrderId`, as the refunds work will create it. */
export async function insertRefundOrder(db: Db, parentOrderId: string, amountFen: number, at: Date): Promise<string> {
  const [p] = await db.select().from(orders).where(eq(orders.id, parentOrderId));
  if (!p) throw new Error('no parent order');
  const id = newId('ord', at);
  await db.insert(orders).values({
    ...p,
    id,
    orderNo: undefined,
    // a refund order is no purchase: it takes no idempotency key (the parent's is unique per buyer)
    idempotencyKey: null,
    // like orders' createRefundOrder: the refund order is no distribution order of its own
    resellerId: null,
    distributionRatePct: null,
    type: 'refund',
    parentOrderId,
    listPriceFen: -amountFen,
    paidFen: -amountFen,
    createdAt: at,
    paidAt: at,
    settledAt: null,
  });
  return id;
}

/** Every transaction of an order with its entries, as `kind:account:amount` strings. */
export async function txnsOf(db: Db, orderId: string): Promise<string[]> {
  const rows = await db
    .select({ kind: ledgerTxns.kind, account: ledgerAccounts.kind, amountFen: ledgerEntries.amountFen })
    .from(ledgerTxns)
    .innerJoin(ledgerEntries, eq(ledgerEntries.txnId, ledgerTxns.id))
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(eq(ledgerTxns.orderId, orderId));
  return rows.map((r) => `${r.kind}:${r.account}:${r.amountFen}`).sort();
}

/** The sum of every ledger entry: zero whatever was posted (double entry). */
export async function ledgerSumFen(db: Db): Promise<number> {
  const rows = await db.select({ amountFen: ledgerEntries.amountFen }).from(ledgerEntries);
  return rows.reduce((s, r) => s + r.amountFen, 0);
}
