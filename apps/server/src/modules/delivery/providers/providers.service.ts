import type { AvailableProvider, ProductProviders, ProviderLink, SellerRef, SetProductProviders } from '@cloudmart/contracts';
import { and, asc, count, desc, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../platform/auth/actor.js';
import type { Db } from '../../../platform/db/client.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { offsetOf, type Page } from '../../../platform/http/pagination.js';
import { newId } from '../../../platform/ids.js';
import type { Deps } from '../../../platform/module.js';
import { sellers } from '../../accounts/index.js';
import { products } from '../../catalog/index.js';
import { deliveryProductProviders, deliveryProviderLinks } from '../delivery.tables.js';
import { providerLoadsOf } from '../engine/index.js';

/*
 * Vendor ↔ provider links (created by operators) and, per product, which providers deliver it
 * by weight up to a maximum of open projects (guide 5.2.3–5.2.4). A seller always serves
 * itself: that needs no link.
 */

type D = Pick<Deps, 'db' | 'clock'>;

const vendor = alias(sellers, 'vendor');
const provider = alias(sellers, 'provider');

async function sellerRefs(db: Db, ids: readonly string[]): Promise<Map<string, SellerRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ sellerId: sellers.id, code: sellers.code, name: sellers.name })
    .from(sellers)
    .where(inArray(sellers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.sellerId, r]));
}

/* ---------- operator ---------- */

export async function listProviderLinks(db: Db, q: { sellerId?: string; page: number; pageSize: number }): Promise<Page<ProviderLink>> {
  const where = q.sellerId ? or(eq(deliveryProviderLinks.vendorSellerId, q.sellerId), eq(deliveryProviderLinks.providerSellerId, q.sellerId)) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(deliveryProviderLinks).where(where);
  const rows = await db
    .select({
      id: deliveryProviderLinks.id,
      createdAt: deliveryProviderLinks.createdAt,
      vendor: { sellerId: vendor.id, code: vendor.code, name: vendor.name },
      provider: { sellerId: provider.id, code: provider.code, name: provider.name },
    })
    .from(deliveryProviderLinks)
    .innerJoin(vendor, eq(vendor.id, deliveryProviderLinks.vendorSellerId))
    .innerJoin(provider, eq(provider.id, deliveryProviderLinks.providerSellerId))
    .where(where)
    .orderBy(desc(deliveryProviderLinks.createdAt), asc(deliveryProviderLinks.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), total, page: q.page, pageSize: q.pageSize };
}

export async function createProviderLink(deps: D, actor: Actor, body: { vendorSellerId: string; providerSellerId: string }): Promise<ProviderLink> {
  if (body.vendorSellerId === body.providerSellerId) throw new DomainError('validation_failed', 'a seller always serves its own products; no link is needed');
  const refs = await sellerRefs(deps.db, [body.vendorSellerId, body.providerSellerId]);
  const v = refs.get(body.vendorSellerId);
  const p = refs.get(body.providerSellerId);
  if (!v) throw notFound('vendor seller');
  if (!p) throw notFound('provider seller');
  const now = deps.clock.now();
  const id = newId('dpl', now);
  try {
    await deps.db
      .insert(deliveryProviderLinks)
      .values({ id, vendorSellerId: v.sellerId, providerSellerId: p.sellerId, createdBy: actor.userId, createdAt: now });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('conflict', `${p.name} already delivers for ${v.name}`);
    throw err;
  }
  return { id, vendor: v, provider: p, createdAt: now.toISOString() };
}

/** Unlinking also takes the provider off the vendor's products; projects already running stay. */
export async function deleteProviderLink(deps: D, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [link] = await tx.delete(deliveryProviderLinks).where(eq(deliveryProviderLinks.id, id)).returning({
      vendorSellerId: deliveryProviderLinks.vendorSellerId,
      providerSellerId: deliveryProviderLinks.providerSellerId,
    });
    if (!link) throw notFound('provider link');
    const own = tx.select({ id: products.id }).from(products).where(eq(products.sellerId, link.vendorSellerId));
    await tx
      .delete(deliveryProductProviders)
      .where(and(eq(deliveryProductProviders.providerSellerId, link.providerSellerId), inArray(deliveryProductProviders.productId, own)));
  });
}

/* ---------- vendor and provider sides ---------- */

/** A seller itself first, then the sellers linked to it on the other side, by name. */
async function selfThenLinked(db: Db, sellerId: string, side: 'providers' | 'vendors'): Promise<AvailableProvider[]> {
  const other = side === 'providers' ? provider : vendor;
  const [mine, theirs] =
    side === 'providers'
      ? [deliveryProviderLinks.vendorSellerId, deliveryProviderLinks.providerSellerId]
      : [deliveryProviderLinks.providerSellerId, deliveryProviderLinks.vendorSellerId];
  const linked = await db
    .select({ sellerId: other.id, code: other.code, name: other.name })
    .from(deliveryProviderLinks)
    .innerJoin(other, eq(other.id, theirs))
    .where(eq(mine, sellerId))
    .orderBy(asc(other.name));
  const self = (await sellerRefs(db, [sellerId])).get(sellerId);
  return [...(self ? [{ ...self, self: true }] : []), ...linked.map((r) => ({ ...r, self: false }))];
}

/** The providers a vendor may pick: itself first, then the linked ones by name. */
export function listAvailableProviders(db: Db, vendorSellerId: string): Promise<AvailableProvider[]> {
  return selfThenLinked(db, vendorSellerId, 'providers');
}

/** The vendors a provider delivers for: itself first, then those linked to it. */
export function listServedVendors(db: Db, providerSellerId: string): Promise<AvailableProvider[]> {
  return selfThenLinked(db, providerSellerId, 'vendors');
}

async function assertOwnProduct(db: Db, sellerId: string, productId: string): Promise<void> {
  const [p] = await db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.sellerId, sellerId)));
  if (!p) throw notFound('product');
}

export async function getProductProviders(db: Db, sellerId: string, productId: string): Promise<ProductProviders> {
  await assertOwnProduct(db, sellerId, productId);
  const providers = (await productProviderRows(db, [productId])).get(productId) ?? [];
  return { productId, selfByDefault: providers.length === 0, providers };
}

/**
 * The providers set for each product (heaviest first) with their open projects now, in two
 * queries whatever the number of products; no ownership check. Products without rows are absent.
 */
export async function productProviderRows(db: Db, productIds: readonly string[]): Promise<Map<string, ProductProviders['providers']>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .select({
      productId: deliveryProductProviders.productId,
      sellerId: provider.id,
      code: provider.code,
      name: provider.name,
      weight: deliveryProductProviders.weight,
      maxOpen: deliveryProductProviders.maxOpen,
    })
    .from(deliveryProductProviders)
    .innerJoin(provider, eq(provider.id, deliveryProductProviders.providerSellerId))
    .where(inArray(deliveryProductProviders.productId, [...productIds]))
    .orderBy(desc(deliveryProductProviders.weight), asc(provider.name));
  const loads = await providerLoadsOf(db, productIds);
  const byProduct = new Map<string, ProductProviders['providers']>();
  for (const { productId, ...r } of rows) {
    const open = loads.get(productId)?.get(r.sellerId) ?? 0;
    const list = byProduct.get(productId) ?? [];
    list.push({ ...r, open, spare: Math.max(0, r.maxOpen - open) });
    byProduct.set(productId, list);
  }
  return byProduct;
}

/** Replace the product's provider set; each must be the vendor itself or linked to it. */
export async function setProductProviders(deps: D, sellerId: string, productId: string, body: SetProductProviders): Promise<ProductProviders> {
  await assertOwnProduct(deps.db, sellerId, productId);
  const allowed = new Set((await listAvailableProviders(deps.db, sellerId)).map((p) => p.sellerId));
  const stranger = body.providers.find((p) => !allowed.has(p.providerSellerId));
  if (stranger)
    throw new DomainError('provider_not_linked', `provider ${stranger.providerSellerId} is not linked to this vendor`, {
      providerSellerId: stranger.providerSellerId,
    });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.delete(deliveryProductProviders).where(eq(deliveryProductProviders.productId, productId));
    if (body.providers.length) {
      await tx
        .insert(deliveryProductProviders)
        .values(body.providers.map((p) => ({ productId, providerSellerId: p.providerSellerId, weight: p.weight, maxOpen: p.maxOpen, updatedAt: now })));
    }
  });
  return getProductProviders(deps.db, sellerId, productId);
}
