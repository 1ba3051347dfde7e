import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { addEmployee, node, project, publishTemplate, retireEmployees, startDirect } from '../../../test/kits/delivery/delivery-test-kit.js';
import { addStaff } from '../../../test/kits/delivery/views.fixtures.js';

// guide 5.4.8 认领订单: "在文本框中，输入订单编号，单击查询。订单列表中出现查询到的订单结果。4. 单击操作列的认领。
// 5. 在您确定认领这笔订单吗？提示框中，单击是。目标订单操作列的认领变为已认领。"
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => retireEmployees(t));

const search = (orderNo: string) => `/api/v1/delivery/claims?orderNo=${orderNo}`;

describe('订单认领: search → result row → 认领 → 已认领', () => {
  it('finds the order, offers 认领 to an account manager only, and shows it claimed afterwards', async () => {
    const seller = t.seed.demoSellerId;
    await publishTemplate(
      t,
      seller,
      [node.provider, { id: 'clm', type: 'claim', name: '认领订单', role: 'account_manager' }, node.work({ role: 'account_manager' }), node.complete()],
      'prd_claim_search',
    );
    const manager = await addEmployee(t, { sellerId: seller, roles: ['account_manager'], maxOpen: 5 });
    const designer = await addEmployee(t, { sellerId: seller, roles: ['designer'], maxOpen: 5 });
    const p = await project(t, await startDirect(t, 'prd_claim_search', seller));
    const am = await t.agent(manager.loginName);

    const found = await am.get(search(p.orderNo));
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().items).toEqual([
      expect.objectContaining({ projectId: p.id, orderNo: p.orderNo, stage: '认领订单', role: 'account_manager', state: 'claimable', claimedByMe: false }),
    ]);
    // someone without the step's role sees the row but cannot claim it
    expect((await (await t.agent(designer.loginName)).get(search(p.orderNo))).json().items[0]).toMatchObject({ state: 'unavailable' });

    expect((await am.post('/api/v1/delivery/claims', { orderNo: p.orderNo })).statusCode).toBe(200);
    expect((await am.get(search(p.orderNo))).json().items[0]).toMatchObject({ state: 'claimed', claimedByMe: true });
  });

  it('another seller finds nothing (no row, no claim: 404); an unknown number finds nothing; bad input is 400', async () => {
    const p = await project(t, await startDirect(t, 'prd_claim_search', t.seed.demoSellerId));
    const acme = await t.agent('acme');
    expect((await acme.get(search(p.orderNo))).json()).toEqual({ items: [] });
    expect((await acme.post('/api/v1/delivery/claims', { orderNo: p.orderNo })).statusCode).toBe(404);
    expect((await (await t.agent('demo')).get(search('999999999999'))).json()).toEqual({ items: [] });
    expect((await (await t.agent('demo')).get('/api/v1/delivery/claims?orderNo=abc')).statusCode).toBe(400);
    expect((await t.anonymous().get(search(p.orderNo))).statusCode).toBe(401);
    expect((await (await t.agent('buyer')).get(search(p.orderNo))).statusCode).toBe(403);
  });

  it('a sub-account of the provider that is no employee and lacks delivery.projects.view finds nothing (no row, no claim: 404), as another seller', async () => {
    // issue 17: the order's stage and customer would reveal a project it may not see
    const p = await project(t, await startDirect(t, 'prd_claim_search', t.seed.demoSellerId));
    const clerk = await t.agent((await addStaff(t, { sellerId: t.seed.demoSellerId, displayName: '客服 小李' })).loginName);
    expect((await clerk.get(search(p.orderNo))).json()).toEqual({ items: [] });
    const claim = await clerk.post('/api/v1/delivery/claims', { orderNo: p.orderNo });
    expect(claim.statusCode, claim.body).toBe(404);
    expect(claim.json()).toMatchObject({ code: 'not_found' });
    // the company's project viewers still find it (they see every project of the company)
    const viewer = await t.agent((await addStaff(t, { sellerId: t.seed.demoSellerId, permissions: ['delivery.projects.view'] })).loginName);
    expect((await viewer.get(search(p.orderNo))).json().items).toEqual([expect.objectContaining({ projectId: p.id, state: 'unavailable' })]);
  });
});
