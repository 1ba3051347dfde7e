import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.js';
import { preparedFor } from '../../platform/db/prepared.js';
import { isoOrNull, timestamptzPlaceholder } from '../../platform/db/timestamptz.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { emit } from '../../platform/outbox.js';
import { users } from '../accounts/index.js';
import { products } from '../catalog/index.js';
import {
  instanceProvisionPayload,
  instances,
  instanceTerm,
  openInstanceStep,
  openInstanceValues,
  termFrom,
  type InstanceProvision,
  type InstanceTerm,
} from '../orders/index.js';
import { spiAttempts, spiCalls } from './provisioning.tables.js';
import { callSpi, type SpiOutcome } from './spi-client.js';
import { appInfoRecord, createInstanceReplySchema, type SpiRequest } from './spi-protocol.js';
import { CLAIM_LEASE_MS, afterAttempt, retryableStatuses, type SpiCallStatus } from './spi-retry.js';

/** Emitted by the retry sweep, one per claimed call: the attempt itself runs after commit. */
export const SPI_ATTEMPT = 'provisioning.attempt';
export const spiAttemptPayload = z.object({ callId: z.string(), leaseUntil: z.iso.datetime() });

export interface Claim {
  callId: string;
  leaseUntil: Date;
}

const SWEEP_BATCH = 50;

/**
 * Reserve calls for an attempt: a pending call that is due gets its nextAttemptAt pushed to
 * the end of a lease, so neither the sweep nor a redelivered event picks it up meanwhile.
 * The lease value doubles as the claim token checked when the attempt is recorded.
 */
async function claimDue(tx: Db, now: Date, ids: string[] | null): Promise<Claim[]> {
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  const due = tx
    .select({ id: spiCalls.id })
    .from(spiCalls)
    .where(and(eq(spiCalls.status, 'pending'), lte(spiCalls.nextAttemptAt, now), ids ? inArray(spiCalls.id, ids) : undefined))
    .orderBy(asc(spiCalls.nextAttemptAt))
    .limit(ids ? ids.length : SWEEP_BATCH)
    .for('update', { skipLocked: true });
  const rows = await tx.update(spiCalls).set({ nextAttemptAt: leaseUntil }).where(inArray(spiCalls.id, due)).returning({ id: spiCalls.id });
  return rows.map((r) => ({ callId: r.id, leaseUntil }));
}

/**
 * Outbox handler of instance.provision. Idempotent: one call row per (instance, order,
 * action), held by the unique `spi_calls_once`; a redelivered event only re-attempts a call
 * that is due. The first delivery writes the call, claimed, in one statement (the instance's
 * seller and product read in the same INSERT). Endpoint failures are recorded on the call,
 * never thrown, so the outbox does not retry on top of the call's own backoff.
 */
export async function handleInstanceProvision(deps: Deps, raw: unknown): Promise<void> {
  const p = instanceProvisionPayload.parse(raw);
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  const created = await createCall(deps.db, p, now, leaseUntil);
  if (created) return runAttempt(deps, { callId: created.call.id, leaseUntil }, created);
  // delivered before (or the instance is gone): re-attempt the call if it is due
  const [existing] = await deps.db
    .select({ id: spiCalls.id })
    .from(spiCalls)
    .where(and(eq(spiCalls.instanceId, p.instanceId), eq(spiCalls.action, p.action), p.orderId ? eq(spiCalls.orderId, p.orderId) : isNull(spiCalls.orderId)));
  const claim = existing ? ((await claimDue(deps.db, now, [existing.id]))[0] ?? null) : null;
  if (claim) await runAttempt(deps, claim);
}

/**
 * The first delivery's call, written claimed, and what its attempt sends, in one statement: the
 * instance with its product, buyer and term is read once (`src`), the call inserted from it, and
 * the context returned (it was an insert, then the context read back). Null when the call exists
 * already or the instance is gone.
 */
// every paid SaaS order's first delivery runs it: prepared (platform/db/prepared.ts); its SQL
// took drizzle 250 µs to build on every call
const createCallQuery = preparedFor((db) => {
  const term = instanceTerm(db);
  const src = db.$with('src').as(
    db
      .select({
        instanceId: instances.id,
        sellerId: instances.sellerId,
        productId: instances.productId,
        externalId: instances.externalId,
        specName: instances.specName,
        expiresAt: instances.expiresAt,
        trial: instances.trial,
        code: products.code,
        spiUrl: products.spiUrl,
        spiSecret: products.spiSecret,
        spiMode: products.spiMode,
        uid: users.uid,
        loginName: users.loginName,
        unit: term.unit,
        n: term.n,
      })
      .from(instances)
      .innerJoin(products, eq(products.id, instances.productId))
      .innerJoin(users, eq(users.id, instances.buyerId))
      .leftJoinLateral(term, sql`true`)
      .where(eq(instances.id, sql.placeholder('instanceId'))),
  );
  const created = db.$with('created').as(
    db
      .insert(spiCalls)
      .select(
        db
          .select({
            id: sql<string>`${sql.placeholder('id')}::text`.as('id'),
            sellerId: src.sellerId,
            productId: src.productId,
            instanceId: src.instanceId,
            orderId: sql<string | null>`${sql.placeholder('orderId')}::text`.as('order_id'),
            action: sql<SpiRequest['action']>`${sql.placeholder('action')}::text`.as('action'),
            status: sql<'pending'>`'pending'`.as('status'),
            attempts: sql<number>`0`.as('attempts'),
            nextAttemptAt: sql<Date>`${timestamptzPlaceholder('leaseUntil')}`.as('next_attempt_at'),
            lastError: sql<null>`null`.as('last_error'),
            createdAt: sql<Date>`${timestamptzPlaceholder('now')}`.as('created_at'),
            completedAt: sql<null>`null::timestamptz`.as('completed_at'),
          })
          .from(src),
      )
      .onConflictDoNothing()
      .returning({ id: spiCalls.id }),
  );
  return db
    .with(src, created)
    .select({ callId: created.id, src: { ...src._.selectedFields } })
    .from(created)
    .innerJoin(src, sql`true`)
    .prepare('spi_create_call');
});

async function createCall(db: Db, p: InstanceProvision, now: Date, leaseUntil: Date): Promise<CallContext | null> {
  const [row] = await createCallQuery(db).execute({
    instanceId: p.instanceId,
    id: newId('spi', now),
    orderId: p.orderId,
    action: p.action,
    leaseUntil: leaseUntil.toISOString(),
    now: now.toISOString(),
  });
  if (!row) return null;
  const r = row.src;
  return {
    call: { id: row.callId, action: p.action, status: 'pending', attempts: 0, nextAttemptAt: leaseUntil, orderId: p.orderId },
    instance: { id: r.instanceId, externalId: r.externalId, specName: r.specName, expiresAt: r.expiresAt, trial: r.trial },
    product: { code: r.code, spiUrl: r.spiUrl, spiSecret: r.spiSecret, spiMode: r.spiMode },
    buyer: { uid: r.uid, loginName: r.loginName },
    term: termFrom(r.unit, r.n),
  };
}

/** Sweep body: claim every due call in the sweep's transaction; the attempts run from the outbox after commit. */
export async function claimDueCalls(tx: Db, now: Date): Promise<number> {
  const claims = await claimDue(tx, now, null);
  for (const c of claims) await emit(tx, now, SPI_ATTEMPT, { callId: c.callId, leaseUntil: c.leaseUntil.toISOString() });
  return claims.length;
}

export async function handleSpiAttempt(deps: Deps, raw: unknown): Promise<void> {
  const p = spiAttemptPayload.parse(raw);
  await runAttempt(deps, { callId: p.callId, leaseUntil: new Date(p.leaseUntil) });
}

/** "Retry now": a pending or failed call is attempted at once, in the request (outside any transaction). */
export async function retryCallNow(deps: Deps, sellerId: string, callId: string): Promise<void> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  const [row] = await deps.db
    .update(spiCalls)
    .set({ status: 'pending', nextAttemptAt: leaseUntil, completedAt: null })
    .where(and(eq(spiCalls.id, callId), eq(spiCalls.sellerId, sellerId), inArray(spiCalls.status, [...retryableStatuses])))
    .returning({ id: spiCalls.id });
  if (!row) {
    const [exists] = await deps.db
      .select({ status: spiCalls.status })
      .from(spiCalls)
      .where(and(eq(spiCalls.id, callId), eq(spiCalls.sellerId, sellerId)));
    if (!exists) throw notFound('SPI call');
    throw new DomainError('spi_call_already_succeeded', 'the call already succeeded');
  }
  await runAttempt(deps, { callId, leaseUntil });
}

async function loadContext(db: Db, callId: string) {
  // the instance's term too, so a createInstance answer opens it in one statement (markInstanceOpened)
  const term = instanceTerm(db);
  const [row] = await db
    .select({
      call: {
        id: spiCalls.id,
        action: spiCalls.action,
        status: spiCalls.status,
        attempts: spiCalls.attempts,
        nextAttemptAt: spiCalls.nextAttemptAt,
        orderId: spiCalls.orderId,
      },
      instance: { id: instances.id, externalId: instances.externalId, specName: instances.specName, expiresAt: instances.expiresAt, trial: instances.trial },
      product: { code: products.code, spiUrl: products.spiUrl, spiSecret: products.spiSecret, spiMode: products.spiMode },
      buyer: { uid: users.uid, loginName: users.loginName },
      term: { unit: term.unit, n: term.n },
    })
    .from(spiCalls)
    .innerJoin(instances, eq(instances.id, spiCalls.instanceId))
    .innerJoin(products, eq(products.id, spiCalls.productId))
    .innerJoin(users, eq(users.id, instances.buyerId))
    .leftJoinLateral(term, sql`true`)
    .where(eq(spiCalls.id, callId));
  return row ? { ...row, term: termFrom(row.term?.unit, row.term?.n) } : null;
}

/** One attempt of a claimed call: the HTTP request outside any transaction, then one short transaction to record it. */
type CallContext = NonNullable<Awaited<ReturnType<typeof loadContext>>>;

/** `known`: the context as the call's creation returned it (createCall), else it is read. */
export async function runAttempt(deps: Deps, claim: Claim, known?: CallContext): Promise<void> {
  const ctx = known ?? (await loadContext(deps.db, claim.callId));
  if (!ctx || ctx.call.status !== 'pending' || ctx.call.nextAttemptAt?.getTime() !== claim.leaseUntil.getTime()) return;
  const sentAt = deps.clock.now();
  const payload: SpiRequest = {
    action: ctx.call.action,
    requestId: ctx.call.id,
    instanceId: ctx.instance.id,
    externalId: ctx.instance.externalId,
    orderId: ctx.call.orderId,
    productCode: ctx.product.code,
    specName: ctx.instance.specName,
    buyer: { uid: ctx.buyer.uid, loginName: ctx.buyer.loginName },
    trial: ctx.instance.trial === 'yes',
    expiresAt: ctx.instance.expiresAt?.toISOString() ?? null,
  };
  const outcome: SpiOutcome =
    ctx.product.spiUrl && ctx.product.spiSecret
      ? await callSpi({
          url: ctx.product.spiUrl,
          secret: ctx.product.spiSecret,
          mode: ctx.product.spiMode,
          payload,
          unixSeconds: Math.floor(sentAt.getTime() / 1000),
        })
      : {
          ok: false,
          httpStatus: null,
          durationMs: 0,
          error: 'SPI endpoint not configured (set its URL and secret on the product)',
          responseBody: null,
          reply: null,
        };
  await recordAttempt(deps, claim, ctx.call.attempts, ctx.call.action, { id: ctx.instance.id, term: ctx.term }, outcome);
}

/**
 * The attempt, the call's new state and, when createInstance succeeded, the opened instance in
 * one statement, atomic on its own with no transaction around it (issue 17 item 10: a failed
 * attempt was four statements and a success seven; each is one). Prepared, one for each shape
 * (platform/db/prepared.ts).
 */
function attemptSteps(db: Db) {
  const attempt = db.$with('attempt').as(
    db
      .insert(spiAttempts)
      .values({
        id: sql.placeholder('id'),
        callId: sql.placeholder('callId'),
        at: sql.placeholder('at'),
        httpStatus: sql.placeholder('httpStatus'),
        durationMs: sql.placeholder('durationMs'),
        error: sql.placeholder('error'),
        responseBody: sql.placeholder('responseBody'),
      })
      .returning({ id: spiAttempts.id }),
  );
  // the claim token: a "retry now" that took the call over in the meantime owns its state
  const mine = db.$with('mine').as(
    db
      .update(spiCalls)
      .set({
        status: sql<SpiCallStatus>`${sql.placeholder('status')}::text`,
        attempts: sql<number>`${sql.placeholder('attempts')}::int`,
        nextAttemptAt: timestamptzPlaceholder('nextAttemptAt'),
        lastError: sql<string | null>`${sql.placeholder('error')}::text`,
        completedAt: timestamptzPlaceholder('completedAt'),
      })
      .where(and(eq(spiCalls.id, sql.placeholder('callId')), eq(spiCalls.status, 'pending'), eq(spiCalls.nextAttemptAt, timestamptzPlaceholder('leaseUntil'))))
      .returning({ id: spiCalls.id }),
  );
  return { attempt, mine };
}

const recordAttemptQuery = preparedFor((db) => {
  const { attempt, mine } = attemptSteps(db);
  return db.with(attempt, mine).select({ id: mine.id }).from(mine).prepare('spi_record_attempt');
});

// the instance opens only when this attempt still held the call (the `mine` step returned it)
const recordOpeningAttemptQuery = preparedFor((db) => {
  const { attempt, mine } = attemptSteps(db);
  const opened = openInstanceStep(db, sql`exists (select 1 from ${mine})`);
  return db.with(attempt, mine, opened).select({ id: mine.id }).from(mine).prepare('spi_record_opening_attempt');
});

async function recordAttempt(
  deps: Deps,
  claim: Claim,
  previousAttempts: number,
  action: SpiRequest['action'],
  instance: { id: string; term: InstanceTerm | null },
  outcome: SpiOutcome,
): Promise<void> {
  const at = deps.clock.now();
  const next = afterAttempt(previousAttempts, outcome.ok, at);
  const values = {
    id: newId('spa', at),
    callId: claim.callId,
    at,
    httpStatus: outcome.httpStatus,
    durationMs: outcome.durationMs,
    error: outcome.error,
    responseBody: outcome.responseBody,
    status: next.status,
    attempts: next.attempts,
    nextAttemptAt: isoOrNull(next.nextAttemptAt),
    completedAt: next.status === 'pending' ? null : at.toISOString(),
    leaseUntil: claim.leaseUntil.toISOString(),
  };
  if (!outcome.ok || action !== 'createInstance') {
    await recordAttemptQuery(deps.db).execute(values);
    return;
  }
  const reply = createInstanceReplySchema.parse(outcome.reply);
  await recordOpeningAttemptQuery(deps.db).execute({
    ...values,
    ...openInstanceValues({ instanceId: instance.id, externalId: reply.instanceId, appInfo: appInfoRecord(reply.appInfo), at, term: instance.term }),
  });
}
