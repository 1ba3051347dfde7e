import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBytes, mp4Bytes, pdfBytes } from '../../test/kits/files.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import type { CatalogSeedIds } from './catalog.seed.js';
import { API, fieldsOf, readyDraft, uploadAs, withCatalog } from '../../test/kits/catalog.js';
import { approvedLiveOf } from '../../test/kits/live.js';

let t: TestApp;
let ids: CatalogSeedIds;
let demo: Agent;
let acme: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  ids = await withCatalog(t);
  [demo, acme] = await Promise.all([t.agent('demo'), t.agent('acme')]);
});
afterAll(() => t.close());

describe('creating products', () => {
  it('creates a draft whose code is the type prefix and the next product number', async () => {
    const res = await demo.post(`${API}/seller/products`, { type: 'api', billing: 'postpaid', categoryId: ids.categories.api, name: '  语音识别 API ' });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      name: '语音识别 API',
      type: 'api',
      billing: 'postpaid',
      status: 'draft',
      reviewStatus: 'none',
      visible: true,
      specs: [],
      listedAt: null,
    });
    expect(p.code).toMatch(/^cmapi1\d{5}$/);
    const next = (await demo.post(`${API}/seller/products`, { type: 'download', categoryId: ids.categories.devtools, name: 'CLI' })).json();
    expect(next.code).toMatch(/^cmdl1\d{5}$/);
    expect(Number(next.code.slice(4))).toBe(Number(p.code.slice(5)) + 1);
  });

  it('names each invalid field', async () => {
    const res = await demo.post(`${API}/seller/products`, { type: 'saas', categoryId: ids.categories.api, name: '', billing: 'weekly' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(expect.arrayContaining(['body.name', 'body.billing']));
  });

  it('allows postpaid billing only for SaaS and API products', async () => {
    const res = await demo.post(`${API}/seller/products`, { type: 'service', billing: 'postpaid', categoryId: ids.categories.website, name: 'x' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['body.billing']);
  });

  it('refuses an unknown category as a field error', async () => {
    const res = await demo.post(`${API}/seller/products`, { type: 'service', categoryId: 'cat_nope', name: 'x' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['body.categoryId']);
  });

  it('takes only the seller’s own uploads of the right purpose as media', async () => {
    const mine = await uploadAs(demo, 'image', 'a.png', pngBytes());
    const video = await uploadAs(demo, 'video', 'v.mp4', mp4Bytes());
    const pdf = await uploadAs(demo, 'architecture', 'a.pdf', pdfBytes());
    const theirs = await uploadAs(acme, 'image', 'b.png', pngBytes());
    const bad = await demo.post(`${API}/seller/products`, {
      type: 'service',
      categoryId: ids.categories.website,
      name: 'media',
      imageFileIds: [mine, theirs, pdf],
      videoFileId: mine,
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['body.imageFileIds.1', 'body.imageFileIds.2', 'body.videoFileId']);
    // 商品直播ID: one of the seller's approved lives, no longer free text (guide 2.11.4)
    const freeText = await demo.post(`${API}/seller/products`, { type: 'service', categoryId: ids.categories.website, name: 'media', liveId: 'live_1' });
    expect(freeText.json().code).toBe('live_not_approved');
    const liveId = await approvedLiveOf(t, demo, t.seed.demoSellerId);
    const ok = await demo.post(`${API}/seller/products`, {
      type: 'service',
      categoryId: ids.categories.website,
      name: 'media',
      imageFileIds: [mine],
      videoFileId: video,
      liveId,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ imageFileIds: [mine], videoFileId: video, liveId });
  });
});

describe('listing and editing products', () => {
  it('lists the seller’s own products newest first, with filters', async () => {
    const all = (await demo.get(`${API}/seller/products?pageSize=100`)).json();
    const times = all.items.map((p: { createdAt: string }) => p.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all.items.some((p: { id: string }) => p.id === ids.products.acmeBackup)).toBe(false);
    const listed = (await demo.get(`${API}/seller/products?status=listed&pageSize=100`)).json();
    expect(listed.total).toBe(4);
    const pending = (await demo.get(`${API}/seller/products?reviewStatus=pending`)).json();
    expect(pending.items.map((p: { id: string }) => p.id)).toEqual([ids.products.pendingImage]);
    const byName = (await demo.get(`${API}/seller/products?name=${encodeURIComponent('客服')}`)).json();
    expect(byName.items.map((p: { name: string }) => p.name)).toEqual(['智能客服 SaaS']);
    const code = byName.items[0].code as string;
    expect((await demo.get(`${API}/seller/products?code=${code}`)).json().total).toBe(1);
    expect((await demo.get(`${API}/seller/products?type=api&status=listed`)).json().items[0].billing).toBe('postpaid');
  });

  it('shows the full product with specs, prices and meters', async () => {
    const p = (await demo.get(`${API}/seller/products/${ids.products.customerService}`)).json();
    expect(p.specs.map((s: { name: string }) => s.name)).toEqual(['标准版', '高级版', '免费试用']);
    expect(p.specs[0].prices).toEqual([
      { unit: 'month', duration: 1, priceFen: 9900 },
      { unit: 'year', duration: 1, priceFen: 99900 },
    ]);
    expect(p.specs[2]).toMatchObject({ isTrial: true, trialDays: 14, prices: [] });
    expect(p).not.toHaveProperty('spiSecret');
    const ocr = (await demo.get(`${API}/seller/products/${ids.products.ocrApi}`)).json();
    expect(ocr.specs[0].meters).toEqual([{ dimension: 'calls', unitLabel: '次', priceFen: 1, per: 10 }]);
  });

  it('edits texts of a listed product but not its billing or category', async () => {
    const ok = await demo.patch(`${API}/seller/products/${ids.products.websiteBuild}`, { summary: '新的简介', billing: 'prepaid' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().summary).toBe('新的简介');
    const locked = await demo.patch(`${API}/seller/products/${ids.products.websiteBuild}`, { categoryId: ids.categories.security });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'field_locked', fields: ['categoryId'] });
  });

  it('changes billing of a draft only while no spec is priced', async () => {
    const draft = (await demo.post(`${API}/seller/products`, { type: 'saas', categoryId: ids.categories.enterpriseApps, name: 'switch' })).json();
    expect((await demo.patch(`${API}/seller/products/${draft.id}`, { billing: 'postpaid' })).json().billing).toBe('postpaid');
    await demo.post(`${API}/seller/products/${draft.id}/specs`, { name: 'payg', meters: [{ dimension: 'seats', unitLabel: '席', priceFen: 100 }] });
    const res = await demo.patch(`${API}/seller/products/${draft.id}`, { billing: 'prepaid' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['body.billing']);
  });
});

describe('specs', () => {
  let draftId: string;
  beforeAll(async () => {
    draftId = (await readyDraft(demo, ids.categories.website, 'spec rules')).id;
  });

  it('validates trial days, durations and duplicate periods', async () => {
    const url = `${API}/seller/products/${draftId}/specs`;
    expect(fieldsOf(await demo.post(url, { name: 't', isTrial: true, trialDays: 91 }))).toEqual(['body.trialDays']);
    expect(fieldsOf(await demo.post(url, { name: 't', isTrial: true }))).toEqual(['body.trialDays']);
    expect(fieldsOf(await demo.post(url, { name: 't', isTrial: true, trialDays: 7, prices: [{ unit: 'month', duration: 1, priceFen: 1 }] }))).toEqual([
      'body.prices',
    ]);
    expect(fieldsOf(await demo.post(url, { name: 'y', prices: [{ unit: 'year', duration: 6, priceFen: 1 }] }))).toEqual(['body.prices.0.duration']);
    expect(fieldsOf(await demo.post(url, { name: 'm', prices: [{ unit: 'month', duration: 37, priceFen: 1 }] }))).toEqual(['body.prices.0.duration']);
    expect(fieldsOf(await demo.post(url, { name: 'n', prices: [{ unit: 'month', duration: 1, priceFen: -1 }] }))).toEqual(['body.prices.0.priceFen']);
    const dup = [
      { unit: 'month', duration: 3, priceFen: 1 },
      { unit: 'month', duration: 3, priceFen: 2 },
    ];
    expect(fieldsOf(await demo.post(url, { name: 'd', prices: dup }))).toEqual(['body.prices']);
    const trial = await demo.post(url, { name: '试用', isTrial: true, trialDays: 30 });
    expect(trial.statusCode).toBe(201);
    expect(trial.json()).toMatchObject({ isTrial: true, trialDays: 30, prices: [], meters: [] });
  });

  it('prices prepaid products by duration and postpaid ones by meters', async () => {
    expect(
      fieldsOf(await demo.post(`${API}/seller/products/${draftId}/specs`, { name: 'm', meters: [{ dimension: 'calls', unitLabel: '次', priceFen: 1 }] })),
    ).toEqual(['body.meters']);
    const ocr = `${API}/seller/products/${ids.products.ocrApi}/specs`;
    expect(fieldsOf(await demo.post(ocr, { name: 'p', prices: [{ unit: 'month', duration: 1, priceFen: 1 }] }))).toEqual(['body.prices']);
    const metered = await demo.post(ocr, { name: '企业包', meters: [{ dimension: 'calls', unitLabel: '次', priceFen: 8, per: 100 }] });
    expect(metered.statusCode, metered.body).toBe(201);
  });

  it('replaces the price list on edit and deletes specs of never-listed products only', async () => {
    const spec = (
      await demo.post(`${API}/seller/products/${draftId}/specs`, { name: '专业版', prices: [{ unit: 'month', duration: 1, priceFen: 100 }] })
    ).json();
    const edited = await demo.patch(`${API}/seller/products/${draftId}/specs/${spec.id}`, {
      name: '专业版 Pro',
      prices: [
        { unit: 'year', duration: 2, priceFen: 1800 },
        { unit: 'month', duration: 6, priceFen: 500 },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      name: '专业版 Pro',
      prices: [
        { unit: 'month', duration: 6 },
        { unit: 'year', duration: 2 },
      ],
    });
    expect((await demo.patch(`${API}/seller/products/${draftId}/specs/${spec.id}`, { trialDays: 3 })).statusCode).toBe(400);
    expect((await demo.delete(`${API}/seller/products/${draftId}/specs/${spec.id}`)).statusCode).toBe(204);
    expect((await demo.get(`${API}/seller/products/${draftId}`)).json().specs.some((s: { id: string }) => s.id === spec.id)).toBe(false);
    const listed = await demo.delete(`${API}/seller/products/${ids.products.websiteBuild}/specs/${ids.specs.siteShop}`);
    expect(listed.statusCode).toBe(409);
    expect(listed.json().code).toBe('spec_locked');
  });

  it('keeps the last visible non-trial spec visible', async () => {
    const url = (specId: string) => `${API}/seller/products/${ids.products.customerService}/specs/${specId}/visibility`;
    expect((await demo.post(url(ids.specs.csTrial), { hidden: true })).json().hidden).toBe(true);
    expect((await demo.post(url(ids.specs.csPremium), { hidden: true })).json().hidden).toBe(true);
    const last = await demo.post(url(ids.specs.csStandard), { hidden: true });
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('last_visible_spec');
    expect((await demo.post(url(ids.specs.csPremium), { hidden: false })).json().hidden).toBe(false);
    expect((await demo.post(url(ids.specs.csTrial), { hidden: false })).json().hidden).toBe(false);
  });

  it('hides and shows a product on the storefront', async () => {
    const url = `${API}/seller/products/${ids.products.websiteBuild}/visibility`;
    expect((await demo.post(url, { visible: false })).json().visible).toBe(false);
    expect((await demo.post(url, { visible: true })).json().visible).toBe(true);
  });
});

describe('tenancy and permissions', () => {
  it('answers 404 to another seller on every seller product route', async () => {
    const routes = t.routes.filter((r) => r.url.startsWith('/api/v1/seller/products/:id'));
    expect(routes.length).toBeGreaterThanOrEqual(9);
    const failures: string[] = [];
    for (const r of routes) {
      const url = r.url.replace(':id', ids.products.customerService).replace(':specId', ids.specs.csStandard);
      // a valid body for each route, so only tenancy can refuse it
      const body = url.endsWith('/specs')
        ? { name: 'x' }
        : url.endsWith('/visibility')
          ? { visible: false, hidden: true }
          : url.endsWith('/delisting')
            ? { reason: 'x', activeUsers: 0, letterFileId: 'fil_x' }
            : url.endsWith('/spi')
              ? { url: 'https://isv.example/spi', secret: 'a-long-enough-secret-1234', mode: 'hmac' }
              : url.endsWith('/delivery-template')
                ? { templateId: 'tpl_x' }
                : {};
      const res = await acme.request(r.method as 'GET', url, r.method === 'GET' || r.method === 'DELETE' ? undefined : body);
      if (res.statusCode !== 404) failures.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a sub-account without the products permissions', async () => {
    const ops = await t.agent('ops@demoisv');
    const res = await ops.get(`${API}/seller/products`);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('permission_denied');
  });
});
