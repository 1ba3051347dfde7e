import { instanceStatuses, type DurationUnit } from '@cloudmart/contracts';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { preparedFor } from '../../platform/db/prepared.js';
import { isoOrNull, timestamptzPlaceholder } from '../../platform/db/timestamptz.js';
import { newId } from '../../platform/ids.js';
import { emit, emitAll, emitStep, emitStepPrepared, emitStepValues, type PendingEvent } from '../../platform/outbox.js';
import { productTypesOf, type ProductType } from './catalog-port.js';
import { canMoveInstance, instanceAccepts, liveStatusFor, type InstanceAction } from './instance-status.js';
import {
  INSTANCE_CLOSED,
  INSTANCE_IN_SERVICE,
  INSTANCE_PROVISION,
  type InstanceClosed,
  type InstanceInService,
  type InstanceProvision,
  type SpiAction,
} from './orders.events.js';
import { orderInstances, orders, instances } from './orders.tables.js';
import { addDuration, renewedExpiry } from './pricing.js';

type OrderRow = typeof orders.$inferSelect;
type InstanceRow = typeof instances.$inferSelect;

export async function emitProvision(tx: Db, at: Date, instanceId: string, orderId: string | null, action: SpiAction): Promise<void> {
  const e = provisionEvent(instanceId, orderId, action);
  await emit(tx, at, e.topic, e.payload);
}

function provisionEvent(instanceId: string, orderId: string | null, action: SpiAction): PendingEvent {
  const payload: InstanceProvision = { instanceId, orderId, action };
  return { topic: INSTANCE_PROVISION, payload };
}

function inServiceEvent(payload: InstanceInService): PendingEvent {
  return { topic: INSTANCE_IN_SERVICE, payload };
}

async function productTypeOf(tx: Db, productId: string | null): Promise<ProductType | null> {
  if (!productId) return null;
  return (await productTypesOf(tx, [productId])).get(productId) ?? null;
}

/**
 * What a paid order does to instances, inside the payment's transaction, and the writing of its
 * events: those this asks for (SPI calls, service flows), then `paid` (ORDER_PAID), in id order.
 * `type` is its product's type (null: the product is gone). A new or trial order's instances,
 * their links and every event are one statement. Returns false when the target instance no longer
 * accepts the order (for example it was closed while the order waited): the money is kept on the
 * paid order for the refunds work to return, and nothing else changes.
 */
export async function applyPaidOrder(tx: Db, order: OrderRow, type: ProductType | null, at: Date, paid: PendingEvent): Promise<boolean> {
  if (type && order.productId && order.specId && (order.type === 'new' || order.type === 'trial')) {
    await createInstances(tx, order, type, at, paid);
    return true;
  }
  const events: PendingEvent[] = [];
  const applied = await applyToTarget(tx, order, type, at, events);
  await emitAll(tx, at, [...events, paid]);
  return applied;
}

async function applyToTarget(tx: Db, order: OrderRow, type: ProductType | null, at: Date, events: PendingEvent[]): Promise<boolean> {
  if (!type || !order.productId || !order.specId) return false;
  switch (order.type) {
    case 'renew':
      return actOnTarget(tx, order, type, at, 'renew', events);
    case 'upgrade':
      return actOnTarget(tx, order, type, at, 'upgrade', events);
    case 'trial_to_paid':
      return actOnTarget(tx, order, type, at, 'convert', events);
    case 'new':
    case 'trial':
    case 'refund':
      return false;
  }
}

/**
 * Orders of up to this many instances have their instances-and-events statement prepared, one for
 * each quantity and each number of events per instance (platform/db/prepared.ts): every paid new
 * order runs it, and drizzle took 140 µs and more to build it each time. Larger orders are rare
 * and build it on the spot.
 */
const PREPARED_QUANTITY = 3;

function buildCreateInstances(db: Db, quantity: number, eventsPerInstance: 0 | 1) {
  const rows = Array.from({ length: quantity }, (_, i) => ({
    id: sql.placeholder(`ins${i}_id`),
    sellerId: sql.placeholder('sellerId'),
    buyerId: sql.placeholder('buyerId'),
    productId: sql.placeholder('productId'),
    specId: sql.placeholder('specId'),
    productName: sql.placeholder('productName'),
    specName: sql.placeholder('specName'),
    status: sql.placeholder('status'),
    trial: sql.placeholder('trial'),
    openedAt: timestamptzPlaceholder('openedAt'),
    expiresAt: timestamptzPlaceholder('expiresAt'),
    createdAt: timestamptzPlaceholder('createdAt'),
  }));
  const created = db.$with('created').as(db.insert(instances).values(rows).returning({ id: instances.id }));
  return db
    .with(created, emitStepPrepared(db, quantity * eventsPerInstance + 1))
    .insert(orderInstances)
    .values(rows.map((r) => ({ orderId: sql.placeholder('orderId'), instanceId: r.id })))
    .prepare(`create_instances_${quantity}_${eventsPerInstance}`);
}

const createInstancesStatements = new Map<string, (db: Db) => ReturnType<typeof buildCreateInstances>>();

function createInstancesQuery(quantity: number, eventsPerInstance: 0 | 1) {
  const key = `${quantity}_${eventsPerInstance}`;
  let statement = createInstancesStatements.get(key);
  if (!statement) {
    statement = preparedFor((db) => buildCreateInstances(db, quantity, eventsPerInstance));
    createInstancesStatements.set(key, statement);
  }
  return statement;
}

async function createInstances(tx: Db, order: OrderRow, type: ProductType, at: Date, paid: PendingEvent): Promise<void> {
  const term = order.durationUnit && order.duration ? { unit: order.durationUnit, n: order.duration } : null;
  // SaaS instances wait for the seller's SPI answer; their term starts when they open
  const opensNow = type !== 'saas';
  const rows = Array.from({ length: order.quantity }, () => ({
    id: newId('ins', at),
    sellerId: order.sellerId,
    buyerId: order.buyerId,
    productId: order.productId ?? '',
    specId: order.specId ?? '',
    productName: order.productName,
    specName: order.specName,
    status: opensNow ? liveStatusFor(type) : ('opening' as const),
    trial: order.type === 'trial' ? ('yes' as const) : ('no' as const),
    openedAt: opensNow ? at : null,
    expiresAt: opensNow && term ? addDuration(at, term.unit, term.n) : null,
    createdAt: at,
  }));
  const events: PendingEvent[] = [];
  for (const r of rows) {
    if (type === 'saas') events.push(provisionEvent(r.id, order.id, 'createInstance'));
    if (type === 'service')
      events.push(inServiceEvent({ instanceId: r.id, orderId: order.id, productId: r.productId, sellerId: r.sellerId, buyerId: r.buyerId }));
  }
  // the instances, their links to the order and the events in one statement (a data-modifying WITH runs whether or not it is read)
  const perInstance = events.length === rows.length ? 1 : events.length === 0 ? 0 : null;
  const first = rows[0];
  if (first && perInstance !== null && rows.length <= PREPARED_QUANTITY) {
    const values: Record<string, unknown> = {
      ...first,
      openedAt: isoOrNull(first.openedAt),
      expiresAt: isoOrNull(first.expiresAt),
      createdAt: at.toISOString(),
      orderId: order.id,
      ...emitStepValues(at, [...events, paid]),
    };
    rows.forEach((r, i) => (values[`ins${i}_id`] = r.id));
    await createInstancesQuery(rows.length, perInstance)(tx).execute(values);
    return;
  }
  const created = tx.$with('created').as(tx.insert(instances).values(rows).returning({ id: instances.id }));
  await tx
    .with(created, emitStep(tx, at, [...events, paid]))
    .insert(orderInstances)
    .values(rows.map((r) => ({ orderId: order.id, instanceId: r.id })));
}

async function actOnTarget(tx: Db, order: OrderRow, type: ProductType, at: Date, action: InstanceAction, events: PendingEvent[]): Promise<boolean> {
  if (!order.targetInstanceId) return false;
  const [inst] = await tx.select().from(instances).where(eq(instances.id, order.targetInstanceId)).for('update');
  if (!inst || !instanceAccepts(action, inst.status)) return false;
  const revived = inst.status === 'expired' ? liveStatusFor(type) : inst.status;
  const term = order.durationUnit && order.duration ? { unit: order.durationUnit, n: order.duration } : null;
  let set: Partial<InstanceRow>;
  let spi: SpiAction;
  if (action === 'renew') {
    if (!term) return false;
    set = { expiresAt: renewedExpiry(inst.expiresAt, at, term.unit, term.n), status: revived };
    spi = 'renewInstance';
  } else if (action === 'upgrade') {
    // the expiry stays: the proration charged only for the days left
    set = { specId: order.specId ?? inst.specId, specName: order.specName };
    spi = 'upgradeInstance';
  } else {
    if (!term) return false;
    set = { specId: order.specId ?? inst.specId, specName: order.specName, trial: 'no', expiresAt: addDuration(at, term.unit, term.n), status: revived };
    // a converted SaaS trial changes spec and term: the seller learns both from an upgrade
    spi = 'upgradeInstance';
  }
  await tx.update(instances).set(set).where(eq(instances.id, inst.id));
  await tx.insert(orderInstances).values({ orderId: order.id, instanceId: inst.id }).onConflictDoNothing();
  if (type === 'saas') events.push(provisionEvent(inst.id, order.id, spi));
  if (type === 'service' && inst.status === 'expired') {
    events.push(inServiceEvent({ instanceId: inst.id, orderId: order.id, productId: inst.productId, sellerId: inst.sellerId, buyerId: inst.buyerId }));
  }
  return true;
}

export interface OpenedInstance {
  instanceId: string;
  externalId: string;
  appInfo: Record<string, string>;
  at: Date;
  /** the instance's term (instanceTerm), when the caller read it with the instance; read here otherwise */
  term?: InstanceTerm | null;
}

export interface InstanceTerm {
  unit: DurationUnit;
  n: number;
}

/**
 * The term an instance's first order bought (new or trial: the ordered duration), as a lateral
 * subquery on `instances`: `.leftJoinLateral(term, sql\`true\`)` with `term.unit` and `term.n`.
 * The term of an order never changes, so it may be read before the instance is opened.
 */
export function instanceTerm(db: Db) {
  return db
    .select({ unit: orders.durationUnit, n: orders.duration })
    .from(orderInstances)
    .innerJoin(orders, eq(orders.id, orderInstances.orderId))
    .where(and(eq(orderInstances.instanceId, instances.id), inArray(orders.type, ['new', 'trial'])))
    .orderBy(desc(orders.createdAt))
    .limit(1)
    .as('term');
}

/**
 * Called by provisioning once the seller's SPI endpoint answered createInstance. Opens an
 * instance that is still `opening` and starts its term (the ordered duration from now, unless
 * it has an expiry already); returns false for any other state, so a repeated answer changes
 * nothing. One conditional statement when the caller read the term (provisioning does, with the
 * call: issue 17 item 10); only from opening: an expired instance reopens by renewal, never by a
 * late SPI answer.
 */
export async function markInstanceOpened(tx: Db, o: OpenedInstance): Promise<boolean> {
  const term = o.term !== undefined ? o.term : await termOf(tx, o.instanceId);
  const opened = await markOpenedQuery(tx).execute(openInstanceValues({ ...o, term }));
  return opened.length > 0;
}

const markOpenedQuery = preparedFor((db) => {
  const opened = openInstanceStep(db, sql`true`);
  return db.with(opened).select({ id: opened.id }).from(opened).prepare('mark_instance_opened');
});

/**
 * markInstanceOpened as a step of another module's statement (a data-modifying WITH, named
 * `opened`), for the module that learns the instance is open: provisioning records the SPI answer
 * and opens the instance in one statement, no transaction around it (issue 17 item 10). `when`
 * is that statement's own condition (its claim on the call held); the instance opens only if it
 * holds. The SQL that writes `instances` stays here, in the module that owns them. The step is
 * written for a prepared statement (platform/db/prepared.ts): its values are placeholders, given
 * by `openInstanceValues` when the statement runs.
 */
export function openInstanceStep(db: Db, when: SQL) {
  return db.$with('opened').as(
    db
      .update(instances)
      .set({
        status: 'opened',
        openedAt: timestamptzPlaceholder('openedAt'),
        expiresAt: sql`coalesce(${instances.expiresAt}, ${timestamptzPlaceholder('termEndsAt')})`,
        externalId: sql<string>`${sql.placeholder('externalId')}::text`,
        appInfo: sql<Record<string, string>>`${sql.placeholder('appInfo')}::jsonb`,
      })
      .where(and(eq(instances.id, sql.placeholder('openedInstanceId')), eq(instances.status, 'opening'), when))
      .returning({ id: instances.id }),
  );
}

/** The values of openInstanceStep's placeholders: opening → opened with the SPI's answer, the term starting now unless the instance has an expiry. */
export function openInstanceValues(o: OpenedInstance & { term: InstanceTerm | null }) {
  return {
    openedInstanceId: o.instanceId,
    openedAt: o.at.toISOString(),
    termEndsAt: isoOrNull(o.term ? addDuration(o.at, o.term.unit, o.term.n) : null),
    externalId: o.externalId,
    appInfo: JSON.stringify(o.appInfo),
  };
}

async function termOf(db: Db, instanceId: string): Promise<InstanceTerm | null> {
  const term = instanceTerm(db);
  const [row] = await db
    .select({ unit: term.unit, n: term.n })
    .from(instances)
    .leftJoinLateral(term, sql`true`)
    .where(eq(instances.id, instanceId));
  return termFrom(row?.unit, row?.n);
}

/** The term read through instanceTerm (unit and duration, null from a left join without an order), or null. */
export function termFrom(unit: DurationUnit | null | undefined, n: number | null | undefined): InstanceTerm | null {
  return unit && n ? { unit, n } : null;
}

/**
 * Called by the delivery center when a service instance's project ends (completed, or
 * cancelled by the operator): the service flow is over, so the instance leaves in_service for
 * opened (instance-status.ts says why). Only an instance still in_service moves; a replay, or
 * an instance already expired or closed (a release cancels its project too), changes nothing.
 */
export async function endServiceFlow(tx: Db, instanceId: string | null): Promise<boolean> {
  if (!instanceId) return false;
  const moved = await tx
    .update(instances)
    .set({ status: 'opened' })
    .where(and(eq(instances.id, instanceId), eq(instances.status, 'in_service')))
    .returning({ id: instances.id });
  return moved.length > 0;
}

const closable = instanceStatuses.filter((s) => canMoveInstance(s, 'closed'));

/** Close an instance at once (refund with release). SaaS sellers are asked to release it. Idempotent. */
export async function releaseInstance(tx: Db, instanceId: string, at: Date): Promise<boolean> {
  const [closed] = await tx
    .update(instances)
    .set({ status: 'closed', closedAt: at })
    .where(and(eq(instances.id, instanceId), inArray(instances.status, closable)))
    .returning({ id: instances.id, productId: instances.productId });
  if (!closed) return false;
  if ((await productTypeOf(tx, closed.productId)) === 'saas') await emitProvision(tx, at, closed.id, null, 'releaseInstance');
  await emit(tx, at, INSTANCE_CLOSED, { instanceId: closed.id, productId: closed.productId, closedAt: at.toISOString() } satisfies InstanceClosed);
  return true;
}
