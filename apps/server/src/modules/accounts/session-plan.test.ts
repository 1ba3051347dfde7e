import { Placeholder, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { resolveSelect } from './session.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}
const nodesOf = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodesOf)];

// Every authenticated request runs this statement, prepared, so after five calls PostgreSQL may
// keep a generic plan. With few sessions and many users that plan was a merge join over the whole
// users index (13-15 ms per request with 21,000 users, found in the peer bench's order list).
describe('the session lookup', () => {
  it('reads the user by its primary key from a value looked up first, in the generic plan, with 20,000 users and ten sessions', async () => {
    await t.deps.db.execute(sql`
      insert into users (id, kind, login_name, display_name, password_hash, created_at)
      select 'usr_plan_' || lpad(g::text, 5, '0'), 'buyer', 'planbuyer' || g, 'Plan ' || g, 'x', now()
      from generate_series(1, 20000) g`);
    // the ten signed-in users' ids sort before the others: the planner then expects a merge join to
    // stop early in the users index, which a session of a later user proves wrong
    await t.deps.db.execute(sql`
      insert into users (id, kind, login_name, display_name, password_hash, created_at)
      select 'usr_a_plan_' || g, 'buyer', 'planearly' || g, 'Early ' || g, 'x', now()
      from generate_series(1, 10) g`);
    await t.deps.db.execute(sql`
      insert into sessions (id, token_hash, user_id, created_at, expires_at)
      select 'ses_plan_' || g, 'plan-hash-' || g, 'usr_a_plan_' || g, now(), now() + interval '1 day'
      from generate_series(1, 10) g`);
    await t.deps.db.execute(sql`analyze users`);
    await t.deps.db.execute(sql`analyze sessions`);
    const q = resolveSelect(t.deps.db).toSQL();
    const values = { hash: 'no-such-hash', now: new Date().toISOString() };
    const args = q.params.map((p) => {
      const v = p instanceof Placeholder ? values[p.name as keyof typeof values] : p;
      return `'${String(v).replaceAll("'", "''")}'`;
    });
    const plan = await t.deps.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`prepare plan_probe as ${q.sql}`));
      await tx.execute(sql.raw(`set local plan_cache_mode = force_generic_plan`));
      const res = await tx.execute(sql.raw(`explain (format json) execute plan_probe(${args.join(', ')})`));
      await tx.execute(sql.raw(`deallocate plan_probe`));
      const rows = (res as unknown as { rows: { 'QUERY PLAN': unknown }[] }).rows;
      const cell = rows[0]?.['QUERY PLAN'];
      return (typeof cell === 'string' ? JSON.parse(cell) : cell) as [{ Plan: PlanNode }];
    });
    const nodes = nodesOf(plan[0].Plan);
    const userScans = nodes.filter((n) => n['Relation Name'] === 'users');
    expect(userScans.length).toBeGreaterThan(0);
    // `id = $1` (PostgreSQL 15) or `id = (InitPlan 2).col1` (17): a value looked up first, not
    // `sessions.user_id`, which leaves the join order, and so the merge join, to the planner
    for (const n of userScans) expect(n['Index Cond'] ?? '', JSON.stringify(n)).toMatch(/^\(id = (\$\d+|\(InitPlan \d+\)\.col\d+)\)$/);
    expect(nodes.map((n) => n['Node Type'])).not.toContain('Merge Join');
  });
});
