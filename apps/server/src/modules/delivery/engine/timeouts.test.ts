import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../../platform/clock.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { eventsOf } from '../../../test/kits/orders.js';
import { NOTIFICATION_TOPIC } from '../../notifications/index.js';
import { demand, logOf, node, project, publishTemplate, startDirect, tasksOf } from '../../../test/kits/delivery/delivery-test-kit.js';
import { addWorkingDays, loadCalendar } from '../calendar/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const liveTask = async (id: string) => (await tasksOf(t, id)).find((x) => x.status === 'open' || x.status === 'waiting');
const timeoutReminder = { recipient: 'customer', trigger: 'timeout', template: 'node_timeout_customer' };

describe('working-day timeouts', () => {
  it('stops the clock while paused and gives back exactly the working time that was left', async () => {
    t.clock.set(new Date('2026-06-01T02:00:00Z')); // Monday 10:00 Beijing
    await publishTemplate(t, t.seed.demoSellerId, [node.provider, { ...node.submit, timeoutDays: 2 }, node.complete()], 'prd_pause');
    const id = await startDirect(t, 'prd_pause', t.seed.demoSellerId);
    // guide 5.4 "若今日任务在当天的17:30仍未完成，则项目进入超时状态": 2 working days from Monday → Tuesday 17:30
    expect((await liveTask(id))?.dueAt).toEqual(new Date('2026-06-02T09:30:00Z'));

    const demo = await t.agent('demo');
    t.clock.set(new Date('2026-06-01T04:00:00Z')); // Monday 12:00: 5.5 h today + 8.5 h Tuesday = 14 working hours left
    expect((await demo.post(`/api/v1/delivery/projects/${id}/pause`, { reason: '等待客户资料' })).statusCode).toBe(200);
    expect((await project(t, id)).pausedRemainingMs).toBe(14 * 3_600_000);

    t.clock.set(new Date('2026-06-04T02:00:00Z')); // past the old due time, still paused
    await t.deps.scheduler.runDue();
    expect((await project(t, id)).overdue).toBe(false);
    expect((await (await t.agent('demo')).get(`/api/v1/delivery/projects/${id}`)).json().liveTask.remainingWorkingMs).toBe(14 * 3_600_000);

    // Friday 10:00: 7.5 h today, the other 6.5 h run out on Monday → due Monday 17:30
    t.clock.set(new Date('2026-06-05T02:00:00Z'));
    expect((await (await t.agent('demo')).post(`/api/v1/delivery/projects/${id}/resume`)).json()).toMatchObject({
      status: 'running',
      liveTask: { dueAt: '2026-06-08T09:30:00.000Z' },
    });
    t.clock.set(new Date('2026-06-08T09:29:00Z')); // the sweep runs every minute
    await t.deps.scheduler.runDue();
    expect((await project(t, id)).overdue).toBe(false);
    t.clock.set(new Date('2026-06-08T09:30:00Z'));
    await t.deps.scheduler.runDue();
    expect((await project(t, id)).overdue).toBe(true);
  });

  it('auto-completes a complete-project step after 14 working days when it auto-advances', async () => {
    t.clock.set(new Date('2026-06-10T02:00:00Z'));
    const completed = { recipient: 'customer', trigger: 'completed', template: 'project_completed_customer' };
    await publishTemplate(t, t.seed.demoSellerId, [node.provider, node.complete({ timeoutDays: 14, autoAdvance: true, reminders: [completed] })], 'prd_auto');
    const id = await startDirect(t, 'prd_auto', t.seed.demoSellerId);
    const due = addWorkingDays(await loadCalendar(t.deps.db), t.clock.now(), 14);
    expect((await liveTask(id))?.dueAt).toEqual(due);

    t.clock.set(new Date(due.getTime() - MINUTE));
    await t.deps.scheduler.runDue();
    expect((await project(t, id)).status).toBe('running');
    t.clock.set(due);
    await t.deps.scheduler.runDue();
    expect(await project(t, id)).toMatchObject({ status: 'completed', completedAt: due, overdue: false });
    expect((await logOf(t, id)).slice(-3).map((l) => l.event)).toEqual(['node_timed_out', 'node_completed', 'project_completed']);
    expect((await tasksOf(t, id)).at(-1)).toMatchObject({ nodeId: 'done', status: 'done', data: { auto: true } });
    expect(await eventsOf(t, NOTIFICATION_TOPIC)).toContainEqual(
      expect.objectContaining({ userId: t.seed.buyerId, template: 'delivery.project_completed_customer' }),
    );
  });

  // guide 5.4 "若今日任务在当天的17:30仍未完成，则项目进入超时状态": a 1-day step entered Wednesday 10:00 is today's task
  it('turns a 1-day step entered at 10:00 overdue at 17:30 that day, not 24 hours later, and does not auto-advance it', async () => {
    t.clock.set(new Date('2026-07-01T02:00:00Z')); // Wednesday 10:00 Beijing
    await publishTemplate(t, t.seed.demoSellerId, [node.provider, node.complete({ timeoutDays: 1 })], 'prd_manual');
    const id = await startDirect(t, 'prd_manual', t.seed.demoSellerId);
    expect((await liveTask(id))?.dueAt).toEqual(new Date('2026-07-01T09:30:00Z'));
    t.clock.set(new Date('2026-07-01T09:29:00Z')); // 17:29
    await t.deps.scheduler.runDue();
    expect(await project(t, id)).toMatchObject({ status: 'running', overdue: false });
    t.clock.set(new Date('2026-07-01T09:30:00Z')); // 17:30
    await t.deps.scheduler.runDue();
    expect(await project(t, id)).toMatchObject({ status: 'running', overdue: true });
  });
  it('runs the warranty step on plain calendar days from the product’s period, keeps them over a pause, then completes', async () => {
    t.clock.set(new Date('2026-08-01T02:00:00Z')); // a Saturday: a warranty runs through weekends
    const DAY = 24 * 3_600_000;
    // the node's own timeout is ignored: the product's 30-day warranty decides
    await publishTemplate(t, t.seed.demoSellerId, [node.provider, node.complete({ untilWarrantyEnds: true, timeoutDays: 5 })], 'prd_warranty', 30);
    const id = await startDirect(t, 'prd_warranty', t.seed.demoSellerId);
    expect(await project(t, id)).toMatchObject({ warrantyDays: 30 });
    expect((await liveTask(id))?.dueAt).toEqual(new Date('2026-08-31T02:00:00Z'));
    expect((await (await t.agent('demo')).get(`/api/v1/delivery/projects/${id}`)).json().liveTask).toMatchObject({
      dueClock: 'calendar',
      remainingWorkingMs: 30 * DAY,
    });

    t.clock.set(new Date('2026-08-11T02:00:00Z'));
    expect((await (await t.agent('demo')).post(`/api/v1/delivery/projects/${id}/pause`, { reason: '客户出差' })).statusCode).toBe(200);
    expect((await project(t, id)).pausedRemainingMs).toBe(20 * DAY);
    t.clock.set(new Date('2026-08-15T02:00:00Z'));
    expect((await (await t.agent('demo')).post(`/api/v1/delivery/projects/${id}/resume`)).json()).toMatchObject({
      liveTask: { dueAt: '2026-09-04T02:00:00.000Z' },
    });

    t.clock.set(new Date('2026-09-04T01:59:00Z'));
    await t.deps.scheduler.runDue();
    expect((await project(t, id)).status).toBe('running');
    t.clock.set(new Date('2026-09-04T02:00:00Z'));
    await t.deps.scheduler.runDue();
    expect(await project(t, id)).toMatchObject({ status: 'completed', completedAt: new Date('2026-09-04T02:00:00Z') });
    expect((await tasksOf(t, id)).at(-1)).toMatchObject({ nodeId: 'done', status: 'done', data: { auto: true } });
  });

  // last: the clock only moves forward (sessions and sweep timestamps follow it)
  it('counts a 1.5-day step entered 2026-09-30 10:00 across National Day: due 2026-10-08 17:30, overdue only then', async () => {
    t.clock.set(new Date('2026-09-30T02:00:00Z'));
    await publishTemplate(
      t,
      t.seed.demoSellerId,
      [node.provider, { ...node.submit, timeoutDays: 1.5, reminders: [timeoutReminder] }, node.complete()],
      'prd_nd',
    );
    const id = await startDirect(t, 'prd_nd', t.seed.demoSellerId);
    // 1.5 days reach into the second working day, 10-08 (the holiday skipped): due at its 17:30
    expect((await liveTask(id))?.dueAt).toEqual(new Date('2026-10-08T09:30:00Z'));
    // the page says the working time left: 7.5 h on 09-30 and 8.5 h on 10-08
    const remaining = async () => (await (await t.agent('demo')).get(`/api/v1/delivery/projects/${id}`)).json().liveTask.remainingWorkingMs;
    expect(await remaining()).toBe(16 * 3_600_000);
    t.clock.set(new Date('2026-10-05T02:00:00Z')); // inside the holiday: nothing has been used since 09-30 17:30
    expect(await remaining()).toBe(8.5 * 3_600_000);

    t.clock.set(new Date('2026-10-08T09:29:00Z'));
    await t.deps.scheduler.runDue();
    expect(await project(t, id)).toMatchObject({ overdue: false });
    expect(await remaining()).toBe(60_000);

    t.clock.set(new Date('2026-10-08T09:30:00Z'));
    await t.deps.scheduler.runDue();
    expect(await project(t, id)).toMatchObject({ overdue: true, status: 'running', currentNodeId: 'req' });
    expect((await liveTask(id))?.overdueAt).toEqual(new Date('2026-10-08T09:30:00Z'));
    expect((await logOf(t, id)).at(-1)).toMatchObject({ event: 'node_timed_out', nodeId: 'req' });
    expect(await eventsOf(t, NOTIFICATION_TOPIC)).toContainEqual(
      expect.objectContaining({ userId: t.seed.buyerId, template: 'delivery.node_timeout_customer', link: `/buyer/projects/${id}` }),
    );

    // entering the next step clears the overdue flag
    const buyer = await t.agent('buyer');
    expect((await buyer.post(`/api/v1/buyer/delivery/projects/${id}/submit-requirements`, { nodeId: 'req', answers: demand })).json()).toMatchObject({
      overdue: false,
      currentNodeId: 'done',
    });
  });
});
