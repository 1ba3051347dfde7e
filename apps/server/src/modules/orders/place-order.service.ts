import type { ConvertBody, PlaceOrderBody, PurchaseUnit, RenewBody, UpgradeBody } from '@cloudmart/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { resolvePurchase, type PurchasePurpose, type ResolvedPurchase } from './catalog-port.js';
import { assertInstanceAccepts } from './instance-status.js';
import { markOrderPaid } from './payment.service.js';
import { instances, orders } from './orders.tables.js';
import { monthlyPriceOf, orderAmountFen, remainingDays, upgradeChargeFen, type MonthlyPrice } from './pricing.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';

type D = Pick<Deps, 'db' | 'clock'>;
type NewOrder = typeof orders.$inferInsert;

export interface Placed {
  orderId: string;
  /** false: an earlier request with the same idempotency key already placed it */
  created: boolean;
}

/** What must match for a retried idempotency key to count as the same request. */
function fingerprint(o: Pick<NewOrder, 'type' | 'productId' | 'specId' | 'quantity' | 'durationUnit' | 'duration' | 'targetInstanceId'>): string {
  return JSON.stringify([o.type, o.productId, o.specId, o.quantity ?? 1, o.durationUnit ?? null, o.duration ?? null, o.targetInstanceId ?? null]);
}

async function existingByKey(db: Db, buyerId: string, key: string, wanted: string): Promise<Placed | null> {
  const [o] = await db
    .select({
      id: orders.id,
      type: orders.type,
      productId: orders.productId,
      specId: orders.specId,
      quantity: orders.quantity,
      durationUnit: orders.durationUnit,
      duration: orders.duration,
      targetInstanceId: orders.targetInstanceId,
    })
    .from(orders)
    .where(and(eq(orders.buyerId, buyerId), eq(orders.idempotencyKey, key)));
  if (!o) return null;
  if (fingerprint(o) !== wanted) throw new DomainError('idempotency_conflict', 'this Idempotency-Key was used for a different order');
  return { orderId: o.id, created: false };
}

/**
 * Insert once per (buyer, idempotency key): the unique index decides between racing
 * requests. A free order (trial, zero-cost upgrade, postpaid activation) is paid at once in
 * the same transaction, since there is nothing to collect.
 */
async function insertOrder(deps: D, values: Omit<NewOrder, 'id' | 'createdAt' | 'status'>): Promise<Placed> {
  const now = deps.clock.now();
  const key = values.idempotencyKey ?? null;
  const wanted = fingerprint(values);
  if (key) {
    const prior = await existingByKey(deps.db, values.buyerId, key, wanted);
    if (prior) return prior;
  }
  const inserted = await deps.db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(orders)
        .values({ ...values, id: newId('ord', now), status: 'unpaid', createdAt: now })
        .onConflictDoNothing({ target: [orders.buyerId, orders.idempotencyKey] })
        .returning({ id: orders.id, paidFen: orders.paidFen });
      if (row && row.paidFen === 0) await markOrderPaid(tx, row.id, now);
      return row;
    })
    .catch((err: unknown) => {
      // a trial placed by a racing request (another idempotency key) got there first
      if (isUniqueViolation(err, 'orders_one_trial_uq')) throw new DomainError('trial_already_used', 'one trial per buyer and product');
      throw err;
    });
  if (inserted) return { orderId: inserted.id, created: true };
  const raced = key ? await existingByKey(deps.db, values.buyerId, key, wanted) : null;
  if (!raced) throw new DomainError('conflict', 'the order could not be placed');
  return raced;
}

function snapshot(r: ResolvedPurchase) {
  return {
    sellerId: r.product.sellerId,
    productId: r.product.id,
    productCode: r.product.code,
    productName: r.product.name,
    specId: r.spec.id,
    specName: r.spec.name,
  };
}

/** Which purchase this is: a trial spec makes a trial order, any other spec a new one. */
async function resolveNew(db: Db, b: PlaceOrderBody): Promise<{ r: ResolvedPurchase; trial: boolean }> {
  const base = { productId: b.productId, specId: b.specId };
  try {
    return { r: await resolvePurchase(db, { ...base, unit: b.unit, duration: b.duration, purpose: 'new' }), trial: false };
  } catch (err) {
    // the catalog refuses a trial spec as a new purchase: it is the trial it is for
    if (!(err instanceof DomainError) || err.code !== 'spec_not_orderable') throw err;
    const asTrial = await resolvePurchase(db, { ...base, purpose: 'trial' }).catch(() => null);
    if (!asTrial) throw err;
    return { r: asTrial, trial: true };
  }
}

export async function placeOrder(deps: D, buyerId: string, idempotencyKey: string, b: PlaceOrderBody): Promise<Placed> {
  const { r, trial } = await resolveNew(deps.db, b);
  const common = { ...snapshot(r), buyerId, idempotencyKey, remark: b.remark || null, showContact: b.showContact ? ('yes' as const) : ('no' as const) };
  if (trial) {
    if (!r.spec.trialDays || r.spec.trialDays < 1) throw new DomainError('trial_not_offered', 'the trial spec has no trial period');
    const [used] = await deps.db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.buyerId, buyerId), eq(orders.productId, r.product.id), eq(orders.type, 'trial'), inArray(orders.status, ['unpaid', 'paid'])))
      .limit(1);
    if (used && !(await sameKey(deps.db, used.id, idempotencyKey))) throw new DomainError('trial_already_used', 'one trial per buyer and product');
    return insertOrder(deps, { ...common, type: 'trial', quantity: 1, durationUnit: 'day', duration: r.spec.trialDays, listPriceFen: 0, paidFen: 0 });
  }
  if (r.priceFen === null) {
    // postpaid: no term and nothing to pay now; usage is billed monthly
    return insertOrder(deps, { ...common, type: 'new', quantity: b.quantity, durationUnit: null, duration: null, listPriceFen: 0, paidFen: 0 });
  }
  if (!b.unit || !b.duration) throw new DomainError('validation_failed', 'unit and duration are required for this spec');
  const amount = orderAmountFen(r.priceFen, b.quantity);
  return insertOrder(deps, { ...common, type: 'new', quantity: b.quantity, durationUnit: b.unit, duration: b.duration, listPriceFen: amount, paidFen: amount });
}

async function sameKey(db: Db, orderId: string, key: string): Promise<boolean> {
  const [o] = await db.select({ key: orders.idempotencyKey }).from(orders).where(eq(orders.id, orderId));
  return o?.key === key;
}

async function buyerInstance(db: Db, buyerId: string, instanceId: string) {
  const [inst] = await db
    .select({
      id: instances.id,
      status: instances.status,
      productId: instances.productId,
      specId: instances.specId,
      trial: instances.trial,
      expiresAt: instances.expiresAt,
    })
    .from(instances)
    .where(and(eq(instances.id, instanceId), eq(instances.buyerId, buyerId)));
  if (!inst) throw notFound('instance');
  return inst;
}

async function pricedTerm(db: Db, q: { productId: string; specId: string; unit: PurchaseUnit; duration: number; purpose: PurchasePurpose }) {
  const r = await resolvePurchase(db, q);
  if (r.priceFen === null) throw new DomainError('spec_not_prepaid', 'this spec has no prepaid price');
  return { r, priceFen: r.priceFen };
}

/** A one-unit order on an instance the buyer holds: a renewal, an upgrade (no term of its own) or a trial's conversion. */
function insertInstanceOrder(
  deps: D,
  r: ResolvedPurchase,
  o: {
    buyerId: string;
    idempotencyKey: string | undefined;
    type: 'renew' | 'upgrade' | 'trial_to_paid';
    instanceId: string;
    term: { unit: PurchaseUnit; duration: number } | null;
    amountFen: number;
  },
): Promise<Placed> {
  return insertOrder(deps, {
    ...snapshot(r),
    buyerId: o.buyerId,
    idempotencyKey: o.idempotencyKey ?? null,
    type: o.type,
    targetInstanceId: o.instanceId,
    quantity: 1,
    durationUnit: o.term?.unit ?? null,
    duration: o.term?.duration ?? null,
    listPriceFen: o.amountFen,
    paidFen: o.amountFen,
  });
}

export async function renewInstance(deps: D, buyerId: string, instanceId: string, b: RenewBody, idempotencyKey?: string): Promise<Placed> {
  const inst = await buyerInstance(deps.db, buyerId, instanceId);
  assertInstanceAccepts('renew', inst.status);
  if (inst.trial === 'yes') throw new DomainError('trial_must_convert', 'a trial is converted, not renewed');
  const { r, priceFen } = await pricedTerm(deps.db, { productId: inst.productId, specId: inst.specId, unit: b.unit, duration: b.duration, purpose: 'renew' });
  const amount = orderAmountFen(priceFen, 1);
  return insertInstanceOrder(deps, r, { buyerId, idempotencyKey, type: 'renew', instanceId: inst.id, term: b, amountFen: amount });
}

/** A spec's monthly-equivalent price: its one-month price, else its one-year price over 12. */
async function monthlyPrice(db: Db, productId: string, specId: string, purpose: PurchasePurpose): Promise<{ r: ResolvedPurchase; m: MonthlyPrice }> {
  try {
    const { r, priceFen } = await pricedTerm(db, { productId, specId, unit: 'month', duration: 1, purpose });
    return { r, m: monthlyPriceOf(priceFen, 'month', 1) };
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'price_not_found') throw err;
    const { r, priceFen } = await pricedTerm(db, { productId, specId, unit: 'year', duration: 1, purpose });
    return { r, m: monthlyPriceOf(priceFen, 'year', 1) };
  }
}

export async function upgradeInstance(deps: D, buyerId: string, instanceId: string, b: UpgradeBody, idempotencyKey?: string): Promise<Placed> {
  const inst = await buyerInstance(deps.db, buyerId, instanceId);
  assertInstanceAccepts('upgrade', inst.status);
  if (inst.trial === 'yes') throw new DomainError('trial_must_convert', 'convert the trial to a paid spec instead');
  if (b.specId === inst.specId) throw new DomainError('validation_failed', 'the instance already has this spec');
  if (!inst.expiresAt) throw new DomainError('instance_without_term', 'the instance has no term to prorate');
  // the current spec is priced as if renewed (it may be hidden by now), the new one as an upgrade
  const from = await monthlyPrice(deps.db, inst.productId, inst.specId, 'renew');
  const to = await monthlyPrice(deps.db, inst.productId, b.specId, 'upgrade');
  const charge = upgradeChargeFen(from.m, to.m, remainingDays(inst.expiresAt, deps.clock.now()));
  return insertInstanceOrder(deps, to.r, { buyerId, idempotencyKey, type: 'upgrade', instanceId: inst.id, term: null, amountFen: charge });
}

export async function convertTrial(deps: D, buyerId: string, instanceId: string, b: ConvertBody, idempotencyKey?: string): Promise<Placed> {
  const inst = await buyerInstance(deps.db, buyerId, instanceId);
  if (inst.trial !== 'yes') throw new DomainError('instance_not_trial', 'only a trial instance can be converted');
  assertInstanceAccepts('convert', inst.status);
  const { r, priceFen } = await pricedTerm(deps.db, {
    productId: inst.productId,
    specId: b.specId,
    unit: b.unit,
    duration: b.duration,
    purpose: 'trial_to_paid',
  });
  const amount = orderAmountFen(priceFen, 1);
  return insertInstanceOrder(deps, r, { buyerId, idempotencyKey, type: 'trial_to_paid', instanceId: inst.id, term: b, amountFen: amount });
}
