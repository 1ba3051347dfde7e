import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mp4Bytes, pngBytes } from '../../test/kits/files.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import type { CatalogSeedIds } from './catalog.seed.js';
import { getCommissionBp, resolvePurchase } from './purchase.js';
import { API, fieldsOf, uploadAs, withCatalog } from '../../test/kits/catalog.js';
import { order, pay } from '../../test/kits/orders.js';
import { approvedLiveOf } from '../../test/kits/live.js';

let t: TestApp;
let ids: CatalogSeedIds;
let demo: Agent;
let anon: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  ids = await withCatalog(t);
  demo = await t.agent('demo');
  anon = t.anonymous();
});
afterAll(() => t.close());

const idsOf = (page: { items: { id: string }[] }) => page.items.map((p) => p.id);

describe('storefront lists', () => {
  it('shows listed, visible products only — hidden, draft and pending ones stay out', async () => {
    const all = (await anon.get(`${API}/store/products?pageSize=100`)).json();
    expect(idsOf(all).sort()).toEqual([ids.products.customerService, ids.products.websiteBuild, ids.products.ocrApi, ids.products.acmeBackup].sort());
    const card = all.items.find((p: { id: string }) => p.id === ids.products.customerService);
    expect(card).toMatchObject({ seller: { code: 'demoisv', name: 'Demo ISV' }, lowestPriceFen: 9900, hasTrial: true, coverImageFileId: null });
    expect(all.items.find((p: { id: string }) => p.id === ids.products.ocrApi).lowestPriceFen).toBeNull();
  });

  it('searches by name or code, and filters by category and seller', async () => {
    expect(idsOf((await anon.get(`${API}/store/products?q=${encodeURIComponent('ocr')}`)).json())).toEqual([ids.products.ocrApi]);
    const code = (await anon.get(`${API}/store/products/${ids.products.websiteBuild}`)).json().code as string;
    expect(idsOf((await anon.get(`${API}/store/products?q=${code.toUpperCase()}`)).json())).toEqual([ids.products.websiteBuild]);
    expect(idsOf((await anon.get(`${API}/store/products?categoryId=${ids.categories.devtools}`)).json())).toEqual([ids.products.acmeBackup]);
    expect(idsOf((await anon.get(`${API}/store/products?categoryId=${ids.categories.security}`)).json())).toEqual([]);
    expect(idsOf((await anon.get(`${API}/store/products?sellerCode=acme`)).json())).toEqual([ids.products.acmeBackup]);
    expect((await anon.get(`${API}/store/products?q=${encodeURIComponent('%')}`)).json().total).toBe(0);
  });

  // issue 11 item 9: "categories with no products hidden" — a buyer never opens an empty category
  it('lists only categories with visible listed products, with their counts, and keeps commissions private', async () => {
    const cats = (await anon.get(`${API}/store/categories`)).json();
    expect(cats.map((c: { nameEn: string }) => c.nameEn)).toEqual(['Enterprise apps', 'Website building', 'APIs', 'Developer tools']);
    expect(cats.find((c: { id: string }) => c.id === ids.categories.security)).toBeUndefined();
    expect(cats.find((c: { id: string }) => c.id === ids.categories.enterpriseApps).productCount).toBe(1);
    expect(cats.every((c: { productCount: number }) => c.productCount > 0)).toBe(true);
    expect(cats[0]).not.toHaveProperty('commissionBp');
  });

  it('shows a shop with its listed visible products, and 404 for an unknown shop', async () => {
    const shop = (await anon.get(`${API}/store/shops/demoisv`)).json();
    expect(shop.seller).toEqual({ code: 'demoisv', name: 'Demo ISV' });
    expect(idsOf(shop.products).sort()).toEqual([ids.products.customerService, ids.products.websiteBuild, ids.products.ocrApi].sort());
    expect((await anon.get(`${API}/store/shops/nobody`)).statusCode).toBe(404);
  });
});

describe('product page', () => {
  it('opens a hidden product by its preview URL (code or id), still orderable', async () => {
    const byId = await anon.get(`${API}/store/products/${ids.products.hiddenScan}`);
    expect(byId.statusCode).toBe(200);
    expect(byId.json()).toMatchObject({ visible: false, name: '网站漏洞扫描服务', media: 'none' });
    expect((await anon.get(`${API}/store/products/${byId.json().code}`)).json().id).toBe(ids.products.hiddenScan);
    const bought = await resolvePurchase(t.deps.db, {
      productId: ids.products.hiddenScan,
      specId: ids.specs.scanBasic,
      unit: 'month',
      duration: 1,
      purpose: 'new',
    });
    expect(bought).toMatchObject({ priceFen: 19_900, product: { visible: false, status: 'listed' } });
  });

  it('answers 404 for drafts and products waiting for review', async () => {
    expect((await anon.get(`${API}/store/products/${ids.products.draftToolbox}`)).statusCode).toBe(404);
    expect((await anon.get(`${API}/store/products/${ids.products.pendingImage}`)).statusCode).toBe(404);
  });

  it('leaves hidden specs out and says which media layout to use', async () => {
    const url = `${API}/seller/products/${ids.products.customerService}`;
    await demo.post(`${url}/specs/${ids.specs.csPremium}/visibility`, { hidden: true });
    const video = await uploadAs(demo, 'video', 'demo.mp4', mp4Bytes());
    await demo.patch(url, { videoFileId: video, liveId: await approvedLiveOf(t, demo, t.seed.demoSellerId) });
    const page = (await anon.get(`${API}/store/products/${ids.products.customerService}`)).json();
    expect(page.specs.map((s: { name: string }) => s.name)).toEqual(['标准版', '免费试用']);
    expect(page.specs[0]).not.toHaveProperty('hidden');
    expect(page.media).toBe('video_and_live');
    await demo.patch(url, { videoFileId: null });
    expect((await anon.get(`${API}/store/products/${ids.products.customerService}`)).json().media).toBe('live');
    await demo.post(`${url}/specs/${ids.specs.csPremium}/visibility`, { hidden: false });
  });

  it('lets anyone download the images of a listed product, not of a draft', async () => {
    const listedImage = await uploadAs(demo, 'image', 'shot.png', pngBytes());
    const draftImage = await uploadAs(demo, 'image', 'draft.png', pngBytes());
    await demo.patch(`${API}/seller/products/${ids.products.websiteBuild}`, { imageFileIds: [listedImage] });
    await demo.patch(`${API}/seller/products/${ids.products.draftToolbox}`, { imageFileIds: [draftImage] });
    const buyer = await t.agent('buyer');
    expect((await buyer.get(`${API}/files/${listedImage}`)).statusCode).toBe(200);
    expect((await buyer.get(`${API}/files/${draftImage}`)).statusCode).toBe(404);
    // the storefront is public: visitors without a session see listed media too
    expect((await anon.get(`${API}/files/${listedImage}`)).statusCode).toBe(200);
    expect((await anon.get(`${API}/files/${draftImage}`)).statusCode).toBe(404);
    expect((await anon.get(`${API}/store/products/${ids.products.websiteBuild}`)).json().coverImageFileId).toBe(listedImage);
  });
});

describe('resolvePurchase', () => {
  const cs = () => ({ productId: ids.products.customerService, specId: ids.specs.csStandard });

  it('gives the list price for a unit and duration', async () => {
    const r = await resolvePurchase(t.deps.db, { ...cs(), unit: 'year', duration: 1, purpose: 'new' });
    expect(r).toMatchObject({
      priceFen: 99_900,
      spec: { name: '标准版', isTrial: false },
      product: { type: 'saas', billing: 'prepaid', sellerId: t.seed.demoSellerId },
    });
    await expect(resolvePurchase(t.deps.db, { ...cs(), unit: 'month', duration: 2, purpose: 'new' })).rejects.toMatchObject({ code: 'price_not_found' });
    await expect(resolvePurchase(t.deps.db, { ...cs(), purpose: 'new' })).rejects.toMatchObject({ code: 'price_not_found' });
  });

  it('prices trials and postpaid specs at null', async () => {
    const trial = await resolvePurchase(t.deps.db, { productId: ids.products.customerService, specId: ids.specs.csTrial, purpose: 'trial' });
    expect(trial).toMatchObject({ priceFen: null, spec: { isTrial: true, trialDays: 14 } });
    const ocr = await resolvePurchase(t.deps.db, { productId: ids.products.ocrApi, specId: ids.specs.ocrPayg, purpose: 'new' });
    expect(ocr.priceFen).toBeNull();
  });

  it('refuses a spec of another product, trials on paid specs, and drafts', async () => {
    await expect(resolvePurchase(t.deps.db, { productId: ids.products.ocrApi, specId: ids.specs.csStandard, purpose: 'new' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(resolvePurchase(t.deps.db, { ...cs(), purpose: 'trial' })).rejects.toMatchObject({ code: 'spec_not_orderable' });
    await expect(resolvePurchase(t.deps.db, { productId: ids.products.customerService, specId: ids.specs.csTrial, purpose: 'new' })).rejects.toMatchObject({
      code: 'spec_not_orderable',
    });
    const draftSpec = (await demo.get(`${API}/seller/products/${ids.products.draftToolbox}`)).json().specs[0].id as string;
    await expect(
      resolvePurchase(t.deps.db, { productId: ids.products.draftToolbox, specId: draftSpec, unit: 'year', duration: 1, purpose: 'new' }),
    ).rejects.toMatchObject({
      code: 'product_not_listed',
    });
  });

  it('renews on a hidden spec but sells it to nobody new', async () => {
    const url = `${API}/seller/products/${ids.products.websiteBuild}/specs/${ids.specs.siteShop}/visibility`;
    await demo.post(url, { hidden: true });
    const req = { productId: ids.products.websiteBuild, specId: ids.specs.siteShop, unit: 'year' as const, duration: 1 };
    await expect(resolvePurchase(t.deps.db, { ...req, purpose: 'new' })).rejects.toMatchObject({ code: 'spec_not_orderable' });
    expect((await resolvePurchase(t.deps.db, { ...req, purpose: 'renew' })).priceFen).toBe(998_000);
    await demo.post(url, { hidden: false });
  });
});

describe('categories and commission', () => {
  it('lets operators set the commission within 0–5000 basis points', async () => {
    const operator = await t.agent('operator');
    const cats = (await operator.get(`${API}/operator/categories`)).json();
    expect(cats.find((c: { id: string }) => c.id === ids.categories.api)).toMatchObject({ code: 'api', commissionBp: 2000 });
    const url = `${API}/operator/categories/${ids.categories.enterpriseApps}`;
    expect(fieldsOf(await operator.patch(url, { commissionBp: 5001 }))).toEqual(['body.commissionBp']);
    expect(fieldsOf(await operator.patch(url, { commissionBp: -1 }))).toEqual(['body.commissionBp']);
    expect(fieldsOf(await operator.patch(url, { commissionBp: 12.5 }))).toEqual(['body.commissionBp']);
    expect((await operator.patch(`${API}/operator/categories/cat_nope`, { commissionBp: 100 })).statusCode).toBe(404);
    expect((await operator.patch(url, { commissionBp: 2500 })).json().commissionBp).toBe(2500);
    expect(await getCommissionBp(t.deps.db, ids.products.customerService)).toBe(2500);
    expect((await demo.patch(url, { commissionBp: 0 })).statusCode).toBe(403);
  });
});

describe('API document', () => {
  it('publishes the catalog routes with their schemas in OpenAPI', async () => {
    const spec = (await anon.get('/api/openapi.json')).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/seller/products',
        '/api/v1/seller/products/{id}/specs/{specId}/visibility',
        '/api/v1/operator/product-reviews/{id}/reject',
        '/api/v1/store/products/{codeOrId}',
        '/api/v1/store/shops/{sellerCode}',
      ]),
    );
    expect(spec.paths['/api/v1/seller/products'].post.requestBody).toBeDefined();
  });
});

interface Card {
  id: string;
  type: string;
  lowestPriceFen: number | null;
  salesCount: number;
  rating: number | null;
}
const list = async (query: string): Promise<Card[]> => {
  const res = await anon.get(`${API}/store/products?pageSize=100&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};

describe('store sort and filters', () => {
  it('filters by product type and by a price range on the lowest price (unpriced products drop out)', async () => {
    const all = await list('');
    for (const type of ['service', 'api']) {
      const got = await list(`type=${type}`);
      expect(got.map((c) => c.id).sort()).toEqual(
        all
          .filter((c) => c.type === type)
          .map((c) => c.id)
          .sort(),
      );
    }
    const priced = all.filter((c) => c.lowestPriceFen !== null).map((c) => c.lowestPriceFen ?? 0);
    const [lo, hi] = [Math.min(...priced), Math.max(...priced)];
    const inRange = await list(`minPriceFen=${lo}&maxPriceFen=${lo}`);
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.every((c) => c.lowestPriceFen === lo)).toBe(true);
    expect((await list(`minPriceFen=${hi + 1}`)).length).toBe(0);
    expect((await list('minPriceFen=0')).every((c) => c.lowestPriceFen !== null)).toBe(true);
    const bad = await anon.get(`${API}/store/products?minPriceFen=500&maxPriceFen=100`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
    expect((await anon.get(`${API}/store/products?sort=cheapest`)).statusCode).toBe(400);
    expect((await anon.get(`${API}/store/products?type=hardware`)).statusCode).toBe(400);
  });

  it('sorts by price either way with unpriced products last, and by newest listing by default', async () => {
    const asc = await list('sort=price_asc');
    const prices = asc.map((c) => c.lowestPriceFen);
    const firstNull = prices.indexOf(null);
    const head = (firstNull < 0 ? prices : prices.slice(0, firstNull)).map((p) => p ?? 0);
    expect(head).toEqual([...head].sort((a, b) => a - b));
    if (firstNull >= 0) expect(prices.slice(firstNull).every((p) => p === null)).toBe(true);
    const desc = (await list('sort=price_desc')).map((c) => c.lowestPriceFen).filter((p) => p !== null);
    expect(desc).toEqual([...head].reverse());
    expect((await list('')).map((c) => c.id)).toEqual((await list('sort=newest')).map((c) => c.id));
  });

  it('sorts by sales (paid purchases) and by the buyers’ rating, and shows both on the card', async () => {
    const buyer = await t.agent('buyer');
    const product = (await anon.get(`${API}/store/products/${ids.products.websiteBuild}`)).json();
    const spec = product.specs.find((s: { isTrial: boolean }) => !s.isTrial);
    const price = spec.prices[0];
    const body = { productId: product.id, specId: spec.id, unit: price.unit, duration: price.duration };
    for (let i = 0; i < 2; i++) {
      const placed = await order(buyer, body);
      await pay(buyer, placed.id);
      const review = await buyer.post(`${API}/buyer/orders/${placed.id}/review`, { quality: 4, attitude: 5, speed: i === 0 ? 3 : 4 });
      expect(review.statusCode, review.body).toBe(201);
    }
    const bySales = await list('sort=sales');
    expect(bySales[0]).toMatchObject({ id: ids.products.websiteBuild, salesCount: 2 });
    expect(bySales.slice(1).every((c) => c.salesCount === 0)).toBe(true);
    const byRating = await list('sort=rating');
    // (4+5+3)/3 = 4 and (4+5+4)/3 = 4.33: mean 4.17 → 4.2
    expect(byRating[0]).toMatchObject({ id: ids.products.websiteBuild, rating: 4.2 });
    expect(byRating.slice(1).every((c) => c.rating === null)).toBe(true);
    expect((await anon.get(`${API}/store/products/${ids.products.websiteBuild}`)).json()).toMatchObject({ salesCount: 2, rating: 4.2 });
  });
});
