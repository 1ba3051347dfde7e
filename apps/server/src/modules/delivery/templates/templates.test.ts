import type { FlowNode, ProductTemplate, PublishProblem, Template, TemplateSummary } from '@cloudmart/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { templateForProduct } from './product-flow.service.js';
import { presetTemplates } from './template-presets.js';
import { isTemplateImmutableError } from './templates.service.js';

const API = '/api/v1/delivery/templates';
let t: TestApp;
let demo: Agent;
let acme: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  demo = await t.agent('demo');
  acme = await t.agent('acme');
});
afterAll(() => t.close());

const basicNodes = (): FlowNode[] => structuredClone(presetTemplates.find((p) => p.key === 'basic')?.nodes ?? []);

async function draft(agent: Agent, name: string): Promise<Template> {
  const res = await agent.post(API, { name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Template>();
}

async function publishedOwn(agent: Agent, name: string): Promise<Template> {
  const d = await draft(agent, name);
  expect((await agent.put(`${API}/${d.id}`, { name, nodes: basicNodes() })).statusCode).toBe(200);
  const res = await agent.post(`${API}/${d.id}/publish`, {});
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Template>();
}

async function publicId(key: string): Promise<string> {
  const res = await demo.get(`${API}?scope=public`);
  const found = res.json<{ items: TemplateSummary[] }>().items.find((i) => i.presetKey === key);
  if (!found) throw new Error(`no public template ${key}`);
  return found.id;
}

describe('service-flow templates', () => {
  it('lists the four public templates to every seller, published and not editable', async () => {
    for (const agent of [demo, acme]) {
      const res = await agent.get(`${API}?scope=public`);
      expect(res.statusCode).toBe(200);
      const items = res.json<{ items: TemplateSummary[] }>().items;
      expect(items.map((i) => i.presetKey).sort()).toEqual(['basic', 'contract', 'warranty', 'website']);
      expect(items.every((i) => i.status === 'published' && i.kind === 'public' && !i.editable)).toBe(true);
    }
  });

  it('creates a draft with the built-in first node, edits it and publishes it', async () => {
    const d = await draft(demo, '实施服务流程');
    expect(d).toMatchObject({ status: 'draft', kind: 'private', editable: true, stepCount: 2 });
    expect(d.nodes.map((n) => n.type)).toEqual(['assign_provider', 'complete']);

    const saved = await demo.put(`${API}/${d.id}`, { name: '实施服务流程 v1', description: '说明', nodes: basicNodes() });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<Template>()).toMatchObject({ name: '实施服务流程 v1', description: '说明', stepCount: 5 });

    const published = await demo.post(`${API}/${d.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<Template>()).toMatchObject({ status: 'published', editable: false, publishedAt: t.clock.now().toISOString() });

    const mine = await demo.get(`${API}?scope=mine&status=published`);
    expect(mine.json<{ items: TemplateSummary[] }>().items.map((i) => i.id)).toContain(d.id);
  });

  it('refuses to publish a broken template and names every broken rule with its node', async () => {
    const d = await draft(demo, '未完成的流程');
    const empty = await demo.post(`${API}/${d.id}/publish`, {});
    expect(empty.statusCode).toBe(422);
    expect(empty.json<{ code: string; problems: PublishProblem[] }>()).toMatchObject({
      code: 'template_invalid',
      problems: [{ rule: 'no_work_nodes', nodeId: null }],
    });

    const nodes = basicNodes().map((n) => (n.type === 'assign' ? { ...n, role: undefined } : n.type === 'submit' ? { ...n, form: undefined } : n));
    expect((await demo.put(`${API}/${d.id}`, { name: d.name, nodes })).statusCode).toBe(200);
    const res = await demo.post(`${API}/${d.id}/publish`, {});
    expect(res.statusCode).toBe(422);
    expect(res.json<{ problems: PublishProblem[] }>().problems).toEqual([
      { rule: 'role_missing', nodeId: 'assign_implementer' },
      { rule: 'role_not_assigned', nodeId: 'deliver' },
      { rule: 'form_missing', nodeId: 'submit_demand' },
    ]);
    expect((await demo.get(`${API}/${d.id}`)).json<Template>().status).toBe('draft');
  });

  it('rejects a malformed node document with validation_failed', async () => {
    const d = await draft(demo, '格式错误');
    const res = await demo.put(`${API}/${d.id}`, { name: d.name, nodes: [{ id: 'x', type: 'teleport', name: 'x' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ code: string }>().code).toBe('validation_failed');
  });

  it('refuses to edit, delete or republish a published template (409 template_published)', async () => {
    const p = await publishedOwn(demo, '已发布流程');
    const put = await demo.put(`${API}/${p.id}`, { name: '改名', nodes: basicNodes() });
    expect([put.statusCode, put.json<{ code: string }>().code]).toEqual([409, 'template_published']);
    const del = await demo.delete(`${API}/${p.id}`);
    expect([del.statusCode, del.json<{ code: string }>().code]).toEqual([409, 'template_published']);
    expect((await demo.post(`${API}/${p.id}/publish`, {})).statusCode).toBe(409);
    const pub = await demo.put(`${API}/${await publicId('basic')}`, { name: '改公共模板', nodes: basicNodes() });
    expect(pub.statusCode).toBe(409);
    expect((await demo.get(`${API}/${p.id}`)).json<Template>().name).toBe('已发布流程');
  });

  it('maps the database refusal of a published row to template_published', async () => {
    const p = await publishedOwn(demo, '数据库保护');
    const caught = await t.deps.db.execute(sql`update delivery_templates set name = 'x' where id = ${p.id}`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isTemplateImmutableError(caught)).toBe(true);
    expect(isTemplateImmutableError(new Error('something else'))).toBe(false);
  });

  it('copies a public template into an editable own draft', async () => {
    const source = await publicId('website');
    const res = await demo.post(`${API}/${source}/copy`, {});
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json<Template>();
    expect(copy).toMatchObject({ name: '分步骤建站服务流程（副本）', status: 'draft', kind: 'private', copiedFrom: source, editable: true });
    expect(copy.nodes).toEqual(presetTemplates.find((p) => p.key === 'website')?.nodes);
    expect((await demo.put(`${API}/${copy.id}`, { name: '我的建站流程', nodes: copy.nodes.slice(0, 1).concat(copy.nodes.slice(-1)) })).statusCode).toBe(200);
  });

  it('deletes an own draft', async () => {
    const d = await draft(demo, '临时');
    expect((await demo.delete(`${API}/${d.id}`)).statusCode).toBe(204);
    expect((await demo.get(`${API}/${d.id}`)).statusCode).toBe(404);
  });

  it('hides another seller’s templates (404) and leaves them out of lists', async () => {
    const d = await draft(demo, '德莫的私有流程');
    for (const res of [
      await acme.get(`${API}/${d.id}`),
      await acme.put(`${API}/${d.id}`, { name: 'x', nodes: basicNodes() }),
      await acme.post(`${API}/${d.id}/copy`, {}),
      await acme.post(`${API}/${d.id}/publish`, {}),
      await acme.delete(`${API}/${d.id}`),
    ]) {
      expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([404, 'not_found']);
    }
    const list = await acme.get(`${API}?pageSize=100`);
    expect(list.json<{ items: TemplateSummary[] }>().items.every((i) => i.kind === 'public')).toBe(true);
  });

  it('needs delivery.templates for a sub-account', async () => {
    const ops = await t.agent('ops@demoisv');
    const res = await ops.get(API);
    expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([403, 'permission_denied']);
    expect((await ops.get('/api/v1/delivery/roles')).statusCode).toBe(200);
  });
});

describe('product ↔ template link', () => {
  const link = (id: string) => `/api/v1/seller/products/${id}/delivery-template`;

  it('falls back to the public basic template until a published template is linked', async () => {
    const product = t.seed.catalog.products.websiteBuild;
    const before = await demo.get(link(product));
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json<ProductTemplate>()).toMatchObject({ productId: product, linked: false, template: { presetKey: 'basic' } });

    const own = await publishedOwn(demo, '建站交付');
    const res = await demo.put(link(product), { templateId: own.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ProductTemplate>()).toMatchObject({ linked: true, linkedAt: t.clock.now().toISOString(), template: { id: own.id } });
    expect(await templateForProduct(t.deps.db, product)).toEqual({ templateId: own.id, nodes: own.nodes, warrantyDays: null });

    const warranty = await publicId('warranty');
    const linked = (await demo.put(link(product), { templateId: warranty, warrantyDays: 180 })).json<ProductTemplate>();
    expect(linked).toMatchObject({ warrantyDays: 180, template: { id: warranty, warranty: true } });
  });

  it('needs a warranty period for a warranty flow, and refuses one for any other flow', async () => {
    const product = t.seed.catalog.products.websiteBuild;
    const warranty = await publicId('warranty');
    const missing = await demo.put(link(product), { templateId: warranty });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'body.warrantyDays', message: 'required' }] });
    const stray = await demo.put(link(product), { templateId: await publicId('basic'), warrantyDays: 30 });
    expect(stray.statusCode).toBe(400);
    expect(stray.json()).toMatchObject({ errors: [{ field: 'body.warrantyDays' }] });
    for (const warrantyDays of [0, 3651, 1.5]) expect((await demo.put(link(product), { templateId: warranty, warrantyDays })).statusCode).toBe(400);
    // relinking to a flow without a warranty clears the period
    expect((await demo.put(link(product), { templateId: warranty, warrantyDays: 90 })).json<ProductTemplate>().warrantyDays).toBe(90);
    expect((await demo.put(link(product), { templateId: await publicId('basic') })).json<ProductTemplate>().warrantyDays).toBeNull();
  });

  it('refuses drafts, other sellers’ templates and products, and non-service products', async () => {
    const { websiteBuild, customerService, acmeBackup } = t.seed.catalog.products;
    const d = await draft(demo, '草稿');
    const drafted = await demo.put(link(websiteBuild), { templateId: d.id });
    expect([drafted.statusCode, drafted.json<{ code: string }>().code]).toEqual([409, 'template_not_published']);

    const acmeOwn = await publishedOwn(acme, 'Acme flow');
    expect((await demo.put(link(websiteBuild), { templateId: acmeOwn.id })).statusCode).toBe(404);
    expect((await acme.get(link(websiteBuild))).statusCode).toBe(404);
    expect((await acme.put(link(websiteBuild), { templateId: acmeOwn.id })).statusCode).toBe(404);
    expect((await demo.get(link(acmeBackup))).statusCode).toBe(404);

    const saas = await demo.put(link(customerService), { templateId: await publicId('basic') });
    expect([saas.statusCode, saas.json<{ code: string }>().code]).toEqual([409, 'not_a_service_product']);
  });
});

describe('read-only presets', () => {
  it('shows the requirement forms to any signed-in user, and roles and message templates to sellers', async () => {
    const forms = await (await t.agent('buyer')).get('/api/v1/delivery/requirement-forms');
    expect(forms.statusCode).toBe(200);
    expect(forms.json<{ key: string }[]>().map((f) => f.key)).toEqual(['general_demand', 'website_demand', 'deployment_demand', 'contract_info']);

    const roles = await demo.get('/api/v1/delivery/roles');
    expect(roles.json<{ key: string; label: { 'zh-CN': string } }[]>()).toContainEqual(
      expect.objectContaining({ key: 'account_manager', label: expect.objectContaining({ 'zh-CN': '客户经理' }) }),
    );

    const messages = await demo.get('/api/v1/delivery/message-templates');
    expect(messages.statusCode, messages.body).toBe(200);
    const first = messages.json<{ key: string; recipient: string; trigger: string; text: { 'zh-CN': { body: string } } }[]>()[0];
    expect(first).toMatchObject({ key: 'demand_submit_customer', recipient: 'customer', trigger: 'enter' });
    expect(first?.text['zh-CN'].body).toContain('{orderNo}');
  });
});
