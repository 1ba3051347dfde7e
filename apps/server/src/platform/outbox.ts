import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.js';
import type { Db } from './db/client.js';
import { outboxDeliveries, outboxEvents } from './db/platform.tables.js';
import { timestamptz, timestamptzPlaceholder } from './db/timestamptz.js';
import { orderedId } from './ids.js';

export interface OutboxEvent {
  id: string;
  topic: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
}

export type OutboxHandler = (event: OutboxEvent) => Promise<void>;
/** Takes every event of its topic that a batch holds, in id order (Outbox.onBatch). */
export type OutboxBatchHandler = (events: readonly OutboxEvent[]) => Promise<void>;

/** What an event's handlers did so far in its delivery: the names that succeeded, the failures. */
interface Outcome {
  succeeded: string[];
  errors: string[];
}

/** How a delivered event is settled (Outbox.settle): its handlers that succeeded and its next state. */
interface Settlement {
  id: string;
  succeeded: string[];
  status: 'done' | 'dead' | 'pending';
  at: Date;
  /** when a failed event is due again */
  nextAttemptAt: Date | null;
  lastError: string | null;
}

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 10_000;
const MAX_DELAY_MS = 60 * 60_000;
/**
 * A claimed event is held for LEASE_MS and the claiming process renews the lease of the events
 * it still holds every RENEW_MS while it works (issue 17 item 6). A process killed mid-batch thus
 * holds its events back at most LEASE_MS (it held them 5 minutes before), and a slow handler
 * (a large export) keeps its event for as long as its process is alive.
 */
export const LEASE_MS = 20_000;
export const RENEW_MS = 5_000;

/** Delay before attempt n+1 after n failed attempts: 10 s, 20 s, 40 s … capped at an hour. */
export function backoffMs(failedAttempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, failedAttempts - 1), MAX_DELAY_MS);
}

/**
 * Write an event in the caller's transaction, so it exists exactly when the change does.
 * Handlers run later, after commit, outside any transaction.
 */
export async function emit(tx: Db, at: Date, topic: string, payload: unknown): Promise<string> {
  const id = orderedId('evt', at);
  await tx.insert(outboxEvents).values({ id, topic, payload, createdAt: at, nextAttemptAt: at });
  return id;
}

/** An event to write with others in one statement (emitAll). */
export interface PendingEvent {
  topic: string;
  payload: unknown;
}

/**
 * Write several events in the caller's transaction in one statement (a payment's instance
 * effects and its ORDER_PAID), in the order given: their ids sort the same way, so handlers see
 * them in that order.
 */
export async function emitAll(tx: Db, at: Date, events: readonly PendingEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(outboxEvents).values(eventRows(at, events));
}

/**
 * emitAll as a step of the caller's own statement (a data-modifying WITH named `emitted`), for a
 * change that is one statement already: its events are written with it, atomically, in the same
 * round trip (issue 17 item 10). `events` must not be empty.
 */
export function emitStep(db: Db, at: Date, events: readonly PendingEvent[]) {
  return db.$with('emitted').as(db.insert(outboxEvents).values(eventRows(at, events)).returning({ id: outboxEvents.id }));
}

/**
 * emitStep for a prepared statement (platform/db/prepared.ts) of `count` events: its values are
 * placeholders, given by `emitStepValues` when the statement runs.
 */
export function emitStepPrepared(db: Db, count: number) {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: sql.placeholder(`evt${i}_id`),
    topic: sql.placeholder(`evt${i}_topic`),
    payload: sql.placeholder(`evt${i}_payload`),
    createdAt: timestamptzPlaceholder('eventsAt'),
    nextAttemptAt: timestamptzPlaceholder('eventsAt'),
  }));
  return db.$with('emitted').as(db.insert(outboxEvents).values(rows).returning({ id: outboxEvents.id }));
}

/** The values of emitStepPrepared's placeholders for these events, in this order. */
export function emitStepValues(at: Date, events: readonly PendingEvent[]): Record<string, unknown> {
  const values: Record<string, unknown> = { eventsAt: at.toISOString() };
  eventRows(at, events).forEach((e, i) => {
    values[`evt${i}_id`] = e.id;
    values[`evt${i}_topic`] = e.topic;
    values[`evt${i}_payload`] = e.payload;
  });
  return values;
}

const eventRows = (at: Date, events: readonly PendingEvent[]) =>
  events.map((e) => ({ id: orderedId('evt', at), topic: e.topic, payload: e.payload, createdAt: at, nextAttemptAt: at }));

/**
 * The lane an event is delivered on when a batch is delivered several events at once: events
 * naming the same instance (else the same order) share a lane and keep their order, as a
 * SaaS instance's createInstance and releaseInstance must; others go side by side. Across
 * processes (scale-out) batches run side by side already, so handlers never relied on more.
 */
export function laneOf(event: Pick<OutboxEvent, 'id' | 'payload'>, lanes: number): number {
  if (lanes <= 1) return 0;
  const p = event.payload && typeof event.payload === 'object' ? (event.payload as Record<string, unknown>) : {};
  const key = typeof p.instanceId === 'string' ? p.instanceId : typeof p.orderId === 'string' ? p.orderId : event.id;
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return Math.abs(h) % lanes;
}

export class Outbox {
  private readonly handlers = new Map<string, { name: string; fn: OutboxHandler }[]>();
  private readonly batchHandlers = new Map<string, { name: string; fn: OutboxBatchHandler }[]>();
  private running: Promise<number> | null = null;
  /** ids of the events this process has claimed and not yet settled */
  private readonly held = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    /** how often held leases are renewed (tests stand in for a dead process with a long one) */
    private readonly renewMs = RENEW_MS,
    /** how many of a batch's events are delivered at once (laneOf); 1 on the single-connection PGlite */
    private readonly lanes = 1,
  ) {}

  /** Handlers must be idempotent: an event can be delivered again after a crash. */
  on(topic: string, name: string, fn: OutboxHandler): void {
    this.assertNew(topic, name);
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), { name, fn }]);
  }

  /**
   * A handler that takes all the events of its topic a batch holds in one call, in id order, for
   * work that one statement can do for many events (a ledger posting, a customer upsert: issue 17
   * item 10). Batch handlers run before the batch's one-event handlers, so one may run before a
   * one-event handler of an earlier event of another topic: register with onBatch only work that
   * does not depend on other topics' handlers (ORDER_PAID's do not). When a call fails, its
   * events are handed over again one at a time, so a bad event fails (and is retried) alone.
   * Idempotent like every handler, and recorded per event like them.
   */
  onBatch(topic: string, name: string, fn: OutboxBatchHandler): void {
    this.assertNew(topic, name);
    this.batchHandlers.set(topic, [...(this.batchHandlers.get(topic) ?? []), { name, fn }]);
  }

  private assertNew(topic: string, name: string): void {
    if ([...(this.handlers.get(topic) ?? []), ...(this.batchHandlers.get(topic) ?? [])].some((h) => h.name === name)) {
      throw new Error(`duplicate outbox handler ${topic}/${name}`);
    }
  }

  /** Process due events until none is left (bounded); returns how many events were processed. */
  async drain(maxBatches = 50): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const n = await this.dispatchBatch();
      total += n;
      if (n === 0) break;
    }
    return total;
  }

  /** One dispatch at a time per process; concurrent callers share the running batch. */
  dispatchBatch(limit = 50): Promise<number> {
    if (!this.running) {
      this.running = this.doDispatch(limit).finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async doDispatch(limit: number): Promise<number> {
    const now = this.clock.now();
    const due = this.db
      .select({ id: outboxEvents.id })
      .from(outboxEvents)
      .where(
        and(eq(outboxEvents.status, 'pending'), lte(outboxEvents.nextAttemptAt, now), or(isNull(outboxEvents.lockedUntil), lt(outboxEvents.lockedUntil, now))),
      )
      .orderBy(asc(outboxEvents.nextAttemptAt), asc(outboxEvents.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    const claimed = await this.db
      .update(outboxEvents)
      .set({ lockedUntil: new Date(now.getTime() + LEASE_MS), attempts: sql`${outboxEvents.attempts} + 1` })
      .where(inArray(outboxEvents.id, due))
      .returning({
        id: outboxEvents.id,
        topic: outboxEvents.topic,
        payload: outboxEvents.payload,
        attempts: outboxEvents.attempts,
        createdAt: outboxEvents.createdAt,
      });
    claimed.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const e of claimed) this.held.add(e.id);
    const renewing = claimed.length
      ? setInterval(() => void this.renewLeases().catch((err: unknown) => this.log.warn({ err }, 'outbox lease renewal failed')), this.renewMs)
      : null;
    renewing?.unref();
    try {
      // the handlers already done for events delivered before (attempts counts claims: on the first one nothing can have been delivered yet)
      const done = await this.doneHandlers(claimed.filter((e) => e.attempts > 1).map((e) => e.id));
      const outcomes = new Map<string, Outcome>(claimed.map((e) => [e.id, { succeeded: [], errors: [] }]));
      await this.deliverBatches(claimed, done, outcomes);
      const lanes = new Map<number, OutboxEvent[]>();
      for (const event of claimed) {
        const lane = laneOf(event, this.lanes);
        const queue = lanes.get(lane) ?? [];
        queue.push(event);
        lanes.set(lane, queue);
      }
      const settled: Settlement[] = [];
      await Promise.all(
        [...lanes.values()].map(async (events) => {
          for (const event of events) settled.push(await this.deliver(event, done.get(event.id), outcomes.get(event.id)));
        }),
      );
      // the batch's events are settled together, in one statement (issue 17 item 10: it was one per event)
      await this.settle(settled);
    } finally {
      if (renewing) clearInterval(renewing);
      for (const e of claimed) this.held.delete(e.id);
    }
    return claimed.length;
  }

  /** Push the lease of every event this process still holds LEASE_MS past now; returns how many. */
  async renewLeases(): Promise<number> {
    if (this.held.size === 0) return 0;
    const renewed = await this.db
      .update(outboxEvents)
      .set({ lockedUntil: new Date(this.clock.now().getTime() + LEASE_MS) })
      .where(and(inArray(outboxEvents.id, [...this.held]), eq(outboxEvents.status, 'pending')))
      .returning({ id: outboxEvents.id });
    return renewed.length;
  }

  /** The handlers recorded as done for these events (read when an event comes back after a failure or a crash), in one statement. */
  private async doneHandlers(ids: string[]): Promise<Map<string, Set<string>>> {
    const done = new Map<string, Set<string>>();
    if (ids.length === 0) return done;
    const rows = await this.db
      .select({ eventId: outboxDeliveries.eventId, handler: outboxDeliveries.handler })
      .from(outboxDeliveries)
      .where(inArray(outboxDeliveries.eventId, ids));
    for (const r of rows) done.set(r.eventId, (done.get(r.eventId) ?? new Set()).add(r.handler));
    return done;
  }

  /** Run the batch handlers (onBatch) on the batch's events of their topics, noting each event's outcome. */
  private async deliverBatches(claimed: readonly OutboxEvent[], done: Map<string, Set<string>>, outcomes: Map<string, Outcome>): Promise<void> {
    for (const [topic, handlers] of this.batchHandlers) {
      const events = claimed.filter((e) => e.topic === topic);
      for (const h of handlers) {
        const todo = events.filter((e) => !done.get(e.id)?.has(h.name));
        // a call's events succeed together; a single event's failure is its own
        const call = async (batch: readonly OutboxEvent[]): Promise<boolean> => {
          try {
            await h.fn(batch);
            for (const e of batch) outcomes.get(e.id)?.succeeded.push(h.name);
            return true;
          } catch (err) {
            if (batch.length === 1 && batch[0]) this.failed(batch[0], h.name, err, outcomes.get(batch[0].id));
            return false;
          }
        };
        // the batch failed: one event at a time, so only a bad event fails
        if (todo.length > 0 && !(await call(todo)) && todo.length > 1) for (const e of todo) await call([e]);
      }
    }
  }

  private failed(event: OutboxEvent, handler: string, err: unknown, outcome: Outcome | undefined): void {
    const message = err instanceof Error ? err.message : String(err);
    outcome?.errors.push(`${handler}: ${message}`);
    this.log.warn({ eventId: event.id, topic: event.topic, handler, attempt: event.attempts, err: message }, 'outbox handler failed');
  }

  /**
   * Run the event's one-event handlers and say how the event is to be settled, with what its batch
   * handlers did (deliverBatches): the handlers that succeeded are recorded and the event marked
   * done, dead or due again together with the rest of its batch (settle). A process killed
   * between a handler and the settling statement runs that handler again on redelivery, which
   * every handler must take (they are idempotent); a retry after a failure skips the handlers
   * recorded as done.
   */
  private async deliver(event: OutboxEvent, done: ReadonlySet<string> | undefined, prior: Outcome | undefined): Promise<Settlement> {
    const handlers = this.handlers.get(event.topic) ?? [];
    const outcome = prior ?? { succeeded: [], errors: [] };
    for (const h of handlers) {
      if (done?.has(h.name)) continue;
      try {
        await h.fn(event);
        outcome.succeeded.push(h.name);
      } catch (err) {
        this.failed(event, h.name, err, outcome);
      }
    }
    const { succeeded, errors } = outcome;
    const now = this.clock.now();
    if (errors.length === 0) return { id: event.id, succeeded, status: 'done', at: now, nextAttemptAt: null, lastError: null };
    if (event.attempts >= MAX_ATTEMPTS) {
      this.log.error({ eventId: event.id, topic: event.topic, errors }, 'outbox event dead-lettered');
      return { id: event.id, succeeded, status: 'dead', at: now, nextAttemptAt: null, lastError: errors.join('\n') };
    }
    return {
      id: event.id,
      succeeded,
      status: 'pending',
      at: now,
      nextAttemptAt: new Date(now.getTime() + backoffMs(event.attempts)),
      lastError: errors.join('\n'),
    };
  }

  /** Record the handlers that succeeded and move each event on, for a whole batch in one statement. */
  private async settle(settled: readonly Settlement[]): Promise<void> {
    if (settled.length === 0) return;
    const deliveries = settled.flatMap((x) => x.succeeded.map((h) => sql`(${x.id}, ${h}, ${timestamptz(x.at)})`));
    const record = deliveries.length
      ? sql`with recorded as (insert into ${outboxDeliveries} (event_id, handler, done_at) values ${sql.join(deliveries, sql`, `)} on conflict do nothing) `
      : sql``;
    const rows = settled.map(
      (x) => sql`(${x.id}, ${x.status}, ${timestamptz(x.status === 'pending' ? null : x.at)}, ${timestamptz(x.nextAttemptAt)}, ${x.lastError}::text)`,
    );
    await this.db.execute(sql`${record}update ${outboxEvents} e set
        status = v.status,
        processed_at = coalesce(v.processed_at, e.processed_at),
        next_attempt_at = coalesce(v.next_attempt_at, e.next_attempt_at),
        locked_until = null,
        last_error = v.last_error
      from (values ${sql.join(rows, sql`, `)}) as v (id, status, processed_at, next_attempt_at, last_error)
      where e.id = v.id`);
  }
}
