import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emit } from '../../../platform/outbox.js';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { INSTANCE_IN_SERVICE, instances } from '../../orders/index.js';
import { NOTIFICATION_TOPIC } from '../../notifications/index.js';
import { eventsOf, seedTestCatalog, type Catalog } from '../../../test/kits/orders.js';
import { deliveryAssignments, deliveryProjects, deliveryProviderLinks } from '../delivery.tables.js';
import {
  addEmployee,
  buyService,
  demand,
  logOf,
  node,
  project,
  publishTemplate,
  retireEmployees,
  tasksOf,
} from '../../../test/kits/delivery/delivery-test-kit.js';
import { addStaff } from '../../../test/kits/delivery/views.fixtures.js';
import { closeProjectsOfInstance, startProject } from '../projects/index.js';

let t: TestApp;
let c: Catalog;
let buyer: Agent;
let demo: Agent;

beforeAll(async () => {
  t = await createTestApp();
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  buyer = await t.agent('buyer');
  demo = await t.agent('demo');
});
afterAll(() => t.close());
afterEach(() => retireEmployees(t));

/** Who was told that project `id` ended early: [recipient, template, reason?] */
async function closedNotices(id: string) {
  return (await eventsOf(t, NOTIFICATION_TOPIC))
    .filter((e) => e.link === `/delivery/projects/${id}` || e.link === `/buyer/projects/${id}`)
    .filter((e) => /^delivery\.(flow_closed|refunded)_/.test(String(e.template)))
    .map((e) => [e.userId, e.template, (e.params as { reason?: string }).reason ?? null]);
}

const flow = [node.provider, node.submit, node.assign('developer'), node.work(), node.check(), node.complete({ timeoutDays: 14, autoAdvance: true })];
const buyerUrl = (id: string, action: string) => `/api/v1/buyer/delivery/projects/${id}/${action}`;
const sellerUrl = (id: string, action: string) => `/api/v1/delivery/projects/${id}/${action}`;

async function started(): Promise<{ id: string; dev: { userId: string; loginName: string } }> {
  await publishTemplate(t, t.seed.demoSellerId, flow, c.service);
  const dev = await addEmployee(t, { sellerId: t.seed.demoSellerId, roles: ['developer'], maxOpen: 5 });
  const { project: p } = await buyService(t, buyer, c.service, c.serviceSpec);
  return { id: p.id, dev };
}

describe('the delivery flow', () => {
  it('starts one project per paid service order at run 1 and walks submit → assign → work → confirm → complete', async () => {
    const { id, dev } = await started();
    expect(await project(t, id)).toMatchObject({
      run: 1,
      status: 'running',
      providerSellerId: t.seed.demoSellerId,
      currentNodeId: 'req',
      productName: '测试服务',
    });

    const incomplete = await buyer.post(buyerUrl(id, 'submit-requirements'), { nodeId: 'req', answers: { contact_name: '张三' } });
    expect([incomplete.statusCode, incomplete.json().code]).toEqual([400, 'validation_failed']);
    const submitted = await buyer.post(buyerUrl(id, 'submit-requirements'), { nodeId: 'req', answers: demand });
    expect(submitted.statusCode, submitted.body).toBe(200);
    // the assign node ran at once: the developer operates the work node
    expect(submitted.json()).toMatchObject({ currentNodeId: 'work', liveTask: { nodeId: 'work', side: 'provider', assigneeId: dev.userId } });

    // the vendor's project viewers (delivery.projects.view) see the project but the step is not theirs
    const viewer = await t.agent((await addStaff(t, { sellerId: t.seed.demoSellerId, permissions: ['delivery.projects.view'] })).loginName);
    expect((await viewer.post(sellerUrl(id, 'complete-task'), { nodeId: 'work' })).json().code).toBe('not_your_task');
    // a colleague without delivery permission (the orders group) does not see it at all (issue 17)
    const ops = await t.agent('ops@demoisv');
    expect((await ops.post(sellerUrl(id, 'complete-task'), { nodeId: 'work' })).json().code).toBe('not_found');
    const employee = await t.agent(dev.loginName);
    expect((await employee.post(sellerUrl(id, 'complete-task'), { nodeId: 'work' })).json()).toMatchObject({ currentNodeId: 'chk' });
    // the same action again finds the flow moved on
    expect((await employee.post(sellerUrl(id, 'complete-task'), { nodeId: 'work' })).statusCode).toBe(409);

    expect((await buyer.post(buyerUrl(id, 'confirm'), { nodeId: 'chk' })).json()).toMatchObject({ currentNodeId: 'done' });
    const done = await buyer.post(buyerUrl(id, 'complete-project'), { nodeId: 'done' });
    expect(done.json()).toMatchObject({ status: 'completed', liveTask: null });
    expect((await project(t, id)).completedAt).toEqual(t.clock.now());
    const active = await t.deps.db
      .select()
      .from(deliveryAssignments)
      .where(and(eq(deliveryAssignments.projectId, id), isNull(deliveryAssignments.releasedAt)));
    expect(active).toEqual([]);
    expect((await logOf(t, id)).map((l) => `${l.event}:${l.nodeId}`)).toEqual([
      'node_entered:ap',
      'provider_assigned:ap',
      'node_completed:ap',
      'node_entered:req',
      'node_completed:req',
      'node_entered:asg',
      'operator_assigned:asg',
      'node_completed:asg',
      'node_entered:work',
      'node_completed:work',
      'node_entered:chk',
      'node_completed:chk',
      'node_entered:done',
      'node_completed:done',
      'project_completed:done',
    ]);
    expect((await tasksOf(t, id)).find((x) => x.nodeId === 'req')?.data).toEqual({ answers: demand });
  });

  it('makes no second project when the in_service event is replayed', async () => {
    const { id } = await started();
    const p = await project(t, id);
    const payload = { instanceId: p.instanceId ?? '', orderId: p.orderId, productId: p.productId, sellerId: p.vendorSellerId, buyerId: p.buyerId };
    expect(await startProject(t.deps, payload)).toBeNull();
    await t.deps.db.transaction((tx) => emit(tx, t.clock.now(), INSTANCE_IN_SERVICE, payload));
    await t.deps.outbox.drain();
    expect(await t.deps.db.select({ id: deliveryProjects.id }).from(deliveryProjects).where(eq(deliveryProjects.orderId, p.orderId))).toHaveLength(1);
  });

  it('returns a rejection exactly one step back, as a new attempt for the same operator', async () => {
    const { id, dev } = await started();
    await buyer.post(buyerUrl(id, 'submit-requirements'), { nodeId: 'req', answers: demand });
    await (await t.agent(dev.loginName)).post(sellerUrl(id, 'complete-task'), { nodeId: 'work' });
    const rejected = await buyer.post(buyerUrl(id, 'reject'), { nodeId: 'chk', reason: '首页配色不对' });
    expect(rejected.json()).toMatchObject({ currentNodeId: 'work', liveTask: { nodeId: 'work', assigneeId: dev.userId } });
    const tasks = await tasksOf(t, id);
    expect(tasks.filter((x) => x.nodeId === 'work').map((x) => [x.attempt, x.status])).toEqual([
      [1, 'done'],
      [2, 'open'],
    ]);
    expect(tasks.find((x) => x.nodeId === 'chk')).toMatchObject({ status: 'rejected', data: { reason: '首页配色不对' } });
    expect((await logOf(t, id)).filter((l) => l.event === 'node_rejected')).toEqual([
      expect.objectContaining({ nodeId: 'chk', detail: { reason: '首页配色不对', returnedTo: 'work' } }),
    ]);
    // a step that is not rejectable refuses
    expect((await (await t.agent(dev.loginName)).post(sellerUrl(id, 'reject'), { nodeId: 'work', reason: 'x' })).json().code).toBe('step_not_rejectable');
  });

  it('refuses work on a paused project until it is resumed', async () => {
    const { id } = await started();
    expect((await demo.post(sellerUrl(id, 'pause'), { reason: '客户出差' })).json()).toMatchObject({ status: 'paused' });
    const refused = await buyer.post(buyerUrl(id, 'submit-requirements'), { nodeId: 'req', answers: demand });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'project_paused']);
    expect((await demo.post(sellerUrl(id, 'pause'), { reason: 'again' })).json().code).toBe('project_paused');
    expect((await demo.post(sellerUrl(id, 'resume'))).json()).toMatchObject({ status: 'running' });
    expect((await buyer.post(buyerUrl(id, 'submit-requirements'), { nodeId: 'req', answers: demand })).statusCode).toBe(200);
  });

  it('restarts the flow at run 2 on a provider change and keeps run 1 with its log', async () => {
    const { id } = await started();
    await buyer.post(buyerUrl(id, 'submit-requirements'), { nodeId: 'req', answers: demand });
    const refused = await demo.post(sellerUrl(id, 'change-provider'), { providerSellerId: t.seed.acmeSellerId });
    expect([refused.statusCode, refused.json().code]).toEqual([422, 'provider_not_linked']);
    await t.deps.db.insert(deliveryProviderLinks).values({
      id: `lnk_${id}`,
      vendorSellerId: t.seed.demoSellerId,
      providerSellerId: t.seed.acmeSellerId,
      createdBy: t.seed.operatorId,
      createdAt: t.clock.now(),
    });
    // the provider cannot move the project; only its vendor
    expect((await (await t.agent('acme')).post(sellerUrl(id, 'change-provider'), { providerSellerId: t.seed.acmeSellerId })).statusCode).toBe(404);
    const moved = await demo.post(sellerUrl(id, 'change-provider'), { providerSellerId: t.seed.acmeSellerId });
    expect(moved.json()).toMatchObject({ run: 2, providerSellerId: t.seed.acmeSellerId, status: 'running', currentNodeId: 'req' });
    const tasks = await tasksOf(t, id);
    expect(tasks.filter((x) => x.run === 1).map((x) => `${x.nodeId}:${x.status}`)).toEqual(['ap:done', 'req:done', 'asg:done', 'work:cancelled']);
    expect(tasks.filter((x) => x.run === 2).map((x) => `${x.nodeId}:${x.status}`)).toEqual(['ap:done', 'req:open']);
    const log = await logOf(t, id);
    expect(log.filter((l) => l.run === 1).map((l) => l.event)).toContain('provider_changed');
    expect(log.filter((l) => l.run === 1).map((l) => l.event)).toContain('operator_assigned');
    expect(log.filter((l) => l.run === 2)[0]).toMatchObject({ event: 'node_entered', nodeId: 'ap' });
    const active = await t.deps.db
      .select()
      .from(deliveryAssignments)
      .where(and(eq(deliveryAssignments.projectId, id), isNull(deliveryAssignments.releasedAt)));
    expect(active).toEqual([]);
  });

  it('lets an operator cancel a disputed flow, and nobody act on it afterwards', async () => {
    const { id } = await started();
    const op = await t.agent('operator');
    expect((await op.post(`/api/v1/operator/delivery/projects/${id}/cancel`, { reason: '双方纠纷' })).json()).toMatchObject({
      status: 'cancelled',
      liveTask: null,
    });
    expect((await buyer.post(buyerUrl(id, 'submit-requirements'), { nodeId: 'req', answers: demand })).json().code).toBe('project_not_running');
    expect((await op.post(`/api/v1/operator/delivery/projects/${id}/cancel`, { reason: 'again' })).statusCode).toBe(409);
    // the customer and the vendor (here also the provider) hear why; nobody is told twice
    expect(await closedNotices(id)).toEqual([
      [t.seed.demoMainId, 'delivery.flow_closed_provider', '双方纠纷'],
      [t.seed.buyerId, 'delivery.flow_closed_customer', '双方纠纷'],
    ]);
  });

  it('cancels an unfinished project when an approved refund releases its instance, and frees its operator', async () => {
    const { id, dev } = await started();
    const submitted = await buyer.post(buyerUrl(id, 'submit-requirements'), { nodeId: 'req', answers: demand });
    expect(submitted.json()).toMatchObject({ currentNodeId: 'work', liveTask: { assigneeId: dev.userId } });
    const p = await project(t, id);
    const asked = await buyer.post(`/api/v1/buyer/orders/${p.orderId}/refunds`, { reason: '不需要了' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await demo.post(`/api/v1/seller/refunds/${asked.json().id}/approve`, {})).statusCode).toBe(200);
    await t.deps.outbox.drain();

    expect(await project(t, id)).toMatchObject({ status: 'cancelled', cancelledAt: t.clock.now(), overdue: false });
    expect((await tasksOf(t, id)).some((x) => x.status === 'open' || x.status === 'waiting')).toBe(false);
    const active = await t.deps.db
      .select({ id: deliveryAssignments.id })
      .from(deliveryAssignments)
      .where(and(eq(deliveryAssignments.projectId, id), isNull(deliveryAssignments.releasedAt)));
    expect(active).toHaveLength(0);
    expect((await logOf(t, id)).map((e) => e.event).at(-1)).toBe('instance_closed');
    // nobody can act on it any more; a replayed start or close changes nothing
    expect((await (await t.agent(dev.loginName)).post(sellerUrl(id, 'complete-task'), { nodeId: 'work' })).statusCode).toBe(409);
    const payload = { instanceId: p.instanceId ?? '', orderId: p.orderId, productId: p.productId, sellerId: p.vendorSellerId, buyerId: p.buyerId };
    expect(await startProject(t.deps, payload)).toBeNull();
    expect(await closeProjectsOfInstance(t.deps, p.instanceId ?? '')).toBe(0);
    // the developer whose work vanished and the seller hear of it; the customer asked for the refund
    expect((await closedNotices(id)).sort()).toEqual(
      [
        [dev.userId, 'delivery.refunded_provider', null],
        [t.seed.demoMainId, 'delivery.refunded_provider', null],
      ].sort(),
    );
  });

  it('does not start a project for an instance closed before the in_service event was handled', async () => {
    const { id } = await started();
    const p = await project(t, id);
    await t.deps.db
      .update(instances)
      .set({ status: 'closed' })
      .where(eq(instances.id, p.instanceId ?? ''));
    // the same instance under a new order id: only the closed instance stops it
    expect(
      await startProject(t.deps, {
        instanceId: p.instanceId ?? '',
        orderId: 'ord_replay_closed',
        productId: p.productId,
        sellerId: p.vendorSellerId,
        buyerId: p.buyerId,
      }),
    ).toBeNull();
  });

  it('hides another buyer’s project (404) and refuses a customer on a provider step', async () => {
    const { id } = await started();
    expect((await (await t.agent('acme')).post(sellerUrl(id, 'pause'), { reason: 'x' })).statusCode).toBe(404);
    await buyer.post(buyerUrl(id, 'submit-requirements'), { nodeId: 'req', answers: demand });
    expect((await buyer.post(buyerUrl(id, 'complete-task'), { nodeId: 'work' })).json().code).toBe('not_your_task');
  });
});
