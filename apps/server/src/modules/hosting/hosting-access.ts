import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { hostedProducts } from './hosting.tables.js';

export type HostedProductRow = typeof hostedProducts.$inferSelect;

/** A hosted product of this seller; another seller's (or an unknown) id answers 404. */
export async function sellerHosted(db: Db, sellerId: string, id: string): Promise<HostedProductRow> {
  const [row] = await db
    .select()
    .from(hostedProducts)
    .where(and(eq(hostedProducts.id, id), eq(hostedProducts.sellerId, sellerId)));
  if (!row) throw notFound('hosted product');
  return row;
}

/** The same, locked for the transaction's update; a null seller (the operator) reaches any. */
export async function lockHosted(tx: Db, sellerId: string | null, id: string): Promise<HostedProductRow> {
  const [row] = await tx
    .select()
    .from(hostedProducts)
    .where(sellerId === null ? eq(hostedProducts.id, id) : and(eq(hostedProducts.id, id), eq(hostedProducts.sellerId, sellerId)))
    .for('update');
  if (!row) throw notFound('hosted product');
  return row;
}
