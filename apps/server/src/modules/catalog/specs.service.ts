import type { BillingMode, CreateSpecBody, Spec, UpdateSpecBody } from '@cloudmart/contracts';
import { and, count, eq, max, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { productSpecs, specMeters, specPrices } from './catalog.tables.js';
import { assertEditable } from './product-status.js';
import { fieldError, loadSpecs, lockOwnProduct } from './products.queries.js';

type D = Pick<Deps, 'db' | 'clock'>;
type Pricing = Pick<UpdateSpecBody, 'prices' | 'meters'>;

/** Prepaid products sell periods, postpaid ones meter usage; trials are free. */
function assertPricingFits(billing: BillingMode, isTrial: boolean, body: Pricing): void {
  if (isTrial && (body.prices?.length || body.meters?.length)) throw fieldError('body.prices', 'trial specs are free');
  if (billing === 'postpaid' && body.prices?.length) throw fieldError('body.prices', 'postpaid products are priced by meters');
  if (billing === 'prepaid' && body.meters?.length) throw fieldError('body.meters', 'prepaid products are priced by duration');
}

async function replacePricing(tx: Db, specId: string, now: Date, body: Pricing): Promise<void> {
  if (body.prices) {
    await tx.delete(specPrices).where(eq(specPrices.specId, specId));
    if (body.prices.length) await tx.insert(specPrices).values(body.prices.map((p) => ({ id: newId('spp', now), specId, ...p })));
  }
  if (body.meters) {
    await tx.delete(specMeters).where(eq(specMeters.specId, specId));
    if (body.meters.length) await tx.insert(specMeters).values(body.meters.map((m) => ({ id: newId('spm', now), specId, ...m })));
  }
}

async function lockedSpec(tx: Db, productId: string, specId: string) {
  const [s] = await tx
    .select({ id: productSpecs.id, isTrial: productSpecs.isTrial, hidden: productSpecs.hidden })
    .from(productSpecs)
    .where(and(eq(productSpecs.id, specId), eq(productSpecs.productId, productId)))
    .for('update');
  if (!s) throw notFound('spec');
  return s;
}

async function specOf(db: Db, productId: string, specId: string): Promise<Spec> {
  const spec = (await loadSpecs(db, [productId])).get(productId)?.find((s) => s.id === specId);
  if (!spec) throw notFound('spec');
  return spec;
}

export async function createSpec(deps: D, sellerId: string, productId: string, body: CreateSpecBody): Promise<Spec> {
  const now = deps.clock.now();
  const id = newId('spc', now);
  await deps.db.transaction(async (tx) => {
    const p = await lockOwnProduct(tx, sellerId, productId);
    assertEditable(p.status);
    assertPricingFits(p.billing, body.isTrial, body);
    const [last] = await tx
      .select({ sort: max(productSpecs.sort) })
      .from(productSpecs)
      .where(eq(productSpecs.productId, productId));
    await tx.insert(productSpecs).values({
      id,
      productId,
      name: body.name,
      isTrial: body.isTrial,
      trialDays: body.isTrial ? (body.trialDays ?? null) : null,
      sort: (last?.sort ?? -1) + 1,
      createdAt: now,
    });
    await replacePricing(tx, id, now, body);
  });
  return specOf(deps.db, productId, id);
}

/** Changes the name or trial days; prices / meters, when given, replace the whole list. */
export async function updateSpec(deps: D, sellerId: string, productId: string, specId: string, body: UpdateSpecBody): Promise<Spec> {
  await deps.db.transaction(async (tx) => {
    const p = await lockOwnProduct(tx, sellerId, productId);
    assertEditable(p.status);
    const spec = await lockedSpec(tx, productId, specId);
    if (!spec.isTrial && body.trialDays !== undefined) throw fieldError('body.trialDays', 'only trial specs have trialDays');
    assertPricingFits(p.billing, spec.isTrial, body);
    const set = { ...(body.name !== undefined ? { name: body.name } : {}), ...(body.trialDays !== undefined ? { trialDays: body.trialDays } : {}) };
    if (Object.keys(set).length) await tx.update(productSpecs).set(set).where(eq(productSpecs.id, specId));
    await replacePricing(tx, specId, deps.clock.now(), body);
  });
  return specOf(deps.db, productId, specId);
}

/** Specs of a product that was ever listed may have been bought: they are hidden, never deleted. */
export async function deleteSpec(deps: D, sellerId: string, productId: string, specId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const p = await lockOwnProduct(tx, sellerId, productId);
    if (p.status !== 'draft' || p.listedAt !== null) throw new DomainError('spec_locked', 'specs of a product that was listed can only be hidden');
    await lockedSpec(tx, productId, specId);
    await tx.delete(productSpecs).where(eq(productSpecs.id, specId));
  });
}

/** 2.13: a spec can be hidden from the product page, but one sellable spec must stay visible. */
export async function setSpecHidden(deps: D, sellerId: string, productId: string, specId: string, hidden: boolean): Promise<Spec> {
  await deps.db.transaction(async (tx) => {
    const p = await lockOwnProduct(tx, sellerId, productId);
    assertEditable(p.status);
    const spec = await lockedSpec(tx, productId, specId);
    if (hidden && !spec.hidden && !spec.isTrial) {
      const [others] = await tx
        .select({ n: count() })
        .from(productSpecs)
        .where(and(eq(productSpecs.productId, productId), ne(productSpecs.id, specId), eq(productSpecs.hidden, false), eq(productSpecs.isTrial, false)));
      if ((others?.n ?? 0) === 0) throw new DomainError('last_visible_spec', 'at least one non-trial spec must stay visible');
    }
    await tx.update(productSpecs).set({ hidden }).where(eq(productSpecs.id, specId));
  });
  return specOf(deps.db, productId, specId);
}
