// A placement's INSERT as a prepared statement. drizzle building the 37-column insert on every
// call was about an eighth of a placement's CPU once the placement's reads were kept in memory
// (docs/performance.md, fifth day). The statement names the columns a placement from the store
// sets; a draft with any other column (a reseller's, a proposal's) or without one of these keeps
// the insert built per call, so no column's default is written twice.
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { preparedFor } from '../../platform/db/prepared.js';
import { buyerOrderColumns, type NewOrderRow } from './buyer-orders.service.js';
import { orders } from './orders.tables.js';

type NewOrder = typeof orders.$inferInsert;

const columns = [
  'id',
  'createdAt',
  'status',
  'sellerId',
  'productId',
  'productCode',
  'productName',
  'specId',
  'specName',
  'remark',
  'showContact',
  'buyerId',
  'idempotencyKey',
  'type',
  'targetInstanceId',
  'quantity',
  'durationUnit',
  'duration',
  'couponHoldingId',
  'listPriceFen',
  'paidFen',
  'discountId',
  'discountName',
  'discountFen',
  'couponId',
  'couponName',
  'couponFen',
] as const satisfies readonly (keyof NewOrder)[];
const named: ReadonlySet<string> = new Set(columns);

const p = (name: (typeof columns)[number]) => sql.placeholder(name);

const insertQuery = preparedFor((db) =>
  db
    .insert(orders)
    .values({
      id: p('id'),
      createdAt: p('createdAt'),
      status: p('status'),
      sellerId: p('sellerId'),
      productId: p('productId'),
      productCode: p('productCode'),
      productName: p('productName'),
      specId: p('specId'),
      specName: p('specName'),
      remark: p('remark'),
      showContact: p('showContact'),
      buyerId: p('buyerId'),
      idempotencyKey: p('idempotencyKey'),
      type: p('type'),
      targetInstanceId: p('targetInstanceId'),
      quantity: p('quantity'),
      durationUnit: p('durationUnit'),
      duration: p('duration'),
      couponHoldingId: p('couponHoldingId'),
      listPriceFen: p('listPriceFen'),
      paidFen: p('paidFen'),
      discountId: p('discountId'),
      discountName: p('discountName'),
      discountFen: p('discountFen'),
      couponId: p('couponId'),
      couponName: p('couponName'),
      couponFen: p('couponFen'),
    })
    .onConflictDoNothing({ target: [orders.buyerId, orders.idempotencyKey] })
    .returning({ ...buyerOrderColumns, remark: orders.remark, showContact: orders.showContact })
    .prepare('insert_placed_order'),
);

/** True when the prepared statement writes exactly this row: every one of its columns given, no other. */
function fits(row: NewOrder): boolean {
  const given = Object.entries(row).filter(([, v]) => v !== undefined);
  return given.length === columns.length && given.every(([k]) => named.has(k));
}

/** Insert an order once per (buyer, idempotency key); undefined when the key was taken. */
export async function insertPlacedOrder(db: Db, row: NewOrder): Promise<NewOrderRow | undefined> {
  if (fits(row)) return (await insertQuery(db).execute(row))[0];
  const [inserted] = await db
    .insert(orders)
    .values(row)
    .onConflictDoNothing({ target: [orders.buyerId, orders.idempotencyKey] })
    .returning({ ...buyerOrderColumns, remark: orders.remark, showContact: orders.showContact });
  return inserted;
}
