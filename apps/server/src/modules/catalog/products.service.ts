import {
  postpaidAllowed,
  productCodePrefixes,
  type CreateProductBody,
  type SellerProductDetail,
  type SellerProductListQuery,
  type SellerProductRow,
  type UpdateProductBody,
} from '@cloudmart/contracts';
import { and, count, desc, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { assertOwnFiles, mediaRefs } from './catalog.files.js';
import { productSpecs, products, specMeters, specPrices } from './catalog.tables.js';
import { assertEditable, lockedFieldsOf } from './product-status.js';
import { assertCategoryExists, fieldError, loadProductDetail, lockOwnProduct, productSummaryColumns } from './products.queries.js';
import { assertApprovedLive } from '../live/index.js';

type D = Pick<Deps, 'db' | 'clock'>;

export async function listSellerProducts(deps: Pick<Deps, 'db'>, sellerId: string, q: SellerProductListQuery): Promise<Page<SellerProductRow>> {
  const where = and(
    eq(products.sellerId, sellerId),
    q.code ? eq(products.code, q.code.toLowerCase()) : undefined,
    q.name ? ilike(products.name, `%${q.name}%`) : undefined,
    q.type ? eq(products.type, q.type) : undefined,
    q.status ? eq(products.status, q.status) : undefined,
    q.reviewStatus ? eq(products.reviewStatus, q.reviewStatus) : undefined,
  );
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(products).where(where);
  const rows = await deps.db
    .select(productSummaryColumns)
    .from(products)
    .where(where)
    .orderBy(desc(products.createdAt), desc(products.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return {
    items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), listedAt: r.listedAt?.toISOString() ?? null })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export function getSellerProduct(deps: Pick<Deps, 'db'>, sellerId: string, id: string): Promise<SellerProductDetail> {
  return loadProductDetail(deps.db, sellerId, id);
}

/** A new product is a draft; its code is the type's prefix and the next product number (cmapp100001). */
export async function createProduct(deps: D, sellerId: string, body: CreateProductBody): Promise<SellerProductDetail> {
  const now = deps.clock.now();
  const id = newId('prd', now);
  await deps.db.transaction(async (tx) => {
    await assertCategoryExists(tx, body.categoryId);
    await assertOwnFiles(tx, sellerId, mediaRefs(body));
    if (body.liveId) await assertApprovedLive(tx, sellerId, body.liveId);
    await tx.insert(products).values({
      id,
      code: sql`${productCodePrefixes[body.type]} || nextval('product_no_seq')`,
      sellerId,
      type: body.type,
      billing: body.billing,
      categoryId: body.categoryId,
      name: body.name,
      summary: body.summary ?? '',
      description: body.description ?? '',
      customerCases: body.customerCases ?? '',
      qualification: body.qualification ?? '',
      imageFileIds: body.imageFileIds ?? [],
      videoFileId: body.videoFileId ?? null,
      liveId: body.liveId ?? null,
      createdAt: now,
      updatedAt: now,
    });
  });
  return loadProductDetail(deps.db, sellerId, id);
}

export async function updateProduct(deps: D, sellerId: string, id: string, body: UpdateProductBody): Promise<SellerProductDetail> {
  await deps.db.transaction(async (tx) => {
    const p = await lockOwnProduct(tx, sellerId, id);
    assertEditable(p.status);
    const changed = (['billing', 'categoryId'] as const).filter((f) => body[f] !== undefined && body[f] !== p[f]);
    const locked = changed.filter((f) => lockedFieldsOf(p.status).includes(f));
    if (locked.length) throw new DomainError('field_locked', `${locked.join(', ')} cannot change once listed`, { fields: locked });
    if (body.categoryId !== undefined && changed.includes('categoryId')) await assertCategoryExists(tx, body.categoryId);
    if (body.billing !== undefined && changed.includes('billing')) {
      if (body.billing === 'postpaid' && !postpaidAllowed(p.type)) throw fieldError('body.billing', 'postpaid billing is only for saas and api products');
      // prices belong to prepaid specs and meters to postpaid ones: switching would strand them
      if (await hasPricing(tx, id)) throw fieldError('body.billing', 'remove the specs’ prices and meters before changing billing');
    }
    await assertOwnFiles(tx, sellerId, mediaRefs(body));
    if (body.liveId && body.liveId !== p.liveId) await assertApprovedLive(tx, sellerId, body.liveId);
    const set = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    await tx
      .update(products)
      .set({ ...set, updatedAt: deps.clock.now() })
      .where(eq(products.id, id));
  });
  return loadProductDetail(deps.db, sellerId, id);
}

async function hasPricing(tx: Db, productId: string): Promise<boolean> {
  const specIds = tx.select({ id: productSpecs.id }).from(productSpecs).where(eq(productSpecs.productId, productId));
  const [p] = await tx.select({ n: count() }).from(specPrices).where(inArray(specPrices.specId, specIds));
  const [m] = await tx.select({ n: count() }).from(specMeters).where(inArray(specMeters.specId, specIds));
  return (p?.n ?? 0) + (m?.n ?? 0) > 0;
}

/** Hidden (2.13): out of search, categories and the shop, still reachable by its URL and still orderable. */
export async function setProductVisibility(deps: D, sellerId: string, id: string, visible: boolean): Promise<SellerProductDetail> {
  await deps.db.transaction(async (tx) => {
    const p = await lockOwnProduct(tx, sellerId, id);
    assertEditable(p.status);
    await tx.update(products).set({ visible, updatedAt: deps.clock.now() }).where(eq(products.id, id));
  });
  return loadProductDetail(deps.db, sellerId, id);
}
