import type { ProjectDetail, ProjectMessage } from '@cloudmart/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { NOTIFICATION_TOPIC } from '../../notifications/index.js';
import { eventsOf } from '../../../test/kits/orders.js';
import { addAssignment, addProject, addStaff, addTasks, publishedTemplate, tasksUpToWork } from '../../../test/kits/delivery/views.fixtures.js';

const API = '/api/v1';
let t: TestApp;
let demo: Agent;
let acme: Agent;
let buyer: Agent;
let ops: Agent;
let devAgent: Agent;
let devId: string;
let projectId: string;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  const { demoSellerId, acmeSellerId, buyerId } = t.seed;
  [demo, acme, buyer, ops] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('buyer'), t.agent('ops@demoisv')]);
  const dev = await addStaff(t, { sellerId: demoSellerId, displayName: '开发 小周', roles: ['developer'] });
  devId = dev.userId;
  devAgent = await t.agent(dev.loginName);
  // demo's product, delivered by acme: the vendor, the provider, the employee and the customer all take part
  const tpl = await publishedTemplate(t, demoSellerId);
  projectId = (await addProject(t, { vendorSellerId: demoSellerId, providerSellerId: acmeSellerId, templateId: tpl, currentNodeId: 'work' })).id;
  await addTasks(t, projectId, tasksUpToWork(buyerId, devId));
  await addAssignment(t, projectId, 'developer', devId);
});
afterAll(() => t.close());

const post = async (a: Agent, url: string, body: unknown) => {
  t.clock.advance(1000);
  return a.post(`${API}${url}`, body);
};
/** the message notifications requested so far: [recipient, template, link, author] */
const sent = async () =>
  (await eventsOf(t, NOTIFICATION_TOPIC))
    .filter((e) => String(e.template).startsWith('delivery.message_'))
    .map((e) => [e.userId, e.template, e.link, (e.params as { author?: string }).author]);
const messages = async (a: Agent, url: string) => {
  const res = await a.get(`${API}${url}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProjectMessage[]>();
};

describe('project messages', () => {
  it('lets everyone on the project post, and shows the conversation oldest first to all of them', async () => {
    const fromBuyer = await post(buyer, `/buyer/delivery/projects/${projectId}/messages`, { body: '请尽快开始' });
    expect(fromBuyer.statusCode, fromBuyer.body).toBe(201);
    expect(fromBuyer.json()).toMatchObject({ kind: 'message', nodeId: 'work', nodeName: '交付', authorSide: 'customer', body: '请尽快开始' });
    expect((await post(devAgent, `/delivery/projects/${projectId}/messages`, { body: '已开始开发', nodeId: 'work' })).statusCode).toBe(201);
    expect((await post(acme, `/delivery/projects/${projectId}/messages`, { body: 'provider here' })).statusCode).toBe(201);
    expect((await post(demo, `/delivery/projects/${projectId}/messages`, { body: '需求已确认', nodeId: 'req' })).statusCode).toBe(201);

    const seen = await messages(demo, `/delivery/projects/${projectId}/messages`);
    expect(seen.map((m) => [m.body, m.authorSide, m.nodeId])).toEqual([
      ['请尽快开始', 'customer', 'work'],
      ['已开始开发', 'provider', 'work'],
      ['provider here', 'provider', 'work'],
      ['需求已确认', 'provider', 'req'],
    ]);
    expect(seen[1]?.author).toEqual({ id: devId, name: '开发 小周' });
    expect(await messages(buyer, `/buyer/delivery/projects/${projectId}/messages`)).toEqual(seen);
  });

  it('tells the other side: a customer message goes to the step’s operator, a provider message to the customer', async () => {
    const before = (await sent()).length;
    await post(buyer, `/buyer/delivery/projects/${projectId}/messages`, { body: '什么时候能好？' });
    await post(devAgent, `/delivery/projects/${projectId}/messages`, { body: '明天' });
    const buyerName = (await buyer.get(`${API}/auth/me`)).json<{ displayName: string }>().displayName;
    expect((await sent()).slice(before)).toEqual([
      [devId, 'delivery.message_to_provider', `/delivery/projects/${projectId}`, buyerName],
      [t.seed.buyerId, 'delivery.message_to_customer', `/buyer/projects/${projectId}`, '开发 小周'],
    ]);
  });

  it('checks the body (1–2000 characters) and the node (a step of this flow)', async () => {
    const url = `/delivery/projects/${projectId}/messages`;
    expect((await post(demo, url, { body: '   ' })).statusCode).toBe(400);
    expect((await post(demo, url, { body: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect((await post(demo, url, { body: 'x'.repeat(2000) })).statusCode).toBe(201);
    const bad = await post(demo, url, { body: 'hi', nodeId: 'nowhere' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('answers 404 to sellers and buyers outside the project', async () => {
    expect((await ops.get(`${API}/delivery/projects/${projectId}/messages`)).statusCode).toBe(404);
    expect((await post(ops, `/delivery/projects/${projectId}/messages`, { body: 'x' })).statusCode).toBe(404);
    const stranger = await t
      .anonymous()
      .post(`${API}/auth/signup`, { kind: 'buyer', loginName: 'msg-stranger', password: 'Passw0rdX', displayName: 'stranger' });
    expect(stranger.statusCode).toBe(201);
    const other = await t.agent('msg-stranger', 'Passw0rdX');
    expect((await other.get(`${API}/buyer/delivery/projects/${projectId}/messages`)).statusCode).toBe(404);
    expect((await post(other, `/buyer/delivery/projects/${projectId}/messages`, { body: 'x' })).statusCode).toBe(404);
  });
});

describe('project notes', () => {
  it('are written and read by the vendor, the provider and the assigned employee, and notify nobody', async () => {
    const before = (await sent()).length;
    expect((await post(acme, `/delivery/projects/${projectId}/notes`, { body: '客户预算有限' })).statusCode).toBe(201);
    expect((await post(devAgent, `/delivery/projects/${projectId}/notes`, { body: '接口文档缺失' })).statusCode).toBe(201);
    for (const a of [demo, acme, devAgent]) {
      const notes = await messages(a, `/delivery/projects/${projectId}/notes`);
      expect(notes.map((n) => [n.kind, n.body])).toEqual([
        ['note', '客户预算有限'],
        ['note', '接口文档缺失'],
      ]);
    }
    expect(await sent()).toHaveLength(before);
  });

  it('never reach the customer: not in the messages, not in the detail, no notes endpoint', async () => {
    const msgs = await messages(buyer, `/buyer/delivery/projects/${projectId}/messages`);
    expect(msgs.every((m) => m.kind === 'message')).toBe(true);
    expect(msgs.map((m) => m.body)).not.toContain('客户预算有限');
    const detail = await buyer.get(`${API}/buyer/delivery/projects/${projectId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<ProjectDetail>()).not.toHaveProperty('notes');
    expect(detail.body).not.toContain('客户预算有限');
    expect(detail.body).not.toContain('接口文档缺失');
    expect((await buyer.get(`${API}/buyer/delivery/projects/${projectId}/notes`)).statusCode).toBe(404);
    expect((await buyer.get(`${API}/delivery/projects/${projectId}/notes`)).statusCode).toBe(403);
    const sellerDetail = await demo.get(`${API}/delivery/projects/${projectId}`);
    expect(sellerDetail.json<ProjectDetail>().notes?.map((n) => n.body)).toEqual(['客户预算有限', '接口文档缺失']);
    expect(sellerDetail.json<ProjectDetail>().messages.every((m) => m.kind === 'message')).toBe(true);
  });

  it('answer 404 to sellers outside the project', async () => {
    expect((await ops.get(`${API}/delivery/projects/${projectId}/notes`)).statusCode).toBe(404);
    expect((await post(ops, `/delivery/projects/${projectId}/notes`, { body: 'x' })).statusCode).toBe(404);
  });
});
