import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../../platform/clock.js';
import { newId } from '../../../platform/ids.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { canTakeMore, chooseEmployee } from './employee-assignment.js';
import { deliveryAssignments, deliveryProjects } from '../delivery.tables.js';
import { addEmployee, addLeave, retireEmployees, seeded } from '../../../test/kits/delivery/delivery-test-kit.js';
import type { Random } from './provider-assignment.js';

// The assign-order rule as the database decides it (one statement, see employee-assignment.ts);
// the engine around it is in assignment-flow.test.ts.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => retireEmployees(t));

const provider = () => t.seed.demoSellerId;
let roleSeq = 0;
/** a role of its own per test, so earlier tests' people are never candidates */
const freshRole = () => `role_${++roleSeq}_${Math.random().toString(36).slice(2, 6)}`;

async function person(role: string, maxOpen: number, load: number, extra: { departmentId?: string; accepting?: boolean } = {}): Promise<string> {
  const { userId } = await addEmployee(t, { sellerId: provider(), roles: [role], maxOpen, ...extra });
  const now = t.clock.now();
  for (let i = 0; i < load; i++) {
    const projectId = newId('prj', now);
    await t.deps.db.insert(deliveryProjects).values({
      id: projectId,
      orderId: newId('ord', now),
      orderNo: projectId,
      productId: 'prd_rule',
      productName: 'rule',
      vendorSellerId: provider(),
      providerSellerId: provider(),
      buyerId: 'buyer',
      templateId: 'tpl',
      status: 'running',
      createdAt: now,
      updatedAt: now,
    });
    await t.deps.db.insert(deliveryAssignments).values({ id: newId('asg', now), projectId, run: 1, role, userId, assignedAt: now });
  }
  return userId;
}

/** one decision, rolled back so the loads stay as set up */
async function choose(role: string, random: Random, departmentId: string | null = null): Promise<string | null> {
  let chosen: string | null = null;
  await t.deps.db
    .transaction(async (tx) => {
      chosen = await chooseEmployee(tx, { providerSellerId: provider(), role, departmentId, now: t.clock.now() }, random);
      throw new Error('rollback');
    })
    .catch((e: unknown) => {
      if (!(e instanceof Error && e.message === 'rollback')) throw e;
    });
  return chosen;
}

describe('choosing an employee', () => {
  it('picks the lowest open/max ratio (1 of 5 beats 2 of 4, 3 of 10 beats 1 of 2), whatever the draw', async () => {
    const role = freshRole();
    await person(role, 4, 2);
    const a = await person(role, 5, 1);
    for (let s = 0; s < 20; s++) expect(await choose(role, seeded(s))).toBe(a);
    // the ratio, not the count: 3 of 10 beats 1 of 2
    const other = freshRole();
    await person(other, 2, 1);
    const busyButRoomy = await person(other, 10, 3);
    for (let s = 0; s < 20; s++) expect(await choose(other, seeded(s))).toBe(busyButRoomy);
  });

  it('breaks equal ratios at random (1/5 and 2/10 tie exactly), so each tied employee is chosen over many draws', async () => {
    const role = freshRole();
    const a = await person(role, 5, 1);
    const b = await person(role, 10, 2);
    await person(role, 5, 3);
    const rnd = seeded(7);
    const seen = new Map<string | null, number>();
    for (let i = 0; i < 60; i++) {
      const who = await choose(role, rnd);
      seen.set(who, (seen.get(who) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([a, b].sort());
    expect(seen.get(a)).toBeGreaterThan(12);
    expect(seen.get(b)).toBeGreaterThan(12);
    // a seeded generator repeats its choice
    expect(await choose(role, seeded(3))).toBe(await choose(role, seeded(3)));
  });

  it('skips the full, the zero-capacity, the paused and those on leave, and answers null when nobody is left', async () => {
    const role = freshRole();
    await person(role, 5, 5);
    await person(role, 0, 0);
    await person(role, 5, 0, { accepting: false });
    const away = await person(role, 5, 0);
    await addLeave(t, away, new Date(t.clock.now().getTime() - HOUR), new Date(t.clock.now().getTime() + HOUR));
    const b = await person(role, 4, 3);
    expect(await choose(role, seeded(1))).toBe(b);
    const full = freshRole();
    await person(full, 5, 5);
    await person(full, 0, 0);
    expect(await choose(full, seeded(1))).toBeNull();
    expect(await choose(freshRole(), seeded(1))).toBeNull();
  });

  it('department-first prefers the claiming department even at a higher ratio, then falls back provider-wide', async () => {
    const role = freshRole();
    const inside = await person(role, 4, 3, { departmentId: 'dep_rule_a' });
    const outside = await person(role, 4, 0, { departmentId: 'dep_rule_b' });
    expect(await choose(role, seeded(3), 'dep_rule_a')).toBe(inside);
    expect(await choose(role, seeded(3), null)).toBe(outside);
    const role2 = freshRole();
    await person(role2, 4, 4, { departmentId: 'dep_rule_a' });
    const other = await person(role2, 4, 0, { departmentId: 'dep_rule_b' });
    expect(await choose(role2, seeded(3), 'dep_rule_a')).toBe(other);
  });

  it('change-operator takes only someone of the role with room', async () => {
    const role = freshRole();
    const roomy = await person(role, 2, 1);
    const full = await person(role, 2, 2);
    const check = (userId: string, r = role) =>
      t.deps.db.transaction((tx) => canTakeMore(tx, { providerSellerId: provider(), role: r, userId, now: t.clock.now() }));
    expect(await check(roomy)).toBe(true);
    expect(await check(full)).toBe(false);
    expect(await check(roomy, freshRole())).toBe(false);
  });
});
