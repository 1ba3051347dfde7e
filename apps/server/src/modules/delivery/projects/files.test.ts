import type { DeliveryFile, ProjectDetail } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxBytes, pdfBytes, pngBytes } from '../../../test/kits/files.js';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { uploadAs } from '../../../test/kits/catalog.js';
import { deliveryFiles, deliveryLog } from '../delivery.tables.js';
import { addAssignment, addProject, addStaff, addTasks, contractNodes, publishedTemplate, tasksUpToWork } from '../../../test/kits/delivery/views.fixtures.js';

const API = '/api/v1';
let t: TestApp;
let demo: Agent;
let acme: Agent;
let buyer: Agent;
let ops: Agent;
let stranger: Agent;
let dev: Agent;
let otherDev: Agent;
let devId: string;
let working: string;
let atCustomer: string;
let paused: string;
let completed: string;
let contract: string;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  const { demoSellerId, buyerId } = t.seed;
  [demo, acme, buyer, ops] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('buyer'), t.agent('ops@demoisv')]);
  const signup = await t.anonymous().post(`${API}/auth/signup`, { kind: 'buyer', loginName: 'files-stranger', password: 'Passw0rdX', displayName: 'stranger' });
  expect(signup.statusCode).toBe(201);
  stranger = await t.agent('files-stranger', 'Passw0rdX');
  const d = await addStaff(t, { sellerId: demoSellerId, displayName: '开发 小周', roles: ['developer'] });
  const d2 = await addStaff(t, { sellerId: demoSellerId, displayName: '开发 小吴', roles: ['developer'] });
  devId = d.userId;
  [dev, otherDev] = await Promise.all([t.agent(d.loginName), t.agent(d2.loginName)]);

  const tpl = await publishedTemplate(t, demoSellerId);
  const base = { vendorSellerId: demoSellerId, providerSellerId: demoSellerId, templateId: tpl };
  working = (await addProject(t, { ...base, currentNodeId: 'work' })).id;
  await addTasks(t, working, tasksUpToWork(buyerId, devId));
  await addAssignment(t, working, 'developer', devId);

  atCustomer = (await addProject(t, { ...base, currentNodeId: 'chk' })).id;
  await addTasks(t, atCustomer, [
    ...tasksUpToWork(buyerId, devId).map((x) => ({ ...x, status: 'done' as const })),
    { nodeId: 'chk', status: 'open', side: 'customer', assigneeId: buyerId },
  ]);
  await addAssignment(t, atCustomer, 'developer', devId);

  paused = (await addProject(t, { ...base, status: 'paused', currentNodeId: 'work' })).id;
  await addTasks(t, paused, tasksUpToWork(buyerId, devId));
  await addAssignment(t, paused, 'developer', devId);

  completed = (await addProject(t, { ...base, status: 'completed', currentNodeId: 'done' })).id;
  await addTasks(t, completed, [{ nodeId: 'done', status: 'done', side: 'customer', assigneeId: buyerId }]);
  await addAssignment(t, completed, 'developer', devId, { released: true });

  const contractTpl = await publishedTemplate(t, demoSellerId, contractNodes);
  contract = (await addProject(t, { ...base, templateId: contractTpl, currentNodeId: 'contract' })).id;
  await addTasks(t, contract, [
    { nodeId: 'ap', status: 'done', side: 'system' },
    { nodeId: 'asg', status: 'done', side: 'system', role: 'developer', assigneeId: devId },
    { nodeId: 'contract', status: 'open', side: 'provider', role: 'developer', assigneeId: devId },
  ]);
  await addAssignment(t, contract, 'developer', devId);
});
afterAll(() => t.close());

const attach = (a: Agent, projectId: string, fileId: string, buyerSide = false) =>
  a.post(`${API}${buyerSide ? '/buyer' : ''}/delivery/projects/${projectId}/files`, { fileId });

describe('attaching files to the live step', () => {
  let fileId: string;

  it("puts the operator's upload on the project's live task, node and run, and logs it", async () => {
    fileId = await uploadAs(dev, 'delivery', '交付说明.pdf', pdfBytes());
    const res = await attach(dev, working, fileId);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<DeliveryFile>()).toMatchObject({
      fileId,
      name: '交付说明.pdf',
      nodeId: 'work',
      nodeName: '交付',
      run: 1,
      uploader: { id: devId, name: '开发 小周' },
    });
    const [row] = await t.deps.db.select().from(deliveryFiles).where(eq(deliveryFiles.fileId, fileId));
    expect(row).toMatchObject({ projectId: working, nodeId: 'work', run: 1, uploadedBy: devId });
    expect(row?.taskId).toMatch(/^dtk_/);
    const log = await t.deps.db.select({ event: deliveryLog.event }).from(deliveryLog).where(eq(deliveryLog.projectId, working));
    expect(log.map((l) => l.event)).toContain('file_uploaded');
  });

  it('lists the file in the detail for the provider side and the customer', async () => {
    for (const [a, url] of [
      [demo, `/delivery/projects/${working}`],
      [buyer, `/buyer/delivery/projects/${working}`],
    ] as const) {
      const d = (await a.get(`${API}${url}`)).json<ProjectDetail>();
      expect(d.files.map((f) => [f.fileId, f.nodeName, f.size > 0])).toEqual([[fileId, '交付', true]]);
    }
  });

  it('refuses the same file twice', async () => {
    const res = await attach(dev, working, fileId);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict' });
  });

  it('refuses a file the caller did not upload, and one uploaded for another purpose', async () => {
    const theirs = await uploadAs(demo, 'delivery', 'x.pdf', pdfBytes());
    expect((await attach(dev, working, theirs)).statusCode).toBe(404);
    const document = await uploadAs(dev, 'document', 'x.pdf', pdfBytes());
    const res = await attach(dev, working, document);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('lets the provider admin upload on a provider step, but not another employee of the role', async () => {
    const mine = await uploadAs(demo, 'delivery', 'admin.png', pngBytes());
    expect((await attach(demo, working, mine)).statusCode).toBe(201);
    const theirs = await uploadAs(otherDev, 'delivery', 'other.pdf', pdfBytes());
    // otherDev is not on this project at all: it does not exist for them
    expect((await attach(otherDev, working, theirs)).statusCode).toBe(404);
  });

  it('refuses an upload when the live step is not the caller’s', async () => {
    const mine = await uploadAs(dev, 'delivery', 'late.pdf', pdfBytes());
    const res = await attach(dev, atCustomer, mine);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'not_your_task' });
    const fromBuyer = await uploadAs(buyer, 'delivery', 'mine.pdf', pdfBytes());
    expect((await attach(buyer, working, fromBuyer, true)).json()).toMatchObject({ code: 'not_your_task' });
    // the customer's own step takes the customer's file
    const ok = await attach(buyer, atCustomer, fromBuyer, true);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<DeliveryFile>()).toMatchObject({ nodeId: 'chk' });
  });

  it('refuses uploads on a paused or finished project', async () => {
    const a = await uploadAs(dev, 'delivery', 'a.pdf', pdfBytes());
    expect((await attach(dev, paused, a)).json()).toMatchObject({ code: 'project_paused' });
    const done = await attach(dev, completed, a);
    expect(done.statusCode).toBe(409);
    expect(done.json()).toMatchObject({ code: 'no_step_takes_files' });
  });

  it('takes only contract documents on the contract step', async () => {
    const plain = await uploadAs(dev, 'delivery', 'contract.pdf', pdfBytes());
    const res = await attach(dev, contract, plain);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', accepted: ['delivery_contract'] });
    const signed = await uploadAs(dev, 'delivery_contract', 'contract.docx', docxBytes());
    expect((await attach(dev, contract, signed)).statusCode).toBe(201);
  });

  it('answers 404 to sellers outside the project', async () => {
    const f = await uploadAs(ops, 'delivery', 'ops.pdf', pdfBytes());
    expect((await attach(ops, working, f)).statusCode).toBe(404);
  });
});

describe('downloading delivery files', () => {
  it('lets every participant download and hides the file from everyone else', async () => {
    const fileId = await uploadAs(dev, 'delivery', 'deliverable.pdf', pdfBytes());
    expect((await attach(dev, working, fileId)).statusCode).toBe(201);
    const url = `${API}/files/${fileId}`;
    for (const a of [buyer, demo, dev]) expect((await a.get(url)).statusCode).toBe(200);
    for (const a of [acme, stranger]) {
      const res = await a.get(url);
      expect(res.statusCode).toBe(404);
    }
  });

  it('lets the provider side download what the customer uploaded', async () => {
    const d = (await demo.get(`${API}/delivery/projects/${atCustomer}`)).json<ProjectDetail>();
    const customerFile = d.files.find((f) => f.nodeId === 'chk');
    expect(customerFile).toBeDefined();
    for (const a of [demo, dev]) expect((await a.get(`${API}/files/${customerFile?.fileId}`)).statusCode).toBe(200);
    expect((await stranger.get(`${API}/files/${customerFile?.fileId}`)).statusCode).toBe(404);
  });
});
