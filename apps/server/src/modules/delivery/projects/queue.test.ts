import type { QueueReply } from '@cloudmart/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import {
  addEmployee,
  addLeave,
  logOf,
  node,
  project,
  publishTemplate,
  setProviders,
  startDirect,
  tasksOf,
} from '../../../test/kits/delivery/delivery-test-kit.js';
import { productQueueState } from './queue.service.js';
import { addStaff } from '../../../test/kits/delivery/views.fixtures.js';

/*
 * 排队情况 end to end. The tests build on each other in order: the vendor's queue first,
 * then a retry after raising capacity, then the provider's employee queue and its retry.
 */

const API = '/api/v1';
let t: TestApp;
let demo: Agent;
let acme: Agent;
const ids: Record<string, string> = {};
const at: Record<string, Date> = {};

const demoId = () => t.seed.demoSellerId;
const acmeId = () => t.seed.acmeSellerId;
const simpleFlow = [node.provider, node.submit, node.complete()];
const assignFlow = (role: string) => [node.provider, node.assign(role), node.work({ role }), node.complete()];

async function queueOf(agent: Agent, query = ''): Promise<QueueReply> {
  const res = await agent.get(`${API}/delivery/queue${query}`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** Start a project now and remember it (and when it started) under `key`. */
async function start(key: string, productId: string, vendorSellerId: string): Promise<void> {
  at[key] = t.clock.now();
  ids[key] = await startDirect(t, productId, vendorSellerId);
  t.clock.advance(MINUTE);
}

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  [demo, acme] = await Promise.all([t.agent('demo'), t.agent('acme')]);
});
afterAll(() => t.close());

describe('the provider queue (projects of my products)', () => {
  it("lists the vendor's queued projects oldest first with their place per product and each product's provider capacity", async () => {
    await publishTemplate(t, demoId(), simpleFlow, 'prd_qa');
    await publishTemplate(t, demoId(), simpleFlow, 'prd_qb');
    await publishTemplate(t, acmeId(), simpleFlow, 'prd_qx');
    await setProviders(t, 'prd_qa', [{ providerSellerId: demoId(), weight: 1, maxOpen: 1 }]);
    await setProviders(t, 'prd_qb', [{ providerSellerId: demoId(), weight: 0, maxOpen: 5 }]);
    await setProviders(t, 'prd_qx', [{ providerSellerId: acmeId(), weight: 1, maxOpen: 0 }]);
    await start('a0', 'prd_qa', demoId());
    await start('a1', 'prd_qa', demoId());
    await start('b1', 'prd_qb', demoId());
    await start('x1', 'prd_qx', acmeId());
    await start('a2', 'prd_qa', demoId());
    await start('a3', 'prd_qa', demoId());
    expect((await project(t, ids.a0 ?? '')).status).toBe('running');
    t.clock.advance(10 * MINUTE);

    const q = await queueOf(demo);
    expect(q.projects.total).toBe(4);
    expect(q.projects.items.map((p) => [p.id, p.productId, p.place])).toEqual([
      [ids.a1, 'prd_qa', 1],
      [ids.b1, 'prd_qb', 1],
      [ids.a2, 'prd_qa', 2],
      [ids.a3, 'prd_qa', 3],
    ]);
    const first = q.projects.items[0];
    expect(first).toMatchObject({ productName: '交付测试服务', customer: { id: t.seed.buyerId, name: '演示买家' }, queuedAt: at.a1?.toISOString() });
    // a1 queued, then 4 more starts a minute apart, then 10 minutes
    expect(first?.waitedMs).toBe(15 * MINUTE);
    expect(q.projects.capacity).toEqual([
      {
        productId: 'prd_qa',
        productName: '交付测试服务',
        queued: 3,
        state: 'full',
        providers: [{ providerSellerId: demoId(), providerName: 'Demo ISV', weight: 1, maxOpen: 1, open: 1 }],
      },
      {
        productId: 'prd_qb',
        productName: '交付测试服务',
        queued: 1,
        state: 'no_provider',
        providers: [{ providerSellerId: demoId(), providerName: 'Demo ISV', weight: 0, maxOpen: 5, open: 0 }],
      },
    ]);
  });

  it("never lists another vendor's queued projects", async () => {
    const q = await queueOf(acme);
    expect(q.projects.items.map((p) => p.id)).toEqual([ids.x1]);
    expect(q.projects.total).toBe(1);
    expect(q.projects.capacity.map((c) => [c.productId, c.state])).toEqual([['prd_qx', 'full']]);
    expect((await queueOf(demo)).projects.items.map((p) => p.id)).not.toContain(ids.x1);
  });

  it('pages the queue and keeps each place across pages', async () => {
    const q = await queueOf(demo, '?projectsPage=2&projectsPageSize=3');
    expect([q.projects.total, q.projects.page, q.projects.pageSize]).toEqual([4, 2, 3]);
    expect(q.projects.items.map((p) => [p.id, p.place])).toEqual([[ids.a3, 3]]);
    expect((await demo.get(`${API}/delivery/queue?projectsPageSize=101`)).statusCode).toBe(400);
  });

  it("retry places the oldest queued project first after capacity is raised, answers the count, and never touches another seller's queue", async () => {
    await setProviders(t, 'prd_qa', [{ providerSellerId: demoId(), weight: 1, maxOpen: 2 }]);
    // acme has room too now: only acme's own retry (or the sweep) may use it
    await setProviders(t, 'prd_qx', [{ providerSellerId: acmeId(), weight: 1, maxOpen: 5 }]);
    const res = await demo.post(`${API}/delivery/queue/retry`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ providersAssigned: 1, employeesAssigned: 0 });
    const statuses = await Promise.all(['a1', 'a2', 'a3', 'b1', 'x1'].map(async (k) => (await project(t, ids[k] ?? '')).status));
    expect(statuses).toEqual(['running', 'queued', 'queued', 'queued', 'queued']);
    expect(await project(t, ids.a1 ?? '')).toMatchObject({ providerSellerId: demoId(), currentNodeId: 'req', queuedAt: null });
    expect((await logOf(t, ids.a1 ?? '')).find((l) => l.event === 'provider_assigned')).toMatchObject({ actorId: t.seed.demoMainId });

    const after = await queueOf(demo);
    expect(after.projects.items.map((p) => [p.id, p.place])).toEqual([
      [ids.b1, 1],
      [ids.a2, 1],
      [ids.a3, 2],
    ]);
    expect(after.projects.capacity[0]).toMatchObject({ productId: 'prd_qa', queued: 2, state: 'full', providers: [{ maxOpen: 2, open: 2 }] });

    expect((await acme.post(`${API}/delivery/queue/retry`)).json()).toEqual({ providersAssigned: 1, employeesAssigned: 0 });
    expect((await project(t, ids.x1 ?? '')).status).toBe('running');
  });
});

describe('the employee queue (tasks of my deliveries)', () => {
  it('lists waiting tasks of the provider oldest first with the available employees per role (on leave and full not counted)', async () => {
    await publishTemplate(t, demoId(), assignFlow('tester'), 'prd_qt');
    await publishTemplate(t, demoId(), assignFlow('designer'), 'prd_qd');
    await publishTemplate(t, acmeId(), assignFlow('tester'), 'prd_qy');
    const full = await addEmployee(t, { sellerId: demoId(), roles: ['tester'], maxOpen: 1 });
    const away = await addEmployee(t, { sellerId: demoId(), roles: ['tester', 'developer'], maxOpen: 5 });
    await addLeave(t, away.userId, new Date(t.clock.now().getTime() - HOUR), new Date(t.clock.now().getTime() + 24 * HOUR));
    await start('t0', 'prd_qt', demoId());
    expect((await tasksOf(t, ids.t0 ?? '')).at(-1)).toMatchObject({ nodeId: 'work', assigneeId: full.userId });
    await start('t1', 'prd_qt', demoId());
    await start('d1', 'prd_qd', demoId());
    await start('y1', 'prd_qy', acmeId());
    await start('t2', 'prd_qt', demoId());
    ids.free = (await addEmployee(t, { sellerId: demoId(), roles: ['tester'], maxOpen: 1 })).userId;
    t.clock.advance(HOUR);

    const q = await queueOf(demo);
    expect(q.tasks.total).toBe(3);
    expect(q.tasks.items.map((x) => [x.projectId, x.nodeId, x.nodeName, x.role])).toEqual([
      [ids.t1, 'asg', '分配订单', 'tester'],
      [ids.d1, 'asg', '分配订单', 'designer'],
      [ids.t2, 'asg', '分配订单', 'tester'],
    ]);
    expect(q.tasks.items[0]).toMatchObject({ productName: '交付测试服务', enteredAt: at.t1?.toISOString(), waitedMs: 4 * MINUTE + HOUR });
    expect(q.tasks.roles).toEqual([
      { role: 'designer', waiting: 1, employees: 0, available: 0 },
      { role: 'tester', waiting: 2, employees: 3, available: 1 },
    ]);

    const other = await queueOf(acme);
    expect(other.tasks.items.map((x) => x.projectId)).toEqual([ids.y1]);
    expect(other.tasks.roles).toEqual([{ role: 'tester', waiting: 1, employees: 0, available: 0 }]);
    expect((await queueOf(demo, '?tasksPage=2&tasksPageSize=2')).tasks.items.map((x) => x.projectId)).toEqual([ids.t2]);
  });

  it("retry gives the oldest waiting task the free employee, answers the count, and leaves another provider's tasks waiting", async () => {
    const acmeTester = await addEmployee(t, { sellerId: acmeId(), roles: ['tester'], maxOpen: 5 });
    expect((await demo.post(`${API}/delivery/queue/retry`)).json()).toEqual({ providersAssigned: 0, employeesAssigned: 1 });
    expect((await tasksOf(t, ids.t1 ?? '')).at(-1)).toMatchObject({ nodeId: 'work', status: 'open', assigneeId: ids.free });
    expect((await tasksOf(t, ids.t2 ?? '')).at(-1)).toMatchObject({ nodeId: 'asg', status: 'waiting' });
    expect((await tasksOf(t, ids.y1 ?? '')).at(-1)).toMatchObject({ nodeId: 'asg', status: 'waiting' });
    expect((await queueOf(demo)).tasks.roles).toEqual([
      { role: 'designer', waiting: 1, employees: 0, available: 0 },
      { role: 'tester', waiting: 1, employees: 3, available: 0 },
    ]);

    expect((await acme.post(`${API}/delivery/queue/retry`)).json()).toEqual({ providersAssigned: 0, employeesAssigned: 1 });
    expect((await tasksOf(t, ids.y1 ?? '')).at(-1)).toMatchObject({ nodeId: 'work', assigneeId: acmeTester.userId });
  });
});

describe('who may see and retry the queue', () => {
  it('answers 403 to a sub-account without delivery.projects.view on the list and without delivery.projects.manage on retry', async () => {
    const viewer = await addStaff(t, { sellerId: demoId(), permissions: ['delivery.projects.view'] });
    const viewerAgent = await t.agent(viewer.loginName);
    expect((await viewerAgent.get(`${API}/delivery/queue`)).statusCode).toBe(200);
    const retry = await viewerAgent.post(`${API}/delivery/queue/retry`);
    expect([retry.statusCode, retry.json().code]).toEqual([403, 'permission_denied']);

    const ops = await t.agent('ops@demoisv');
    const list = await ops.get(`${API}/delivery/queue`);
    expect([list.statusCode, list.json().code]).toEqual([403, 'permission_denied']);

    const manager = await addStaff(t, { sellerId: demoId(), permissions: ['delivery.projects.manage'] });
    expect((await (await t.agent(manager.loginName)).post(`${API}/delivery/queue/retry`)).json()).toEqual({ providersAssigned: 0, employeesAssigned: 0 });
  });
});

describe('why a product queues', () => {
  it('is full when every weighted provider is at its maximum, has no provider when no weight is above 0, and has room otherwise', () => {
    expect(
      productQueueState([
        { weight: 1, maxOpen: 2, open: 2 },
        { weight: 0, maxOpen: 5, open: 0 },
      ]),
    ).toBe('full');
    expect(productQueueState([{ weight: 0, maxOpen: 5, open: 0 }])).toBe('no_provider');
    expect(
      productQueueState([
        { weight: 1, maxOpen: 2, open: 2 },
        { weight: 3, maxOpen: 2, open: 1 },
      ]),
    ).toBe('room');
    // no rows: the vendor delivers its own product without a limit
    expect(productQueueState([])).toBe('room');
  });
});
