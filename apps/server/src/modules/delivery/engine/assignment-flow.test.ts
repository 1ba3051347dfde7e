import { and, count, eq, isNull } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../../platform/clock.js';
import { DomainError } from '../../../platform/errors.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { deliveryAssignments, deliveryDepartments, deliveryEmployees, deliveryTasks } from '../delivery.tables.js';
import { deleteEmployee } from '../staff/index.js';
import {
  addEmployee,
  addLeave,
  logOf,
  node,
  project,
  publishTemplate,
  retireEmployees,
  setMaxOpen,
  setProviders,
  startDirect,
  tasksOf,
} from '../../../test/kits/delivery/delivery-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => retireEmployees(t));

const demoSeller = () => t.seed.demoSellerId;
const assignFlow = (role: string, extra: Record<string, unknown> = {}) => [node.provider, node.assign(role, extra), node.work({ role }), node.complete()];

async function activeLoad(userId: string): Promise<number> {
  const [r] = await t.deps.db
    .select({ n: count() })
    .from(deliveryAssignments)
    .where(and(eq(deliveryAssignments.userId, userId), isNull(deliveryAssignments.releasedAt)));
  return Number(r?.n ?? 0);
}

async function operatorOf(projectId: string): Promise<string | null> {
  const tasks = await tasksOf(t, projectId);
  return tasks.find((x) => x.status === 'open')?.assigneeId ?? null;
}

describe('assigning employees in the database', () => {
  it('gives the project to the lower open/max ratio (1 of 5 over 2 of 4)', async () => {
    await publishTemplate(t, demoSeller(), assignFlow('designer'), 'prd_ratio');
    const a = await addEmployee(t, { sellerId: demoSeller(), roles: ['designer'], maxOpen: 5 });
    const b = await addEmployee(t, { sellerId: demoSeller(), roles: ['designer'], maxOpen: 4, accepting: false });
    await startDirect(t, 'prd_ratio', demoSeller());
    await t.deps.db.update(deliveryEmployees).set({ accepting: false }).where(eq(deliveryEmployees.userId, a.userId));
    await t.deps.db.update(deliveryEmployees).set({ accepting: true }).where(eq(deliveryEmployees.userId, b.userId));
    await startDirect(t, 'prd_ratio', demoSeller());
    await startDirect(t, 'prd_ratio', demoSeller());
    await t.deps.db.update(deliveryEmployees).set({ accepting: true }).where(eq(deliveryEmployees.userId, a.userId));
    expect([await activeLoad(a.userId), await activeLoad(b.userId)]).toEqual([1, 2]);
    const id = await startDirect(t, 'prd_ratio', demoSeller());
    expect(await operatorOf(id)).toBe(a.userId);
  });

  it('never assigns to an employee on leave, not accepting, or with no capacity', async () => {
    await publishTemplate(t, demoSeller(), assignFlow('tester'), 'prd_away');
    const onLeave = await addEmployee(t, { sellerId: demoSeller(), roles: ['tester'], maxOpen: 5 });
    await addEmployee(t, { sellerId: demoSeller(), roles: ['tester'], maxOpen: 5, accepting: false });
    await addEmployee(t, { sellerId: demoSeller(), roles: ['tester'], maxOpen: 0 });
    await addLeave(t, onLeave.userId, new Date(t.clock.now().getTime() - HOUR), new Date(t.clock.now().getTime() + 24 * HOUR));
    const id = await startDirect(t, 'prd_away', demoSeller());
    expect((await tasksOf(t, id)).at(-1)).toMatchObject({ nodeId: 'asg', status: 'waiting', assigneeId: null });
    expect(await project(t, id)).toMatchObject({ status: 'running', currentNodeId: 'asg' });
    // the leave ends: the hourly sweep assigns
    t.clock.advance(25 * HOUR);
    await t.deps.scheduler.runDue();
    expect(await operatorOf(id)).toBe(onLeave.userId);
  });

  it('never exceeds maxOpen with 50 concurrent starts, and the hourly sweep drains the rest after capacity is raised', async () => {
    await publishTemplate(t, demoSeller(), assignFlow('implementer'), 'prd_rush');
    const people = await Promise.all([5, 5, 5].map((maxOpen) => addEmployee(t, { sellerId: demoSeller(), roles: ['implementer'], maxOpen })));
    const ids = await Promise.all(Array.from({ length: 50 }, () => startDirect(t, 'prd_rush', demoSeller())));
    const loads = await Promise.all(people.map((p) => activeLoad(p.userId)));
    expect(loads).toEqual([5, 5, 5]);
    const live = await Promise.all(ids.map(async (id) => (await tasksOf(t, id)).find((x) => x.status === 'open' || x.status === 'waiting')));
    expect(live.filter((x) => x?.status === 'waiting')).toHaveLength(35);
    expect(live.filter((x) => x?.status === 'open' && x.nodeId === 'work')).toHaveLength(15);

    for (const p of people) await setMaxOpen(t, p.userId, 10);
    t.clock.advance(HOUR);
    await t.deps.scheduler.runDue();
    expect(await Promise.all(people.map((p) => activeLoad(p.userId)))).toEqual([10, 10, 10]);
    const [w] = await t.deps.db.select({ n: count() }).from(deliveryTasks).where(eq(deliveryTasks.status, 'waiting'));
    expect(Number(w?.n)).toBe(20);
  });

  it('never leaves work with an employee deleted while projects are being assigned', async () => {
    await publishTemplate(t, demoSeller(), assignFlow('tester'), 'prd_leaving');
    const leaving = await addEmployee(t, { sellerId: demoSeller(), roles: ['tester'], maxOpen: 20 });
    const starts = Array.from({ length: 10 }, () => startDirect(t, 'prd_leaving', demoSeller()));
    const deletion = deleteEmployee(t.deps, demoSeller(), leaving.userId).then(
      () => 'deleted' as const,
      (e: unknown) => (e instanceof DomainError ? e.code : 'error'),
    );
    const [outcome] = await Promise.all([deletion, ...starts]);
    const [profile] = await t.deps.db.select({ userId: deliveryEmployees.userId }).from(deliveryEmployees).where(eq(deliveryEmployees.userId, leaving.userId));
    const load = await activeLoad(leaving.userId);
    // either the deletion came first and nobody assigned them, or it found their work and was refused
    if (outcome === 'deleted') expect([profile, load]).toEqual([undefined, 0]);
    else expect([outcome, profile?.userId, load > 0]).toEqual(['employee_busy', leaving.userId, true]);
  });

  it('drains the employee queue oldest first', async () => {
    await publishTemplate(t, demoSeller(), assignFlow('consultant'), 'prd_eq');
    const only = await addEmployee(t, { sellerId: demoSeller(), roles: ['consultant'], maxOpen: 1 });
    const first = await startDirect(t, 'prd_eq', demoSeller());
    t.clock.advance(MINUTE);
    const second = await startDirect(t, 'prd_eq', demoSeller());
    t.clock.advance(MINUTE);
    const third = await startDirect(t, 'prd_eq', demoSeller());
    expect(await operatorOf(first)).toBe(only.userId);
    await setMaxOpen(t, only.userId, 2);
    t.clock.advance(HOUR);
    await t.deps.scheduler.runDue();
    expect([await operatorOf(second), await operatorOf(third)]).toEqual([only.userId, null]);
  });
});

describe('providers with capacity', () => {
  it('queues projects when providers are full and drains the queue oldest first; "assign now" retries at once', async () => {
    await publishTemplate(t, demoSeller(), [node.provider, node.submit, node.complete()], 'prd_pq');
    await setProviders(t, 'prd_pq', [{ providerSellerId: demoSeller(), weight: 1, maxOpen: 1 }]);
    const first = await startDirect(t, 'prd_pq', demoSeller());
    t.clock.advance(MINUTE);
    const second = await startDirect(t, 'prd_pq', demoSeller());
    t.clock.advance(MINUTE);
    const third = await startDirect(t, 'prd_pq', demoSeller());
    expect((await project(t, first)).status).toBe('running');
    expect(await project(t, second)).toMatchObject({ status: 'queued', currentNodeId: 'ap', providerSellerId: null });
    const demo = await t.agent('demo');
    expect((await demo.post(`/api/v1/delivery/projects/${second}/assign-provider`)).json()).toMatchObject({ status: 'queued' });

    await setProviders(t, 'prd_pq', [{ providerSellerId: demoSeller(), weight: 1, maxOpen: 2 }]);
    t.clock.advance(10 * MINUTE);
    await t.deps.scheduler.runDue();
    expect([(await project(t, second)).status, (await project(t, third)).status]).toEqual(['running', 'queued']);

    await setProviders(t, 'prd_pq', [{ providerSellerId: demoSeller(), weight: 1, maxOpen: 3 }]);
    expect((await demo.post(`/api/v1/delivery/projects/${third}/assign-provider`)).json()).toMatchObject({ status: 'running', currentNodeId: 'req' });
    expect((await demo.post(`/api/v1/delivery/projects/${third}/assign-provider`)).json().code).toBe('project_not_queued');
  });
});

describe('claims and operators', () => {
  it('lets an account manager claim by order number, then assigns inside their department first', async () => {
    const now = t.clock.now();
    await t.deps.db.insert(deliveryDepartments).values([
      { id: 'dep_a', providerSellerId: demoSeller(), name: 'A', createdAt: now },
      { id: 'dep_b', providerSellerId: demoSeller(), name: 'B', createdAt: now },
    ]);
    await publishTemplate(
      t,
      demoSeller(),
      [
        node.provider,
        { id: 'clm', type: 'claim', name: '认领', role: 'account_manager' },
        node.assign('project_manager', { rule: 'department_first' }),
        node.work({ role: 'project_manager' }),
        node.complete(),
      ],
      'prd_claim',
    );
    const manager = await addEmployee(t, { sellerId: demoSeller(), roles: ['account_manager'], maxOpen: 5, departmentId: 'dep_a' });
    const inA = await addEmployee(t, { sellerId: demoSeller(), roles: ['project_manager'], maxOpen: 1, departmentId: 'dep_a' });
    const inB = await addEmployee(t, { sellerId: demoSeller(), roles: ['project_manager'], maxOpen: 10, departmentId: 'dep_b' });
    const p1 = await project(t, await startDirect(t, 'prd_claim', demoSeller()));
    const p2 = await project(t, await startDirect(t, 'prd_claim', demoSeller()));

    const wrong = await (await t.agent(inB.loginName)).post('/api/v1/delivery/claims', { orderNo: p1.orderNo });
    expect([wrong.statusCode, wrong.json().code]).toEqual([422, 'role_mismatch']);
    const am = await t.agent(manager.loginName);
    expect((await am.post('/api/v1/delivery/claims', { orderNo: p1.orderNo })).json()).toMatchObject({
      currentNodeId: 'work',
      liveTask: { assigneeId: inA.userId },
    });
    const again = await am.post('/api/v1/delivery/claims', { orderNo: p1.orderNo });
    expect([again.statusCode, again.json().code]).toEqual([409, 'claim_not_allowed']);
    expect(await project(t, p1.id)).toMatchObject({ claimedBy: manager.userId, claimDepartmentId: 'dep_a' });
    // department A is full now: provider-wide
    expect((await am.post('/api/v1/delivery/claims', { orderNo: p2.orderNo })).json()).toMatchObject({ liveTask: { assigneeId: inB.userId } });
    expect((await (await t.agent('acme')).post('/api/v1/delivery/claims', { orderNo: p2.orderNo })).statusCode).toBe(404);
  });

  it('changes the operator only to an available employee of the same role with room, noting why', async () => {
    await publishTemplate(t, demoSeller(), assignFlow('customer_service'), 'prd_op');
    const first = await addEmployee(t, { sellerId: demoSeller(), roles: ['customer_service'], maxOpen: 5 });
    const id = await startDirect(t, 'prd_op', demoSeller());
    const full = await addEmployee(t, { sellerId: demoSeller(), roles: ['customer_service'], maxOpen: 0 });
    const other = await addEmployee(t, { sellerId: demoSeller(), roles: ['developer'], maxOpen: 5 });
    const next = await addEmployee(t, { sellerId: demoSeller(), roles: ['customer_service'], maxOpen: 5 });
    const demo = await t.agent('demo');
    const url = `/api/v1/delivery/projects/${id}/change-operator`;
    for (const u of [full, other])
      expect((await demo.post(url, { role: 'customer_service', userId: u.userId, note: '调岗' })).json().code).toBe('employee_unavailable');
    const moved = await demo.post(url, { role: 'customer_service', userId: next.userId, note: '原负责人休假' });
    expect(moved.json()).toMatchObject({ liveTask: { nodeId: 'work', assigneeId: next.userId } });
    expect([await activeLoad(first.userId), await activeLoad(next.userId)]).toEqual([0, 1]);
    expect((await logOf(t, id)).at(-1)).toMatchObject({
      event: 'operator_changed',
      detail: { role: 'customer_service', from: first.userId, to: next.userId, note: '原负责人休假' },
    });
    // the old operator no longer acts on it
    expect((await (await t.agent(first.loginName)).post(`/api/v1/delivery/projects/${id}/complete-task`, { nodeId: 'work' })).json().code).toBe(
      'not_your_task',
    );
  });
});
