import type { Demand, OperatorRaiseDemandBody, PostDemandBody, SellerRaiseDemandBody } from '@cloudmart/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { sellers, users } from '../accounts/index.js';
import type { DemandRow } from './lead-access.js';
import { writeLog, type LogEntry } from './lead-logs.js';
import { endLead, lockDemand, openLead } from './lead-moves.js';
import { demandView } from './lead-rules.js';
import { assertSellerRoutable } from './lead-routing.js';
import { liveLeadOf } from './lead-queries.js';
import { poolAtOf } from './lead-timing.js';
import { demands } from './leads.tables.js';

type Fields = Omit<PostDemandBody, 'sellerCode'>;

async function insertDemand(
  tx: Db,
  at: Date,
  f: Fields,
  p: { buyerId: string; source: DemandRow['source']; directedSellerId: string | null; raisedBy: string | null; pooled: boolean },
): Promise<DemandRow> {
  const [d] = await tx
    .insert(demands)
    .values({
      id: newId('dmd', at),
      buyerId: p.buyerId,
      source: p.source,
      category: p.directedSellerId ? 'directed' : 'ordinary',
      directedSellerId: p.directedSellerId,
      raisedBy: p.raisedBy,
      type: f.type,
      name: f.name,
      summary: f.summary,
      content: f.content || null,
      region: f.region,
      budget: f.budget,
      contactName: f.contactName,
      contactPhone: f.contactPhone,
      status: 'open',
      pooled: p.pooled,
      // "需求列表每整点更新一次": the first full hour at or after posting
      poolAt: poolAtOf(at),
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  if (!d) throw new Error('demand insert returned nothing');
  return d;
}

function fieldsOf<T extends Fields>(b: T): Fields {
  return {
    name: b.name,
    type: b.type,
    summary: b.summary,
    content: b.content,
    region: b.region,
    budget: b.budget,
    contactName: b.contactName,
    contactPhone: b.contactPhone,
  };
}

/**
 * A buyer posts a demand. Ordinary: into 商机广场 on the next full hour. With a shop's code: a
 * 定向需求 ("用户给您发布定向需求"), straight to that seller as a pending lead it answers within 24 hours.
 */
export async function postDemand(deps: Deps, buyerId: string, body: PostDemandBody): Promise<Demand> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const directed = body.sellerCode ? await sellerByCode(tx, body.sellerCode) : null;
    const d = await insertDemand(tx, now, fieldsOf(body), { buyerId, source: 'marketplace', directedSellerId: directed, raisedBy: null, pooled: !directed });
    const by = { id: buyerId, role: 'buyer' } as const;
    await writeLog(tx, now, { demandId: d.id, actor: by, action: 'posted' });
    if (directed) await openLead(tx, now, d, { sellerId: directed, via: 'directed', status: 'pending', by });
    return demandView(await reread(tx, d.id));
  });
}

/**
 * 代客户提需求 (服务商代提). To itself: "该条需求会以定向需求的方式派给自己。服务商的需求跟进人员可以进行需求跟进" — a
 * directed lead the seller already works (跟进中), nothing to accept. To the marketplace: "云市场会有专人跟进，
 * 或指派给其他合适的服务商" — the operator's routing queue, not the pool.
 */
export async function sellerRaiseDemand(deps: Deps, by: { sellerId: string; userId: string }, body: SellerRaiseDemandBody): Promise<Demand> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const buyerId = await buyerByLogin(tx, body.buyerLoginName);
    const self = body.target === 'self';
    const d = await insertDemand(tx, now, fieldsOf(body), {
      buyerId,
      source: 'seller',
      directedSellerId: self ? by.sellerId : null,
      raisedBy: by.userId,
      pooled: false,
    });
    const actor = { id: by.userId, role: 'seller' } as const;
    await writeLog(tx, now, { demandId: d.id, actor, action: 'raised', detail: body.target });
    if (self) await openLead(tx, now, d, { sellerId: by.sellerId, via: 'directed', status: 'following', by: actor });
    return demandView(await reread(tx, d.id));
  });
}

/** 小二代提: into routing, or assigned to a seller at once (pending, 24 hours to answer). */
export async function operatorRaiseDemand(deps: Deps, operatorId: string, body: OperatorRaiseDemandBody): Promise<Demand> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const buyerId = await buyerByLogin(tx, body.buyerLoginName);
    if (body.sellerId) await assertSellerRoutable(tx, body.sellerId);
    const d = await insertDemand(tx, now, fieldsOf(body), { buyerId, source: 'operator', directedSellerId: null, raisedBy: operatorId, pooled: false });
    const actor = { id: operatorId, role: 'operator' } as const;
    await writeLog(tx, now, { demandId: d.id, actor, action: 'raised' });
    if (body.sellerId) await openLead(tx, now, d, { sellerId: body.sellerId, via: 'assign', status: 'pending', by: actor });
    return demandView(await reread(tx, d.id));
  });
}

/**
 * The buyer cancels, or the operator closes, a demand not yet won: a live lead ends as
 * terminated (the customer no longer needs it) and the demand is closed for good.
 */
export async function closeDemand(tx: Db, at: Date, demandId: string, by: NonNullable<LogEntry['actor']>, reason: string): Promise<DemandRow> {
  const d = await lockDemand(tx, demandId);
  if (d.status === 'won') throw new DomainError('demand_not_cancellable', 'a won demand cannot be cancelled or closed');
  if (d.status === 'closed') throw new DomainError('demand_not_open', 'the demand is already closed');
  const live = await liveLeadOf(tx, d.id, true);
  if (live) await endLead(tx, at, live, 'terminated', { by, reasonType: 'customer_no_need', reason });
  await tx.update(demands).set({ status: 'closed', pooled: false, closeReason: reason, closedAt: at, updatedAt: at }).where(eq(demands.id, d.id));
  await writeLog(tx, at, { demandId: d.id, actor: by, action: by.role === 'buyer' ? 'cancelled' : 'closed', detail: reason });
  return reread(tx, d.id);
}

export async function cancelDemand(deps: Deps, buyerId: string, demandId: string): Promise<Demand> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await ownDemand(tx, buyerId, demandId);
    return demandView(await closeDemand(tx, now, demandId, { id: buyerId, role: 'buyer' }, '客户取消需求'));
  });
}

export async function ownDemand(db: Db, buyerId: string, demandId: string): Promise<DemandRow> {
  const [d] = await db
    .select()
    .from(demands)
    .where(and(eq(demands.id, demandId), eq(demands.buyerId, buyerId)));
  if (!d) throw notFound('demand');
  return d;
}

async function reread(tx: Db, id: string): Promise<DemandRow> {
  const [d] = await tx.select().from(demands).where(eq(demands.id, id));
  if (!d) throw notFound('demand');
  return d;
}

async function sellerByCode(tx: Db, code: string): Promise<string> {
  const [s] = await tx.select({ id: sellers.id }).from(sellers).where(eq(sellers.code, code));
  if (!s) throw notFound('shop');
  return s.id;
}

async function buyerByLogin(tx: Db, loginName: string): Promise<string> {
  const [u] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.loginName}) = lower(${loginName})`, eq(users.kind, 'buyer'), eq(users.status, 'active')));
  if (!u) throw new DomainError('buyer_account_unknown', 'no buyer account with that login name');
  return u.id;
}
