import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBytes, zipBytes } from '../../test/kits/files.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import type { CatalogSeedIds } from './catalog.seed.js';
import { resolvePurchase } from './purchase.js';
import { API, fieldsOf, readyDraft, setSpiUrl, uploadAs, withCatalog } from '../../test/kits/catalog.js';

let t: TestApp;
let ids: CatalogSeedIds;
let demo: Agent;
let operator: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  ids = await withCatalog(t);
  [demo, operator] = await Promise.all([t.agent('demo'), t.agent('operator')]);
});
afterAll(() => t.close());

async function pendingReviewOf(productId: string, kind: 'listing' | 'delisting'): Promise<string> {
  const list = (await operator.get(`${API}/operator/product-reviews?kind=${kind}&status=pending&pageSize=100`)).json();
  const review = list.items.find((r: { productId: string }) => r.productId === productId);
  expect(review).toBeDefined();
  return review.id as string;
}

/** Deliver the outbox and read the demo main account's newest notification. */
async function latestNotice(): Promise<{ template: string; body: string; link: string | null }> {
  await t.deps.outbox.drain();
  const newest = (await demo.get(`${API}/notifications?pageSize=1`)).json().items[0];
  // the inbox orders by time, and the manual clock stands still: move on before the next decision
  t.clock.advance(60_000);
  return newest;
}

describe('submitting for listing', () => {
  it('names everything missing', async () => {
    const p = (await demo.post(`${API}/seller/products`, { type: 'saas', categoryId: ids.categories.enterpriseApps, name: 'incomplete' })).json();
    await demo.post(`${API}/seller/products/${p.id}/specs`, { name: 'trial', isTrial: true, trialDays: 7 });
    const res = await demo.post(`${API}/seller/products/${p.id}/submit`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'listing_incomplete', problems: ['description_missing', 'no_priced_visible_spec', 'spi_url_missing'] });
    await demo.patch(`${API}/seller/products/${p.id}`, { description: 'now described' });
    await demo.post(`${API}/seller/products/${p.id}/specs`, { name: 'std', prices: [{ unit: 'month', duration: 1, priceFen: 100 }] });
    expect((await demo.post(`${API}/seller/products/${p.id}/submit`)).json().problems).toEqual(['spi_url_missing']);
    await setSpiUrl(t, p.id, 'https://isv.example/spi');
    expect((await demo.post(`${API}/seller/products/${p.id}/submit`)).statusCode).toBe(200);
  });

  it('goes pending → rejected with a reason → fixed and resubmitted → approved → on the storefront', async () => {
    const draft = await readyDraft(demo, ids.categories.website, '小程序开发');
    const submitted = await demo.post(`${API}/seller/products/${draft.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'draft', reviewStatus: 'pending', latestListingReview: { kind: 'listing', status: 'pending' } });
    expect(submitted.json().submittedAt).not.toBeNull();
    const twice = await demo.post(`${API}/seller/products/${draft.id}/submit`);
    expect(twice.json()).toMatchObject({ code: 'review_pending' });

    const first = await pendingReviewOf(draft.id, 'listing');
    const queue = (await operator.get(`${API}/operator/product-reviews?status=pending&pageSize=100`)).json();
    expect(queue.items.find((r: { id: string }) => r.id === first)).toMatchObject({
      productCode: draft.code,
      productName: '小程序开发',
      productType: 'service',
      sellerName: 'Demo ISV',
      sellerCode: 'demoisv',
    });
    expect(fieldsOf(await operator.post(`${API}/operator/product-reviews/${first}/reject`, {}))).toEqual(['body.reason']);
    const rejected = await operator.post(`${API}/operator/product-reviews/${first}/reject`, { reason: '描述过于简单' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: '描述过于简单' });
    expect((await demo.get(`${API}/seller/products/${draft.id}`)).json()).toMatchObject({
      reviewStatus: 'rejected',
      rejectReason: '描述过于简单',
      status: 'draft',
    });
    expect(await latestNotice()).toMatchObject({
      template: 'catalog.listing_rejected',
      link: `/seller/products/${draft.id}`,
      body: expect.stringContaining('描述过于简单'),
    });
    expect((await operator.post(`${API}/operator/product-reviews/${first}/approve`)).json().code).toBe('review_decided');

    await demo.patch(`${API}/seller/products/${draft.id}`, { description: '完整的服务说明、交付流程与售后' });
    expect((await demo.post(`${API}/seller/products/${draft.id}/submit`)).json()).toMatchObject({ reviewStatus: 'pending', rejectReason: null });
    const second = await pendingReviewOf(draft.id, 'listing');
    expect(second).not.toBe(first);
    const approved = await operator.post(`${API}/operator/product-reviews/${second}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const listed = (await demo.get(`${API}/seller/products/${draft.id}`)).json();
    expect(listed).toMatchObject({ status: 'listed', reviewStatus: 'approved', listedAt: t.clock.now().toISOString() });
    expect((await latestNotice()).template).toBe('catalog.listing_approved');

    const found = (await t.anonymous().get(`${API}/store/products?q=${draft.code}`)).json();
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([draft.id]);
    expect((await demo.post(`${API}/seller/products/${draft.id}/submit`)).json().code).toBe('product_already_listed');
  });

  it('keeps operators out of seller routes and sellers out of operator routes', async () => {
    expect((await demo.get(`${API}/operator/product-reviews`)).statusCode).toBe(403);
    expect((await operator.get(`${API}/seller/products`)).statusCode).toBe(403);
  });
});

describe('delisting (guide 6)', () => {
  let letter: string;
  beforeAll(async () => {
    letter = await uploadAs(demo, 'scan_archive', '下架申请函.zip', zipBytes({ 'letter.txt': 'signed' }));
  });

  it('accepts requests for listed products only, with a letter the seller uploaded', async () => {
    const body = { reason: '产品停止维护', activeUsers: 12, letterFileId: letter };
    const draft = await demo.post(`${API}/seller/products/${ids.products.draftToolbox}/delisting`, body);
    expect(draft.json().code).toBe('product_not_listed');
    const image = await uploadAs(demo, 'image', 'x.png', pngBytes());
    const wrong = await demo.post(`${API}/seller/products/${ids.products.hiddenScan}/delisting`, { ...body, letterFileId: image });
    expect(fieldsOf(wrong)).toEqual(['body.letterFileId']);
    expect(fieldsOf(await demo.post(`${API}/seller/products/${ids.products.hiddenScan}/delisting`, { ...body, reason: 'x'.repeat(501) }))).toEqual([
      'body.reason',
    ]);
  });

  it('allows one pending request; a rejected one can be asked again; an approved one is final', async () => {
    const productId = ids.products.customerService;
    const body = { reason: '业务调整，停止售卖', activeUsers: 37, letterFileId: letter };
    const made = await demo.post(`${API}/seller/products/${productId}/delisting`, body);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'delisting', status: 'pending', reason: body.reason, activeUsers: 37, letterFileId: letter });
    expect((await demo.post(`${API}/seller/products/${productId}/delisting`, body)).json().code).toBe('delisting_pending');

    const first = await pendingReviewOf(productId, 'delisting');
    const row = (await operator.get(`${API}/operator/product-reviews?kind=delisting`)).json().items[0];
    expect(row).toMatchObject({ id: first, reason: body.reason, activeUsers: 37, letterFileId: letter });
    expect((await operator.get(`${API}/files/${letter}`)).statusCode).toBe(200);
    await operator.post(`${API}/operator/product-reviews/${first}/reject`, { reason: '仍有大量活跃用户，建议先隐藏' });
    expect((await latestNotice()).template).toBe('catalog.delisting_rejected');
    expect((await demo.get(`${API}/seller/products/${productId}`)).json()).toMatchObject({ status: 'listed', delistingRequest: { status: 'rejected' } });

    expect((await demo.post(`${API}/seller/products/${productId}/delisting`, body)).statusCode).toBe(201);
    const second = await pendingReviewOf(productId, 'delisting');
    const decidedAt = t.clock.now().toISOString();
    expect((await operator.post(`${API}/operator/product-reviews/${second}/approve`)).statusCode).toBe(200);
    expect(await latestNotice()).toMatchObject({ template: 'catalog.delisting_approved' });
    const p = (await demo.get(`${API}/seller/products/${productId}`)).json();
    expect(p).toMatchObject({ status: 'delisted', delistedAt: decidedAt, delistingRequest: { id: second, status: 'approved' } });

    expect((await demo.post(`${API}/seller/products/${productId}/submit`)).json().code).toBe('product_delisted');
    expect((await demo.patch(`${API}/seller/products/${productId}`, { summary: 'x' })).json().code).toBe('product_read_only');
    expect((await demo.post(`${API}/seller/products/${productId}/visibility`, { visible: false })).json().code).toBe('product_read_only');
    expect((await demo.post(`${API}/seller/products/${productId}/specs`, { name: 'x' })).json().code).toBe('product_read_only');
    expect((await demo.post(`${API}/seller/products/${productId}/delisting`, body)).json().code).toBe('product_delisted');
    expect((await t.anonymous().get(`${API}/store/products/${productId}`)).statusCode).toBe(404);

    const buy = (purpose: 'new' | 'renew') => resolvePurchase(t.deps.db, { productId, specId: ids.specs.csStandard, unit: 'month', duration: 1, purpose });
    await expect(buy('new')).rejects.toMatchObject({ code: 'product_delisted' });
    // per-period SaaS: already-bought instances cannot be renewed after delisting
    await expect(buy('renew')).rejects.toMatchObject({ code: 'renewal_not_allowed' });
  });

  it('still renews a delisted service product', async () => {
    const productId = ids.products.websiteBuild;
    expect((await demo.post(`${API}/seller/products/${productId}/delisting`, { reason: '停售', activeUsers: 0, letterFileId: letter })).statusCode).toBe(201);
    await operator.post(`${API}/operator/product-reviews/${await pendingReviewOf(productId, 'delisting')}/approve`);
    const renew = await resolvePurchase(t.deps.db, { productId, specId: ids.specs.siteCorporate, unit: 'year', duration: 1, purpose: 'renew' });
    expect(renew.priceFen).toBe(498_000);
  });
});
