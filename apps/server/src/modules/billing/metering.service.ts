import type { MeteringKeyReply, UsagePushBody, UsagePushReply } from '@cloudmart/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { DomainError, notFound } from '../../platform/errors.js';
import type { FieldError } from '../../platform/http/problem.js';
import { randomToken } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { products, setMeteringKey, specMeters } from '../catalog/index.js';
import { instances } from '../orders/index.js';
import { periodOf } from './beijing-period.js';
import { bills, usageRecords } from './billing.tables.js';
import { USAGE_MAX_SKEW_SECONDS, verifyUsageSignature } from './metering-signature.js';

/**
 * A new metering key replaces the old one at once. It is stored as is (the HMAC check needs
 * the plain key) and returned only here, once.
 */
export async function generateMeteringKey(deps: Deps, sellerId: string, productId: string): Promise<MeteringKeyReply> {
  const [p] = await deps.db
    .select({ billing: products.billing })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.sellerId, sellerId)));
  if (!p) throw notFound('product');
  if (p.billing !== 'postpaid') throw new DomainError('product_not_postpaid', 'metering keys are for postpaid products');
  const key = `mk_${randomToken(24)}`;
  await setMeteringKey(deps.db, sellerId, productId, key, deps.clock.now());
  return { productId, key };
}

export interface PushHeaders {
  productCode: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
}

/** Who is pushing: the product whose key signed the raw body. Every failure looks the same to the caller. */
export async function authenticateUsagePush(deps: Deps, h: PushHeaders, rawBody: string): Promise<{ productId: string }> {
  if (!h.productCode || !h.timestamp || !h.signature)
    throw new DomainError('invalid_signature', 'x-cloudmart-product, x-cloudmart-timestamp and x-cloudmart-signature are required');
  const [p] = await deps.db.select({ id: products.id, key: products.meteringKey }).from(products).where(eq(products.code, h.productCode));
  if (!p?.key) throw new DomainError('invalid_signature', 'signature does not match');
  const verdict = verifyUsageSignature({
    key: p.key,
    timestamp: h.timestamp,
    signature: h.signature,
    rawBody,
    nowSeconds: Math.floor(deps.clock.now().getTime() / 1000),
  });
  if (verdict === 'bad_signature') throw new DomainError('invalid_signature', 'signature does not match');
  if (verdict === 'stale_timestamp') throw new DomainError('invalid_signature', `timestamp is more than ${USAGE_MAX_SKEW_SECONDS / 60} minutes off`);
  return { productId: p.id };
}

/**
 * Stores a batch of usage records, all or nothing. A record already stored (same product and
 * recordId) is counted as a duplicate and changes nothing, whatever its content.
 */
export async function pushUsage(deps: Deps, productId: string, body: UsagePushBody): Promise<UsagePushReply> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const instanceIds = [...new Set(body.records.map((r) => r.instanceId))];
    const owned = await tx
      .select({ id: instances.id, buyerId: instances.buyerId, specId: instances.specId })
      .from(instances)
      .where(and(inArray(instances.id, instanceIds), eq(instances.productId, productId)));
    const byId = new Map(owned.map((i) => [i.id, i]));
    const specIds = [...new Set(owned.map((i) => i.specId))];
    const meters = specIds.length
      ? await tx.select({ specId: specMeters.specId, dimension: specMeters.dimension }).from(specMeters).where(inArray(specMeters.specId, specIds))
      : [];
    const metered = new Set(meters.map((m) => `${m.specId}\u0000${m.dimension}`));
    const buyerIds = [...new Set(owned.map((i) => i.buyerId))];
    const billed = buyerIds.length
      ? await tx
          .select({ buyerId: bills.buyerId, period: bills.period })
          .from(bills)
          .where(and(eq(bills.productId, productId), inArray(bills.buyerId, buyerIds)))
      : [];
    const closed = new Set(billed.map((b) => `${b.buyerId}\u0000${b.period}`));

    const errors: FieldError[] = [];
    body.records.forEach((r, i) => {
      const field = (f: string) => `body.records.${i}.${f}`;
      const inst = byId.get(r.instanceId);
      const usedAt = new Date(r.usedAt);
      if (!inst) errors.push({ field: field('instanceId'), message: 'no such instance of this product' });
      else if (!metered.has(`${inst.specId}\u0000${r.dimension}`))
        errors.push({ field: field('dimension'), message: `the instance's spec has no meter "${r.dimension}"` });
      else if (closed.has(`${inst.buyerId}\u0000${periodOf(usedAt)}`))
        errors.push({ field: field('usedAt'), message: `period ${periodOf(usedAt)} is already billed` });
      if (usedAt.getTime() > now.getTime() + USAGE_MAX_SKEW_SECONDS * 1000) errors.push({ field: field('usedAt'), message: 'in the future' });
    });
    if (errors.length) throw new DomainError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });

    const inserted = await tx
      .insert(usageRecords)
      .values(
        body.records.map((r) => ({
          productId,
          recordId: r.recordId,
          instanceId: r.instanceId,
          buyerId: byId.get(r.instanceId)?.buyerId ?? '',
          dimension: r.dimension,
          quantity: r.quantity,
          usedAt: new Date(r.usedAt),
          receivedAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ recordId: usageRecords.recordId });
    return { accepted: inserted.length, duplicates: body.records.length - inserted.length };
  });
}
