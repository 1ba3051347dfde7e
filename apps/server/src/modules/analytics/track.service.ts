import { randomBytes } from 'node:crypto';
import type { TrackBatch } from '@cloudmart/contracts';
import { inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { sellers } from '../accounts/index.js';
import { products } from '../catalog/index.js';
import { analyticsEvents } from './analytics.tables.js';

/** User agents of crawlers, link previews, monitors and scripts: answered 204 and dropped. */
const BOT_UA =
  /bot\b|bot\/|crawl|spider|slurp|bingpreview|facebookexternalhit|embedly|preview|headless|phantomjs|lighthouse|pingdom|uptime|monitor|curl\/|wget|python-requests|python-urllib|httpclient|okhttp|go-http-client|java\/|libwww|scrapy|node-fetch|axios\//i;

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || userAgent.trim() === '' || BOT_UA.test(userAgent);
}

const VISITOR_RE = /^[A-Za-z0-9_-]{16,64}$/;

export function validVisitorId(v: string | undefined): v is string {
  return typeof v === 'string' && VISITOR_RE.test(v);
}

/** A new random visitor id (128 bits, base64url): it says nothing about the person. */
export function newVisitorId(): string {
  return randomBytes(16).toString('base64url');
}

export interface TrackContext {
  visitorId: string;
  /** the signed-in user, when the beacon came with a session */
  accountId: string | null;
  at: Date;
}

/**
 * Stores a batch of page events. A product or order page's seller is the product's (catalog);
 * a shop page's seller must exist. Events naming an unknown product or seller are dropped, and so
 * is a dwell on a 'view' (only a 'leave' carries one). Returns the number of events stored.
 */
export async function recordBatch(db: Db, batch: TrackBatch, ctx: TrackContext): Promise<number> {
  const productIds = [...new Set(batch.events.flatMap((e) => (e.page !== 'shop' && e.productId ? [e.productId] : [])))];
  const sellerIds = [...new Set(batch.events.flatMap((e) => (e.page === 'shop' && e.sellerId ? [e.sellerId] : [])))];
  const productSeller = new Map<string, string>();
  if (productIds.length > 0) {
    const rows = await db.select({ id: products.id, sellerId: products.sellerId }).from(products).where(inArray(products.id, productIds));
    for (const r of rows) productSeller.set(r.id, r.sellerId);
  }
  // a shop page knows its seller by the shop's code (the store's shop URL) or by id
  const shopSeller = new Map<string, string>();
  if (sellerIds.length > 0) {
    const rows = await db
      .select({ id: sellers.id, code: sellers.code })
      .from(sellers)
      .where(or(inArray(sellers.id, sellerIds), inArray(sellers.code, sellerIds)));
    for (const r of rows) {
      shopSeller.set(r.id, r.id);
      shopSeller.set(r.code, r.id);
    }
  }
  const rows = batch.events.flatMap((e) => {
    let sellerId: string | undefined;
    let productId: string | null = null;
    if (e.page === 'shop') {
      sellerId = e.sellerId ? shopSeller.get(e.sellerId) : undefined;
    } else if (e.productId) {
      sellerId = productSeller.get(e.productId);
      productId = e.productId;
    }
    if (!sellerId) return [];
    return [
      {
        at: ctx.at,
        visitorId: ctx.visitorId,
        sessionId: batch.sessionId,
        viewId: e.viewId,
        type: e.type,
        page: e.page,
        sellerId,
        productId,
        accountId: ctx.accountId,
        dwellMs: e.type === 'leave' ? (e.dwellMs ?? 0) : null,
      },
    ];
  });
  if (rows.length > 0) await db.insert(analyticsEvents).values(rows);
  return rows.length;
}
