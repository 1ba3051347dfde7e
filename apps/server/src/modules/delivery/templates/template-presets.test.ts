import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { deliveryTemplates } from '../delivery.tables.js';
import { flowSteps } from './flow-steps.js';
import { ensurePublicTemplates, presetTemplates } from './template-presets.js';

// DOMAIN 5 "Templates": the four public templates, seeded at every start without duplicates.
describe('public templates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seedOrders: false });
  });
  afterAll(() => t.close());

  const presetRows = () =>
    t.deps.db
      .select({ key: deliveryTemplates.presetKey, sellerId: deliveryTemplates.sellerId, kind: deliveryTemplates.kind, status: deliveryTemplates.status })
      .from(deliveryTemplates)
      .where(isNotNull(deliveryTemplates.presetKey));

  it('are inserted once at start, published, public and without a seller; a second run adds nothing', async () => {
    await ensurePublicTemplates(t.deps);
    await ensurePublicTemplates(t.deps);
    const rows = await presetRows();
    expect(rows.map((r) => r.key).sort()).toEqual(['basic', 'contract', 'warranty', 'website']);
    expect(rows.every((r) => r.sellerId === null && r.kind === 'public' && r.status === 'published')).toBe(true);
  });

  it('re-insert only a missing preset', async () => {
    // published rows cannot be deleted (trigger); drop it to simulate a database without it
    await t.deps.db.execute('alter table delivery_templates disable trigger delivery_templates_immutable');
    await t.deps.db.delete(deliveryTemplates).where(isNotNull(deliveryTemplates.presetKey));
    await t.deps.db.execute('alter table delivery_templates enable trigger delivery_templates_immutable');
    await ensurePublicTemplates(t.deps);
    expect((await presetRows()).length).toBe(4);
  });

  it('follow the guide: customer-confirmed completion auto-confirmed after 14 working days, or when the warranty ends', () => {
    for (const p of presetTemplates) {
      const last = flowSteps(p.nodes).at(-1);
      if (p.key === 'warranty') {
        // 双重确认: the customer confirms the warranty within the product's period, which then ends the flow
        expect(last).toMatchObject({ type: 'complete', name: '质保确认', untilWarrantyEnds: true, rejectable: false });
        expect(flowSteps(p.nodes).map((s) => s.name)).toEqual(['分配服务商', '提交需求', '分配实施人员', '服务交付', '交付验收', '质保确认']);
      } else expect(last).toMatchObject({ type: 'complete', rejectable: true, timeoutDays: 14, autoAdvance: true, untilWarrantyEnds: false });
    }
    const contract = presetTemplates.find((p) => p.key === 'contract');
    expect(flowSteps(contract?.nodes ?? [])).toContainEqual(expect.objectContaining({ type: 'general', uploadRequired: true, uploadKind: 'contract' }));
    const website = presetTemplates.find((p) => p.key === 'website');
    expect(flowSteps(website?.nodes ?? []).map((s) => s.name)).toEqual([
      '分配服务商',
      '提交建站需求',
      '分配项目经理',
      '功能设计',
      '确认功能设计',
      '分配设计师',
      'UX 设计',
      '确认 UX 设计',
      '分配开发工程师',
      '开发测试',
      '检查验收',
      '确认交付',
    ]);
  });
});
