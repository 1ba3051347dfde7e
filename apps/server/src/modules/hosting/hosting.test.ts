import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { uploadAs } from '../../test/kits/catalog.js';
import { multipartBody, pdfBytes, zipBytes } from '../../test/kits/files.js';
import { seedTestCatalog, type Catalog } from '../../test/kits/orders.js';

const API = '/api/v1';
let t: TestApp;
let c: Catalog;
let demo: Agent;
let acme: Agent;
let operator: Agent;

const OPTIONS = {
  configAudit: true,
  actionTrail: true,
  appHosting: 'ack',
  vulnScan: true,
  loadTest: true,
  cloudMonitor: true,
  waf: false,
  oauth: false,
  messages: false,
} as const;

interface Detail {
  id: string;
  code: string;
  architectureStatus: string;
  hostingStatus: string;
  editable: boolean;
  linkedProduct: { id: string } | null;
  architecture: { status: string; reason: string | null; expectedBy: string | null; systemArchFile: { name: string } | null };
  hosting: { status: string; reason: string | null; expectedBy: string | null; options: unknown; scanReportFile: { name: string } | null };
  reviews: { kind: string; action: string; reason: string }[];
}

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

async function create(seller: Agent, name = '托管测试'): Promise<Detail> {
  const res = await seller.post(`${API}/seller/hosting/products`, { name, form: 'saas', description: `${name} 的描述` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detail>();
}

const pdf = (seller: Agent, purpose = 'architecture') => uploadAs(seller, purpose, 'arch.pdf', pdfBytes());

async function submitArch(seller: Agent, id: string) {
  return seller.post(`${API}/seller/hosting/products/${id}/architecture`, { systemArchFileId: await pdf(seller), deployArchFileId: await pdf(seller) });
}

async function hostingBody(seller: Agent, options: Record<string, unknown> = OPTIONS) {
  return {
    options,
    securityReportFileId: await pdf(seller, 'hosting_report'),
    scanReportFileId: await uploadAs(seller, 'scan_archive', 'scan.zip', zipBytes({ 'report.html': '<p>0 high</p>' })),
    loadTestReportFileId: await pdf(seller, 'hosting_report'),
  };
}

const decide = (id: string, kind: 'architecture' | 'hosting', decision: 'approve' | 'reject', reason = '') =>
  operator.post(`${API}/operator/hosting/products/${id}/reviews/${kind}`, { decision, reason });

/** a hosted product of demo's with both reviews approved */
async function approved(name: string): Promise<Detail> {
  const p = await create(demo, name);
  expect((await submitArch(demo, p.id)).statusCode).toBe(200);
  expect((await decide(p.id, 'architecture', 'approve')).statusCode).toBe(200);
  const h = await demo.post(`${API}/seller/hosting/products/${p.id}/hosting`, await hostingBody(demo));
  expect(h.statusCode, h.body).toBe(200);
  const ok = await decide(p.id, 'hosting', 'approve');
  expect(ok.statusCode, ok.body).toBe(200);
  return ok.json<Detail>();
}

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, acme, operator] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('operator')]);
});
afterAll(() => t.close());

describe('托管流程: 基本信息 → 架构信息 → 产品托管 → 托管审核 (guide 1.2)', () => {
  it('walks both reviews with the PDFs and the ZIP, logging who decided what', async () => {
    const p = await create(demo, '云原生 CRM');
    expect(p).toMatchObject({ architectureStatus: 'not_submitted', hostingStatus: 'not_submitted', editable: true });
    expect(p.code).toMatch(/^\d+$/);

    // 产品托管 before the architecture passed: "待架构审核通过后 … 继续提交"
    const early = await demo.post(`${API}/seller/hosting/products/${p.id}/hosting`, await hostingBody(demo));
    expect([early.statusCode, early.json().code]).toEqual([409, 'architecture_not_approved']);

    const sent = await submitArch(demo, p.id);
    expect(sent.statusCode, sent.body).toBe(200);
    const pending = sent.json<Detail>();
    expect(pending.architecture.status).toBe('pending');
    // "架构审核需要1~3个工作日": submitted Monday 10:00 Beijing → Wednesday 17:30 Beijing
    expect(pending.architecture.expectedBy).toBe('2026-06-03T09:30:00.000Z');
    expect(pending.architecture.systemArchFile?.name).toBe('arch.pdf');

    const queue = await operator.get(`${API}/operator/hosting/reviews?kind=architecture`);
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json<{ items: { id: string; seller: { name: string } }[] }>().items.map((r) => r.id)).toContain(p.id);

    const noReason = await decide(p.id, 'architecture', 'reject');
    expect([noReason.statusCode, noReason.json().code]).toEqual([400, 'validation_failed']);
    const rejected = await decide(p.id, 'architecture', 'reject', '部署架构缺少多可用区设计');
    expect(rejected.json<Detail>().architecture).toMatchObject({ status: 'rejected', reason: '部署架构缺少多可用区设计' });
    // rejected: edited and submitted again
    expect((await demo.put(`${API}/seller/hosting/products/${p.id}`, { name: '云原生 CRM 2', description: '多可用区' })).statusCode).toBe(200);
    expect((await submitArch(demo, p.id)).statusCode).toBe(200);
    expect((await decide(p.id, 'architecture', 'approve')).json<Detail>().architectureStatus).toBe('approved');

    // required options must be on
    const missing = await demo.post(
      `${API}/seller/hosting/products/${p.id}/hosting`,
      await hostingBody(demo, { ...OPTIONS, loadTest: false, appHosting: null }),
    );
    expect([missing.statusCode, missing.json().code]).toEqual([422, 'hosting_options_incomplete']);

    const hosted = await demo.post(`${API}/seller/hosting/products/${p.id}/hosting`, await hostingBody(demo));
    expect(hosted.statusCode, hosted.body).toBe(200);
    expect(hosted.json<Detail>().hosting).toMatchObject({ status: 'pending', options: OPTIONS, scanReportFile: { name: 'scan.zip' } });
    const hq = await operator.get(`${API}/operator/hosting/reviews?kind=hosting`);
    expect(hq.json<{ items: { id: string }[] }>().items.map((r) => r.id)).toContain(p.id);

    const done = await decide(p.id, 'hosting', 'approve');
    expect(done.json<Detail>()).toMatchObject({ hostingStatus: 'approved', editable: false });
    expect(done.json<Detail>().reviews.map((r) => `${r.kind}.${r.action}`)).toEqual([
      'architecture.submitted',
      'architecture.rejected',
      'architecture.submitted',
      'architecture.approved',
      'hosting.submitted',
      'hosting.approved',
    ]);

    await t.deps.outbox.drain();
    const inbox = (await demo.get(`${API}/notifications?pageSize=50`)).json<{ items: { template: string }[] }>().items.map((n) => n.template);
    expect(inbox).toEqual(expect.arrayContaining(['hosting.architecture_rejected', 'hosting.architecture_approved', 'hosting.hosting_approved']));

    const overview = (await demo.get(`${API}/seller/hosting/overview`)).json<{ products: number; apps: number; containers: number }>();
    expect(overview.apps).toBeGreaterThanOrEqual(1);
    expect(overview.containers).toBeGreaterThanOrEqual(1); // ACK
  });

  it('refuses edits and resubmissions while pending and after approval, and decisions on reviews not pending', async () => {
    const p = await create(demo, '审核中');
    await submitArch(demo, p.id);
    const put = await demo.put(`${API}/seller/hosting/products/${p.id}`, { name: 'x', description: 'y' });
    expect([put.statusCode, put.json().code]).toEqual([409, 'hosted_product_not_editable']);
    const again = await submitArch(demo, p.id);
    expect([again.statusCode, again.json().code]).toEqual([409, 'hosted_product_not_editable']);
    const hostingTooEarly = await decide(p.id, 'hosting', 'approve');
    expect([hostingTooEarly.statusCode, hostingTooEarly.json().code]).toEqual([409, 'hosting_review_not_pending']);

    const a = await approved('已通过');
    const edit = await demo.put(`${API}/seller/hosting/products/${a.id}`, { name: 'x', description: 'y' });
    expect([edit.statusCode, edit.json().code]).toEqual([409, 'hosted_product_not_editable']);
    const resubmit = await demo.post(`${API}/seller/hosting/products/${a.id}/hosting`, await hostingBody(demo));
    expect([resubmit.statusCode, resubmit.json().code]).toEqual([409, 'hosted_product_not_editable']);
    const twice = await decide(a.id, 'hosting', 'reject', 'late');
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'hosting_review_not_pending']);
  });

  it('searches the list by 产品 Code and 产品名称', async () => {
    const p = await create(demo, '可搜索的产品');
    const byName = (await demo.get(`${API}/seller/hosting/products?name=${encodeURIComponent('可搜索')}`)).json<{ items: { id: string }[] }>();
    expect(byName.items.map((r) => r.id)).toEqual([p.id]);
    const byCode = (await demo.get(`${API}/seller/hosting/products?code=${p.code}`)).json<{ items: { id: string }[]; total: number }>();
    expect(byCode.items.map((r) => r.id)).toEqual([p.id]);
    expect((await demo.get(`${API}/seller/hosting/products?code=abc`)).json<{ total: number }>().total).toBe(0);
  });
});

describe('files: "文件格式支持PDF" / "文件支持ZIP格式"', () => {
  it('refuses a .pdf name whose bytes are not a PDF, a wrong type and an oversized file at upload', async () => {
    const upload = (purpose: string, name: string, data: Buffer) => {
      const { payload, headers } = multipartBody({ purpose }, { name, data });
      return demo.post(`${API}/files`, payload, headers);
    };
    const fake = await upload('architecture', 'arch.pdf', Buffer.from('<html>not a pdf</html>'));
    expect([fake.statusCode, fake.json().code]).toEqual([415, 'file_type_not_allowed']);
    const zipAsReport = await upload('hosting_report', 'report.zip', zipBytes({ a: 'b' }));
    expect(zipAsReport.json().code).toBe('file_type_not_allowed');
    const pdfAsScan = await upload('scan_archive', 'scan.pdf', pdfBytes());
    expect(pdfAsScan.json().code).toBe('file_type_not_allowed');
    const big = await upload('architecture', 'big.pdf', pdfBytes(20 * 1024 * 1024));
    expect(big.json().code).toBe('file_too_large');
  });

  it('refuses a file uploaded for another purpose, or by another seller, as field errors', async () => {
    const p = await create(demo, '文件校验');
    const image = await pdf(demo, 'hosting_report');
    const wrong = await demo.post(`${API}/seller/hosting/products/${p.id}/architecture`, { systemArchFileId: image, deployArchFileId: await pdf(demo) });
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'validation_failed']);
    const foreign = await pdf(acme);
    const theirs = await demo.post(`${API}/seller/hosting/products/${p.id}/architecture`, { systemArchFileId: foreign, deployArchFileId: await pdf(demo) });
    expect([theirs.statusCode, theirs.json().code]).toEqual([400, 'validation_failed']);
  });

  it('serves the 安全检测报告 template as a real PDF', async () => {
    const res = await demo.get(`${API}/seller/hosting/security-report-template.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // the template, filled in, is accepted as a hosting report
    await uploadAs(demo, 'hosting_report', 'security.pdf', res.rawPayload);
  });
});

describe('关联商品: 云原生产品徽章 and 商品力 (guide 1.1 平台权益)', () => {
  it('links one of the seller’s listed SaaS products: the store answers cloudNative and growth adds the hosted bonus', async () => {
    const before = (await demo.get(`${API}/seller/growth/products/${c.saas}`)).json<{ total: number }>().total;
    const store = async () => (await t.anonymous().get(`${API}/store/products/${c.saas}`)).json<{ cloudNative: boolean }>().cloudNative;
    expect(await store()).toBe(false);

    const notYet = await create(demo, '未托管');
    const early = await demo.put(`${API}/seller/hosting/products/${notYet.id}/link`, { productId: c.saas });
    expect([early.statusCode, early.json().code]).toEqual([409, 'hosting_not_approved']);

    const a = await approved('关联测试');
    const linkable = (await demo.get(`${API}/seller/hosting/products/${a.id}/linkable-products`)).json<{ id: string }[]>().map((p) => p.id);
    expect(linkable).toContain(c.saas);
    expect(linkable).not.toContain(c.service);
    const service = await demo.put(`${API}/seller/hosting/products/${a.id}/link`, { productId: c.service });
    expect([service.statusCode, service.json().code]).toEqual([422, 'hosting_link_not_eligible']);
    const theirs = await demo.put(`${API}/seller/hosting/products/${a.id}/link`, { productId: c.acmeSaas });
    expect(theirs.statusCode).toBe(404);

    const linked = await demo.put(`${API}/seller/hosting/products/${a.id}/link`, { productId: c.saas });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json<Detail>().linkedProduct?.id).toBe(c.saas);
    expect(await store()).toBe(true);
    const after = (await demo.get(`${API}/seller/growth/products/${c.saas}`)).json<{ total: number }>().total;
    expect(after).toBeCloseTo(Math.min(100, before + 5), 1);

    // one to one
    const b = await approved('第二个');
    const taken = await demo.put(`${API}/seller/hosting/products/${b.id}/link`, { productId: c.saas });
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'hosting_product_already_linked']);

    expect((await demo.delete(`${API}/seller/hosting/products/${a.id}/link`)).json<Detail>().linkedProduct).toBeNull();
    expect(await store()).toBe(false);
  });
});

describe('tenancy (404) and permissions (403) on every route', () => {
  it('answers 404 for another seller’s hosted product on every seller route', async () => {
    const p = await create(demo, '租户隔离');
    const id = p.id;
    const calls = [
      acme.get(`${API}/seller/hosting/products/${id}`),
      acme.put(`${API}/seller/hosting/products/${id}`, { name: 'x', description: 'y' }),
      acme.post(`${API}/seller/hosting/products/${id}/architecture`, { systemArchFileId: 'fil_x', deployArchFileId: 'fil_y' }),
      acme.post(`${API}/seller/hosting/products/${id}/hosting`, {
        options: OPTIONS,
        securityReportFileId: 'a',
        scanReportFileId: 'b',
        loadTestReportFileId: 'c',
      }),
      acme.get(`${API}/seller/hosting/products/${id}/linkable-products`),
      acme.put(`${API}/seller/hosting/products/${id}/link`, { productId: c.acmeSaas }),
      acme.delete(`${API}/seller/hosting/products/${id}/link`),
    ];
    for (const res of await Promise.all(calls)) expect([res.statusCode, res.json().code], res.body).toEqual([404, 'not_found']);
    const list = (await acme.get(`${API}/seller/hosting/products`)).json<{ items: { id: string }[] }>();
    expect(list.items.map((r) => r.id)).not.toContain(id);
  });

  it('answers 403 to a sub-account without the node: view for GETs, manage for actions', async () => {
    const p = await create(demo, '权限');
    const none = await subAccount('hostnone', []);
    const viewer = await subAccount('hostview', ['hosting.view']);
    const gets = (a: Agent) => [
      a.get(`${API}/seller/hosting/overview`),
      a.get(`${API}/seller/hosting/products`),
      a.get(`${API}/seller/hosting/products/${p.id}`),
      a.get(`${API}/seller/hosting/products/${p.id}/linkable-products`),
      a.get(`${API}/seller/hosting/security-report-template.pdf`),
    ];
    const actions = (a: Agent) => [
      a.post(`${API}/seller/hosting/products`, { name: 'x', description: 'y' }),
      a.put(`${API}/seller/hosting/products/${p.id}`, { name: 'x', description: 'y' }),
      a.post(`${API}/seller/hosting/products/${p.id}/architecture`, { systemArchFileId: 'a', deployArchFileId: 'b' }),
      a.post(`${API}/seller/hosting/products/${p.id}/hosting`, {
        options: OPTIONS,
        securityReportFileId: 'a',
        scanReportFileId: 'b',
        loadTestReportFileId: 'c',
      }),
      a.put(`${API}/seller/hosting/products/${p.id}/link`, { productId: c.saas }),
      a.delete(`${API}/seller/hosting/products/${p.id}/link`),
    ];
    for (const res of await Promise.all([...gets(none), ...actions(none), ...actions(viewer)])) {
      expect([res.statusCode, res.json().code], res.body).toEqual([403, 'permission_denied']);
    }
    for (const res of await Promise.all(gets(viewer))) expect(res.statusCode, res.body).toBe(200);
  });

  it('keeps the operator routes to operators', async () => {
    const p = await create(demo, '小二');
    const calls = [
      demo.get(`${API}/operator/hosting/reviews`),
      demo.get(`${API}/operator/hosting/products/${p.id}`),
      demo.post(`${API}/operator/hosting/products/${p.id}/reviews/architecture`, { decision: 'approve' }),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode).toBe(403);
    const missing = await operator.get(`${API}/operator/hosting/products/hp_unknown`);
    expect(missing.statusCode).toBe(404);
  });
});
