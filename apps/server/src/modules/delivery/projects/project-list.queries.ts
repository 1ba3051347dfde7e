import type { MineTab, ProjectListFilters, ProjectListItem, ProjectListReply, ProjectTab, ProjectTabCounts, SellerProjectTab } from '@cloudmart/contracts';
import { and, desc, eq, gte, ilike, inArray, isNull, lte, not, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../platform/db/client.js';
import { DomainError } from '../../../platform/errors.js';
import { offsetOf, type PageQuery } from '../../../platform/http/pagination.js';
import { sellers, users } from '../../accounts/index.js';
import { orders } from '../../orders/index.js';
import { deliveryAssignments, deliveryProjects, deliveryTasks, deliveryTemplates } from '../delivery.tables.js';
import { flowSteps } from '../templates/index.js';

/*
 * The project lists (guide: 项目管理): the seller's three scopes, the buyer's own projects and
 * the operator's view of every seller's (纠纷处理), with the status tabs and their counts.
 * Filters are subqueries, not joins, so the counts query touches the projects table alone.
 */

/** Whose projects: my products, my deliveries, my own work, the buyer's purchases, or all of them (the operator, optionally one vendor's or provider's). */
export type ProjectAudience =
  | { scope: 'vendor'; sellerId: string }
  | { scope: 'provider'; sellerId: string }
  | { scope: 'mine'; userId: string }
  | { scope: 'buyer'; buyerId: string }
  | { scope: 'operator'; vendorSellerId?: string; providerSellerId?: string };

/** the seller back office's audiences (vendor, provider, my own work) */
export type SellerProjectAudience = Extract<ProjectAudience, { scope: 'vendor' | 'provider' | 'mine' }>;

type Filters = Omit<ProjectListFilters, 'tab' | 'scope'>;

const p = deliveryProjects;

function audienceWhere(a: ProjectAudience): SQL | undefined {
  switch (a.scope) {
    case 'vendor':
      return eq(p.vendorSellerId, a.sellerId);
    case 'provider':
      return eq(p.providerSellerId, a.sellerId);
    case 'buyer':
      return eq(p.buyerId, a.buyerId);
    case 'operator':
      return and(
        a.vendorSellerId ? eq(p.vendorSellerId, a.vendorSellerId) : undefined,
        a.providerSellerId ? eq(p.providerSellerId, a.providerSellerId) : undefined,
      );
    case 'mine':
      return or(
        inArray(p.id, sql`(select ${deliveryAssignments.projectId} from ${deliveryAssignments} where ${deliveryAssignments.userId} = ${a.userId})`),
        inArray(p.id, sql`(select ${deliveryTasks.projectId} from ${deliveryTasks} where ${deliveryTasks.assigneeId} = ${a.userId})`),
      );
  }
}

/** `%`, `_` and `\` typed into a name filter match themselves */
const likeEscaped = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** 操作人 by name: the live task's assignee or an active assignment's holder whose display name contains the text. */
function operatorNameWhere(name: string): SQL {
  const named = sql`(select ${users.id} from ${users} where ${ilike(users.displayName, likeEscaped(name))})`;
  const liveAssignee = sql`(select ${deliveryTasks.projectId} from ${deliveryTasks} where ${deliveryTasks.assigneeId} in ${named} and ${deliveryTasks.status} in ('waiting', 'open'))`;
  const activeAssignment = sql`(select ${deliveryAssignments.projectId} from ${deliveryAssignments} where ${deliveryAssignments.userId} in ${named} and ${isNull(deliveryAssignments.releasedAt)})`;
  return or(inArray(p.id, liveAssignee), inArray(p.id, activeAssignment)) ?? sql`false`;
}

function filterWhere(f: Filters): SQL | undefined {
  const liveAssignee = sql`(select ${deliveryTasks.projectId} from ${deliveryTasks} where ${deliveryTasks.assigneeId} = ${f.operatorId ?? ''} and ${deliveryTasks.status} in ('waiting', 'open'))`;
  const activeAssignment = sql`(select ${deliveryAssignments.projectId} from ${deliveryAssignments} where ${deliveryAssignments.userId} = ${f.operatorId ?? ''} and ${isNull(deliveryAssignments.releasedAt)})`;
  return and(
    f.orderNo ? eq(p.orderNo, f.orderNo) : undefined,
    f.orderId ? eq(p.orderId, f.orderId) : undefined,
    f.operatorId ? or(inArray(p.id, liveAssignee), inArray(p.id, activeAssignment)) : undefined,
    f.operatorName ? operatorNameWhere(f.operatorName) : undefined,
    f.customerUid ? eq(p.buyerId, sql`(select ${users.id} from ${users} where ${users.uid} = ${f.customerUid})`) : undefined,
    f.productId ? eq(p.productId, f.productId) : undefined,
    f.from ? gte(p.createdAt, new Date(f.from)) : undefined,
    f.to ? lte(p.createdAt, new Date(f.to)) : undefined,
  );
}

/** Each tab as a condition; "running" includes projects queued for a provider (执行中, stage 分配服务商). */
function tabWhere(tab: ProjectTab): SQL | undefined {
  switch (tab) {
    case 'all':
      return undefined;
    case 'running':
      return inArray(p.status, ['queued', 'running']);
    case 'overdue':
      return and(eq(p.status, 'running'), eq(p.overdue, true));
    case 'cancelled':
    case 'paused':
    case 'completed':
      return eq(p.status, tab);
  }
}

/** 待处理: the project's live step is the user's to act on (an open task assigned to them); 已处理: the rest of their projects. */
function mineTabWhere(tab: MineTab, userId: string): SQL {
  const pending = inArray(
    p.id,
    sql`(select ${deliveryTasks.projectId} from ${deliveryTasks} where ${deliveryTasks.assigneeId} = ${userId} and ${deliveryTasks.status} = 'open')`,
  );
  return tab === 'pending' ? pending : not(pending);
}

const isMineTab = (tab: SellerProjectTab): tab is MineTab => tab === 'pending' || tab === 'handled';

/** The condition of any tab of a list; 待处理/已处理 exist only in 我的项目. */
function listTabWhere(audience: ProjectAudience, tab: SellerProjectTab): SQL | undefined {
  if (!isMineTab(tab)) return tabWhere(tab);
  if (audience.scope !== 'mine')
    throw new DomainError('validation_failed', 'the pending and handled tabs belong to my projects (scope mine)', {
      errors: [{ field: 'querystring.tab', message: 'only with scope mine' }],
    });
  return mineTabWhere(tab, audience.userId);
}

const n = (cond: SQL | undefined) => sql<number>`count(*) filter (where ${cond ?? sql`true`})`.mapWith(Number);

export async function tabCounts(db: Db, where: SQL | undefined, mineOf?: string): Promise<ProjectTabCounts> {
  // 我的项目's own tabs are counted in the same round trip (a user id that matches nobody otherwise)
  const [row] = await db
    .select({
      all: n(undefined),
      running: n(tabWhere('running')),
      overdue: n(tabWhere('overdue')),
      cancelled: n(tabWhere('cancelled')),
      paused: n(tabWhere('paused')),
      completed: n(tabWhere('completed')),
      pending: n(mineTabWhere('pending', mineOf ?? '')),
      handled: n(mineTabWhere('handled', mineOf ?? '')),
    })
    .from(p)
    .where(where);
  const { pending, handled, ...counts } = row ?? { all: 0, running: 0, overdue: 0, cancelled: 0, paused: 0, completed: 0, pending: 0, handled: 0 };
  return mineOf ? { ...counts, pending, handled } : counts;
}

const live = alias(deliveryTasks, 'live');
const operator = alias(users, 'operator');
const customer = alias(users, 'customer');
const vendor = alias(sellers, 'vendor');
const provider = alias(sellers, 'provider');

const itemColumns = {
  id: p.id,
  orderId: p.orderId,
  orderNo: p.orderNo,
  instanceId: p.instanceId,
  productId: p.productId,
  productName: p.productName,
  templateId: p.templateId,
  salesChannel: orders.source,
  createdAt: p.createdAt,
  customerId: p.buyerId,
  customerUid: customer.uid,
  customerName: customer.displayName,
  vendorId: p.vendorSellerId,
  vendorName: vendor.name,
  providerId: p.providerSellerId,
  providerName: provider.name,
  operatorId: live.assigneeId,
  operatorName: operator.displayName,
  operatorRole: live.role,
  operatorSide: live.side,
  currentNodeId: p.currentNodeId,
  status: p.status,
  overdue: p.overdue,
};

/** Step names by template, for the 项目阶段 column (containers flattened, as the engine walks them). */
export async function stepNames(db: Db, templateIds: readonly string[]): Promise<Map<string, Map<string, string>>> {
  const ids = [...new Set(templateIds)];
  const rows = ids.length
    ? await db.select({ id: deliveryTemplates.id, nodes: deliveryTemplates.nodes }).from(deliveryTemplates).where(inArray(deliveryTemplates.id, ids))
    : [];
  return new Map(rows.map((r) => [r.id, new Map(flowSteps(r.nodes).map((s) => [s.id, s.name]))]));
}

/** List rows in the list's order (newest first), already shaped for the reply. */
export async function projectItems(db: Db, where: SQL | undefined, limit: number, offset = 0): Promise<ProjectListItem[]> {
  const rows = await db
    .select(itemColumns)
    .from(p)
    .leftJoin(live, and(eq(live.projectId, p.id), inArray(live.status, ['waiting', 'open'])))
    .leftJoin(operator, eq(operator.id, live.assigneeId))
    .leftJoin(customer, eq(customer.id, p.buyerId))
    .leftJoin(vendor, eq(vendor.id, p.vendorSellerId))
    .leftJoin(provider, eq(provider.id, p.providerSellerId))
    .leftJoin(orders, eq(orders.id, p.orderId))
    .where(where)
    .orderBy(desc(p.createdAt), desc(p.id))
    .limit(limit)
    .offset(offset);
  const names = await stepNames(
    db,
    rows.map((r) => r.templateId),
  );
  return rows.map((r) => {
    const stage = r.currentNodeId ? { nodeId: r.currentNodeId, name: names.get(r.templateId)?.get(r.currentNodeId) ?? r.currentNodeId } : null;
    // a system step (assign provider / assign order) or no live task: the UI shows 系统
    const person = r.operatorId && r.operatorSide !== 'system' ? { id: r.operatorId, name: r.operatorName ?? '' } : null;
    return {
      id: r.id,
      orderId: r.orderId,
      orderNo: r.orderNo,
      instanceId: r.instanceId,
      productId: r.productId,
      productName: r.productName,
      salesChannel: r.salesChannel,
      createdAt: r.createdAt.toISOString(),
      customer: { id: r.customerId, uid: r.customerUid, name: r.customerName ?? '' },
      vendor: { id: r.vendorId, name: r.vendorName ?? '' },
      provider: r.providerId ? { id: r.providerId, name: r.providerName ?? '' } : null,
      operator: person,
      operatorRole: person ? r.operatorRole : null,
      operatorSide: r.operatorSide,
      stage,
      status: r.status,
      overdue: r.overdue,
    };
  });
}

/** One page of a list with the tab counts of the same audience and filters. */
export async function listProjects(db: Db, audience: ProjectAudience, q: Filters & PageQuery & { tab: SellerProjectTab }): Promise<ProjectListReply> {
  const tabCondition = listTabWhere(audience, q.tab);
  const base = and(audienceWhere(audience), filterWhere(q));
  const counts = await tabCounts(db, base, audience.scope === 'mine' ? audience.userId : undefined);
  const items = await projectItems(db, and(base, tabCondition), q.pageSize, offsetOf(q));
  return { items, total: counts[q.tab] ?? 0, page: q.page, pageSize: q.pageSize, counts };
}

/** The CSV export reads at most this many rows (the guide's 列表导出 goes to "my downloads"). */
export const EXPORT_LIMIT = 10_000;

export async function* exportProjects(
  db: Db,
  audience: ProjectAudience,
  f: Filters & { tab: SellerProjectTab },
  batch = 500,
): AsyncGenerator<ProjectListItem[]> {
  const where = and(audienceWhere(audience), filterWhere(f), listTabWhere(audience, f.tab));
  let last: string | null = null;
  for (let read = 0; read < EXPORT_LIMIT;) {
    // keyset, not OFFSET: each page starts after the last row of the one before, so a late page
    // costs what the first does; the key is read back from the row itself (microseconds kept)
    const after: SQL | undefined = last
      ? sql`(${p.createdAt}, ${p.id}) < (select k.created_at, k.id from delivery_projects k where k.id = ${last})`
      : undefined;
    const rows = await projectItems(db, and(where, after), Math.min(batch, EXPORT_LIMIT - read));
    if (rows.length) yield rows;
    read += rows.length;
    if (rows.length < batch) return;
    last = rows.at(-1)?.id ?? null;
  }
}
