import type { ProjectDetail, ProjectListReply } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { users } from '../../accounts/index.js';
import { newBuyer } from '../../../test/kits/orders.js';
import { exportProjects } from './project-list.queries.js';
import {
  addAssignment,
  addLog,
  addNote,
  addProject,
  addStaff,
  addTasks,
  publishedTemplate,
  tasksUpToWork,
  type SeededProject,
} from '../../../test/kits/delivery/views.fixtures.js';

const API = '/api/v1';
let t: TestApp;
let demo: Agent;
let acme: Agent;
let buyer: Agent;
let ops: Agent;
let dev: { userId: string; loginName: string; name: string };
let devAgent: Agent;
let viewerAgent: Agent;
let otherBuyerId: string;
const p: Record<string, SeededProject> = {};
const day = (n: number) => new Date(Date.UTC(2026, 4, n, 2));

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  const { demoSellerId: demoId, acmeSellerId: acmeId, buyerId } = t.seed;
  [demo, acme, buyer, ops] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('buyer'), t.agent('ops@demoisv')]);
  await newBuyer(t, 'view-buyer-2');
  const [other] = await t.deps.db.select({ id: users.id }).from(users).where(eq(users.loginName, 'view-buyer-2'));
  otherBuyerId = other?.id ?? '';
  dev = await addStaff(t, { sellerId: demoId, displayName: '开发 小周', phone: '13900000009', email: 'zhou@demoisv.example', roles: ['developer'] });
  const acmeDev = await addStaff(t, { sellerId: acmeId, displayName: 'Acme dev', roles: ['developer'] });
  const viewer = await addStaff(t, { sellerId: demoId, permissions: ['delivery.projects.view'] });
  [devAgent, viewerAgent] = await Promise.all([t.agent(dev.loginName), t.agent(viewer.loginName)]);

  const demoTpl = await publishedTemplate(t, demoId);
  const acmeTpl = await publishedTemplate(t, acmeId);
  // demo's products: delivered by demo itself, by acme, paused, completed, queued
  p.work = await addProject(t, {
    vendorSellerId: demoId,
    providerSellerId: demoId,
    templateId: demoTpl,
    currentNodeId: 'work',
    productId: 'prd_view_a',
    createdAt: day(10),
  });
  await addTasks(t, p.work.id, tasksUpToWork(buyerId, dev.userId, { contact_name: '张三', description: '企业官网' }));
  await addAssignment(t, p.work.id, 'developer', dev.userId);
  await addNote(t, p.work.id, t.seed.demoMainId, '客户比较急');
  await addLog(t, p.work.id, [
    { event: 'node_entered', nodeId: 'work', actorId: null },
    { event: 'operator_changed', nodeId: 'work', actorId: t.seed.demoMainId, detail: { role: 'developer', from: 'x', to: dev.userId, note: '内部调整' } },
  ]);

  p.moved = await addProject(t, {
    vendorSellerId: demoId,
    providerSellerId: acmeId,
    templateId: demoTpl,
    currentNodeId: 'work',
    overdue: true,
    run: 2,
    createdAt: day(11),
  });
  await addTasks(t, p.moved.id, [
    { run: 1, nodeId: 'ap', status: 'done', side: 'system' },
    { run: 1, nodeId: 'req', status: 'done', side: 'customer', assigneeId: buyerId, data: { answers: { description: 'run 1' } } },
    { run: 1, nodeId: 'asg', status: 'cancelled', side: 'system', role: 'developer' },
    { run: 2, nodeId: 'ap', status: 'done', side: 'system' },
    { run: 2, nodeId: 'req', status: 'done', side: 'customer', assigneeId: buyerId, data: { answers: { description: 'run 2' } } },
    { run: 2, nodeId: 'asg', status: 'done', side: 'system', role: 'developer', assigneeId: acmeDev.userId },
    { run: 2, nodeId: 'work', status: 'open', side: 'provider', role: 'developer', assigneeId: acmeDev.userId },
  ]);
  await addLog(t, p.moved.id, [
    { run: 1, event: 'provider_assigned', nodeId: 'ap', detail: { providerSellerId: demoId } },
    { run: 1, event: 'provider_changed', nodeId: 'asg', actorId: t.seed.demoMainId, detail: { from: demoId, to: acmeId } },
    { run: 2, event: 'provider_assigned', nodeId: 'ap', detail: { providerSellerId: acmeId } },
  ]);
  p.paused = await addProject(t, {
    vendorSellerId: demoId,
    providerSellerId: demoId,
    templateId: demoTpl,
    status: 'paused',
    currentNodeId: 'work',
    productId: 'prd_view_b',
    createdAt: day(12),
  });
  p.completed = await addProject(t, {
    vendorSellerId: demoId,
    providerSellerId: demoId,
    templateId: demoTpl,
    status: 'completed',
    currentNodeId: 'done',
    buyerId: otherBuyerId,
    createdAt: day(13),
  });
  p.queued = await addProject(t, {
    vendorSellerId: demoId,
    providerSellerId: null,
    templateId: demoTpl,
    status: 'queued',
    currentNodeId: 'ap',
    createdAt: day(14),
  });
  await addTasks(t, p.queued.id, [{ nodeId: 'ap', status: 'waiting', side: 'system' }]);
  // acme's product delivered by demo, at a customer step after one rejection
  p.forAcme = await addProject(t, { vendorSellerId: acmeId, providerSellerId: demoId, templateId: acmeTpl, currentNodeId: 'chk', createdAt: day(15) });
  await addTasks(t, p.forAcme.id, [
    ...tasksUpToWork(buyerId, dev.userId).map((x) => ({ ...x, status: 'done' as const })),
    { nodeId: 'chk', status: 'rejected', side: 'customer', assigneeId: buyerId, data: { reason: '不满意' } },
    { nodeId: 'work', attempt: 2, status: 'done', side: 'provider', role: 'developer', assigneeId: dev.userId },
    { nodeId: 'chk', attempt: 2, status: 'open', side: 'customer', assigneeId: buyerId },
  ]);
  // acme's own: nobody at demo sees it
  p.acmeOnly = await addProject(t, {
    vendorSellerId: acmeId,
    providerSellerId: acmeId,
    templateId: acmeTpl,
    status: 'cancelled',
    currentNodeId: 'work',
    createdAt: day(16),
  });
});
afterAll(() => t.close());

const list = async (a: Agent, query: string) => {
  const res = await a.get(`${API}/delivery/projects?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProjectListReply>();
};
const ids = (r: ProjectListReply) => r.items.map((i) => i.id);

describe('seller project list', () => {
  it('shows the vendor every project of its products, newest first, with tab counts', async () => {
    const r = await list(demo, 'scope=vendor');
    expect(ids(r)).toEqual([p.queued, p.completed, p.paused, p.moved, p.work].map((x) => x?.id));
    expect(r.counts).toEqual({ all: 5, running: 3, overdue: 1, cancelled: 0, paused: 1, completed: 1 });
    expect(r.total).toBe(5);
  });

  it('shows the provider the projects it delivers, whoever owns the product', async () => {
    const r = await list(demo, 'scope=provider');
    expect(ids(r).sort()).toEqual([p.work, p.paused, p.completed, p.forAcme].map((x) => x?.id).sort());
    const acmeSide = await list(acme, 'scope=provider');
    expect(ids(acmeSide).sort()).toEqual([p.moved, p.acmeOnly].map((x) => x?.id).sort());
  });

  it('filters by tab: overdue lists running projects past their due time only', async () => {
    expect(ids(await list(demo, 'scope=vendor&tab=overdue'))).toEqual([p.moved?.id]);
    expect(ids(await list(demo, 'scope=vendor&tab=running'))).toEqual([p.queued, p.moved, p.work].map((x) => x?.id));
    const paused = await list(demo, 'scope=vendor&tab=paused');
    expect(ids(paused)).toEqual([p.paused?.id]);
    expect(paused.total).toBe(1);
    expect(paused.counts.all).toBe(5);
  });

  it("fills the guide's columns: order, instance, channel, customer, provider, operator and role, stage, status", async () => {
    const r = await list(demo, 'scope=vendor');
    const row = r.items.find((i) => i.id === p.work?.id);
    expect(row).toMatchObject({
      orderNo: p.work?.orderNo,
      instanceId: p.work?.instanceId,
      productName: '交付视图服务',
      salesChannel: 'online_store',
      customer: { id: t.seed.buyerId, name: expect.any(String) },
      provider: { id: t.seed.demoSellerId },
      operator: { id: dev.userId, name: '开发 小周' },
      operatorRole: 'developer',
      operatorSide: 'provider',
      stage: { nodeId: 'work', name: '交付' },
      status: 'running',
      overdue: false,
    });
    expect(row?.customer.uid).toBeGreaterThan(0);
    const queued = r.items.find((i) => i.id === p.queued?.id);
    expect(queued).toMatchObject({ provider: null, operator: null, operatorRole: null, stage: { nodeId: 'ap', name: '分配服务商' }, status: 'queued' });
  });

  it('filters by order number, operator, customer, product and creation date', async () => {
    expect(ids(await list(demo, `scope=vendor&orderNo=${p.paused?.orderNo}`))).toEqual([p.paused?.id]);
    expect(ids(await list(demo, `scope=vendor&operatorId=${dev.userId}`))).toEqual([p.work?.id]);
    const [other] = await t.deps.db.select({ uid: users.uid }).from(users).where(eq(users.id, otherBuyerId));
    expect(ids(await list(demo, `scope=vendor&customerUid=${other?.uid}`))).toEqual([p.completed?.id]);
    expect(ids(await list(demo, 'scope=vendor&productId=prd_view_b'))).toEqual([p.paused?.id]);
    const from = encodeURIComponent(day(11).toISOString());
    const to = encodeURIComponent(day(13).toISOString());
    expect(ids(await list(demo, `scope=vendor&from=${from}&to=${to}`))).toEqual([p.completed, p.paused, p.moved].map((x) => x?.id));
  });

  it('pages the list', async () => {
    const first = await list(demo, 'scope=vendor&pageSize=2');
    const second = await list(demo, 'scope=vendor&pageSize=2&page=2');
    expect(first.items).toHaveLength(2);
    expect(second.items.map((i) => i.id)).toEqual([p.paused, p.moved].map((x) => x?.id));
    expect(second.total).toBe(5);
  });

  it('refuses the company-wide scopes to a sub-account without delivery.projects.view, but lets it see its own work', async () => {
    for (const scope of ['vendor', 'provider']) {
      const res = await ops.get(`${API}/delivery/projects?scope=${scope}`);
      expect(res.statusCode, scope).toBe(403);
      expect(res.json()).toMatchObject({ code: 'permission_denied' });
      expect((await ops.get(`${API}/delivery/projects/export.csv?scope=${scope}`)).statusCode).toBe(403);
    }
    expect((await list(ops, 'scope=mine')).items).toEqual([]);
    expect((await list(viewerAgent, 'scope=vendor')).counts.all).toBe(5);
  });

  it('shows an employee, under "mine", the projects they are assigned to or have a task on', async () => {
    const r = await list(devAgent, 'scope=mine');
    expect(ids(r).sort()).toEqual([p.work, p.forAcme].map((x) => x?.id).sort());
    expect((await devAgent.get(`${API}/delivery/projects?scope=provider`)).statusCode).toBe(403);
  });
});

describe('CSV export', () => {
  it('writes the header and one row per project with the filters applied', async () => {
    const res = await demo.get(`${API}/delivery/projects/export.csv?scope=vendor&tab=running`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('order_no,instance_id,product_name,sales_channel,created_at,customer_uid,customer_name,provider,operator,role,stage,status,overdue');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith(`${p.work?.orderNo},`))).toContain(',开发 小周,developer,交付,running,no');
    expect(lines.find((l) => l.startsWith(`${p.queued?.orderNo},`))).toContain(',system,,分配服务商,queued,no');
    expect(lines.find((l) => l.startsWith(`${p.moved?.orderNo},`))).toMatch(/,running,yes$/);
  });
});

describe('列表导出 into my downloads', () => {
  it('reads page after page by key: every project once, in the list order, also with tiny pages', async () => {
    const filters = { tab: 'all' as const };
    const listed = (await list(demo, 'scope=vendor&pageSize=100')).items.map((x) => x.id);
    expect(listed.length).toBeGreaterThan(3);
    for (const batch of [1, 2, 500]) {
      const read: string[] = [];
      for await (const rows of exportProjects(t.deps.db, { scope: 'vendor', sellerId: t.seed.demoSellerId }, filters, batch))
        read.push(...rows.map((r) => r.id));
      expect(read, `batch ${batch}`).toEqual(listed);
    }
  });

  it('builds the same rows as the direct export, with the filters applied', async () => {
    const asked = await demo.post(`${API}/delivery/projects/exports`, { scope: 'vendor', tab: 'running' });
    expect(asked.statusCode).toBe(202);
    const { id } = asked.json<{ id: string }>();
    await t.deps.outbox.drain();
    const listed = (await demo.get(`${API}/downloads`)).json<{ items: { id: string; status: string; rows: number }[] }>();
    expect(listed.items.find((d) => d.id === id)).toMatchObject({ status: 'ready', rows: 3 });
    const file = await demo.get(`${API}/downloads/${id}/file`);
    const direct = await demo.get(`${API}/delivery/projects/export.csv?scope=vendor&tab=running`);
    expect(file.body).toBe(direct.body);
  });

  it('checks the scope when it is asked for: 403 without delivery.projects.view, my own work allowed, bad filters 400', async () => {
    for (const scope of ['vendor', 'provider']) {
      const res = await ops.post(`${API}/delivery/projects/exports`, { scope });
      expect(res.statusCode, scope).toBe(403);
      expect(res.json()).toMatchObject({ code: 'permission_denied' });
    }
    const own = await ops.post(`${API}/delivery/projects/exports`, { scope: 'mine' });
    expect(own.statusCode).toBe(202);
    const bad = await demo.post(`${API}/delivery/projects/exports`, { scope: 'vendor', orderNo: '12ab' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
    await t.deps.outbox.drain();
    // the employee's export reads only their work, even though it is built later, outside the request
    const devAsked = (await devAgent.post(`${API}/delivery/projects/exports`, { scope: 'mine' })).json<{ id: string }>();
    await t.deps.outbox.drain();
    const lines = (await devAgent.get(`${API}/downloads/${devAsked.id}/file`)).body.trimEnd().split('\r\n');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual([p.work?.orderNo, p.forAcme?.orderNo].sort());
  });
});

describe('buyer project list', () => {
  it('lists only the buyer’s own projects', async () => {
    const res = await buyer.get(`${API}/buyer/delivery/projects`);
    expect(res.statusCode).toBe(200);
    const r = res.json<ProjectListReply>();
    expect(ids(r)).not.toContain(p.completed?.id);
    expect(r.counts.all).toBe(6);
    expect(ids(r)).toContain(p.acmeOnly?.id);
  });

  it('finds the project of one of the buyer’s orders, and nothing for another buyer’s order', async () => {
    const mine = (await buyer.get(`${API}/buyer/delivery/projects?orderId=${p.acmeOnly?.orderId}`)).json<ProjectListReply>();
    expect(ids(mine)).toEqual([p.acmeOnly?.id]);
    expect(mine.counts.all).toBe(1);
    const theirs = (await buyer.get(`${API}/buyer/delivery/projects?orderId=${p.completed?.orderId}`)).json<ProjectListReply>();
    expect(theirs.items).toEqual([]);
  });
});

describe('project detail', () => {
  const detail = async (a: Agent, id: string | undefined, buyerSide = false) => {
    const res = await a.get(`${API}${buyerSide ? '/buyer' : ''}/delivery/projects/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ProjectDetail>();
  };

  it('shows the timeline of the current run, the live step with its operator contact, instance and requirements', async () => {
    const d = await detail(demo, p.work?.id);
    expect(d.viewer).toBe('vendor');
    expect(d.timeline.map((s) => [s.nodeId, s.state])).toEqual([
      ['ap', 'done'],
      ['req', 'done'],
      ['asg', 'done'],
      ['work', 'current'],
      ['chk', 'pending'],
      ['done', 'pending'],
    ]);
    expect(d.timeline.find((s) => s.nodeId === 'req')).toMatchObject({ side: 'customer', role: null });
    expect(d.liveTask).toMatchObject({
      nodeId: 'work',
      nodeName: '交付',
      role: 'developer',
      assignee: { id: dev.userId, name: '开发 小周', phone: '13900000009', email: 'zhou@demoisv.example' },
    });
    expect(d.instance).toMatchObject({ id: p.work?.instanceId, status: 'in_service' });
    expect(d.requirements).toEqual([
      expect.objectContaining({ nodeId: 'req', nodeName: '提交需求', run: 1, answers: { contact_name: '张三', description: '企业官网' } }),
    ]);
    expect(d.notes?.map((n) => n.body)).toEqual(['客户比较急']);
    expect(d.log.map((l) => l.event)).toEqual(['node_entered', 'operator_changed']);
  });

  it('counts rejected attempts per step', async () => {
    const d = await detail(demo, p.forAcme?.id);
    expect(d.viewer).toBe('provider');
    expect(d.timeline.find((s) => s.nodeId === 'chk')).toMatchObject({ state: 'current', rejectedCount: 1 });
    expect(d.timeline.find((s) => s.nodeId === 'work')).toMatchObject({ state: 'done', rejectedCount: 0 });
  });

  it('keeps the log of every run after a provider change, newest last, and the timeline of the current run', async () => {
    const d = await detail(demo, p.moved?.id);
    expect(d.log.map((l) => [l.run, l.event])).toEqual([
      [1, 'provider_assigned'],
      [1, 'provider_changed'],
      [2, 'provider_assigned'],
    ]);
    expect(d.timeline.find((s) => s.nodeId === 'work')?.state).toBe('current');
    expect(d.requirements.map((r) => r.run)).toEqual([1, 2]);
    expect(d.project).toMatchObject({ run: 2, overdue: true, provider: { id: t.seed.acmeSellerId } });
  });

  it('shows the customer the project without notes and without provider-internal log details', async () => {
    const d = await detail(buyer, p.work?.id, true);
    expect(d.viewer).toBe('customer');
    expect(d).not.toHaveProperty('notes');
    expect(JSON.stringify(d)).not.toContain('客户比较急');
    expect(d.log.find((l) => l.event === 'operator_changed')?.detail).toBeNull();
    expect(d.liveTask?.assignee?.phone).toBe('13900000009');
  });

  it('lets an employee see the projects they work on, and nothing else of the company', async () => {
    expect((await detail(devAgent, p.work?.id)).viewer).toBe('employee');
    expect((await devAgent.get(`${API}/delivery/projects/${p.paused?.id}`)).statusCode).toBe(404);
  });

  it('answers 404 to anyone outside the project, on every endpoint', async () => {
    const id = p.work?.id ?? '';
    const calls: [Agent, 'get' | 'post', string, unknown?][] = [
      [acme, 'get', `/delivery/projects/${id}`],
      [acme, 'get', `/delivery/projects/${id}/messages`],
      [acme, 'post', `/delivery/projects/${id}/messages`, { body: 'hi' }],
      [acme, 'get', `/delivery/projects/${id}/notes`],
      [acme, 'post', `/delivery/projects/${id}/notes`, { body: 'hi' }],
      [acme, 'post', `/delivery/projects/${id}/files`, { fileId: 'fil_x' }],
      [ops, 'get', `/delivery/projects/${id}`],
      [ops, 'get', `/delivery/projects/${id}/messages`],
      [buyer, 'get', `/buyer/delivery/projects/${p.completed?.id}`],
      [buyer, 'get', `/buyer/delivery/projects/${p.completed?.id}/messages`],
      [buyer, 'post', `/buyer/delivery/projects/${p.completed?.id}/messages`, { body: 'hi' }],
      [buyer, 'post', `/buyer/delivery/projects/${p.completed?.id}/files`, { fileId: 'fil_x' }],
      [demo, 'get', `/delivery/projects/${p.acmeOnly?.id}`],
      [demo, 'get', `/delivery/projects/nope`],
    ];
    const failures: string[] = [];
    for (const [agent, method, url, body] of calls) {
      const res = method === 'get' ? await agent.get(`${API}${url}`) : await agent.post(`${API}${url}`, body);
      if (res.statusCode !== 404 || res.json().code !== 'not_found') failures.push(`${method} ${url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });
});

// guide 5.5.3 我的项目: "项目列表根据项目当前状态分页展示，包括全部项目、待处理项目和已处理项目"
describe('我的项目: 全部 / 待处理 / 已处理', () => {
  it('pending is a project whose live step is mine to act on; handled the rest of my projects', async () => {
    const all = await list(devAgent, 'scope=mine');
    expect(ids(all).sort()).toEqual([p.work, p.forAcme].map((x) => x?.id).sort());
    expect(all.counts).toMatchObject({ all: 2, pending: 1, handled: 1 });
    const pending = await list(devAgent, 'scope=mine&tab=pending');
    expect(ids(pending)).toEqual([p.work?.id]);
    expect(pending.total).toBe(1);
    // p.forAcme: the developer did their part; the customer's confirm step is live
    expect(ids(await list(devAgent, 'scope=mine&tab=handled'))).toEqual([p.forAcme?.id]);
  });

  it('the company lists have no such tabs (400), nor their counts', async () => {
    const res = await demo.get(`${API}/delivery/projects?scope=vendor&tab=pending`);
    expect([res.statusCode, res.json().code]).toEqual([400, 'validation_failed']);
    expect((await list(demo, 'scope=vendor')).counts).not.toHaveProperty('pending');
    const op = await t.agent('operator');
    expect((await op.get(`${API}/operator/delivery/projects?tab=handled`)).statusCode).toBe(400);
  });
});

// guide 5.4.6 项目管理: "请输入订单号 | 请输入操作人姓名 | 请输入客户编号 | 请输入产品编号"
describe('the operator filter by name (请输入操作人姓名)', () => {
  it('matches part of the live operator’s or an active assignee’s name, case-insensitively', async () => {
    expect(ids(await list(demo, `scope=vendor&operatorName=${encodeURIComponent('小周')}`))).toEqual([p.work?.id]);
    expect(ids(await list(demo, 'scope=vendor&operatorName=acme'))).toEqual([p.moved?.id]);
    expect(ids(await list(demo, `scope=vendor&operatorName=${encodeURIComponent('%')}`))).toEqual([]);
    expect(ids(await list(demo, `scope=vendor&operatorName=${encodeURIComponent('无此人')}`))).toEqual([]);
  });

  it('stays within the caller’s projects (another seller finds none of demo’s)', async () => {
    expect(ids(await list(acme, `scope=vendor&operatorName=${encodeURIComponent('小周')}`))).toEqual([]);
    expect((await demo.get(`${API}/delivery/projects?scope=vendor&operatorName=${'x'.repeat(65)}`)).statusCode).toBe(400);
  });
});
