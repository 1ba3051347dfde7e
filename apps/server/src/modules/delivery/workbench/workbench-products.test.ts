import type { EmployeeWorkbench } from '@cloudmart/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { seedTestCatalog, type Catalog } from '../../../test/kits/orders.js';
import { buildWorkbenchWorld, type WorkbenchWorld } from '../../../test/kits/delivery/workbench.fixtures.js';

const API = '/api/v1';
let t: TestApp;
let c: Catalog;
let world: WorkbenchWorld;
let demo: Agent;
let e1: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  world = await buildWorkbenchWorld(t);
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, e1] = await Promise.all([t.agent('demo'), t.agent(world.ids['e1Login'] ?? '')]);
});
afterAll(() => t.close());

async function myView(query = ''): Promise<EmployeeWorkbench> {
  const res = await e1.get(`${API}/delivery/workbench/me${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<EmployeeWorkbench>();
}

// guide 5.4.10 配置产品在工作台展示; 5.5.5 前提条件: "服务商已将目标产品配置到员工个人工作台"
describe('配置产品在工作台展示', () => {
  it('offers the provider’s service products and shows only the configured ones as the employee’s tabs', async () => {
    const before = await demo.get(`${API}/delivery/workbench/products`);
    expect(before.statusCode).toBe(200);
    expect(before.json().configured).toEqual([]);
    expect(before.json().available).toEqual(expect.arrayContaining([{ productId: c.service, productName: '测试服务' }]));
    expect(before.json().available.map((p: { productId: string }) => p.productId)).not.toContain(c.saas);
    // not configured: every product the employee works on
    expect((await myView()).products.map((p) => p.productId)).toEqual(['prd_wb_a', 'prd_wb_b']);

    const set = await demo.put(`${API}/delivery/workbench/products`, { productIds: [c.service] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().configured).toEqual([{ productId: c.service, productName: '测试服务' }]);
    expect((await myView()).products).toEqual([{ productId: c.service, productName: '测试服务', due: 0, done: 0, rejected: 0, pending: 0 }]);

    expect((await demo.put(`${API}/delivery/workbench/products`, { productIds: [] })).statusCode).toBe(200);
    expect((await myView()).products.map((p) => p.productId)).toEqual(['prd_wb_a', 'prd_wb_b']);
  });

  it('another seller’s product is not found (404), another seller sees its own choice; 403 without delivery.staff; 400 on bad input', async () => {
    expect((await demo.put(`${API}/delivery/workbench/products`, { productIds: [c.acmeSaas] })).statusCode).toBe(404);
    expect((await demo.put(`${API}/delivery/workbench/products`, { productIds: [c.saas] })).statusCode).toBe(404); // not a service product
    await demo.put(`${API}/delivery/workbench/products`, { productIds: [c.service] });
    const acme = await t.agent('acme');
    expect((await acme.get(`${API}/delivery/workbench/products`)).json().configured).toEqual([]);
    expect((await acme.put(`${API}/delivery/workbench/products`, { productIds: [c.service] })).statusCode).toBe(404);
    const ops = await t.agent('ops@demoisv');
    expect((await ops.get(`${API}/delivery/workbench/products`)).statusCode).toBe(403);
    expect((await ops.put(`${API}/delivery/workbench/products`, { productIds: [] })).statusCode).toBe(403);
    expect((await demo.put(`${API}/delivery/workbench/products`, { productIds: [c.service, c.service] })).statusCode).toBe(400);
    await demo.put(`${API}/delivery/workbench/products`, { productIds: [] });
  });
});

// guide 5.5.5: "您还可以在每个区域的右上角切换数据的统计月份"
describe('我的工作台: each area switches its month', () => {
  it('the monthly figures and the ranking take their own month; the rest stays on the date', async () => {
    const today = await myView();
    expect([today.month.month, today.ranking.month]).toEqual(['2026-06', '2026-06']);
    const may = await myView('?month=2026-05');
    expect([may.month.month, may.ranking.month, may.date]).toEqual(['2026-05', '2026-06', today.date]);
    const april = await myView('?rankingMonth=2026-04');
    expect([april.month.month, april.ranking.month]).toEqual(['2026-06', '2026-04']);
    expect((await e1.get(`${API}/delivery/workbench/me?month=2026-13`)).statusCode).toBe(400);
  });
});
