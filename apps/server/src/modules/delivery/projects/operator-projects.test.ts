import type { ProjectDetail, ProjectListReply } from '@cloudmart/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes } from '../../../test/kits/files.js';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { uploadAs } from '../../../test/kits/catalog.js';
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

// The operator's disputes page (纠纷处理): find any seller's project, read it without the
// provider's notes, close the flow.
const API = '/api/v1';
let t: TestApp;
let op: Agent;
let demo: Agent;
let acme: Agent;
let buyer: Agent;
let dev: { userId: string; loginName: string; name: string };
let fileId: string;
const p: Record<'demo' | 'acme' | 'acmeByDemo', SeededProject> = {} as Record<'demo' | 'acme' | 'acmeByDemo', SeededProject>;
const day = (n: number) => new Date(Date.UTC(2026, 4, n, 2));

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  const { demoSellerId: demoId, acmeSellerId: acmeId, buyerId } = t.seed;
  [op, demo, acme, buyer] = await Promise.all([t.agent('operator'), t.agent('demo'), t.agent('acme'), t.agent('buyer')]);
  dev = await addStaff(t, { sellerId: demoId, displayName: '开发 小周', phone: '13900000009', roles: ['developer'] });
  const demoTpl = await publishedTemplate(t, demoId);
  const acmeTpl = await publishedTemplate(t, acmeId);

  // demo's own product, at the provider's work step, with a note, a message, a file and an internal log note
  p.demo = await addProject(t, { vendorSellerId: demoId, providerSellerId: demoId, templateId: demoTpl, currentNodeId: 'work', createdAt: day(10) });
  await addTasks(t, p.demo.id, tasksUpToWork(buyerId, dev.userId, { description: '企业官网' }));
  await addAssignment(t, p.demo.id, 'developer', dev.userId);
  await addNote(t, p.demo.id, t.seed.demoMainId, '客户比较急');
  await addLog(t, p.demo.id, [
    { event: 'node_entered', nodeId: 'work' },
    { event: 'operator_changed', nodeId: 'work', actorId: t.seed.demoMainId, detail: { role: 'developer', from: 'x', to: dev.userId, note: '内部调整' } },
  ]);
  const devAgent = await t.agent(dev.loginName);
  expect((await devAgent.post(`${API}/delivery/projects/${p.demo.id}/messages`, { body: '需求已收到' })).statusCode).toBe(201);
  fileId = await uploadAs(devAgent, 'delivery', '交付说明.pdf', pdfBytes());
  expect((await devAgent.post(`${API}/delivery/projects/${p.demo.id}/files`, { fileId })).statusCode).toBe(201);

  // acme's own (paused), and acme's product delivered by demo (completed)
  p.acme = await addProject(t, {
    vendorSellerId: acmeId,
    providerSellerId: acmeId,
    templateId: acmeTpl,
    status: 'paused',
    currentNodeId: 'work',
    createdAt: day(11),
  });
  p.acmeByDemo = await addProject(t, {
    vendorSellerId: acmeId,
    providerSellerId: demoId,
    templateId: acmeTpl,
    status: 'completed',
    currentNodeId: 'done',
    createdAt: day(12),
  });
});
afterAll(() => t.close());

const list = async (query = '') => {
  const res = await op.get(`${API}/operator/delivery/projects?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProjectListReply>();
};
const ids = (r: ProjectListReply) => r.items.map((i) => i.id);
const detail = async (id: string) => {
  const res = await op.get(`${API}/operator/delivery/projects/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProjectDetail>();
};

describe('operator project list', () => {
  it("lists every seller's projects, newest first, with tab counts", async () => {
    const r = await list();
    expect(ids(r)).toEqual([p.acmeByDemo.id, p.acme.id, p.demo.id]);
    expect(r.counts).toEqual({ all: 3, running: 1, overdue: 0, cancelled: 0, paused: 1, completed: 1 });
    expect(r.total).toBe(3);
    expect(r.items.map((i) => [i.vendor.id, i.provider?.id])).toEqual([
      [t.seed.acmeSellerId, t.seed.demoSellerId],
      [t.seed.acmeSellerId, t.seed.acmeSellerId],
      [t.seed.demoSellerId, t.seed.demoSellerId],
    ]);
    expect(r.items[2]).toMatchObject({ operator: { id: dev.userId, name: '开发 小周' }, stage: { nodeId: 'work', name: '交付' }, status: 'running' });
  });

  it('filters by order number, vendor, provider and tab, and pages', async () => {
    expect(ids(await list(`orderNo=${p.acme.orderNo}`))).toEqual([p.acme.id]);
    const ofAcme = await list(`vendorSellerId=${t.seed.acmeSellerId}`);
    expect(ids(ofAcme)).toEqual([p.acmeByDemo.id, p.acme.id]);
    expect(ofAcme.counts.all).toBe(2);
    expect(ids(await list(`providerSellerId=${t.seed.demoSellerId}`))).toEqual([p.acmeByDemo.id, p.demo.id]);
    expect(ids(await list(`vendorSellerId=${t.seed.acmeSellerId}&providerSellerId=${t.seed.demoSellerId}`))).toEqual([p.acmeByDemo.id]);
    const paused = await list('tab=paused');
    expect([ids(paused), paused.total, paused.counts.all]).toEqual([[p.acme.id], 1, 3]);
    const second = await list('pageSize=2&page=2');
    expect([ids(second), second.total]).toEqual([[p.demo.id], 3]);
  });

  it('refuses the operator routes to sellers and buyers (403) and to anonymous callers (401)', async () => {
    for (const url of ['/operator/delivery/projects', `/operator/delivery/projects/${p.demo.id}`]) {
      expect((await demo.get(`${API}${url}`)).statusCode, url).toBe(403);
      expect((await buyer.get(`${API}${url}`)).statusCode, url).toBe(403);
      expect((await t.anonymous().get(`${API}${url}`)).statusCode, url).toBe(401);
    }
    // and the operator has no way into the seller's notes
    expect((await op.get(`${API}/delivery/projects/${p.demo.id}/notes`)).statusCode).toBe(403);
  });
});

describe('operator project detail', () => {
  it('shows any project read-only: timeline, live step, requirements, log, messages and files, but no notes', async () => {
    const d = await detail(p.demo.id);
    expect(d.viewer).toBe('operator');
    expect(d).not.toHaveProperty('notes');
    expect(JSON.stringify(d)).not.toContain('客户比较急');
    expect(d.timeline.map((s) => [s.nodeId, s.state])).toEqual([
      ['ap', 'done'],
      ['req', 'done'],
      ['asg', 'done'],
      ['work', 'current'],
      ['chk', 'pending'],
      ['done', 'pending'],
    ]);
    expect(d.liveTask).toMatchObject({ nodeId: 'work', assignee: { id: dev.userId, phone: '13900000009' } });
    expect(d.instance).toMatchObject({ id: p.demo.instanceId, status: 'in_service' });
    expect(d.requirements.map((r) => r.answers)).toEqual([{ description: '企业官网' }]);
    expect(d.messages.map((m) => [m.body, m.authorSide])).toEqual([['需求已收到', 'provider']]);
    expect(d.files.map((f) => [f.fileId, f.name, f.nodeName])).toEqual([[fileId, '交付说明.pdf', '交付']]);
    // the arbiter reads the whole log, the provider's reasons included
    expect(d.log.find((l) => l.event === 'operator_changed')?.detail).toMatchObject({ note: '内部调整' });
    expect((await detail(p.acme.id)).viewer).toBe('operator');
  });

  it("lets the operator download the project's files", async () => {
    const res = await op.get(`${API}/files/${fileId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
  });

  it('answers 404 for an unknown project', async () => {
    const res = await op.get(`${API}/operator/delivery/projects/dpj_nope`);
    expect([res.statusCode, res.json().code]).toEqual([404, 'not_found']);
  });
});

describe('closing a disputed flow', () => {
  it('moves the project to the cancelled tab and logs the reason', async () => {
    t.clock.advance(60_000); // after the seeded log rows
    const res = await op.post(`${API}/operator/delivery/projects/${p.demo.id}/cancel`, { reason: '双方纠纷，平台介入' });
    expect(res.statusCode, res.body).toBe(200);
    const cancelled = await list('tab=cancelled');
    expect(ids(cancelled)).toEqual([p.demo.id]);
    expect(cancelled.counts).toEqual({ all: 3, running: 0, overdue: 0, cancelled: 1, paused: 1, completed: 1 });
    expect(cancelled.items[0]).toMatchObject({ status: 'cancelled', operator: null });

    const d = await detail(p.demo.id);
    expect(d.project.status).toBe('cancelled');
    expect(d.project.cancelledAt).toBe(t.clock.now().toISOString());
    expect(d.liveTask).toBeNull();
    // the step the flow was closed at says so
    expect(d.timeline.filter((s) => s.state === 'stopped').map((s) => s.nodeId)).toEqual([d.project.stage?.nodeId]);
    expect(d.log.at(-1)).toMatchObject({ event: 'project_cancelled', detail: { reason: '双方纠纷，平台介入' } });
    // the customer is told why (the only log detail a customer gets besides rejection reasons)
    const mine = await buyer.get(`${API}/buyer/delivery/projects/${p.demo.id}`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<ProjectDetail>().log.at(-1)).toMatchObject({ event: 'project_cancelled', detail: { reason: '双方纠纷，平台介入' } });
    // both sides see it closed
    expect((await demo.get(`${API}/delivery/projects?scope=vendor&tab=cancelled`)).json<ProjectListReply>().items.map((i) => i.id)).toEqual([p.demo.id]);
    expect((await acme.get(`${API}/delivery/projects?scope=vendor&tab=cancelled`)).json<ProjectListReply>().total).toBe(0);
  });

  it('refuses to close a finished flow', async () => {
    const res = await op.post(`${API}/operator/delivery/projects/${p.acmeByDemo.id}/cancel`, { reason: '太晚了' });
    expect(res.statusCode).toBe(409);
    expect((await list('tab=cancelled')).total).toBe(1);
  });
});
