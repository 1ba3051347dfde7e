import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { addEmployee, buyService, demand, node, publishTemplate, retireEmployees } from '../../test/kits/delivery/delivery-test-kit.js';

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

const flow = [node.provider, node.submit, node.assign('developer'), node.work(), node.check(), node.complete({ timeoutDays: 14, autoAdvance: true })];
const buyerUrl = (id: string, action: string) => `/api/v1/buyer/delivery/projects/${id}/${action}`;

async function started() {
  await publishTemplate(t, t.seed.demoSellerId, flow, c.service);
  const dev = await addEmployee(t, { sellerId: t.seed.demoSellerId, roles: ['developer'], maxOpen: 5 });
  const { project } = await buyService(t, buyer, c.service, c.serviceSpec);
  return { project, dev };
}

async function statusSeenBy(instanceId: string) {
  const [b, s] = await Promise.all([buyer.get(`/api/v1/buyer/instances/${instanceId}`), demo.get(`/api/v1/seller/instances/${instanceId}`)]);
  return [b.json().status, s.json().status];
}

describe('guide 2.1 "服务中：服务类商品，服务流程尚未结束": a service instance leaves in_service when its flow ends', () => {
  it('is in_service while the project runs and opened (已开通) once the project completes', async () => {
    const { project, dev } = await started();
    const instanceId = project.instanceId ?? '';
    expect(await statusSeenBy(instanceId)).toEqual(['in_service', 'in_service']);

    await buyer.post(buyerUrl(project.id, 'submit-requirements'), { nodeId: 'req', answers: demand });
    const employee = await t.agent(dev.loginName);
    await employee.post(`/api/v1/delivery/projects/${project.id}/complete-task`, { nodeId: 'work' });
    await buyer.post(buyerUrl(project.id, 'confirm'), { nodeId: 'chk' });
    expect(await statusSeenBy(instanceId)).toEqual(['in_service', 'in_service']);
    const done = await buyer.post(buyerUrl(project.id, 'complete-project'), { nodeId: 'done' });
    expect(done.json()).toMatchObject({ status: 'completed' });

    expect(await statusSeenBy(instanceId)).toEqual(['opened', 'opened']);
    // the instance keeps its term and can still be renewed
    expect((await buyer.get(`/api/v1/buyer/instances/${instanceId}`)).json().expiresAt).not.toBeNull();
  });

  it('is opened once the operator cancels (closes) the project', async () => {
    const { project } = await started();
    const op = await t.agent('operator');
    const cancelled = await op.post(`/api/v1/operator/delivery/projects/${project.id}/cancel`, { reason: '双方纠纷' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(await statusSeenBy(project.instanceId ?? '')).toEqual(['opened', 'opened']);
  });

  it('stays closed when an approved refund releases the instance and cancels its project', async () => {
    const { project } = await started();
    const asked = await buyer.post(`/api/v1/buyer/orders/${project.orderId}/refunds`, { reason: '不需要了' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await demo.post(`/api/v1/seller/refunds/${asked.json().id}/approve`, {})).statusCode).toBe(200);
    await t.deps.outbox.drain();
    expect(await statusSeenBy(project.instanceId ?? '')).toEqual(['closed', 'closed']);
  });
});
