import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { PRICES, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';

const API = '/api/v1';
const HOUR = 3_600_000;

let t: TestApp;
let c: Catalog;
let demo: Agent;
let acme: Agent;
let ops: Agent;
let buyer: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, acme, ops, buyer] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('ops@demoisv'), t.agent('buyer')]);
});
afterAll(() => t.close());

const iso = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString();

function body(over: Record<string, unknown> = {}) {
  return {
    productId: c.saas,
    name: '限时购',
    type: 'amount_off',
    amountOffFen: 1_000,
    startsAt: iso(-HOUR),
    endsAt: iso(24 * HOUR),
    specIds: [c.std],
    ...over,
  };
}

async function create(over: Record<string, unknown> = {}) {
  const res = await demo.post(`${API}/seller/discounts`, body(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; publishStatus: string; effectiveStatus: string; productName: string }>();
}

interface OfferPriceReply {
  specId: string;
  unit: string;
  duration: number;
  listPriceFen: number;
  bestPriceFen: number;
  discount: { id: string; name: string; preview: boolean } | null;
}
async function offerOf(agent: Agent, specId: string, unit = 'month', client = 'pc'): Promise<OfferPriceReply | undefined> {
  const res = await agent.get(`${API}/store/products/${c.saas}/offers?client=${client}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ prices: OfferPriceReply[] }>().prices.find((p) => p.specId === specId && p.unit === unit && p.duration === 1);
}

describe('discount form rules (guide 2.9 注意事项)', () => {
  it('refuses a 直减 above any price of the chosen specs, naming the cheapest', async () => {
    const res = await demo.post(`${API}/seller/discounts`, body({ specIds: [c.std, c.pro], amountOffFen: PRICES.stdMonth + 1 }));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'discount_exceeds_price', priceFen: PRICES.stdMonth, specId: c.std, unit: 'month', duration: 1 });
    // equal to the cheapest price is allowed (the price becomes 0, never negative)
    const ok = await demo.post(`${API}/seller/discounts`, body({ specIds: [c.std, c.pro], amountOffFen: PRICES.stdMonth }));
    expect(ok.statusCode, ok.body).toBe(201);
    await demo.delete(`${API}/seller/discounts/${ok.json().id}`);
  });

  it('refuses postpaid products, foreign specs, terms the specs are not sold for, and another seller’s product', async () => {
    const postpaid = await demo.post(`${API}/seller/discounts`, body({ productId: c.api, specIds: [c.apiSpec] }));
    expect(postpaid.statusCode).toBe(422);
    expect(postpaid.json().code).toBe('discount_product_postpaid');
    const spec = await demo.post(`${API}/seller/discounts`, body({ specIds: [c.std, c.serviceSpec] }));
    expect(spec.statusCode).toBe(422);
    expect(spec.json()).toMatchObject({ code: 'discount_spec_unknown', specIds: [c.serviceSpec] });
    const term = await demo.post(`${API}/seller/discounts`, body({ conditions: { terms: [{ unit: 'month', duration: 3 }] } }));
    expect(term.statusCode).toBe(400);
    expect(term.json().code).toBe('validation_failed');
    const foreign = await demo.post(`${API}/seller/discounts`, body({ productId: c.acmeSaas, specIds: [c.acmeSpec] }));
    expect(foreign.statusCode).toBe(404);
    const window = await demo.post(`${API}/seller/discounts`, body({ startsAt: iso(HOUR), endsAt: iso(HOUR) }));
    expect(window.statusCode).toBe(400);
  });
});

describe('discount lifecycle', () => {
  it('starts 预发布, publishes once, edits in any state, and deletes softly', async () => {
    const d = await create({ name: '新品首发' });
    expect(d).toMatchObject({ publishStatus: 'prepublished', effectiveStatus: 'active', productName: '测试 SaaS' });
    const list = await demo.get(`${API}/seller/discounts?publishStatus=prepublished&name=${encodeURIComponent('首发')}`);
    expect(list.json().items.map((x: { id: string }) => x.id)).toEqual([d.id]);
    const published = await demo.post(`${API}/seller/discounts/${d.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ publishStatus: 'published' });
    expect(published.json().publishedAt).not.toBeNull();
    const again = await demo.post(`${API}/seller/discounts/${d.id}/publish`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('discount_not_prepublished');
    const edited = await demo.put(`${API}/seller/discounts/${d.id}`, body({ name: '新品首发2', type: 'percent_off', amountOffFen: null, rateTenths: 85 }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ name: '新品首发2', type: 'percent_off', amountOffFen: null, rateTenths: 85, publishStatus: 'published' });
    expect((await demo.get(`${API}/seller/discounts?effectiveStatus=pending`)).json().items.map((x: { id: string }) => x.id)).not.toContain(d.id);
    expect((await demo.get(`${API}/seller/discounts?effectiveStatus=active`)).json().items.map((x: { id: string }) => x.id)).toContain(d.id);
    expect((await demo.delete(`${API}/seller/discounts/${d.id}`)).statusCode).toBe(204);
    expect((await demo.get(`${API}/seller/discounts/${d.id}`)).statusCode).toBe(404);
    expect((await demo.delete(`${API}/seller/discounts/${d.id}`)).statusCode).toBe(404);
  });

  it('hides one seller’s discounts from another (404) and from sub-accounts without 营销 permissions (403)', async () => {
    const d = await create();
    for (const res of [
      await acme.get(`${API}/seller/discounts/${d.id}`),
      await acme.put(`${API}/seller/discounts/${d.id}`, body()),
      await acme.post(`${API}/seller/discounts/${d.id}/publish`),
      await acme.delete(`${API}/seller/discounts/${d.id}`),
    ])
      expect(res.statusCode).toBe(404);
    expect((await acme.get(`${API}/seller/discounts`)).json().items).toEqual([]);
    expect((await ops.get(`${API}/seller/discounts`)).statusCode).toBe(403);
    expect((await ops.post(`${API}/seller/discounts`, body())).statusCode).toBe(403);
    expect((await ops.get(`${API}/seller/promotion-products`)).statusCode).toBe(403);
    await demo.delete(`${API}/seller/discounts/${d.id}`);
  });

  it('lists the seller’s products for the pickers with specs, prices and the billing flag', async () => {
    const res = await demo.get(`${API}/seller/promotion-products`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: { id: string; billing: string; specs: { id: string; prices: { priceFen: number }[] }[] }[] }>().items;
    const saas = items.find((p) => p.id === c.saas);
    expect(saas?.billing).toBe('prepaid');
    expect(saas?.specs.map((s) => s.id).sort()).toEqual([c.std, c.pro].sort()); // the trial spec has no price to discount
    expect(
      saas?.specs
        .find((s) => s.id === c.std)
        ?.prices.map((p) => p.priceFen)
        .sort(),
    ).toEqual([PRICES.stdMonth, PRICES.stdYear].sort());
    expect(items.find((p) => p.id === c.api)?.billing).toBe('postpaid');
    expect(items.some((p) => p.id === c.acmeSaas)).toBe(false);
  });
});

describe('GET /store/products/:id/offers', () => {
  it('opens and closes a discount on the clock, exactly at its window edges', async () => {
    const start = t.clock.now().getTime() + HOUR;
    const d = await create({
      specIds: [c.pro],
      type: 'percent_off',
      amountOffFen: null,
      rateTenths: 80,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + HOUR).toISOString(),
    });
    await demo.post(`${API}/seller/discounts/${d.id}/publish`);
    const anon = t.anonymous();
    const at = async (ms: number) => {
      t.clock.set(new Date(ms));
      return offerOf(anon, c.pro);
    };
    try {
      expect((await at(start - 1))?.bestPriceFen).toBe(PRICES.proMonth);
      expect(await at(start)).toMatchObject({ listPriceFen: PRICES.proMonth, bestPriceFen: PRICES.proMonth * 0.8, discount: { id: d.id, preview: false } });
      expect((await at(start + HOUR - 1))?.bestPriceFen).toBe(PRICES.proMonth * 0.8);
      expect(await at(start + HOUR)).toMatchObject({ bestPriceFen: PRICES.proMonth, discount: null });
    } finally {
      t.clock.set(new Date(start - HOUR));
      await demo.delete(`${API}/seller/discounts/${d.id}`);
    }
  });

  it('shows 预发布 discounts only to the product’s seller, as a preview, and picks the best of several', async () => {
    const small = await create({ name: '小优惠', amountOffFen: 500 });
    await demo.post(`${API}/seller/discounts/${small.id}/publish`);
    const big = await create({ name: '大优惠', amountOffFen: 3_000 });
    try {
      expect(await offerOf(t.anonymous(), c.std)).toMatchObject({ bestPriceFen: PRICES.stdMonth - 500, discount: { id: small.id, preview: false } });
      expect(await offerOf(buyer, c.std)).toMatchObject({ bestPriceFen: PRICES.stdMonth - 500 });
      expect(await offerOf(acme, c.std)).toMatchObject({ bestPriceFen: PRICES.stdMonth - 500 });
      expect(await offerOf(demo, c.std)).toMatchObject({ bestPriceFen: PRICES.stdMonth - 3_000, discount: { id: big.id, preview: true } });
      // any account of the seller, whatever its permissions
      expect(await offerOf(ops, c.std)).toMatchObject({ discount: { id: big.id, preview: true } });
    } finally {
      await demo.delete(`${API}/seller/discounts/${small.id}`);
      await demo.delete(`${API}/seller/discounts/${big.id}`);
    }
  });

  it('judges conditions for the viewer: client, 实名 (anonymous: not verified), first purchase (anonymous: yes)', async () => {
    const mobile = await create({ name: '手机专享', amountOffFen: 700, conditions: { clients: ['mobile'] } });
    const realName = await create({ name: '实名专享', amountOffFen: 900, conditions: { realNameOnly: true } });
    const first = await create({ name: '首购', amountOffFen: 300, conditions: { firstPurchaseOnly: true } });
    for (const d of [mobile, realName, first]) await demo.post(`${API}/seller/discounts/${d.id}/publish`);
    try {
      expect((await offerOf(t.anonymous(), c.std, 'month', 'pc'))?.discount?.id).toBe(first.id);
      expect((await offerOf(t.anonymous(), c.std, 'month', 'mobile'))?.discount?.id).toBe(mobile.id);
      const verify = await buyer.post(`${API}/buyer/real-name`, { realName: '张三', idNumber: '11010519491231002X' });
      expect(verify.statusCode, verify.body).toBe(200);
      expect(verify.json().verified).toBe(true);
      expect((await buyer.get(`${API}/buyer/real-name`)).json()).toMatchObject({ verified: true });
      expect((await offerOf(buyer, c.std, 'month', 'pc'))?.discount?.id).toBe(realName.id);
    } finally {
      for (const d of [mobile, realName, first]) await demo.delete(`${API}/seller/discounts/${d.id}`);
    }
  });

  it('refuses a wrong 实名认证 with real_name_invalid', async () => {
    const who = buyer;
    const bad = await who.post(`${API}/buyer/real-name`, { realName: '张三', idNumber: '110105194912310021' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('real_name_invalid');
    expect((await who.post(`${API}/buyer/real-name`, { realName: '张', idNumber: '11010519491231002X' })).json().code).toBe('real_name_invalid');
  });
});
