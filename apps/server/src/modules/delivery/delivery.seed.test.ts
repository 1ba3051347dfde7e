import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/password.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { order, pay } from '../../test/kits/orders.js';
import { users } from '../accounts/index.js';
import { demoFlow, seedDeliveryDemo } from './delivery.seed.js';
import { deliveryProjects, deliveryTasks } from './delivery.tables.js';
import { publishProblems } from './templates/index.js';

// The demo data `npm start` shows: it must be a valid flow, and a purchase of 网站建设服务 must
// become a project that reaches one of the two designers once the customer has submitted.
describe('delivery demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const seed = t.seed;
    await seedDeliveryDemo(t.deps.db, t.clock.now(), {
      demoSellerId: seed.demoSellerId,
      passwordHash: await hashPassword('Demo1234'),
      websiteProductId: seed.catalog.products.websiteBuild,
    });
  });
  afterAll(() => t.close());

  it('is a flow that passes every publish rule', () => {
    expect(publishProblems(demoFlow)).toEqual([]);
  });

  it('turns a purchase of the website service into a project assigned to a designer after the requirements', async () => {
    const buyer = await t.agent('buyer');
    const o = await order(buyer, { productId: t.seed.catalog.products.websiteBuild, specId: t.seed.catalog.specs.siteCorporate, unit: 'year', duration: 1 });
    await pay(buyer, o.id);
    await t.deps.outbox.drain();
    const [project] = await t.deps.db.select().from(deliveryProjects).where(eq(deliveryProjects.orderId, o.id));
    expect(project).toMatchObject({ status: 'running', currentNodeId: 'req', providerSellerId: t.seed.demoSellerId });
    // the page acting on the live step gets its form and labels from the detail
    const detail = (await buyer.get(`/api/v1/buyer/delivery/projects/${project?.id}`)).json();
    expect(detail.liveTask.settings).toMatchObject({
      type: 'submit',
      form: 'website_demand',
      submitLabel: '提交需求',
      rejectable: false,
      uploadRequired: false,
    });
    const reply = await buyer.post(`/api/v1/buyer/delivery/projects/${project?.id}/submit-requirements`, {
      nodeId: 'req',
      answers: await sampleAnswers(),
    });
    expect(reply.statusCode, reply.body).toBe(200);
    const [task] = await t.deps.db.select().from(deliveryTasks).where(eq(deliveryTasks.status, 'open'));
    expect(task?.nodeId).toBe('design');
    const [designer] = await t.deps.db
      .select({ login: users.loginName })
      .from(users)
      .where(eq(users.id, task?.assigneeId ?? ''));
    expect(designer?.login).toMatch(/^designer[12]@demoisv$/);
    const seller = (await (await t.agent('demo')).get(`/api/v1/delivery/projects/${project?.id}`)).json();
    expect(seller.liveTask.settings).toMatchObject({
      type: 'general',
      uploadRequired: true,
      uploadKind: 'any',
      uploadLabel: '上传设计稿',
      confirmLabel: '提交设计稿',
    });
  });

  async function sampleAnswers(): Promise<Record<string, unknown>> {
    const forms = (await (await t.agent('buyer')).get('/api/v1/delivery/requirement-forms')).json() as {
      key: string;
      fields: { key: string; type: string; required: boolean; options?: { value: string }[] }[];
    }[];
    const form = forms.find((f) => f.key === 'website_demand');
    const answers: Record<string, unknown> = {};
    for (const f of form?.fields ?? []) {
      if (!f.required) continue;
      answers[f.key] = f.type === 'select' ? f.options?.[0]?.value : f.type === 'date' ? '2026-12-31' : f.type === 'file' ? [] : '企业官网，蓝色主题';
    }
    return answers;
  }
});
