import type { RoutingCandidate } from '@cloudmart/contracts';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { sellers } from '../accounts/index.js';
import { listedServiceProductCounts } from '../catalog/index.js';
import { lockDemand, openLead } from './lead-moves.js';
import { leads } from './leads.tables.js';

/**
 * "由于商机系统中的需求大多数可通过服务类商品匹配，所以您至少需要发布一个服务类商品": routing offers, and
 * the pool lets grab, only sellers with a listed service product.
 */
export async function assertSellerRoutable(db: Db, sellerId: string): Promise<void> {
  const [s] = await db.select({ id: sellers.id }).from(sellers).where(eq(sellers.id, sellerId));
  if (!s) throw notFound('seller');
  const n = (await listedServiceProductCounts(db, [sellerId])).get(sellerId) ?? 0;
  if (n === 0) throw new DomainError('needs_service_product', 'the seller has no listed service product');
}

/**
 * 小二指派: an open demand (in the pool, or back in routing) goes to a seller as a pending lead
 * ("对于分配的需求要求服务商在24小时内…确认是否接受"). Never to a seller that already let it go.
 */
export async function assignDemand(deps: Deps, operatorId: string, demandId: string, sellerId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const d = await lockDemand(tx, demandId);
    await assertSellerRoutable(tx, sellerId);
    const [had] = await tx
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.demandId, d.id), eq(leads.sellerId, sellerId)))
      .limit(1);
    if (had) throw new DomainError('demand_had_before', 'this seller already had the demand');
    await openLead(tx, now, d, { sellerId, via: 'assign', status: 'pending', by: { id: operatorId, role: 'operator' } });
  });
}

/** Sellers the operator may route a demand to, with their record: fewest misses and load first. */
export async function routingCandidates(db: Db, demandId: string): Promise<RoutingCandidate[]> {
  const products = await listedServiceProductCounts(db, null);
  const ids = [...products.keys()];
  if (ids.length === 0) return [];
  const [names, load, had] = await Promise.all([
    db.select({ id: sellers.id, name: sellers.name }).from(sellers).where(inArray(sellers.id, ids)),
    db
      .select({ sellerId: leads.sellerId, status: leads.status, n: count() })
      .from(leads)
      .where(and(inArray(leads.sellerId, ids), inArray(leads.status, ['following', 'expired'])))
      .groupBy(leads.sellerId, leads.status),
    db.select({ sellerId: leads.sellerId }).from(leads).where(eq(leads.demandId, demandId)),
  ]);
  const hadIt = new Set(had.map((h) => h.sellerId));
  const of = (sellerId: string, status: string) => load.find((l) => l.sellerId === sellerId && l.status === status)?.n ?? 0;
  return names
    .map((s) => ({
      sellerId: s.id,
      sellerName: s.name,
      serviceProducts: products.get(s.id) ?? 0,
      following: of(s.id, 'following'),
      misses: of(s.id, 'expired'),
      hadIt: hadIt.has(s.id),
    }))
    .sort((a, b) => Number(a.hadIt) - Number(b.hadIt) || a.misses - b.misses || a.following - b.following || a.sellerName.localeCompare(b.sellerName));
}
