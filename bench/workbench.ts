// Delivery-center management workbench (管理工作台) at scale: the provider's figures for one
// day over the assignment bench's data (1,000 employees, 10,000 open projects), after one
// provider task per project is added — due today for a tenth of them, a third of those done,
// one in fifty rejected once. Reported against a select-1 transaction in the same run.
import { sql } from 'drizzle-orm';
import type { Database } from '../apps/server/src/platform/db/client.js';
import { beijingDay, providerWorkbench } from '../apps/server/src/modules/delivery/index.js';

export interface WorkbenchResult {
  projects: number;
  p50Ms: number;
  p95Ms: number;
  baselineP95Ms: number;
  ratio: number;
}

const PROVIDER = 'bench-provider';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

async function timed(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** Needs the data of benchAssignment (bench-prj-*, bench-emp-*). */
export async function benchWorkbench(database: Database, opts: { openProjects: number; employees: number; iterations: number }): Promise<WorkbenchResult> {
  const { db } = database;
  const now = new Date();
  // due today (every 10th), else within the next weeks; a third of today's done, every 50th a second attempt after a rejection
  await db.execute(sql`insert into delivery_tasks (id, project_id, run, node_id, attempt, side, role, assignee_id, status, entered_at, due_at, done_at)
    select 'bench-task-' || i, 'bench-prj-' || i, 1, 'work', case when i % 50 = 0 then 2 else 1 end, 'provider', 'designer', 'bench-emp-' || (i % ${opts.employees}),
      case when i % 30 = 0 then 'done' else 'open' end,
      ${now.toISOString()}::timestamptz - interval '2 days',
      case when i % 10 = 0 then ${now.toISOString()}::timestamptz else ${now.toISOString()}::timestamptz + (i % 20 + 1) * interval '1 day' end,
      case when i % 30 = 0 then ${now.toISOString()}::timestamptz - interval '1 hour' end
    from generate_series(0, ${opts.openProjects - 1}) i`);
  await db.execute(sql`insert into delivery_tasks (id, project_id, run, node_id, attempt, side, role, assignee_id, status, entered_at, done_at)
    select 'bench-task-r' || i, 'bench-prj-' || i, 1, 'work', 1, 'provider', 'designer', 'bench-emp-' || (i % ${opts.employees}), 'rejected',
      ${now.toISOString()}::timestamptz - interval '3 days', ${now.toISOString()}::timestamptz - interval '2 days'
    from generate_series(0, ${opts.openProjects - 1}, 50) i`);
  for (const table of ['delivery_tasks', 'delivery_projects']) await db.execute(sql.raw(`vacuum analyze ${table}`));

  const input = { sellerId: PROVIDER, date: beijingDay(now), departmentId: null, now };
  const check = await providerWorkbench(db, input);
  if (check.tasks.due === 0 || check.rejected.projects === 0) throw new Error('bench: the workbench sees no data');
  await timed(10, () => providerWorkbench(db, input));
  const times = await timed(opts.iterations, () => providerWorkbench(db, input));
  const baseline = await timed(opts.iterations, () => db.transaction((tx) => tx.execute(sql`select 1`)));
  const p95 = percentile(times, 0.95);
  const baselineP95 = percentile(baseline, 0.95);
  return { projects: opts.openProjects, p50Ms: percentile(times, 0.5), p95Ms: p95, baselineP95Ms: baselineP95, ratio: p95 / Math.max(baselineP95, 0.001) };
}
