import type { JoinResellerBody, ReferredOrder, ResellerProduct, ResellerProfile, ResellerTotal } from '@cloudmart/contracts';
import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, lt, min, ne } from 'drizzle-orm';
import { fromBeijingWall } from '../../platform/beijing-time.js';
import type { Db } from '../../platform/db/client.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { DomainError } from '../../platform/errors.js';
import { offsetOf, type Page, type PageQuery } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { sellers, users } from '../accounts/index.js';
import { productSpecs, products, specPrices } from '../catalog/index.js';
import { resellerAccountTotals, resellerCommissionsOfOrders } from '../ledger/index.js';
import { orders } from '../orders/index.js';
import { commissionOf, maskAccount } from './commission-status.js';
import { distributionProducts, resellers } from './distribution.tables.js';
import { newReferralCode, referralPath } from './reseller-code.js';

type D = Pick<Deps, 'db' | 'clock'>;

async function resellerRow(db: Db, userId: string) {
  const [r] = await db.select().from(resellers).where(eq(resellers.userId, userId));
  return r ?? null;
}

/** The reseller's own row, or not_a_reseller for a buyer who has not joined the programme. */
export async function requireReseller(db: Db, userId: string) {
  const r = await resellerRow(db, userId);
  if (!r || r.status !== 'active') throw new DomainError('not_a_reseller', 'join the reseller programme first');
  return r;
}

export async function resellerProfile(deps: Pick<Deps, 'db'>, userId: string): Promise<ResellerProfile> {
  const r = await resellerRow(deps.db, userId);
  if (!r) return { joined: false, code: null, displayName: null, joinedAt: null, balanceFen: 0 };
  const totals = (await resellerAccountTotals(deps.db, [userId])).get(userId);
  return { joined: true, code: r.code, displayName: r.displayName, joinedAt: r.joinedAt.toISOString(), balanceFen: totals?.balanceFen ?? 0 };
}

/**
 * A marketplace account joins the 转售分销计划 as a 转售分销合作伙伴 (guide 2.2) and gets its referral
 * code. Once per account: the primary key refuses a second row (already_reseller); a code that
 * collides with another reseller's is drawn again.
 */
export async function joinReseller(deps: D, userId: string, body: JoinResellerBody): Promise<ResellerProfile> {
  const now = deps.clock.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const [row] = await deps.db
        .insert(resellers)
        .values({ userId, code: newReferralCode(), displayName: body.displayName, joinedAt: now })
        .onConflictDoNothing({ target: resellers.userId })
        .returning({ userId: resellers.userId });
      if (!row) throw new DomainError('already_reseller', 'this account is already a reseller');
      return resellerProfile(deps, userId);
    } catch (err) {
      if (attempt < 5 && isUniqueViolation(err, 'resellers_code_uq')) continue;
      throw err;
    }
  }
}

/**
 * 分销商的库 (guide 2.3: "设置成功后该商品就会流入所有分销商的库内"): every listed product in the
 * programme, with the lowest prepaid price and this reseller's link.
 */
export async function resellerProducts(deps: Pick<Deps, 'db'>, userId: string, q: PageQuery & { q?: string | undefined }): Promise<Page<ResellerProduct>> {
  const me = await requireReseller(deps.db, userId);
  const where = and(eq(products.status, 'listed'), q.q ? ilike(products.name, `%${q.q}%`) : undefined);
  const [{ total } = { total: 0 }] = await deps.db
    .select({ total: count() })
    .from(distributionProducts)
    .innerJoin(products, eq(products.id, distributionProducts.productId))
    .where(where);
  const rows = await deps.db
    .select({
      productId: products.id,
      productCode: products.code,
      productName: products.name,
      sellerName: sellers.name,
      ratePct: distributionProducts.ratePct,
    })
    .from(distributionProducts)
    .innerJoin(products, eq(products.id, distributionProducts.productId))
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(where)
    .orderBy(desc(distributionProducts.joinedAt), asc(products.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const ids = rows.map((r) => r.productId);
  const prices =
    ids.length === 0
      ? []
      : await deps.db
          .select({ productId: productSpecs.productId, fromFen: min(specPrices.priceFen) })
          .from(specPrices)
          .innerJoin(productSpecs, eq(productSpecs.id, specPrices.specId))
          .where(and(inArray(productSpecs.productId, ids), eq(productSpecs.isTrial, false), eq(productSpecs.hidden, false)))
          .groupBy(productSpecs.productId);
  const fromOf = new Map(prices.map((p) => [p.productId, p.fromFen === null ? null : Number(p.fromFen)]));
  return {
    items: rows.map(({ productCode, ...r }) => ({ ...r, fromPriceFen: fromOf.get(r.productId) ?? null, referralPath: referralPath(productCode, me.code) })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The Beijing month 'YYYY-MM' as [start, end). */
export function monthRange(month: string): [Date, Date] {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m || m < 1 || m > 12) throw new DomainError('validation_failed', 'month must be YYYY-MM');
  return [fromBeijingWall(y, m - 1), fromBeijingWall(y, m)];
}

/**
 * The orders this reseller brought (paid at least once), newest first; month filters by when
 * the order was placed (Beijing). The buyer's account is masked: the reseller learns that a
 * sale happened, not who to call.
 */
export async function referredOrders(deps: Pick<Deps, 'db'>, userId: string, q: PageQuery & { month?: string | undefined }): Promise<Page<ReferredOrder>> {
  await requireReseller(deps.db, userId);
  const range = q.month ? monthRange(q.month) : null;
  const where = and(
    eq(orders.resellerId, userId),
    isNotNull(orders.paidAt),
    ne(orders.type, 'refund'),
    range ? gte(orders.createdAt, range[0]) : undefined,
    range ? lt(orders.createdAt, range[1]) : undefined,
  );
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(orders).where(where);
  const rows = await deps.db
    .select({
      orderId: orders.id,
      orderNo: orders.orderNo,
      productName: orders.productName,
      buyerLogin: users.loginName,
      paidFen: orders.paidFen,
      ratePct: orders.distributionRatePct,
      status: orders.status,
      createdAt: orders.createdAt,
      settledAt: orders.settledAt,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.buyerId))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const posted = await resellerCommissionsOfOrders(
    deps.db,
    rows.map((r) => r.orderId),
  );
  return {
    items: rows.map((r) => {
      const ratePct = r.ratePct ?? 0;
      return {
        orderId: r.orderId,
        orderNo: String(r.orderNo),
        productName: r.productName,
        buyer: maskAccount(r.buyerLogin),
        paidFen: r.paidFen,
        ratePct,
        ...commissionOf({ status: r.status, paidFen: r.paidFen, ratePct, settledAt: r.settledAt, posted: posted.get(r.orderId) }),
        createdAt: r.createdAt.toISOString(),
        settledAt: r.settledAt?.toISOString() ?? null,
      };
    }),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The operator's platform finance: every reseller with its distribution orders and ledger totals. */
export async function operatorResellerTotals(deps: Pick<Deps, 'db'>): Promise<ResellerTotal[]> {
  const rows = await deps.db
    .select({ userId: resellers.userId, code: resellers.code, displayName: resellers.displayName })
    .from(resellers)
    .orderBy(asc(resellers.joinedAt), asc(resellers.userId));
  const counts = await deps.db
    .select({ resellerId: orders.resellerId, n: count() })
    .from(orders)
    .where(and(isNotNull(orders.resellerId), isNotNull(orders.paidAt), ne(orders.type, 'refund')))
    .groupBy(orders.resellerId);
  const countOf = new Map(counts.map((c) => [c.resellerId, c.n]));
  const totals = await resellerAccountTotals(deps.db);
  return rows.map((r) => {
    const t = totals.get(r.userId);
    return {
      ...r,
      orderCount: countOf.get(r.userId) ?? 0,
      settledFen: t?.settledFen ?? 0,
      clawedBackFen: t?.clawedBackFen ?? 0,
      balanceFen: t?.balanceFen ?? 0,
    };
  });
}
