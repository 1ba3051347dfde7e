import { eq, inArray, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.js';
import type { Db } from './db/client.js';
import type { ItemScope } from './sweep-items.js';
import { sweepState } from './db/platform.tables.js';

/** The sweep's transaction (its changes and the events it emits commit together), its time and name. */
export type SweepContext = ItemScope;

/**
 * A named timer sweep. It must be idempotent: one run handles everything due. A sweep that is
 * one set-based statement runs it directly; a sweep with a step per item (an approval, a
 * settlement, a project moving on) runs the steps through `eachItem`, so one failing item is
 * rolled back and filed alone instead of rolling back the batch.
 */
export interface Sweep {
  name: string;
  intervalMs: number;
  run(ctx: SweepContext): Promise<number>;
}

export interface SweepResult {
  name: string;
  affected: number;
  error?: string;
}

export class Scheduler {
  private readonly sweeps: Sweep[] = [];
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<SweepResult[]> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    private readonly afterTick: () => Promise<unknown> = async () => undefined,
  ) {}

  register(sweep: Sweep): void {
    if (this.sweeps.some((s) => s.name === sweep.name)) throw new Error(`duplicate sweep ${sweep.name}`);
    this.sweeps.push(sweep);
  }

  list(): readonly Sweep[] {
    return this.sweeps;
  }

  /** Run every sweep that is due now, then the after-tick hook (the outbox dispatcher). */
  runDue(): Promise<SweepResult[]> {
    if (!this.ticking) {
      this.ticking = this.tick().finally(() => {
        this.ticking = null;
      });
    }
    return this.ticking;
  }

  start(tickMs = 1000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.runDue().catch((err: unknown) => this.log.error({ err }, 'scheduler tick failed'));
    }, tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.ticking) await this.ticking.catch(() => undefined);
  }

  private async tick(): Promise<SweepResult[]> {
    const results: SweepResult[] = [];
    for (const sweep of await this.dueSweeps()) {
      const r = await this.runOne(sweep);
      if (r) results.push(r);
    }
    await this.afterTick();
    return results;
  }

  /**
   * The sweeps that look due, from one unlocked read of every sweep's last run: a tick where
   * nothing is due sends this one statement instead of a transaction per sweep (two dozen
   * sweeps, a hundred statements a second per process, idle). `runOne` checks again under the
   * lock, so a read another process has since made stale only costs a transaction.
   */
  private async dueSweeps(): Promise<Sweep[]> {
    if (this.sweeps.length === 0) return [];
    const now = this.clock.now().getTime();
    const names = this.sweeps.map((s) => s.name);
    let rows: { name: string; lastRunAt: Date | null }[];
    try {
      rows = await this.db.select({ name: sweepState.name, lastRunAt: sweepState.lastRunAt }).from(sweepState).where(inArray(sweepState.name, names));
    } catch (err) {
      // as before this read existed: each sweep tries on its own (and records its own error), and the outbox still drains
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, "could not read the sweeps' last runs; trying each");
      return [...this.sweeps];
    }
    const lastRun = new Map(rows.map((r) => [r.name, r.lastRunAt?.getTime() ?? null]));
    return this.sweeps.filter((s) => {
      const last = lastRun.get(s.name) ?? null;
      return last === null || now >= last + s.intervalMs;
    });
  }

  private async runOne(sweep: Sweep): Promise<SweepResult | null> {
    const now = this.clock.now();
    try {
      const affected = await this.db.transaction(async (tx) => {
        // One runner at a time across processes (a no-op on the single-connection PGlite).
        const lock = await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${`sweep:${sweep.name}`})) as ok`);
        if (!rowsOf<{ ok: boolean }>(lock)[0]?.ok) return null;
        const [state] = await tx.select().from(sweepState).where(eq(sweepState.name, sweep.name)).for('update');
        if (state?.lastRunAt && now.getTime() < state.lastRunAt.getTime() + sweep.intervalMs) return null;
        const n = await sweep.run({ tx, now, sweep: sweep.name, log: this.log });
        await tx
          .insert(sweepState)
          .values({ name: sweep.name, lastRunAt: now, lastOkAt: now, runs: 1, lastAffected: n })
          .onConflictDoUpdate({
            target: sweepState.name,
            set: { lastRunAt: now, lastOkAt: now, lastError: null, runs: sql`${sweepState.runs} + 1`, lastAffected: n },
          });
        return n;
      });
      if (affected === null) return null;
      if (affected > 0) this.log.info({ sweep: sweep.name, affected }, 'sweep ran');
      return { name: sweep.name, affected };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.error({ sweep: sweep.name, err: message }, 'sweep failed');
      await this.db
        .insert(sweepState)
        .values({ name: sweep.name, lastRunAt: now, lastError: message, runs: 1 })
        .onConflictDoUpdate({ target: sweepState.name, set: { lastRunAt: now, lastError: message, runs: sql`${sweepState.runs} + 1` } });
      return { name: sweep.name, affected: 0, error: message };
    }
  }
}

/** drizzle's raw `execute` answers `{ rows }` on both drivers. */
export function rowsOf<T>(result: unknown): T[] {
  if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows)) return result.rows as T[];
  return [];
}
