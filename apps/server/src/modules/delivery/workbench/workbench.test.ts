import type { Avatar, EmployeeWorkbench, ProviderWorkbench } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryProjects } from '../delivery.tables.js';
import { findFile } from '../../../platform/files/index.js';
import { jpegBytes, pdfBytes, pngBytes } from '../../../test/kits/files.js';
import { TEST_START, createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { uploadAs } from '../../../test/kits/catalog.js';
import { AVATAR_GRACE_MS } from '../staff/index.js';
import { addStaff } from '../../../test/kits/delivery/views.fixtures.js';
import { D, at, buildWorkbenchWorld, type WorkbenchWorld } from '../../../test/kits/delivery/workbench.fixtures.js';

/*
 * The two workbenches on the hand-built world of workbench.fixtures.ts (2026-06-01 in Beijing):
 * demo is the provider under test; acme's rows prove they never leak into demo's figures.
 */

const API = '/api/v1';

let t: TestApp;
let world: WorkbenchWorld;
let demo: Agent;
let acme: Agent;
let e1Agent: Agent;
let e2Agent: Agent;
const id = (key: string) => world.ids[key] ?? '';
const pid = (key: string) => world.p[key]?.id ?? '';

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  world = await buildWorkbenchWorld(t);
  [demo, acme, e1Agent, e2Agent] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent(id('e1Login')), t.agent(id('e2Login'))]);
});
afterAll(() => t.close());

async function providerView(agent: Agent, query = ''): Promise<ProviderWorkbench> {
  const res = await agent.get(`${API}/delivery/workbench/provider${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProviderWorkbench>();
}

async function myView(agent: Agent, query = ''): Promise<EmployeeWorkbench> {
  const res = await agent.get(`${API}/delivery/workbench/me${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<EmployeeWorkbench>();
}

describe('the provider management workbench', () => {
  it("counts the day's provider-side tasks: due, done, completion rate and done early", async () => {
    const w = await providerView(demo);
    expect(w.date).toBe(D);
    // P1 done early, P2 done late, P3 and P9 open; P8 is due tomorrow, P2's customer step and acme's do not count
    expect(w.tasks).toEqual({ due: 4, done: 2, completionRate: 50, doneEarly: 1 });
  });

  it('splits the same figures by the assignee’s department, the department-less last', async () => {
    const w = await providerView(demo, `?date=${D}`);
    expect(w.perDepartment).toEqual([
      { departmentId: id('deptA'), departmentName: '交付一部', due: 2, done: 2, completionRate: 100, doneEarly: 1 },
      { departmentId: id('deptB'), departmentName: '交付二部', due: 1, done: 0, completionRate: 0, doneEarly: 0 },
      { departmentId: null, departmentName: null, due: 1, done: 0, completionRate: 0, doneEarly: 0 },
    ]);
  });

  it('narrows the task figures to one department, and refuses a department of another seller', async () => {
    const w = await providerView(demo, `?departmentId=${id('deptA')}`);
    expect(w.tasks).toEqual({ due: 2, done: 2, completionRate: 100, doneEarly: 1 });
    expect(w.perDepartment.map((d) => d.departmentId)).toEqual([id('deptA')]);
    expect((await demo.get(`${API}/delivery/workbench/provider?departmentId=${id('acmeDept')}`)).statusCode).toBe(404);
  });

  it('answers null for the completion rate of a day with nothing due', async () => {
    const w = await providerView(demo, '?date=2026-06-07');
    expect(w.tasks).toEqual({ due: 0, done: 0, completionRate: null, doneEarly: 0 });
    expect(w.perDepartment).toEqual([]);
  });

  it('counts deliveries of today, yesterday, this month and last month on Beijing days, following the clock', async () => {
    expect((await providerView(demo)).delivered).toEqual({ today: 3, yesterday: 1, thisMonth: 3, lastMonth: 2 });
    t.clock.set(at('2026-06-02T01:00:00Z')); // 09:00 on 2 June in Beijing
    try {
      // a new session: the morning's one has timed out overnight
      expect((await providerView(await t.agent('demo'))).delivered).toEqual({ today: 0, yesterday: 3, thisMonth: 3, lastMonth: 2 });
    } finally {
      t.clock.set(TEST_START);
    }
    // on 1 May, "last month" is April (C5) and "this month" holds C1 and C2
    expect((await providerView(demo, '?date=2026-05-01')).delivered).toEqual({ today: 0, yesterday: 1, thisMonth: 2, lastMonth: 1 });
  });

  it('counts tasks waiting for an employee, not projects still waiting for a provider', async () => {
    expect((await providerView(demo)).unassigned).toBe(1);
  });

  it('sums capacity over accepting employees not on leave, with their live load', async () => {
    // Ann 5 + Bob 3; Cat is on leave and Dan not accepting. Ann holds P1, P2, P8, Bob P3.
    expect((await providerView(demo)).capacity).toEqual({ employees: 2, total: 8, open: 4, remaining: 4 });
  });

  // guide 5.4.9: "进行中的项目在任一节点被客户侧驳回过，该项目则被认为是被驳回项目"
  it('counts in-progress projects the customer rejected, their share of all projects and their departments', async () => {
    // P1: the customer rejected its check step; P2's rejection was a provider-side review, not the customer's
    expect((await providerView(demo)).rejected).toEqual({
      projects: 1,
      total: 17,
      percent: 5.9,
      perDepartment: [{ departmentId: id('deptA'), departmentName: '交付一部', projects: 1 }],
    });
  });

  it('stops counting a customer-rejected project once it is no longer in progress, and counts it while paused', async () => {
    const setStatus = (status: 'completed' | 'paused' | 'running') =>
      t.deps.db
        .update(deliveryProjects)
        .set({ status })
        .where(eq(deliveryProjects.id, pid('P1')));
    try {
      await setStatus('completed');
      expect((await providerView(demo)).rejected).toMatchObject({ projects: 0, total: 17, perDepartment: [] });
      await setStatus('paused');
      expect((await providerView(demo)).rejected).toMatchObject({ projects: 1 });
    } finally {
      await setStatus('running');
    }
  });

  it('links overdue and paused projects with their current node and since when', async () => {
    const w = await providerView(demo);
    expect(w.overdue).toEqual({
      total: 1,
      items: [
        {
          id: pid('P6'),
          orderNo: expect.any(String),
          productName: '交付视图服务',
          currentNodeId: 'work',
          currentNodeName: '交付',
          since: '2026-05-29T09:30:00.000Z',
        },
      ],
    });
    expect(w.paused).toEqual({
      total: 1,
      items: [
        {
          id: pid('P7'),
          orderNo: expect.any(String),
          productName: '交付视图服务',
          currentNodeId: 'work',
          currentNodeName: '交付',
          since: '2026-05-20T02:00:00.000Z',
        },
      ],
    });
  });

  it('lists only this provider’s reviews scoring below 5, newest first, with the project score', async () => {
    const { badReviews } = await providerView(demo);
    expect(badReviews.total).toBe(4);
    expect(badReviews.items.map((r) => [r.projectId, r.score])).toEqual([
      [pid('C3'), 4.7],
      [pid('C2'), 4],
      [pid('C8'), 3],
      [pid('C9'), 4.7],
    ]);
    expect(badReviews.items[1]).toMatchObject({ quality: 4, attitude: 5, speed: 3, comment: '慢', createdAt: '2026-05-31T15:40:00.000Z' });
  });

  it("never counts another seller's projects: acme sees only its own", async () => {
    const w = await providerView(acme);
    expect(w.tasks).toEqual({ due: 1, done: 1, completionRate: 100, doneEarly: 1 });
    expect(w.delivered).toEqual({ today: 1, yesterday: 0, thisMonth: 1, lastMonth: 0 });
    expect(w.unassigned).toBe(1);
    expect(w.capacity).toEqual({ employees: 1, total: 9, open: 0, remaining: 9 });
    expect(w.rejected).toMatchObject({ projects: 1, total: 3, percent: 33.3 });
    expect(w.overdue.total + w.paused.total).toBe(0);
    expect(w.badReviews.items.map((r) => r.projectId)).toEqual([pid('A2')]);
  });

  it('answers 403 to a sub-account without delivery.projects.view, and serves one that has it', async () => {
    const ops = await t.agent('ops@demoisv');
    const res = await ops.get(`${API}/delivery/workbench/provider`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'permission_denied' });
    const viewer = await addStaff(t, { sellerId: t.seed.demoSellerId, permissions: ['delivery.projects.view'] });
    expect((await providerView(await t.agent(viewer.loginName))).tasks.due).toBe(4);
  });

  it('refuses a date that does not exist', async () => {
    const res = await demo.get(`${API}/delivery/workbench/provider?date=2026-02-30`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed' });
  });
});

describe('the employee workbench', () => {
  it("counts the caller's tasks of the day: due, done (early ones too), rejected back and pending", async () => {
    const w = await myView(e1Agent, `?date=${D}`);
    expect(w.me).toMatchObject({ userId: id('e1'), displayName: 'Ann', departmentName: '交付一部' });
    expect(w.tasks).toEqual({ due: 2, done: 3, rejected: 1, pending: 0 });
    expect(w.products).toEqual([
      { productId: 'prd_wb_a', productName: '官网建设', due: 1, done: 1, rejected: 1, pending: 0 },
      { productId: 'prd_wb_b', productName: '小程序开发', due: 1, done: 2, rejected: 0, pending: 0 },
    ]);
    expect((await myView(e2Agent)).tasks).toEqual({ due: 1, done: 0, rejected: 0, pending: 1 });
  });

  it('narrows the day to one product tab, with its task names', async () => {
    const w = await myView(e1Agent, '?productId=prd_wb_a');
    expect(w.productId).toBe('prd_wb_a');
    expect(w.tasks).toEqual({ due: 1, done: 1, rejected: 1, pending: 0 });
    expect(w.nodes).toEqual([{ nodeId: 'work', nodeName: '交付', due: 1, done: 1, rejected: 1, pending: 0 }]);
    expect(w.products).toHaveLength(2);
  });

  it('sums the month: delivered, good reviews, average delivery time and on-time rate', async () => {
    // C3 48 h, C4 12 h, C7 6 h; C7's 5/5/5 is good, C4's default 5/5/5 is not; P1 and P8 on time, P2 late
    expect((await myView(e1Agent)).month).toEqual({ month: '2026-06', delivered: 3, goodReviews: 1, averageDeliveryHours: 22, onTimeRate: 66.7 });
    expect((await myView(e1Agent, '?date=2026-05-20')).month).toEqual({
      month: '2026-05',
      delivered: 1,
      goodReviews: 0,
      averageDeliveryHours: 279.5,
      onTimeRate: null,
    });
  });

  it('counts the year month by month, and all time', async () => {
    const { year } = await myView(e1Agent);
    expect(year).toEqual({ year: 2026, monthly: [0, 1, 1, 0, 1, 3, 0, 0, 0, 0, 0, 0], total: 6, allTime: 7 });
  });

  it("ranks the provider's employees by deliveries this month, ties sharing a place", async () => {
    const mine = await myView(e1Agent);
    expect(mine.ranking).toEqual({
      month: '2026-06',
      place: 1,
      of: 4,
      top: [
        { place: 1, userId: id('e1'), displayName: 'Ann', delivered: 3 },
        { place: 2, userId: id('e2'), displayName: 'Bob', delivered: 1 },
        { place: 2, userId: id('e3'), displayName: 'Cat', delivered: 1 },
        { place: 4, userId: id('e4'), displayName: 'Dan', delivered: 0 },
      ],
    });
    expect((await myView(e2Agent)).ranking.place).toBe(2);
  });

  it("shows the last 4 customer reviews of the caller's projects, newest first", async () => {
    const { reviews: last } = await myView(e1Agent);
    expect(last.map((r) => [r.projectId, r.score])).toEqual([
      [pid('C7'), 5],
      [pid('C3'), 4.7],
      [pid('C2'), 4],
      [pid('C8'), 3],
    ]);
    expect(last[0]).toMatchObject({ comment: '很好', quality: 5, attitude: 5, speed: 5 });
  });

  it('answers 404 not_found to a caller without a delivery profile', async () => {
    const res = await demo.get(`${API}/delivery/workbench/me`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
    expect((await demo.put(`${API}/delivery/me/avatar`, { fileId: 'fil_x' })).statusCode).toBe(404);
  });
});

describe('the employee avatar', () => {
  it("refuses another user's upload as unknown, and a file uploaded for another purpose", async () => {
    const bobs = await uploadAs(e2Agent, 'avatar', 'bob.png', pngBytes());
    const res = await e1Agent.put(`${API}/delivery/me/avatar`, { fileId: bobs });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
    const document = await uploadAs(e1Agent, 'document', 'cv.pdf', pdfBytes());
    const wrong = await e1Agent.put(`${API}/delivery/me/avatar`, { fileId: document });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'validation_failed', accepted: ['avatar'] });
    expect((await myView(e1Agent)).me.avatarFileId).toBeNull();
  });

  it('stores my avatar, shows it on my workbench from a URL I can read, and removes it', async () => {
    const mine = await uploadAs(e1Agent, 'avatar', 'me.jpg', jpegBytes());
    const res = await e1Agent.put(`${API}/delivery/me/avatar`, { fileId: mine });
    expect(res.statusCode, res.body).toBe(200);
    const avatar = res.json<Avatar>();
    expect(avatar).toEqual({ avatarFileId: mine, avatarUrl: `${API}/files/${mine}` });
    expect((await myView(e1Agent)).me).toMatchObject({ avatarFileId: mine, avatarUrl: `${API}/files/${mine}` });
    const image = await e1Agent.get(avatar.avatarUrl ?? '');
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');

    expect((await e1Agent.delete(`${API}/delivery/me/avatar`)).statusCode).toBe(204);
    expect((await myView(e1Agent)).me).toMatchObject({ avatarFileId: null, avatarUrl: null });
  });

  it('deletes the photo it replaces or removes, row and bytes, and keeps the one it sets', async () => {
    const first = await uploadAs(e1Agent, 'avatar', 'one.png', pngBytes());
    const second = await uploadAs(e1Agent, 'avatar', 'two.png', pngBytes());
    const firstKey = (await findFile(t.deps, first))?.storageKey ?? '';
    expect((await e1Agent.put(`${API}/delivery/me/avatar`, { fileId: first })).statusCode).toBe(200);
    // setting the same photo again deletes nothing
    expect((await e1Agent.put(`${API}/delivery/me/avatar`, { fileId: first })).statusCode).toBe(200);
    expect((await e1Agent.get(`${API}/files/${first}`)).statusCode).toBe(200);

    expect((await e1Agent.put(`${API}/delivery/me/avatar`, { fileId: second })).statusCode).toBe(200);
    await t.deps.outbox.drain();
    expect(await findFile(t.deps, first)).toBeNull();
    await expect(t.deps.storage.get(firstKey)).rejects.toThrow();
    expect((await e1Agent.get(`${API}/files/${second}`)).statusCode).toBe(200);

    expect((await e1Agent.delete(`${API}/delivery/me/avatar`)).statusCode).toBe(204);
    await t.deps.outbox.drain();
    expect(await findFile(t.deps, second)).toBeNull();
  });

  it('sweeps photos left unset for a day, and nothing in use or of another purpose', async () => {
    const kept = await uploadAs(e2Agent, 'avatar', 'kept.png', pngBytes());
    expect((await e2Agent.put(`${API}/delivery/me/avatar`, { fileId: kept })).statusCode).toBe(200);
    const abandoned = await uploadAs(e1Agent, 'avatar', 'abandoned.png', pngBytes());
    const cv = await uploadAs(e1Agent, 'document', 'cv.pdf', pdfBytes());

    t.clock.advance(AVATAR_GRACE_MS - 60 * 60_000);
    await t.deps.scheduler.runDue();
    expect(await findFile(t.deps, abandoned)).not.toBeNull();

    t.clock.advance(2 * 60 * 60_000);
    await t.deps.scheduler.runDue();
    await t.deps.outbox.drain();
    expect(await findFile(t.deps, abandoned)).toBeNull();
    expect(await findFile(t.deps, kept)).not.toBeNull();
    expect(await findFile(t.deps, cv)).not.toBeNull();
  });
});
