import type { DistributionSetting, JoinDistributionBody, SellerDistributionProduct } from '@cloudmart/contracts';
import { and, count, desc, eq, ilike, inArray, isNotNull, ne } from 'drizzle-orm';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page, type PageQuery } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { products } from '../catalog/index.js';
import { resellerCommissionsOfOrders } from '../ledger/index.js';
import { orders } from '../orders/index.js';
import { distributionProducts } from './distribution.tables.js';

type D = Pick<Deps, 'db' | 'clock'>;

/**
 * Which products may join (guide 2.2 item 1: "针对在云市场售卖的商品设置佣金奖励"; item 3: "佣金奖励为
 * 商品定价的固定比例"): a product on sale (listed) with a prepaid price the rate applies to. A draft
 * or delisted product is not sold; a postpaid one is billed later by usage, so it has no price at
 * ordering for a commission.
 */
export function eligibility(p: { status: string; billing: string }): 'eligible' | 'not_listed' | 'postpaid' {
  if (p.status !== 'listed') return 'not_listed';
  if (p.billing !== 'prepaid') return 'postpaid';
  return 'eligible';
}

/** 商品管理 with each product's 分销设置, its distribution orders and the commission paid so far. */
export async function listSellerDistributionProducts(
  deps: Pick<Deps, 'db'>,
  sellerId: string,
  q: PageQuery & { q?: string | undefined },
): Promise<Page<SellerDistributionProduct>> {
  const where = and(eq(products.sellerId, sellerId), q.q ? ilike(products.name, `%${q.q}%`) : undefined);
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(products).where(where);
  const rows = await deps.db
    .select({
      productId: products.id,
      productName: products.name,
      productStatus: products.status,
      ratePct: distributionProducts.ratePct,
      joinedAt: distributionProducts.joinedAt,
    })
    .from(products)
    .leftJoin(distributionProducts, eq(distributionProducts.productId, products.id))
    .where(where)
    .orderBy(desc(products.createdAt), desc(products.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const joined = rows.filter((r) => r.ratePct !== null).map((r) => r.productId);
  const distOrders =
    joined.length === 0
      ? []
      : await deps.db
          .select({ id: orders.id, productId: orders.productId })
          .from(orders)
          .where(and(inArray(orders.productId, joined), eq(orders.sellerId, sellerId), isNotNull(orders.resellerId), isNotNull(orders.paidAt), ne(orders.type, 'refund')));
  const posted = await resellerCommissionsOfOrders(
    deps.db,
    distOrders.map((o) => o.id),
  );
  const perProduct = new Map<string, { orderCount: number; commissionFen: number }>();
  for (const o of distOrders) {
    if (!o.productId) continue;
    const p = perProduct.get(o.productId) ?? { orderCount: 0, commissionFen: 0 };
    const c = posted.get(o.id);
    p.orderCount += 1;
    p.commissionFen += (c?.settledFen ?? 0) - (c?.clawedBackFen ?? 0);
    perProduct.set(o.productId, p);
  }
  return {
    items: rows.map((r) => ({
      ...r,
      joinedAt: r.joinedAt?.toISOString() ?? null,
      orderCount: perProduct.get(r.productId)?.orderCount ?? 0,
      commissionFen: perProduct.get(r.productId)?.commissionFen ?? 0,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * 分销设置 (guide 2.3): the rate (20–60, the contract and a check constraint) with the ticked
 * 注意事项, once: "当前版本暂不支持修改比例，一旦设置，不可变更". The product's row is the primary key, so
 * of two racing settings one inserts and the other finds the row and is refused
 * (distribution_rate_locked); the migration's trigger refuses any UPDATE of the rate too.
 */
export async function joinDistribution(
  deps: D,
  actor: { sellerId: string; userId: string },
  productId: string,
  body: JoinDistributionBody,
): Promise<DistributionSetting> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [p] = await tx
      .select({ id: products.id, name: products.name, status: products.status, billing: products.billing })
      .from(products)
      .where(and(eq(products.id, productId), eq(products.sellerId, actor.sellerId)));
    if (!p) throw notFound('product');
    const [existing] = await tx.select({ ratePct: distributionProducts.ratePct }).from(distributionProducts).where(eq(distributionProducts.productId, p.id));
    if (existing) throw locked(existing.ratePct);
    const why = eligibility(p);
    if (why !== 'eligible') throw new DomainError('distribution_product_not_eligible', `the product cannot join distribution: ${why}`, { reason: why });
    const [row] = await tx
      .insert(distributionProducts)
      .values({ productId: p.id, sellerId: actor.sellerId, ratePct: body.ratePct, joinedBy: actor.userId, joinedAt: now })
      .onConflictDoNothing({ target: distributionProducts.productId })
      .returning({ ratePct: distributionProducts.ratePct, joinedAt: distributionProducts.joinedAt });
    if (!row) {
      const [won] = await tx.select({ ratePct: distributionProducts.ratePct }).from(distributionProducts).where(eq(distributionProducts.productId, p.id));
      throw locked(won?.ratePct ?? null);
    }
    return { productId: p.id, productName: p.name, ratePct: row.ratePct, joinedAt: row.joinedAt.toISOString() };
  });
}

function locked(ratePct: number | null): DomainError {
  return new DomainError('distribution_rate_locked', 'the distribution rate is set once and cannot be changed (一旦设置，不可变更)', { ratePct });
}
