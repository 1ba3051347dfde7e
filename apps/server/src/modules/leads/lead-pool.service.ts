import { DAILY_GRAB_LIMIT, type DemandType, type PoolItem, type PoolPage, type PoolQuery } from '@cloudmart/contracts';
import { and, count, desc, eq, ilike, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { sellers } from '../accounts/index.js';
import { listedServiceProductCounts } from '../catalog/index.js';
import type { LeadRow } from './lead-access.js';
import { lockDemand, openLead } from './lead-moves.js';
import { demandNoOf, demandView, maskName } from './lead-rules.js';
import { grabDayOf } from './lead-timing.js';
import { demands, leadGrabs } from './leads.tables.js';

/** In 商机广场 now: an open ordinary demand whose hour has come ("需求列表每整点更新一次"). */
function inPool(now: Date): SQL | undefined {
  return and(eq(demands.status, 'open'), eq(demands.pooled, true), lte(demands.poolAt, now));
}

async function grabsOn(db: Db, sellerId: string, day: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(leadGrabs)
    .where(and(eq(leadGrabs.sellerId, sellerId), eq(leadGrabs.day, day)));
  return r?.n ?? 0;
}

/** 商机广场: the pool's demands, the contact masked; the seller's grabs today and whether it may grab at all. */
export async function listPool(deps: Deps, sellerId: string, q: PoolQuery): Promise<PoolPage> {
  const now = deps.clock.now();
  const no = q.q ? demandNoOf(q.q) : null;
  const where = and(
    inPool(now),
    q.type ? eq(demands.type, q.type) : undefined,
    q.q ? or(ilike(demands.name, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`), no !== null ? eq(demands.demandNo, no) : undefined) : undefined,
  );
  const [rows, [total], grabsToday, products] = await Promise.all([
    deps.db
      .select()
      .from(demands)
      .where(where)
      .orderBy(desc(demands.poolAt), desc(demands.createdAt), desc(demands.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    deps.db.select({ n: count() }).from(demands).where(where),
    grabsOn(deps.db, sellerId, grabDayOf(now)),
    listedServiceProductCounts(deps.db, [sellerId]),
  ]);
  const items: PoolItem[] = rows.map((d) => {
    const { content: _content, ...v } = demandView(d);
    return { ...v, type: d.type as DemandType, contactName: maskName(d.contactName) };
  });
  return { items, total: total?.n ?? 0, grabsToday, grabLimit: DAILY_GRAB_LIMIT, eligible: (products.get(sellerId) ?? 0) > 0 };
}

/**
 * 抢单 ("每天可抢5个需求"): in one transaction the seller row is locked (a seller's grabs queue
 * up, so the count read is the count written), then the demand (two sellers on one demand queue
 * up, the second finds it taken). The day's grabs are counted from the append-only log, the
 * Beijing calendar day; the log's unique (seller, day, seq ≤ 5) is the backstop. The lead starts
 * 跟进中 and LEAD_TAKEN goes out through the outbox.
 */
export async function grabDemand(deps: Deps, by: { sellerId: string; userId: string }, demandId: string): Promise<LeadRow> {
  const now = deps.clock.now();
  const day = grabDayOf(now);
  return deps.db.transaction(async (tx) => {
    const [seller] = await tx.select({ id: sellers.id }).from(sellers).where(eq(sellers.id, by.sellerId)).for('no key update');
    if (!seller) throw notFound('seller');
    if (((await listedServiceProductCounts(tx, [by.sellerId])).get(by.sellerId) ?? 0) === 0) {
      throw new DomainError('needs_service_product', 'publish a service product to grab demands');
    }
    const d = await lockDemand(tx, demandId);
    if (d.status === 'taken' || d.status === 'won') throw new DomainError('demand_already_taken', 'another seller has this demand');
    if (d.status !== 'open' || !d.pooled || d.poolAt.getTime() > now.getTime()) throw new DomainError('demand_not_in_pool', 'the demand is not in 商机广场');
    const done = await grabsOn(tx, by.sellerId, day);
    if (done >= DAILY_GRAB_LIMIT) throw new DomainError('grab_limit_reached', `${DAILY_GRAB_LIMIT} grabs a day`, { limit: DAILY_GRAB_LIMIT, day });
    const lead = await openLead(tx, now, d, { sellerId: by.sellerId, via: 'grab', status: 'following', by: { id: by.userId, role: 'seller' } });
    await tx
      .insert(leadGrabs)
      .values({ id: newId('grb', now), sellerId: by.sellerId, day, seq: done + 1, demandId: d.id, leadId: lead.id, userId: by.userId, createdAt: now });
    return lead;
  });
}
