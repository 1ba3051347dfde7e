import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { gifBytes, jpegOfSize, mp4Bytes, multipartBody, pdfBytes, pngOfSize, textBytes } from '../../test/kits/files.js';
import { seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { createCoupon, DAY, HOUR, isoFrom } from '../../test/kits/promotions.js';

const API = '/api/v1';
let t: TestApp;
let c: Catalog;
let demo: Agent;
let acme: Agent;
let ops: Agent;
let viewer: Agent;
let nobody: Agent;
let cover: string;

const upload = (agent: Agent, purpose: string, file: { name: string; data: Buffer }) => {
  const { payload, headers } = multipartBody({ purpose }, file);
  return agent.post(`${API}/files`, payload, headers);
};
const apply = (agent: Agent) => agent.post(`${API}/seller/live/permission`, { agreementVersion: '2026-12', accepted: true });
const body = (over: Record<string, unknown> = {}) => ({
  name: '云市场建站直播',
  startsAt: isoFrom(t, DAY),
  endsAt: isoFrom(t, DAY + 2 * HOUR),
  mode: 'realtime',
  keywords: '建站 小程序 云市场',
  intro: '本次直播讲解如何用云市场建站。',
  coverFileId: cover,
  ...over,
});
const create = (agent: Agent, over: Record<string, unknown> = {}) => agent.post(`${API}/seller/lives`, body(over));
const ingest = (key: string) =>
  t.anonymous().post(`${API}/live/ingest/publish`, `app=live&name=${encodeURIComponent(key)}`, { 'content-type': 'application/x-www-form-urlencoded' });

async function subAccount(name: string, permissions: string[]): Promise<Agent> {
  const groupIds: string[] = [];
  if (permissions.length) {
    const g = await demo.post(`${API}/seller/permission-groups`, { name: `g-${name}`, permissions });
    expect(g.statusCode, g.body).toBe(201);
    groupIds.push(g.json<{ id: string }>().id);
  }
  const created = await demo.post(`${API}/seller/sub-accounts`, { name, displayName: name, groupIds });
  expect(created.statusCode, created.body).toBe(201);
  const initial = created.json<{ initialPassword: string }>().initialPassword;
  const a = await t.agent(`${name}@demoisv`, initial);
  expect((await a.post(`${API}/auth/password`, { currentPassword: initial, newPassword: 'Chang3dPass' })).statusCode).toBe(204);
  return a;
}

async function approvedLive(over: Record<string, unknown> = {}): Promise<{ id: string; streamKey: string | null }> {
  const res = await create(demo, over);
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  expect((await ops.post(`${API}/operator/lives/${id}/approve`)).statusCode).toBe(200);
  return { id, streamKey: res.json<{ streamKey: string | null }>().streamKey };
}

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, acme, ops] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('operator')]);
  viewer = await subAccount('liveviewer', ['live.view']);
  nobody = await subAccount('livenobody', []);
  const up = await upload(demo, 'live_cover', { name: 'cover.png', data: pngOfSize(552, 280) });
  expect(up.statusCode, up.body).toBe(201);
  cover = up.json<{ id: string }>().id;
});
afterAll(() => t.close());

describe('直播权限 (guide 2.11.1)', () => {
  it('refuses to create a live before the permission is approved (live_permission_required)', async () => {
    expect((await demo.get(`${API}/seller/live/permission`)).json()).toMatchObject({ status: 'none' });
    const res = await create(demo);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('live_permission_required');
  });

  it('needs the agreement signed: 选中云市场服务协议, 我已阅读，确认签署', async () => {
    expect((await demo.post(`${API}/seller/live/permission`, { agreementVersion: '2026-12', accepted: false })).statusCode).toBe(400);
    expect((await demo.post(`${API}/seller/live/permission`, { agreementVersion: '2019-01', accepted: true })).statusCode).toBe(400);
  });

  it('signs, waits for review, may not apply twice; a rejected seller applies again ("若审核未通过，您可以重新申请权限")', async () => {
    const signed = await apply(acme);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'pending', agreementVersion: '2026-12', signedAt: t.clock.now().toISOString() });
    expect((await apply(acme)).json().code).toBe('live_permission_exists');
    const queue = (await ops.get(`${API}/operator/live/permissions?status=pending`)).json<{ items: { sellerId: string }[] }>();
    expect(queue.items.map((i) => i.sellerId)).toContain(t.seed.acmeSellerId);
    expect((await ops.post(`${API}/operator/live/permissions/${t.seed.acmeSellerId}/reject`, { reason: '' })).statusCode).toBe(400);
    const rejected = await ops.post(`${API}/operator/live/permissions/${t.seed.acmeSellerId}/reject`, { reason: '资料不全' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '资料不全' });
    expect((await ops.post(`${API}/operator/live/permissions/${t.seed.acmeSellerId}/approve`)).json().code).toBe('invalid_state');
    expect((await acme.get(`${API}/seller/live/permission`)).json()).toMatchObject({ status: 'rejected', rejectReason: '资料不全' });
    expect((await apply(acme)).json()).toMatchObject({ status: 'pending', rejectReason: null });
    expect((await ops.post(`${API}/operator/live/permissions/${t.seed.acmeSellerId}/approve`)).json()).toMatchObject({ status: 'approved' });
    expect((await apply(acme)).json().code).toBe('live_permission_exists');
  });

  it('approves Demo ISV and notifies its main account', async () => {
    expect((await apply(demo)).statusCode).toBe(200);
    expect((await ops.post(`${API}/operator/live/permissions/${t.seed.demoSellerId}/approve`)).statusCode).toBe(200);
    await t.deps.outbox.drain();
    const inbox = (await demo.get(`${API}/notifications`)).json<{ items: { title: string }[] }>();
    expect(inbox.items.map((n) => n.title)).toContain('直播权限已开通');
  });
});

describe('直播海报封面 (guide: "尺寸：552*280 支持.jpg .png格式")', () => {
  it('accepts a 552×280 PNG and JPEG', async () => {
    expect((await upload(demo, 'live_cover', { name: 'c.jpg', data: jpegOfSize(552, 280) })).statusCode).toBe(201);
  });
  it('refuses other dimensions (422), other types and fake contents (415) and more than 2 MB (413)', async () => {
    const wrongSize = await upload(demo, 'live_cover', { name: 'c.png', data: pngOfSize(550, 280) });
    expect(wrongSize.statusCode).toBe(422);
    expect(wrongSize.json().code).toBe('image_dimensions_not_allowed');
    expect((await upload(demo, 'live_cover', { name: 'c.jpg', data: jpegOfSize(280, 552) })).json().code).toBe('image_dimensions_not_allowed');
    const gif = await upload(demo, 'live_cover', { name: 'c.gif', data: gifBytes() });
    expect(gif.statusCode).toBe(415);
    const fake = await upload(demo, 'live_cover', { name: 'c.png', data: textBytes() });
    expect(fake.json().code).toBe('file_type_not_allowed');
    const big = await upload(demo, 'live_cover', { name: 'c.png', data: Buffer.concat([pngOfSize(552, 280), Buffer.alloc(2 * 1024 * 1024)]) });
    expect(big.statusCode).toBe(413);
  });
  it('refuses a cover uploaded for another purpose or by another seller', async () => {
    const other = (await upload(acme, 'live_cover', { name: 'c.png', data: pngOfSize(552, 280) })).json<{ id: string }>().id;
    expect((await create(demo, { coverFileId: other })).json().code).toBe('validation_failed');
  });
});

describe('创建直播 and 编辑直播 (guide 2.11.2)', () => {
  it('validates every field: ≤ 8 keywords, ≤ 500-character intro, end after start', async () => {
    expect((await create(demo, { keywords: '一 二 三 四 五 六 七 八 九' })).statusCode).toBe(400);
    expect((await create(demo, { keywords: '一 二 三 四 五 六 七 八' })).statusCode).toBe(201);
    expect((await create(demo, { intro: '字'.repeat(501) })).statusCode).toBe(400);
    expect((await create(demo, { intro: '字'.repeat(500) })).statusCode).toBe(201);
    expect((await create(demo, { endsAt: isoFrom(t, DAY) })).statusCode).toBe(400);
    expect((await create(demo, { mode: 'vod' })).statusCode).toBe(400);
  });

  it('binds only the seller’s own product and coupon', async () => {
    expect((await create(demo, { productId: c.acmeSaas })).json().code).toBe('live_product_unknown');
    const acmeCoupon = await createCoupon(t, acme);
    expect((await create(demo, { couponId: acmeCoupon.id })).json().code).toBe('live_coupon_unknown');
    const coupon = await createCoupon(t, demo);
    const ok = await create(demo, { productId: c.saas, couponId: coupon.id });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'pending', product: { id: c.saas }, coupon: { id: coupon.id }, channel: expect.any(String) });
    const found = (await demo.get(`${API}/seller/live/products?q=${encodeURIComponent('SaaS')}`)).json<{ id: string }[]>();
    expect(found.map((p) => p.id)).toContain(c.saas);
    expect(found.map((p) => p.id)).not.toContain(c.acmeSaas);
  });

  it('a real-time live has a push URL and an unguessable stream key; a recorded one has neither', async () => {
    const rt = (await create(demo)).json<{ pushUrl: string; streamKey: string; livePath: string; id: string }>();
    expect(rt.pushUrl).toBe('rtmp://127.0.0.1:1935/live');
    expect(rt.streamKey).toMatch(/^lk_[A-Za-z0-9_-]{32}$/);
    expect(rt.livePath).toBe(`/store/live/${rt.id}`);
    const rec = (await create(demo, { mode: 'recorded' })).json();
    expect(rec).toMatchObject({ pushUrl: null, streamKey: null });
  });

  it('edits a pending live, returns a rejected one to review, and refuses to edit an approved one (live_not_editable)', async () => {
    const id = (await create(demo)).json<{ id: string }>().id;
    expect((await demo.put(`${API}/seller/lives/${id}`, body({ name: '改名' }))).json()).toMatchObject({ name: '改名', status: 'pending' });
    expect((await ops.post(`${API}/operator/lives/${id}/reject`, { reason: '封面不清晰' })).json()).toMatchObject({
      status: 'rejected',
      rejectReason: '封面不清晰',
    });
    expect((await ops.post(`${API}/operator/lives/${id}/approve`)).json().code).toBe('invalid_state');
    const edited = await demo.put(`${API}/seller/lives/${id}`, body({ name: '再次提交' }));
    expect(edited.json()).toMatchObject({ status: 'pending', rejectReason: null });
    expect((await ops.post(`${API}/operator/lives/${id}/approve`)).json()).toMatchObject({ status: 'approved' });
    const refused = await demo.put(`${API}/seller/lives/${id}`, body({ name: '审核后再改' }));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('live_not_editable');
    expect((await ops.post(`${API}/operator/lives/${id}/reject`, { reason: 'x' })).json().code).toBe('invalid_state');
  });

  it('never shows the stream key to the operator or on the public page', async () => {
    const { id } = await approvedLive();
    expect((await ops.get(`${API}/operator/lives/${id}`)).json()).toMatchObject({ streamKey: null, pushUrl: null });
    const pub = (await t.anonymous().get(`${API}/store/lives/${id}`)).json<Record<string, unknown>>();
    expect(pub).not.toHaveProperty('streamKey');
    expect(pub).toMatchObject({ id, phase: 'upcoming' });
  });
});

describe('OBS stream key and the ingest callback', () => {
  it('rotation invalidates the old key: the ingest answers 403 for it and 2xx for the new one', async () => {
    const { id, streamKey } = await approvedLive({ startsAt: isoFrom(t, 10 * 60_000), endsAt: isoFrom(t, 2 * HOUR) });
    expect(streamKey).toBeTruthy();
    const before = await ingest(streamKey ?? '');
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({ liveId: id });
    const rotated = (await demo.post(`${API}/seller/lives/${id}/stream-key`)).json<{ streamKey: string }>();
    expect(rotated.streamKey).not.toBe(streamKey);
    const old = await ingest(streamKey ?? '');
    expect(old.statusCode).toBe(403);
    expect(old.json().code).toBe('stream_key_refused');
    expect((await ingest(rotated.streamKey)).statusCode).toBe(200);
    // JSON callers too
    expect((await t.anonymous().post(`${API}/live/ingest/publish`, { name: rotated.streamKey })).statusCode).toBe(200);
  });

  it('refuses a pending live’s key, an unknown key, and outside the window', async () => {
    const pending = (await create(demo, { startsAt: isoFrom(t, 0), endsAt: isoFrom(t, HOUR) })).json<{ streamKey: string }>();
    expect((await ingest(pending.streamKey)).statusCode).toBe(403);
    expect((await ingest('lk_nope')).statusCode).toBe(403);
    const { streamKey } = await approvedLive();
    expect((await ingest(streamKey ?? '')).statusCode).toBe(403); // starts tomorrow
  });

  it('rotating a recorded live’s key is live_mode_mismatch', async () => {
    const id = (await create(demo, { mode: 'recorded' })).json<{ id: string }>().id;
    expect((await demo.post(`${API}/seller/lives/${id}/stream-key`)).json().code).toBe('live_mode_mismatch');
  });
});

describe('直播视频录制 (recorded live)', () => {
  it('takes an mp4 upload for a recorded live, refuses other types, and shows it on the approved live’s page to anyone', async () => {
    const { id } = await approvedLive({ mode: 'recorded' });
    expect((await upload(demo, 'live_recording', { name: 'r.mp4', data: pdfBytes() })).statusCode).toBe(415);
    expect((await upload(demo, 'live_recording', { name: 'r.pdf', data: pdfBytes() })).json().code).toBe('file_type_not_allowed');
    const video = (await upload(demo, 'live_recording', { name: 'r.mp4', data: mp4Bytes() })).json<{ id: string }>().id;
    const set = await demo.put(`${API}/seller/lives/${id}/recording`, { fileId: video });
    expect(set.json()).toMatchObject({ recordingFileId: video });
    expect((await demo.put(`${API}/seller/lives/${id}/recording`, { fileId: cover })).json().code).toBe('validation_failed');
    const pub = (await t.anonymous().get(`${API}/store/lives/${id}`)).json<{ recordingFileId: string; coverFileId: string }>();
    expect(pub.recordingFileId).toBe(video);
    expect((await t.anonymous().get(`${API}/files/${video}`)).statusCode).toBe(200);
    expect((await t.anonymous().get(`${API}/files/${pub.coverFileId}`)).statusCode).toBe(200);
    const rt = (await create(demo)).json<{ id: string; coverFileId: string }>();
    expect((await demo.put(`${API}/seller/lives/${rt.id}/recording`, { fileId: video })).json().code).toBe('live_mode_mismatch');
  });

  it('keeps a pending live’s page and files private', async () => {
    const other = (await upload(demo, 'live_cover', { name: 'p.png', data: pngOfSize(552, 280) })).json<{ id: string }>().id;
    const id = (await create(demo, { coverFileId: other })).json<{ id: string }>().id;
    expect((await t.anonymous().get(`${API}/store/lives/${id}`)).statusCode).toBe(404);
    expect((await t.anonymous().get(`${API}/files/${other}`)).statusCode).not.toBe(200);
  });
});

describe('the coupon during the live (guide 2.12: "在观看直播期间即可领取到优惠券")', () => {
  it('is claimable only while the live is on', async () => {
    const coupon = await createCoupon(t, demo, { issueTo: isoFrom(t, 30 * DAY) });
    const { id } = await approvedLive({ couponId: coupon.id, startsAt: isoFrom(t, HOUR), endsAt: isoFrom(t, 2 * HOUR) });
    expect((await t.anonymous().get(`${API}/store/lives/${id}`)).json()).toMatchObject({
      phase: 'upcoming',
      couponClaimable: false,
      coupon: { id: coupon.id },
    });
    t.clock.advance(HOUR);
    expect((await t.anonymous().get(`${API}/store/lives/${id}`)).json()).toMatchObject({ phase: 'live', couponClaimable: true });
    t.clock.advance(HOUR);
    expect((await t.anonymous().get(`${API}/store/lives/${id}`)).json()).toMatchObject({ phase: 'ended', couponClaimable: false });
  });
});

describe('商品直播ID (guide 2.11.4)', () => {
  it('must be one of the seller’s approved lives (live_not_approved)', async () => {
    const pending = (await create(demo)).json<{ id: string }>().id;
    expect((await demo.patch(`${API}/seller/products/${c.saas}`, { liveId: pending })).json().code).toBe('live_not_approved');
    expect((await demo.patch(`${API}/seller/products/${c.saas}`, { liveId: 'free-text-id' })).json().code).toBe('live_not_approved');
    const { id } = await approvedLive();
    expect((await acme.patch(`${API}/seller/products/${c.acmeSaas}`, { liveId: id })).json().code).toBe('live_not_approved');
    const ok = await demo.patch(`${API}/seller/products/${c.saas}`, { liveId: id });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ liveId: id });
    const options = (await demo.get(`${API}/seller/live/options`)).json<{ id: string }[]>();
    expect(options.map((o) => o.id)).toContain(id);
    expect(options.map((o) => o.id)).not.toContain(pending);
    expect((await demo.patch(`${API}/seller/products/${c.saas}`, { liveId: null })).statusCode).toBe(200);
  });
});

describe('tenancy and permissions', () => {
  it('answers 404 for another seller’s live on every seller route', async () => {
    const id = (await create(demo)).json<{ id: string }>().id;
    const calls = [
      acme.get(`${API}/seller/lives/${id}`),
      acme.put(`${API}/seller/lives/${id}`, body()),
      acme.post(`${API}/seller/lives/${id}/stream-key`),
      acme.put(`${API}/seller/lives/${id}/recording`, { fileId: cover }),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode, res.body).toBe(404);
    const list = (await acme.get(`${API}/seller/lives`)).json<{ items: { id: string }[] }>();
    expect(list.items.map((i) => i.id)).not.toContain(id);
  });

  it('lets a live.view sub-account read but answers 403 to every change; without live.view, 403 everywhere', async () => {
    const id = (await create(demo)).json<{ id: string }>().id;
    expect((await viewer.get(`${API}/seller/lives/${id}`)).statusCode).toBe(200);
    expect((await viewer.get(`${API}/seller/lives`)).statusCode).toBe(200);
    expect((await viewer.get(`${API}/seller/live/permission`)).statusCode).toBe(200);
    for (const res of [
      await viewer.post(`${API}/seller/lives`, body()),
      await viewer.put(`${API}/seller/lives/${id}`, body()),
      await viewer.post(`${API}/seller/lives/${id}/stream-key`),
      await viewer.put(`${API}/seller/lives/${id}/recording`, { fileId: cover }),
      await apply(viewer),
      await viewer.get(`${API}/seller/live/options`),
    ])
      expect(res.json().code).toBe('permission_denied');
    for (const url of ['/seller/lives', `/seller/lives/${id}`, '/seller/live/permission', '/seller/live/products']) {
      expect((await nobody.get(`${API}${url}`)).statusCode, url).toBe(403);
    }
    expect((await demo.get(`${API}/operator/lives`)).statusCode).toBe(403);
    expect((await ops.get(`${API}/seller/lives`)).statusCode).toBe(403);
  });

  it('lists with search and pagination', async () => {
    const named = (await create(demo, { name: '独一无二的直播名' })).json<{ id: string }>().id;
    const hit = (await demo.get(`${API}/seller/lives?q=${encodeURIComponent('独一无二')}`)).json<{ items: { id: string }[]; total: number }>();
    expect(hit.items.map((i) => i.id)).toEqual([named]);
    expect((await demo.get(`${API}/seller/lives?q=${named}`)).json().total).toBe(1);
    const page = (await demo.get(`${API}/seller/lives?page=2&pageSize=2`)).json<{ items: unknown[]; page: number; total: number }>();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(4);
  });
});
