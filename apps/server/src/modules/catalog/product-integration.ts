import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { products } from './catalog.tables.js';

/*
 * A product row also carries how the marketplace talks to the seller's system: the SPI
 * endpoint (provisioning) and the usage-metering key (billing). The columns stay on
 * `products`; those modules set them through these functions, scoped to the seller.
 */

export interface SpiEndpoint {
  url: string;
  secret: string;
  mode: 'hmac' | 'md5';
}

export async function setSpiEndpoint(db: Db, sellerId: string, productId: string, e: SpiEndpoint, at: Date): Promise<void> {
  await db
    .update(products)
    .set({ spiUrl: e.url, spiSecret: e.secret, spiMode: e.mode, updatedAt: at })
    .where(and(eq(products.id, productId), eq(products.sellerId, sellerId)));
}

export async function setMeteringKey(db: Db, sellerId: string, productId: string, key: string, at: Date): Promise<void> {
  await db
    .update(products)
    .set({ meteringKey: key, updatedAt: at })
    .where(and(eq(products.id, productId), eq(products.sellerId, sellerId)));
}
