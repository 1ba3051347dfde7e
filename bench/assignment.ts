// Delivery-center assignment latency (issue 5): one assign-order decision — take the
// provider's assignment lock, pick the available employee with the lowest open/max ratio
// from live loads in one statement, record the assignment — with 1,000 employees and
// 10,000 open projects. Reported against a baseline
// transaction doing `select 1` on the same driver in the same run.
import { sql } from 'drizzle-orm';
import type { Database } from '../apps/server/src/platform/db/client.js';
import { newId } from '../apps/server/src/platform/ids.js';
import { chooseEmployee } from '../apps/server/src/modules/delivery/index.js';
import { deliveryAssignments } from '../apps/server/src/modules/delivery/delivery.tables.js';

export interface AssignmentResult {
  employees: number;
  openProjects: number;
  candidatesPerRole: number;
  p50Ms: number;
  p95Ms: number;
  baselineP95Ms: number;
  ratio: number;
}

const ROLES = ['designer', 'developer', 'tester', 'implementer'] as const;
const PROVIDER = 'bench-provider';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

async function timed(n: number, fn: (i: number) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

export async function benchAssignment(database: Database, opts: { employees: number; openProjects: number; iterations: number }): Promise<AssignmentResult> {
  const { db } = database;
  const { employees, openProjects, iterations } = opts;
  // employees: roles round-robin, 50 max each, all accepting; a few on leave now
  await db.execute(sql`insert into delivery_employees (user_id, provider_seller_id, department_id, roles, max_open, tags, accepting, created_at)
    select 'bench-emp-' || i, ${PROVIDER}, null, jsonb_build_array((array['designer','developer','tester','implementer'])[1 + i % 4]), 50, '[]'::jsonb, true, now()
    from generate_series(0, ${employees - 1}) i`);
  await db.execute(sql`insert into delivery_leaves (id, user_id, starts_at, ends_at, reason, created_at)
    select 'bench-leave-' || i, 'bench-emp-' || i, now() - interval '1 day', now() + interval '1 day', 'bench', now()
    from generate_series(0, ${employees - 1}, 50) i`);
  // open projects, each operated by one employee (loads of about 10 each)
  await db.execute(sql`insert into delivery_projects (id, order_id, order_no, product_id, product_name, vendor_seller_id, provider_seller_id, buyer_id, template_id, run, status, created_at, updated_at)
    select 'bench-prj-' || i, 'bench-ord-' || i, 'B' || i, 'bench-product', 'Bench', ${PROVIDER}, ${PROVIDER}, 'bench-buyer', 'bench-template', 1, 'running', now(), now()
    from generate_series(0, ${openProjects - 1}) i`);
  await db.execute(sql`insert into delivery_assignments (id, project_id, run, role, user_id, assigned_at)
    select 'bench-asg-' || i, 'bench-prj-' || i, 1, (array['designer','developer','tester','implementer'])[1 + (i % ${employees}) % 4], 'bench-emp-' || (i % ${employees}), now()
    from generate_series(0, ${openProjects - 1}) i`);
  // the steady state of a live table: autovacuum (insert-triggered since PostgreSQL 13) has
  // set the visibility map, so the load count reads the partial index only
  for (const table of ['delivery_employees', 'delivery_leaves', 'delivery_assignments', 'delivery_projects'])
    await db.execute(sql.raw(`vacuum analyze ${table}`));

  // warm-up, then the measured decisions: each assigns one of the open projects a second role
  const assign = async (i: number) => {
    await db.transaction(async (tx) => {
      const role = ROLES[i % ROLES.length] ?? 'designer';
      const userId = await chooseEmployee(tx, { providerSellerId: PROVIDER, role, departmentId: null, now: new Date() }, Math.random);
      if (!userId) throw new Error('bench: nobody available');
      await tx
        .insert(deliveryAssignments)
        .values({ id: newId('asg', new Date()), projectId: `bench-prj-${i}`, run: 1, role: `${role}-extra`, userId, assignedAt: new Date() });
    });
  };
  await timed(200, (i) => assign(openProjects - 1 - i));
  const times = await timed(iterations, (i) => assign(i));
  const baseline = await timed(iterations, async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
  });
  const p95 = percentile(times, 0.95);
  const baselineP95 = percentile(baseline, 0.95);
  return {
    employees,
    openProjects,
    candidatesPerRole: Math.round(employees / ROLES.length),
    p50Ms: percentile(times, 0.5),
    p95Ms: p95,
    baselineP95Ms: baselineP95,
    ratio: p95 / Math.max(baselineP95, 0.001),
  };
}
