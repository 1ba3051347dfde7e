import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { seedTestCatalog, type Catalog } from '../../../test/kits/orders.js';
import { addEmployee, buyService, demand, node, publishTemplate, retireEmployees } from '../../../test/kits/delivery/delivery-test-kit.js';

// Issue 11 item 6: what a seller or buyer meets in the project actions is a specific code with its
// own message (zh-CN / en-US in the web catalogue), not the generic invalid_state.
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
const sellerUrl = (id: string, action: string) => `/api/v1/delivery/projects/${id}/${action}`;
const codeOf = async (p: Promise<{ statusCode: number; json: () => { code?: string } }>) => {
  const r = await p;
  return [r.statusCode, r.json().code];
};

async function atWork() {
  await publishTemplate(t, t.seed.demoSellerId, flow, c.service);
  const dev = await addEmployee(t, { sellerId: t.seed.demoSellerId, roles: ['developer'], maxOpen: 5 });
  const { project } = await buyService(t, buyer, c.service, c.serviceSpec);
  expect((await buyer.post(buyerUrl(project.id, 'submit-requirements'), { nodeId: 'req', answers: demand })).statusCode).toBe(200);
  return { id: project.id, dev };
}

describe('specific codes of the project actions', () => {
  it('a step asked for an action it does not take: step_action_mismatch', async () => {
    const { id, dev } = await atWork();
    const employee = await t.agent(dev.loginName);
    // the live step is the developer's general step: it is no confirm step
    expect(await codeOf(employee.post(sellerUrl(id, 'confirm'), { nodeId: 'work' }))).toEqual([409, 'step_action_mismatch']);
  });

  it('resume of a running project: project_not_paused; change operator to the same one: already_operator; to a role nobody holds: role_not_operated', async () => {
    const { id, dev } = await atWork();
    expect(await codeOf(demo.post(sellerUrl(id, 'resume'), {}))).toEqual([409, 'project_not_paused']);
    expect(await codeOf(demo.post(sellerUrl(id, 'change-operator'), { role: 'developer', userId: dev.userId, note: '同一人' }))).toEqual([
      409,
      'already_operator',
    ]);
    expect(await codeOf(demo.post(sellerUrl(id, 'change-operator'), { role: 'designer', userId: dev.userId, note: '无人' }))).toEqual([
      409,
      'role_not_operated',
    ]);
  });

  it('change provider to the current one: already_provider; assign-provider now while not queued: project_not_queued', async () => {
    const { id } = await atWork();
    expect(await codeOf(demo.post(sellerUrl(id, 'change-provider'), { providerSellerId: t.seed.demoSellerId }))).toEqual([409, 'already_provider']);
    expect(await codeOf(demo.post(sellerUrl(id, 'assign-provider'), {}))).toEqual([409, 'project_not_queued']);
  });

  it('a cancelled project takes no operator change: project_not_active', async () => {
    const { id, dev } = await atWork();
    const op = await t.agent('operator');
    expect((await op.post(`/api/v1/operator/delivery/projects/${id}/cancel`, { reason: '纠纷关闭' })).statusCode).toBe(200);
    expect(await codeOf(demo.post(sellerUrl(id, 'change-operator'), { role: 'developer', userId: dev.userId, note: '换人' }))).toEqual([
      409,
      'project_not_active',
    ]);
    expect(await codeOf(demo.post(sellerUrl(id, 'change-provider'), { providerSellerId: t.seed.acmeSellerId }))).toEqual([409, 'project_not_active']);
  });
});
