import type {
  BuyerInstance,
  BuyerInstanceDetail,
  BuyerInstanceListQuery,
  SellerInstance,
  SellerInstanceDetail,
  SellerInstanceListQuery,
} from '@cloudmart/contracts';
import { and, count, desc, eq, ilike, lte, ne, type SQL } from 'drizzle-orm';
import { notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { catalogProducts } from './catalog-port.js';
import { iso, ordersOfInstance } from './order-views.js';
import { instances } from './orders.tables.js';

const columns = {
  id: instances.id,
  productId: instances.productId,
  productName: instances.productName,
  specId: instances.specId,
  specName: instances.specName,
  status: instances.status,
  trial: instances.trial,
  openedAt: instances.openedAt,
  expiresAt: instances.expiresAt,
  closedAt: instances.closedAt,
  createdAt: instances.createdAt,
};

interface Row {
  id: string;
  productId: string;
  productName: string;
  specId: string;
  specName: string;
  status: BuyerInstance['status'];
  trial: 'yes' | 'no';
  openedAt: Date | null;
  expiresAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
}

function toInstance(r: Row): BuyerInstance {
  return {
    ...r,
    trial: r.trial === 'yes',
    openedAt: iso(r.openedAt),
    expiresAt: iso(r.expiresAt),
    closedAt: iso(r.closedAt),
    createdAt: r.createdAt.toISOString(),
  };
}

/** App info (logins, URLs) is only useful, and only shown, while the instance is open. */
function visibleAppInfo(status: BuyerInstance['status'], appInfo: Record<string, string> | null): Record<string, string> | null {
  return status === 'opened' ? appInfo : null;
}

export async function listBuyerInstances(deps: Pick<Deps, 'db'>, buyerId: string, q: BuyerInstanceListQuery): Promise<Page<BuyerInstance>> {
  const where = and(eq(instances.buyerId, buyerId), q.status ? eq(instances.status, q.status) : undefined);
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(instances).where(where);
  const rows = await deps.db
    .select(columns)
    .from(instances)
    .where(where)
    .orderBy(desc(instances.createdAt), desc(instances.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(toInstance), total, page: q.page, pageSize: q.pageSize };
}

export async function getBuyerInstance(deps: Pick<Deps, 'db'>, buyerId: string, id: string): Promise<BuyerInstanceDetail> {
  const [r] = await deps.db
    .select({ ...columns, appInfo: instances.appInfo })
    .from(instances)
    .where(and(eq(instances.id, id), eq(instances.buyerId, buyerId)));
  if (!r) throw notFound('instance');
  const { appInfo, ...rest } = r;
  return { ...toInstance(rest), appInfo: visibleAppInfo(r.status, appInfo), orders: await ordersOfInstance(deps.db, id) };
}

const sellerColumns = {
  ...columns,
  productCode: catalogProducts.code,
  buyerUid: users.uid,
  externalId: instances.externalId,
  sellerRemark: instances.sellerRemark,
};

type SellerRow = Row & { productCode: string | null; buyerUid: number; externalId: string | null; sellerRemark: string | null };

function toSellerInstance(r: SellerRow): SellerInstance {
  return { ...toInstance(r), productCode: r.productCode, buyerUid: r.buyerUid, externalId: r.externalId, sellerRemark: r.sellerRemark };
}

function sellerWhere(sellerId: string, f: SellerInstanceListQuery): SQL | undefined {
  return and(
    eq(instances.sellerId, sellerId),
    f.instanceId ? eq(instances.id, f.instanceId) : undefined,
    f.productCode ? eq(catalogProducts.code, f.productCode) : undefined,
    f.productName ? ilike(instances.productName, `%${f.productName}%`) : undefined,
    f.status ? eq(instances.status, f.status) : undefined,
    f.buyerUid ? eq(users.uid, f.buyerUid) : undefined,
    // "expiring before" is a renewal-follow-up list: closed instances are past following up
    f.expiringBefore ? and(lte(instances.expiresAt, new Date(f.expiringBefore)), ne(instances.status, 'closed')) : undefined,
  );
}

function sellerQuery(deps: Pick<Deps, 'db'>) {
  return deps.db
    .select(sellerColumns)
    .from(instances)
    .innerJoin(users, eq(users.id, instances.buyerId))
    .leftJoin(catalogProducts, eq(catalogProducts.id, instances.productId));
}

export async function listSellerInstances(deps: Pick<Deps, 'db'>, sellerId: string, q: SellerInstanceListQuery): Promise<Page<SellerInstance>> {
  const where = sellerWhere(sellerId, q);
  const [{ total } = { total: 0 }] = await deps.db
    .select({ total: count() })
    .from(instances)
    .innerJoin(users, eq(users.id, instances.buyerId))
    .leftJoin(catalogProducts, eq(catalogProducts.id, instances.productId))
    .where(where);
  const rows = await sellerQuery(deps).where(where).orderBy(desc(instances.createdAt), desc(instances.id)).limit(q.pageSize).offset(offsetOf(q));
  return { items: rows.map(toSellerInstance), total, page: q.page, pageSize: q.pageSize };
}

export async function getSellerInstance(deps: Pick<Deps, 'db'>, sellerId: string, id: string): Promise<SellerInstanceDetail> {
  const [r] = await deps.db
    .select({ ...sellerColumns, appInfo: instances.appInfo })
    .from(instances)
    .innerJoin(users, eq(users.id, instances.buyerId))
    .leftJoin(catalogProducts, eq(catalogProducts.id, instances.productId))
    .where(and(eq(instances.sellerId, sellerId), eq(instances.id, id)));
  if (!r) throw notFound('instance');
  const { appInfo, ...rest } = r;
  return { ...toSellerInstance(rest), appInfo, orders: await ordersOfInstance(deps.db, id) };
}

export async function setInstanceRemark(deps: Pick<Deps, 'db'>, sellerId: string, id: string, remark: string): Promise<SellerInstanceDetail> {
  const updated = await deps.db
    .update(instances)
    .set({ sellerRemark: remark || null })
    .where(and(eq(instances.sellerId, sellerId), eq(instances.id, id)))
    .returning({ id: instances.id });
  if (updated.length === 0) throw notFound('instance');
  return getSellerInstance(deps, sellerId, id);
}
