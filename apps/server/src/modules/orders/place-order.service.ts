import type { BuyerOrderDetail, Client, ConvertBody, PlaceOrderBody, PromotionScenario, PurchaseUnit, RenewBody, UpgradeBody } from '@cloudmart/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { preparedFor } from '../../platform/db/prepared.js';
import type { Db } from '../../platform/db/client.js';
import type { KeptSource } from '../../platform/db/kept-reads.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { orderedId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { priceCheckout, redeemCoupon, type CheckoutPrice } from '../promotions/index.js';
import { newOrderDetail, type NewOrderRow } from './buyer-orders.service.js';
import { insertPlacedOrder } from './new-order-insert.js';
import { resolvePurchase, resolvePurchaseKept, type PurchasePurpose, type ResolvedPurchase } from './catalog-port.js';
import { resolveReferral } from './distribution-port.js';
import { assertInstanceAccepts } from './instance-status.js';
import { markOrderPaid } from './payment.service.js';
import { instances, orders } from './orders.tables.js';
import { monthlyPriceOf, orderAmountFen, remainingDays, upgradeChargeFen, type MonthlyPrice } from './pricing.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';

type D = Pick<Deps, 'db' | 'clock' | 'changes' | 'config'>;
/** What reads kept between requests need; never a transaction's db. */
type Kept = KeptSource & { db: Db };
type NewOrder = typeof orders.$inferInsert;
/** An order's price fields, decided once the idempotency key is known to be new. */
type PriceFields = Pick<
  NewOrder,
  'listPriceFen' | 'paidFen' | 'discountId' | 'discountName' | 'discountFen' | 'couponId' | 'couponHoldingId' | 'couponName' | 'couponFen'
>;
type OrderDraft = Omit<NewOrder, 'id' | 'createdAt' | 'status' | keyof PriceFields> & { couponHoldingId: string | null };

export interface Placed {
  orderId: string;
  /** false: an earlier request with the same idempotency key already placed it */
  created: boolean;
  /** an order placed by its insert alone: its detail is what the insert returned, nothing to read back */
  detail?: BuyerOrderDetail;
}

/** What must match for a retried idempotency key to count as the same request (the coupon chosen too). */
function fingerprint(
  o: Pick<NewOrder, 'type' | 'productId' | 'specId' | 'quantity' | 'durationUnit' | 'duration' | 'targetInstanceId' | 'couponHoldingId'>,
): string {
  return JSON.stringify([
    o.type,
    o.productId,
    o.specId,
    o.quantity ?? 1,
    o.durationUnit ?? null,
    o.duration ?? null,
    o.targetInstanceId ?? null,
    o.couponHoldingId ?? null,
  ]);
}

// Every placement asks it first: a prepared statement.
const byKeyQuery = preparedFor((db) =>
  db
    .select({
      id: orders.id,
      type: orders.type,
      productId: orders.productId,
      specId: orders.specId,
      quantity: orders.quantity,
      durationUnit: orders.durationUnit,
      duration: orders.duration,
      targetInstanceId: orders.targetInstanceId,
      couponHoldingId: orders.couponHoldingId,
    })
    .from(orders)
    .where(and(eq(orders.buyerId, sql.placeholder('buyerId')), eq(orders.idempotencyKey, sql.placeholder('key'))))
    .prepare('order_by_idempotency_key'),
);

async function existingByKey(db: Db, buyerId: string, key: string, wanted: string): Promise<Placed | null> {
  const [o] = await byKeyQuery(db).execute({ buyerId, key });
  if (!o) return null;
  if (fingerprint(o) !== wanted) throw new DomainError('idempotency_conflict', 'this Idempotency-Key was used for a different order');
  return { orderId: o.id, created: false };
}

const unpriced = (amountFen: number): PriceFields => ({
  listPriceFen: amountFen,
  paidFen: amountFen,
  discountId: null,
  discountName: null,
  discountFen: 0,
  couponId: null,
  couponHoldingId: null,
  couponName: null,
  couponFen: 0,
});

function priceFields(p: CheckoutPrice): PriceFields {
  return {
    listPriceFen: p.listPriceFen,
    paidFen: p.paidFen,
    discountId: p.discount?.id ?? null,
    discountName: p.discount?.name ?? null,
    discountFen: p.discount?.amountFen ?? 0,
    couponId: p.coupon?.id ?? null,
    couponHoldingId: p.coupon?.holdingId ?? null,
    couponName: p.coupon?.name ?? null,
    couponFen: p.coupon?.amountFen ?? 0,
  };
}

/**
 * Insert once per (buyer, idempotency key): the unique index decides between racing
 * requests. The price is taken only for a new key (a retry must not re-price: its coupon is
 * already used by the first order). The chosen coupon is redeemed in the insert's
 * transaction, so a failed insert frees it and a coupon used meanwhile by another order rolls
 * this one back (coupon_unavailable). A free order (trial, zero-cost upgrade, postpaid
 * activation, a fully discounted one) is paid at once in the same transaction, since there is
 * nothing to collect.
 */
async function insertOrder(deps: D, values: OrderDraft, price: () => Promise<PriceFields>): Promise<Placed> {
  const now = deps.clock.now();
  const key = values.idempotencyKey ?? null;
  const wanted = fingerprint(values);
  // A retry with a coupon must find its first order before pricing: the coupon is used by then and
  // pricing would refuse it. Without one, the insert's conflict finds the first order: one statement
  // fewer on every first placement; a retry whose pricing fails still answers with its first order.
  if (key && values.couponHoldingId) {
    const prior = await existingByKey(deps.db, values.buyerId, key, wanted);
    if (prior) return prior;
  }
  const fields = await price().catch(async (err: unknown) => {
    const prior = key ? await existingByKey(deps.db, values.buyerId, key, wanted) : null;
    if (prior) return prior;
    throw err;
  });
  if ('orderId' in fields) return fields;
  const row: NewOrder = { ...values, ...fields, id: orderedId('ord', now), status: 'unpaid', createdAt: now };
  // an order with nothing else to write is one statement, atomic without a transaction around it
  const alone = !fields.couponHoldingId && fields.paidFen !== 0;
  const inserted: NewOrderRow | undefined = await (
    alone
      ? insertPlacedOrder(deps.db, row)
      : deps.db.transaction(async (tx) => {
          const placed = await insertPlacedOrder(tx, row);
          if (!placed) return placed;
          if (fields.couponHoldingId) await redeemCoupon(tx, fields.couponHoldingId, values.buyerId, placed.id, now);
          if (placed.paidFen === 0) await markOrderPaid(tx, placed.id, now);
          return placed;
        })
  ).catch((err: unknown) => {
    // a trial placed by a racing request (another idempotency key) got there first
    if (isUniqueViolation(err, 'orders_one_trial_uq')) throw new DomainError('trial_already_used', 'one trial per buyer and product');
    throw err;
  });
  // alone, nothing but this statement wrote the order: no payment, no instance yet
  if (inserted) return alone ? { orderId: inserted.id, created: true, detail: newOrderDetail(inserted) } : { orderId: inserted.id, created: true };
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

/**
 * A purchase the checkout prices (guide 2.9/2.10): a new one, a renewal, an upgrade or a
 * trial's conversion (a conversion is a purchase: scenario new). Placement and the quote
 * resolve it the same way, so the quote is what placement then stores.
 */
export interface PricedPurchase {
  r: ResolvedPurchase;
  type: 'new' | 'renew' | 'upgrade' | 'trial_to_paid';
  scenario: PromotionScenario;
  instanceId: string | null;
  /** null for an upgrade: its charge is prorated, not a term of its own */
  term: { unit: PurchaseUnit; duration: number } | null;
  quantity: number;
  /** one unit's list price; an upgrade's is its prorated charge */
  unitListFen: number;
}

/** A purchase without promotions: a trial or a postpaid spec. */
export interface FreePurchase {
  r: ResolvedPurchase;
  trial: boolean;
}

export interface PromotionChoice {
  client: Client;
  /** undefined/null: no coupon (placement never picks one the buyer did not choose) */
  couponHoldingId?: string | null | undefined;
}

/** The checkout price of a purchase for this buyer; coupon 'best' preselects (the quote only). */
export function priceOf(
  deps: D,
  buyerId: string,
  p: PricedPurchase,
  client: Client,
  coupon: { holdingId: string } | 'best' | null,
  quoting = false,
): Promise<CheckoutPrice> {
  return priceCheckout(deps, {
    listCoupons: quoting,
    buyerId,
    sellerId: p.r.product.sellerId,
    productId: p.r.product.id,
    specId: p.r.spec.id,
    term: p.term,
    quantity: p.quantity,
    scenario: p.scenario,
    client,
    unitListFen: p.unitListFen,
    coupon,
    now: deps.clock.now(),
  });
}

function placePriced(
  deps: D,
  buyerId: string,
  idempotencyKey: string | null,
  p: PricedPurchase,
  c: PromotionChoice,
  extra: Partial<OrderDraft> = {},
): Promise<Placed> {
  const holdingId = c.couponHoldingId ?? null;
  return insertOrder(
    deps,
    {
      ...snapshot(p.r),
      ...extra,
      buyerId,
      idempotencyKey,
      type: p.type,
      targetInstanceId: p.instanceId,
      quantity: p.quantity,
      durationUnit: p.term?.unit ?? null,
      duration: p.term?.duration ?? null,
      couponHoldingId: holdingId,
    },
    async () => priceFields(await priceOf(deps, buyerId, p, c.client, holdingId ? { holdingId } : null)),
  );
}

/** Trials and postpaid specs take no promotions: a coupon named for one does not apply. */
function refuseCoupon(c: PromotionChoice): void {
  if (c.couponHoldingId) throw new DomainError('coupon_not_applicable', 'this order takes no coupon', { couponHoldingId: c.couponHoldingId });
}

/** Which purchase this is: a trial spec makes a trial order, any other spec a new one. */
async function resolveNew(deps: Kept, b: Pick<PlaceOrderBody, 'productId' | 'specId' | 'unit' | 'duration'>): Promise<{ r: ResolvedPurchase; trial: boolean }> {
  const base = { productId: b.productId, specId: b.specId };
  try {
    return { r: await resolvePurchaseKept(deps, { ...base, unit: b.unit, duration: b.duration, purpose: 'new' }), trial: false };
  } catch (err) {
    // the catalog refuses a trial spec as a new purchase: it is the trial it is for
    if (!(err instanceof DomainError) || err.code !== 'spec_not_orderable') throw err;
    const asTrial = await resolvePurchaseKept(deps, { ...base, purpose: 'trial' }).catch(() => null);
    if (!asTrial) throw err;
    return { r: asTrial, trial: true };
  }
}

/** A new purchase: priced, or free (a trial spec, a postpaid spec). */
export async function newPurchase(
  deps: Kept,
  b: Pick<PlaceOrderBody, 'productId' | 'specId' | 'unit' | 'duration' | 'quantity'>,
): Promise<{ priced: PricedPurchase } | { free: FreePurchase }> {
  const { r, trial } = await resolveNew(deps, b);
  if (trial || r.priceFen === null) return { free: { r, trial } };
  if (!b.unit || !b.duration) throw new DomainError('validation_failed', 'unit and duration are required for this spec');
  orderAmountFen(r.priceFen, b.quantity);
  return {
    priced: {
      r,
      type: 'new',
      scenario: 'new',
      instanceId: null,
      term: { unit: b.unit, duration: b.duration },
      quantity: b.quantity,
      unitListFen: r.priceFen,
    },
  };
}

export async function placeOrder(deps: D, buyerId: string, idempotencyKey: string, b: PlaceOrderBody): Promise<Placed> {
  const purchase = await newPurchase(deps, b);
  const extra = { remark: b.remark || null, showContact: b.showContact ? ('yes' as const) : ('no' as const) };
  if ('priced' in purchase) {
    // 分销订单 (guide 2.3): only a new prepaid purchase can come through a reseller's link; the rate
    // is the product's as of now. Renewals, upgrades and conversions take no code (their bodies
    // have none), trials and postpaid activations pay nothing to share.
    const referral = b.referralCode ? await resolveReferral(deps.db, { code: b.referralCode, productId: purchase.priced.r.product.id, buyerId }) : null;
    const distribution = referral ? { resellerId: referral.resellerId, distributionRatePct: referral.ratePct } : {};
    return placePriced(deps, buyerId, idempotencyKey, purchase.priced, b, { ...extra, ...distribution });
  }
  refuseCoupon(b);
  const { r, trial } = purchase.free;
  const common = { ...snapshot(r), ...extra, buyerId, idempotencyKey, couponHoldingId: null };
  if (trial) {
    if (!r.spec.trialDays || r.spec.trialDays < 1) throw new DomainError('trial_not_offered', 'the trial spec has no trial period');
    const [used] = await deps.db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.buyerId, buyerId), eq(orders.productId, r.product.id), eq(orders.type, 'trial'), inArray(orders.status, ['unpaid', 'paid'])))
      .limit(1);
    if (used && !(await sameKey(deps.db, used.id, idempotencyKey))) throw new DomainError('trial_already_used', 'one trial per buyer and product');
    return insertOrder(deps, { ...common, type: 'trial', quantity: 1, durationUnit: 'day', duration: r.spec.trialDays }, () => Promise.resolve(unpriced(0)));
  }
  // postpaid: no term and nothing to pay now; usage is billed monthly
  return insertOrder(deps, { ...common, type: 'new', quantity: b.quantity, durationUnit: null, duration: null }, () => Promise.resolve(unpriced(0)));
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

/** A renewal of an instance the buyer holds (404 for anyone else's). */
export async function renewPurchase(db: Db, buyerId: string, instanceId: string, b: Pick<RenewBody, 'unit' | 'duration'>): Promise<PricedPurchase> {
  const inst = await buyerInstance(db, buyerId, instanceId);
  assertInstanceAccepts('renew', inst.status);
  if (inst.trial === 'yes') throw new DomainError('trial_must_convert', 'a trial is converted, not renewed');
  const { r, priceFen } = await pricedTerm(db, { productId: inst.productId, specId: inst.specId, unit: b.unit, duration: b.duration, purpose: 'renew' });
  return { r, type: 'renew', scenario: 'renew', instanceId: inst.id, term: { unit: b.unit, duration: b.duration }, quantity: 1, unitListFen: priceFen };
}

export async function renewInstance(deps: D, buyerId: string, instanceId: string, b: RenewBody, idempotencyKey?: string): Promise<Placed> {
  const p = await renewPurchase(deps.db, buyerId, instanceId, b);
  return placePriced(deps, buyerId, idempotencyKey ?? null, p, b);
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

/** A spec change, prorated to the current expiry: one unit whose list price is the charge. */
export async function upgradePurchase(deps: D, buyerId: string, instanceId: string, specId: string): Promise<PricedPurchase> {
  const inst = await buyerInstance(deps.db, buyerId, instanceId);
  assertInstanceAccepts('upgrade', inst.status);
  if (inst.trial === 'yes') throw new DomainError('trial_must_convert', 'convert the trial to a paid spec instead');
  if (specId === inst.specId) throw new DomainError('validation_failed', 'the instance already has this spec');
  if (!inst.expiresAt) throw new DomainError('instance_without_term', 'the instance has no term to prorate');
  // the current spec is priced as if renewed (it may be hidden by now), the new one as an upgrade
  const from = await monthlyPrice(deps.db, inst.productId, inst.specId, 'renew');
  const to = await monthlyPrice(deps.db, inst.productId, specId, 'upgrade');
  const charge = upgradeChargeFen(from.m, to.m, remainingDays(inst.expiresAt, deps.clock.now()));
  return { r: to.r, type: 'upgrade', scenario: 'upgrade', instanceId: inst.id, term: null, quantity: 1, unitListFen: charge };
}

export async function upgradeInstance(deps: D, buyerId: string, instanceId: string, b: UpgradeBody, idempotencyKey?: string): Promise<Placed> {
  const p = await upgradePurchase(deps, buyerId, instanceId, b.specId);
  return placePriced(deps, buyerId, idempotencyKey ?? null, p, b);
}

/** A trial's conversion to a paid spec: a purchase like a new one (scenario new). */
export async function convertPurchase(
  db: Db,
  buyerId: string,
  instanceId: string,
  b: Pick<ConvertBody, 'specId' | 'unit' | 'duration'>,
): Promise<PricedPurchase> {
  const inst = await buyerInstance(db, buyerId, instanceId);
  if (inst.trial !== 'yes') throw new DomainError('instance_not_trial', 'only a trial instance can be converted');
  assertInstanceAccepts('convert', inst.status);
  const { r, priceFen } = await pricedTerm(db, { productId: inst.productId, specId: b.specId, unit: b.unit, duration: b.duration, purpose: 'trial_to_paid' });
  return { r, type: 'trial_to_paid', scenario: 'new', instanceId: inst.id, term: { unit: b.unit, duration: b.duration }, quantity: 1, unitListFen: priceFen };
}

export async function convertTrial(deps: D, buyerId: string, instanceId: string, b: ConvertBody, idempotencyKey?: string): Promise<Placed> {
  const p = await convertPurchase(deps.db, buyerId, instanceId, b);
  return placePriced(deps, buyerId, idempotencyKey ?? null, p, b);
}
