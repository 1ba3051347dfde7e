import type { ProjectDetail } from '@cloudmart/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes } from '../../../test/kits/files.js';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { uploadAs } from '../../../test/kits/catalog.js';
import { addAssignment, addProject, addStaff, addTasks, publishedTemplate, tasksUpToWork } from '../../../test/kits/delivery/views.fixtures.js';

/*
 * Issue 17 item 3, "access for every action route". DOMAIN 2.14 (sub-accounts): "A sub-account sees
 * and does only what its groups grant." DOMAIN 5: everyone outside a project gets
 * the same 404 as for a missing project, "its existence is not revealed": a node action
 * (confirm, reject, complete-task) or a steering action answered with 409/403 naming the step
 * would reveal it. And whoever works a step reads the project's inputs (the requirement
 * attachments the customer submitted).
 */

const API = '/api/v1';
let t: TestApp;
let demo: Agent;
let acme: Agent;
let buyer: Agent;
let stranger: Agent;
let dev: Agent;
/** a sub-account of the provider (and vendor) with no delivery permission and no profile */
let noPermission: Agent;
/** an employee of the provider's developer role, not on the project */
let otherDev: Agent;
/** a sub-account holding delivery.projects.view: sees every project of its company */
let viewer: Agent;
/** a sub-account holding delivery.projects.manage but not .view */
let manageOnly: Agent;
let working: string;
let atCustomer: string;
let requirementFile: string;
let foreignFile: string;

const actions = [
  ['confirm', { comment: 'ok' }],
  ['reject', { reason: 'no' }],
  ['complete-task', { comment: 'done' }],
] as const;
const act = (a: Agent, projectId: string, action: string, nodeId: string, body: object) =>
  a.post(`${API}/delivery/projects/${projectId}/${action}`, { nodeId, ...body });

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  const { demoSellerId, buyerId } = t.seed;
  [demo, acme, buyer] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('buyer')]);
  const signup = await t
    .anonymous()
    .post(`${API}/auth/signup`, { kind: 'buyer', loginName: 'access-stranger', password: 'Passw0rdX', displayName: 'stranger' });
  expect(signup.statusCode).toBe(201);
  stranger = await t.agent('access-stranger', 'Passw0rdX');
  const d = await addStaff(t, { sellerId: demoSellerId, displayName: '设计 小周', roles: ['developer'] });
  const d2 = await addStaff(t, { sellerId: demoSellerId, displayName: '设计 小吴', roles: ['developer'] });
  const none = await addStaff(t, { sellerId: demoSellerId, displayName: '客服 小李' });
  const v = await addStaff(t, { sellerId: demoSellerId, displayName: '经理 小王', permissions: ['delivery.projects.view'] });
  const m = await addStaff(t, { sellerId: demoSellerId, displayName: '经理 小赵', permissions: ['delivery.projects.manage'] });
  [dev, otherDev, noPermission, viewer, manageOnly] = await Promise.all([
    t.agent(d.loginName),
    t.agent(d2.loginName),
    t.agent(none.loginName),
    t.agent(v.loginName),
    t.agent(m.loginName),
  ]);

  // the customer's requirement form carries an attachment the customer uploaded (purpose delivery)
  requirementFile = await uploadAs(buyer, 'delivery', '需求说明.pdf', pdfBytes());
  // an id the customer did not upload, slipped into the answers: it must not become readable
  foreignFile = await uploadAs(acme, 'delivery', 'acme-private.pdf', pdfBytes());
  const answers = { title: '官网改版', attachment: [requirementFile, foreignFile] };

  const tpl = await publishedTemplate(t, demoSellerId);
  const base = { vendorSellerId: demoSellerId, providerSellerId: demoSellerId, templateId: tpl };
  working = (await addProject(t, { ...base, currentNodeId: 'work' })).id;
  await addTasks(t, working, tasksUpToWork(buyerId, d.userId, answers));
  await addAssignment(t, working, 'developer', d.userId);

  atCustomer = (await addProject(t, { ...base, currentNodeId: 'chk' })).id;
  await addTasks(t, atCustomer, [
    ...tasksUpToWork(buyerId, d.userId).map((x) => ({ ...x, status: 'done' as const })),
    { nodeId: 'chk', status: 'open', side: 'customer', assigneeId: buyerId },
  ]);
  await addAssignment(t, atCustomer, 'developer', d.userId);
});
afterAll(() => t.close());

describe('node actions answer 404 to whoever may not see the project', () => {
  it('a same-seller sub-account without delivery permission gets 404 on confirm, reject and complete-task, never the step', async () => {
    for (const [action, body] of actions) {
      for (const [projectId, nodeId] of [
        [working, 'work'],
        [atCustomer, 'chk'],
        [working, 'stale-node'],
      ] as const) {
        const res = await act(noPermission, projectId, action, nodeId, body);
        expect(res.statusCode, `${action} ${nodeId}: ${res.body}`).toBe(404);
        expect(res.json()).toMatchObject({ code: 'not_found' });
        expect(res.body).not.toContain('currentNodeId');
      }
    }
  });

  it('a provider employee not assigned to the project gets 404 too', async () => {
    for (const [action, body] of actions) {
      const res = await act(otherDev, working, action, 'work', body);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(404);
      expect(res.json()).toMatchObject({ code: 'not_found' });
    }
  });

  it('another seller and another buyer get 404', async () => {
    for (const [action, body] of actions) {
      expect((await act(acme, working, action, 'work', body)).statusCode).toBe(404);
      const res = await stranger.post(`${API}/buyer/delivery/projects/${atCustomer}/${action}`, { nodeId: 'chk', ...body });
      expect(res.statusCode).toBe(404);
    }
  });

  it('a sub-account holding delivery.projects.view sees the project, so it is told the step is not its own (nothing it cannot read in the detail)', async () => {
    const detail = await viewer.get(`${API}/delivery/projects/${working}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<ProjectDetail>().liveTask).toMatchObject({ nodeId: 'work' });
    const res = await act(viewer, working, 'complete-task', 'work', { comment: 'x' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'not_your_task' });
    // a stale node: the flow moved on, which the detail shows it anyway
    expect((await act(viewer, working, 'confirm', 'chk', {})).json()).toMatchObject({ code: 'conflict' });
  });

  it('an employee on the project still meets the step rules: the developer cannot confirm the customer’s step', async () => {
    const early = await act(dev, atCustomer, 'confirm', 'chk', {});
    expect(early.statusCode).toBe(403);
    expect(early.json()).toMatchObject({ code: 'not_your_task' });
  });
});

describe('steering actions answer 404 to whoever may not see the project', () => {
  const steer = [
    ['pause', { reason: '客户出差' }],
    ['resume', {}],
    ['change-operator', { role: 'developer', userId: 'usr_nobody', note: 'x' }],
    ['change-provider', { providerSellerId: 'sel_nobody' }],
    ['assign-provider', {}],
  ] as const;

  it('a sub-account with delivery.projects.manage but without .view, and another seller, get 404 on every steering route', async () => {
    for (const [action, body] of steer) {
      for (const a of [manageOnly, acme]) {
        const res = await a.post(`${API}/delivery/projects/${working}/${action}`, body);
        expect(res.statusCode, `${action}: ${res.body}`).toBe(404);
        expect(res.json()).toMatchObject({ code: 'not_found' });
      }
    }
  });

  it('a sub-account without delivery.projects.manage is refused by the route guard (403 permission_denied)', async () => {
    const res = await noPermission.post(`${API}/delivery/projects/${working}/pause`, { reason: 'x' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'permission_denied' });
  });
});

describe('whoever works a step reads the project’s inputs', () => {
  it('the developer assigned to the project downloads the requirement attachment the customer submitted', async () => {
    const res = await dev.get(`${API}/files/${requirementFile}`);
    expect(res.statusCode, res.body).toBe(200);
  });

  it('so do the vendor/provider and the customer who uploaded it', async () => {
    for (const a of [demo, viewer, buyer]) expect((await a.get(`${API}/files/${requirementFile}`)).statusCode).toBe(200);
  });

  it('nobody outside the project reads it: another employee of the role, a sub-account without permission, another seller, another buyer', async () => {
    for (const a of [otherDev, noPermission, acme, stranger]) expect((await a.get(`${API}/files/${requirementFile}`)).statusCode).toBe(404);
  });

  it('a file id the customer did not upload stays unreadable even when named in the answers', async () => {
    for (const a of [dev, demo, buyer]) expect((await a.get(`${API}/files/${foreignFile}`)).statusCode).toBe(404);
  });
});
