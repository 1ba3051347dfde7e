import type { Spec, StoreProductCard, StoreProductDetail, StoreProductQuery, StoreShop, StoreSort } from '@cloudmart/contracts';
import { and, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { offsetOf, type Page, type PageQuery } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { sellers } from '../accounts/index.js';
import { cloudNativeProductIds } from '../hosting/index.js';
import { products } from './catalog.tables.js';
import { mediaLayoutOf } from './media-layout.js';
import { orderFor, priceFilter, rating, salesCount } from './store-ranking.js';
import { loadSpecs } from './products.queries.js';

const cardColumns = () => ({
  id: products.id,
  code: products.code,
  name: products.name,
  summary: products.summary,
  type: products.type,
  billing: products.billing,
  categoryId: products.categoryId,
  sellerCode: sellers.code,
  sellerName: sellers.name,
  imageFileIds: products.imageFileIds,
  listedAt: products.listedAt,
  salesCount: salesCount(),
  rating: rating(),
});
type CardRow = Omit<StoreProductCard, 'seller' | 'coverImageFileId' | 'lowestPriceFen' | 'hasTrial' | 'listedAt'> & {
  sellerCode: string;
  sellerName: string;
  imageFileIds: string[];
  listedAt: Date | null;
};

/** Buyers see only what the seller shows: hidden specs are left out. */
function shownSpecs(specs: readonly Spec[]) {
  return specs.filter((s) => !s.hidden).map(({ hidden: _h, sort: _s, ...s }) => s);
}

function toCard(r: CardRow, specs: readonly Spec[]): StoreProductCard {
  const shown = shownSpecs(specs);
  const prices = r.billing === 'prepaid' ? shown.filter((s) => !s.isTrial).flatMap((s) => s.prices.map((p) => p.priceFen)) : [];
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    summary: r.summary,
    type: r.type,
    billing: r.billing,
    categoryId: r.categoryId,
    seller: { code: r.sellerCode, name: r.sellerName },
    coverImageFileId: r.imageFileIds[0] ?? null,
    lowestPriceFen: prices.length ? Math.min(...prices) : null,
    hasTrial: shown.some((s) => s.isTrial),
    listedAt: r.listedAt?.toISOString() ?? null,
    salesCount: r.salesCount,
    rating: r.rating,
  };
}

/** Search, category lists and shops show listed products the seller has not hidden (2.13). */
async function cards(db: Db, filter: SQL | undefined, q: PageQuery, sort: StoreSort = 'newest'): Promise<Page<StoreProductCard>> {
  const where = and(eq(products.status, 'listed'), eq(products.visible, true), filter);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(products).innerJoin(sellers, eq(sellers.id, products.sellerId)).where(where);
  const rows = await db
    .select(cardColumns())
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(where)
    .orderBy(...orderFor(sort))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const specs = await loadSpecs(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toCard(r, specs.get(r.id) ?? [])), total, page: q.page, pageSize: q.pageSize };
}

const likeText = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function searchProducts(deps: Pick<Deps, 'db'>, q: StoreProductQuery): Promise<Page<StoreProductCard>> {
  return cards(
    deps.db,
    and(
      q.q ? or(ilike(products.name, likeText(q.q)), ilike(products.code, likeText(q.q))) : undefined,
      q.categoryId ? eq(products.categoryId, q.categoryId) : undefined,
      q.sellerCode ? eq(sellers.code, q.sellerCode) : undefined,
      q.type ? eq(products.type, q.type) : undefined,
      priceFilter(q.minPriceFen, q.maxPriceFen),
    ),
    q,
    q.sort,
  );
}

/**
 * The product page, by code (the preview URL) or id: any listed product, hidden or not —
 * hiding keeps a product out of lists but its URL keeps working. Drafts and delisted
 * products are not found.
 */
export async function getStoreProduct(deps: Pick<Deps, 'db'>, codeOrId: string): Promise<StoreProductDetail> {
  const [r] = await deps.db
    .select({
      ...cardColumns(),
      description: products.description,
      customerCases: products.customerCases,
      qualification: products.qualification,
      videoFileId: products.videoFileId,
      liveId: products.liveId,
      visible: products.visible,
    })
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(and(eq(products.status, 'listed'), or(eq(products.code, codeOrId.toLowerCase()), eq(products.id, codeOrId))));
  if (!r) throw notFound('product');
  const specs = (await loadSpecs(deps.db, [r.id])).get(r.id) ?? [];
  return {
    ...toCard(r, specs),
    description: r.description,
    customerCases: r.customerCases,
    qualification: r.qualification,
    imageFileIds: r.imageFileIds,
    videoFileId: r.videoFileId,
    liveId: r.liveId,
    media: mediaLayoutOf(r),
    visible: r.visible,
    specs: shownSpecs(specs),
    cloudNative: (await cloudNativeProductIds(deps.db, [r.id])).has(r.id),
  };
}

export async function getShop(deps: Pick<Deps, 'db'>, sellerCode: string, q: PageQuery): Promise<StoreShop> {
  const [s] = await deps.db.select({ id: sellers.id, code: sellers.code, name: sellers.name }).from(sellers).where(eq(sellers.code, sellerCode));
  if (!s) throw notFound('shop');
  return { seller: { code: s.code, name: s.name }, products: await cards(deps.db, eq(products.sellerId, s.id), q) };
}
