import { createHash } from 'node:crypto';
import { signUsage } from '../modules/billing/index.js';
import { DAY, HOUR, MINUTE } from '../platform/clock.js';
import { beijingWall, fromBeijingWall } from '../platform/beijing-time.js';
import type { CatalogSeedIds } from '../modules/catalog/index.js';
import { customerBeats } from './demo-customers.js';
import { trafficBeats } from './demo-traffic.js';
import { distributionBeats } from './demo-distribution.js';
import { hostingBeats } from './demo-hosting.js';
import { DEMO_PROPOSAL_LEAD, leadsBeats } from './demo-leads.js';
import { proposalBeats } from './demo-proposals.js';
import { promotionBeats, usableCoupon } from './demo-promotions.js';
import { liveBeats } from './demo-live.js';
import type { DemoSession, DemoUser } from './demo-session.js';

/** How far back the story starts: orders spread over the two months before "now". */
export const STORY_DAYS = 56;
/**
 * The scheduler ticks every other day at 18:00 Beijing (10:00 UTC), after the working day's
 * 17:30 deadline: the sweeps' rules count in days (void after 7, approve after 3, settle after
 * 5, review after 30, time out after N working days), so this is often enough to show each
 * of them at work, and a daily tick would double the seed's time.
 */
const TICK_EVERY = 2 * DAY;
const TICK_PHASE = 10 * HOUR;

interface Placed {
  id: string;
  status: string;
  paidFen: number;
  instances: { id: string }[];
}

interface Cast {
  buyer: DemoUser;
  xinghe: DemoUser;
  lanjing: DemoUser;
  demo: DemoUser;
  acme: DemoUser;
  operator: DemoUser;
  designers: DemoUser[] | null;
}

interface Beat {
  at: Date;
  what: string;
  run: () => Promise<void>;
}

/** The smallest well-formed PDF: a designer's draft as the upload rules sniff it. */
function draftPdf(title: string): Buffer {
  const head = `%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n`;
  return Buffer.from(`${head}%%EOF\n`);
}

export function multipart(fields: Record<string, string>, file: { name: string; data: Buffer }): { body: Buffer; type: string } {
  const boundary = `----cloudmartdemo${createHash('md5').update(file.name).digest('hex').slice(0, 12)}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

/** Upload a file as `who` through POST /files (its type is sniffed from the bytes); its id. */
export async function uploadFile(who: DemoUser, purpose: string, name: string, data: Buffer): Promise<string> {
  const m = multipart({ purpose }, { name, data });
  return (await who.call<{ id: string }>('POST', '/files', m.body, { 'content-type': m.type })).id;
}

/**
 * The demo marketplace's two months, told as the users' clicks: buyers place and pay orders
 * (the sandbox cashier's callback), the SaaS product opens through its SPI endpoint, sellers
 * change prices, refund, issue invoices and reply to reviews, the operator approves seller
 * refunds, customers and designers move website projects through the delivery engine. The
 * beats run in time order on the session's clock, with the sweeps (void, expiry, auto
 * approval, settlement, default reviews, delivery timeouts) running as the days pass.
 */
export async function tellDemoStory(s: DemoSession, now: Date, c: CatalogSeedIds, cast: Cast): Promise<void> {
  const w = beijingWall(new Date(now.getTime() - STORY_DAYS * DAY));
  const day0 = fromBeijingWall(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate());
  /** day `d` of the story at hh:mm Beijing time */
  const on = (d: number, h: number, m = 0) => new Date(day0.getTime() + d * DAY + h * HOUR + m * MINUTE);
  /** `h` hours before now */
  const ago = (h: number) => new Date(now.getTime() - h * HOUR);
  const { buyer, xinghe, lanjing, demo, acme, operator } = cast;
  const p = c.products;
  const sp = c.specs;
  const orders = new Map<string, Placed>();
  const beats: Beat[] = [];
  const beat = (at: Date, what: string, run: () => Promise<void>) => beats.push({ at, what, run });
  const got = (key: string): Placed => {
    const o = orders.get(key);
    if (!o) throw new Error(`demo seed: order ${key} was not placed`);
    return o;
  };
  const instanceOf = (key: string): string => {
    const id = got(key).instances[0]?.id;
    if (!id) throw new Error(`demo seed: order ${key} has no instance`);
    return id;
  };

  const place = async (key: string, who: DemoUser, body: Record<string, unknown>) => {
    // 蓝鲸物流 does not agree to show its contact to sellers; the others do
    orders.set(key, await who.place<Placed>('/buyer/orders', { showContact: who !== lanjing, ...body }));
  };
  const pay = async (key: string, who: DemoUser) => {
    const { id, status } = got(key);
    if (status !== 'unpaid') {
      // a free trial or a postpaid order is paid when placed: there is nothing to pay
      await s.settle();
      return void orders.set(key, await who.get<Placed>(`/buyer/orders/${id}`));
    }
    const payment = await who.post<{ paymentId: string }>(`/buyer/orders/${id}/pay`);
    await who.post(`/payments/sandbox/${payment.paymentId}/complete`);
    await s.settle(); // the payment event: ledger posting, instance provisioning, delivery project
    orders.set(key, await who.get<Placed>(`/buyer/orders/${id}`));
  };
  const buy = (at: Date, key: string, who: DemoUser, body: Record<string, unknown>, payAfterMin = 8) => {
    beat(at, `${key}: place`, () => place(key, who, body));
    beat(new Date(at.getTime() + payAfterMin * MINUTE), `${key}: pay`, () => pay(key, who));
  };
  const renew = (at: Date, key: string, of: string, who: DemoUser, body: Record<string, unknown>, kind: 'renew' | 'upgrade' | 'convert' = 'renew') => {
    beat(at, `${key}: ${kind}`, async () => void orders.set(key, await who.place<Placed>(`/buyer/instances/${instanceOf(of)}/${kind}`, body)));
    beat(new Date(at.getTime() + 5 * MINUTE), `${key}: pay`, () => pay(key, who));
  };
  const reprice = (at: Date, key: string, seller: DemoUser, newPriceFen: number, reason: string) =>
    beat(at, `${key}: price change`, async () => {
      await seller.post(`/seller/orders/${got(key).id}/price`, { newPriceFen, reason });
    });
  const review = (at: Date, key: string, who: DemoUser, stars: [number, number, number], comment: string, reply?: { by: DemoUser; text: string; at: Date }) => {
    let reviewId = '';
    beat(at, `${key}: review`, async () => {
      const [quality, attitude, speed] = stars;
      reviewId = (await who.post<{ id: string }>(`/buyer/orders/${got(key).id}/review`, { quality, attitude, speed, comment })).id;
    });
    if (reply) beat(reply.at, `${key}: reply`, async () => void (await reply.by.post(`/seller/reviews/${reviewId}/reply`, { reply: reply.text })));
  };
  const buyerRefund = (at: Date, key: string, who: DemoUser, reason: string, decision?: { by: DemoUser; at: Date; reject?: string }) => {
    let refundId = '';
    beat(at, `${key}: buyer refund`, async () => {
      refundId = (await who.post<{ id: string }>(`/buyer/orders/${got(key).id}/refunds`, { reason })).id;
    });
    if (decision)
      beat(decision.at, `${key}: seller decides the refund`, async () => {
        if (decision.reject) await decision.by.post(`/seller/refunds/${refundId}/reject`, { reason: decision.reject });
        else await decision.by.post(`/seller/refunds/${refundId}/approve`);
        await s.settle();
      });
  };
  const sellerRefund = (at: Date, key: string, seller: DemoUser, body: Record<string, unknown>, approveAt?: Date) => {
    let refundId = '';
    beat(at, `${key}: seller refund`, async () => {
      refundId = (await seller.post<{ id: string }>(`/seller/instances/${instanceOf(key)}/refunds`, body)).id;
    });
    if (approveAt)
      beat(approveAt, `${key}: operator approves the refund`, async () => {
        await operator.post(`/operator/refunds/${refundId}/approve`);
        await s.settle();
      });
  };
  const invoice = (at: Date, keys: string[], who: DemoUser, title: string, then?: { by: DemoUser; at: Date; issue?: string; reject?: string }) => {
    let invoiceId = '';
    beat(at, `${keys.join('+')}: invoice`, async () => {
      const body = {
        type: 'ordinary',
        title,
        contactName: who.loginName === 'buyer' ? '张明' : '李娜',
        contactPhone: '13900000002',
        address: '上海市浦东新区世纪大道 100 号',
      };
      invoiceId = (await who.post<{ id: string }>('/buyer/invoices', { ...body, orderIds: keys.map((k) => got(k).id) })).id;
    });
    if (then?.issue)
      beat(then.at, `${keys.join('+')}: invoice issued`, async () => {
        await then.by.post(`/seller/invoices/${invoiceId}/issue`, {
          invoiceNo: then.issue,
          carrier: '顺丰速运',
          trackingNo: `SF${then.issue}`,
          postage: 'prepaid',
        });
      });
    if (then?.reject)
      beat(
        then.at,
        `${keys.join('+')}: invoice rejected`,
        async () => void (await then.by.post(`/seller/invoices/${invoiceId}/reject`, { reason: then.reject })),
      );
  };

  // ---- Demo ISV: 智能客服 SaaS (listed 59 days ago; opens through the ISV's SPI endpoint) ----
  buy(on(0, 10, 12), 'cs-buyer-std', buyer, { productId: p.customerService, specId: sp.csStandard, unit: 'month', duration: 1, remark: '请尽快开通' });
  review(on(4, 15), 'cs-buyer-std', buyer, [5, 5, 4], '接入很快，机器人回答准确。', {
    by: demo,
    text: '感谢支持，后续版本会继续优化响应速度。',
    at: on(5, 10, 30),
  });
  beat(on(1, 9, 40), 'cs-xinghe-pro: place', () =>
    place('cs-xinghe-pro', xinghe, { productId: p.customerService, specId: sp.csPremium, unit: 'year', duration: 1 }),
  );
  reprice(on(1, 10, 5), 'cs-xinghe-pro', demo, 269_900, '老客户年付九折');
  beat(on(1, 11, 20), 'cs-xinghe-pro: pay', () => pay('cs-xinghe-pro', xinghe));
  buy(on(2, 14, 30), 'cs-lanjing-trial', lanjing, { productId: p.customerService, specId: sp.csTrial });
  renew(on(12, 16), 'cs-lanjing-convert', 'cs-lanjing-trial', lanjing, { specId: sp.csStandard, unit: 'month', duration: 1 }, 'convert');
  buy(on(3, 11), 'cs-buyer-refunded', buyer, { productId: p.customerService, specId: sp.csStandard, unit: 'month', duration: 1 });
  buyerRefund(on(4, 9, 30), 'cs-buyer-refunded', buyer, '买错规格，需要高级版', { by: demo, at: on(4, 14) });
  buy(on(4, 16), 'cs-xinghe-std', xinghe, { productId: p.customerService, specId: sp.csStandard, unit: 'year', duration: 1 });
  sellerRefund(
    on(22, 10),
    'cs-xinghe-std',
    demo,
    { kind: 'remaining', amountFen: 50_000, release: 'now', reason: '客户业务调整，协商退还剩余服务费' },
    on(22, 15),
  );
  beat(on(6, 10), 'cs-lanjing-unpaid: place', () =>
    place('cs-lanjing-unpaid', lanjing, { productId: p.customerService, specId: sp.csPremium, unit: 'month', duration: 1 }),
  );
  renew(on(27, 9, 30), 'cs-buyer-renew', 'cs-buyer-std', buyer, { unit: 'month', duration: 1 });
  renew(on(34, 11), 'cs-buyer-upgrade', 'cs-buyer-std', buyer, { specId: sp.csPremium }, 'upgrade');
  review(on(36, 10), 'cs-buyer-upgrade', buyer, [4, 5, 3], '高级版功能齐全，报表加载偏慢。');
  buy(on(41, 13), 'cs-buyer-auto', buyer, { productId: p.customerService, specId: sp.csPremium, unit: 'month', duration: 1 });
  buyerRefund(on(42, 10), 'cs-buyer-auto', buyer, '试用后发现与现有系统不兼容'); // the seller lets it be: the sweep approves it
  buy(on(48, 10, 30), 'cs-xinghe-month', xinghe, { productId: p.customerService, specId: sp.csStandard, unit: 'month', duration: 1 });
  buyerRefund(on(49, 11), 'cs-xinghe-month', xinghe, '重复购买', { by: demo, at: on(49, 16), reject: '该实例已在使用中，请联系客服处理' });
  buy(ago(30), 'cs-lanjing-open-refund', lanjing, { productId: p.customerService, specId: sp.csPremium, unit: 'month', duration: 1 });
  buyerRefund(ago(20), 'cs-lanjing-open-refund', lanjing, '公司预算调整，暂不使用');
  // 高级版 at 8.5 折 (¥254.15), then the 满200减20 coupon the buyer claimed on day 40: ¥234.15
  beat(ago(3), 'cs-buyer-today: place with a coupon', async () =>
    place('cs-buyer-today', buyer, {
      productId: p.customerService,
      specId: sp.csPremium,
      unit: 'month',
      duration: 1,
      couponHoldingId: await usableCoupon(buyer, '满200减20'),
    }),
  );
  beat(new Date(now.getTime() - 3 * HOUR + 8 * MINUTE), 'cs-buyer-today: pay', () => pay('cs-buyer-today', buyer));
  beat(ago(1), 'cs-xinghe-today: place', () =>
    place('cs-xinghe-today', xinghe, { productId: p.customerService, specId: sp.csStandard, unit: 'year', duration: 1, remark: '需要开具专票' }),
  );
  invoice(on(30, 10), ['cs-buyer-std', 'cs-buyer-renew'], buyer, '上海明远信息科技有限公司', { by: demo, at: on(31, 15), issue: '31000261' });
  invoice(on(24, 15), ['cs-xinghe-pro'], xinghe, '星河科技有限公司', { by: demo, at: on(25, 11), reject: '抬头与付款主体不一致，请修改后重新申请' });
  invoice(ago(26), ['cs-xinghe-pro'], xinghe, '杭州星河科技有限公司');

  // ---- Demo ISV: OCR 文字识别 API (postpaid, listed 39 days ago) ----
  buy(on(19, 10), 'ocr-buyer', buyer, { productId: p.ocrApi, specId: sp.ocrPayg });
  buy(on(33, 15), 'ocr-xinghe', xinghe, { productId: p.ocrApi, specId: sp.ocrPayg });
  // the ISV takes a metering key and pushes the calls as they happen; the monthly sweep bills
  // each Beijing month, and the buyer pays the oldest bill (the latest is left to pay)
  let meteringKey = '';
  let ocrCode = '';
  beat(on(19, 11), 'ocr: metering key', async () => {
    meteringKey = (await demo.post<{ key: string }>(`/seller/products/${p.ocrApi}/metering-key`)).key;
    ocrCode = (await demo.get<{ code: string }>(`/seller/products/${p.ocrApi}`)).code;
  });
  const usage = (d: number, key: string, calls: number) =>
    beat(on(d, 18), `${key}: usage`, async () => {
      const at = s.clock.now();
      const body = JSON.stringify({
        records: [{ recordId: `demo-${key}-${d}`, instanceId: instanceOf(key), dimension: 'calls', quantity: calls, usedAt: at.toISOString() }],
      });
      const timestamp = String(Math.floor(at.getTime() / 1000));
      await demo.post('/metering/usage', Buffer.from(body), {
        'content-type': 'application/json',
        'x-cloudmart-product': ocrCode,
        'x-cloudmart-timestamp': timestamp,
        'x-cloudmart-signature': signUsage(meteringKey, timestamp, body),
      });
    });
  for (const [d, calls] of [
    [20, 12_800],
    [27, 31_500],
    [36, 24_200],
    [44, 40_100],
    [52, 18_900],
  ] as const)
    usage(d, 'ocr-buyer', calls);
  for (const [d, calls] of [
    [38, 8_600],
    [50, 15_300],
  ] as const)
    usage(d, 'ocr-xinghe', calls);
  beat(ago(2), 'ocr-buyer: pays the oldest bill', async () => {
    const bills = (await buyer.get<{ items: { id: string; status: string; amountFen: number; period: string }[] }>('/buyer/bills?pageSize=50')).items;
    const unpaid = bills.filter((b) => b.status === 'unpaid' && b.amountFen > 0).sort((a, b) => a.period.localeCompare(b.period));
    const oldest = unpaid[0];
    if (oldest) await buyer.post(`/buyer/bills/${oldest.id}/pay`);
    await s.settle();
  });

  // ---- Demo ISV: 网站建设服务 (listed 49 days ago; each paid order becomes a delivery project) ----
  buy(on(9, 10), 'site-buyer', buyer, { productId: p.websiteBuild, specId: sp.siteCorporate, unit: 'year', duration: 1 });
  buy(on(9, 11), 'site-xinghe', xinghe, { productId: p.websiteBuild, specId: sp.siteShop, unit: 'year', duration: 1 });
  buy(on(30, 14), 'site-lanjing', lanjing, { productId: p.websiteBuild, specId: sp.siteCorporate, unit: 'year', duration: 1 });
  buy(on(21, 10), 'site-lanjing-early', lanjing, { productId: p.websiteBuild, specId: sp.siteCorporate, unit: 'year', duration: 1 });
  buy(on(21, 14), 'site-xinghe-brand', xinghe, { productId: p.websiteBuild, specId: sp.siteCorporate, unit: 'year', duration: 1 });
  buy(on(44, 10), 'site-buyer-shop', buyer, { productId: p.websiteBuild, specId: sp.siteShop, unit: 'year', duration: 1 });
  buy(on(53, 15), 'site-xinghe-2', xinghe, { productId: p.websiteBuild, specId: sp.siteCorporate, unit: 'year', duration: 1 });
  review(on(26, 10), 'site-xinghe', xinghe, [5, 4, 4], '设计师沟通耐心，改稿及时。', {
    by: demo,
    text: '感谢认可，网站上线后有问题随时联系我们。',
    at: on(26, 16),
  });
  if (cast.designers) {
    const d = delivery(s, cast.designers, demo, got);
    beat(on(10, 10), 'site-buyer: requirements', () => d.submit('site-buyer', buyer, 'corporate'));
    beat(on(10, 15), 'site-xinghe: requirements', () => d.submit('site-xinghe', xinghe, 'shop'));
    beat(on(14, 16), 'site-buyer: draft', () => d.draft('site-buyer', '企业官网设计稿 v1.pdf'));
    beat(on(15, 10), 'site-xinghe: draft', () => d.draft('site-xinghe', '商城首页设计稿 v1.pdf'));
    beat(on(16, 11), 'site-buyer: confirm', () => d.customer('site-buyer', buyer, 'confirm'));
    beat(on(16, 14), 'site-xinghe: reject', () => d.customer('site-xinghe', xinghe, 'reject', '首页主色调改为深蓝，商品列表改为四列'));
    beat(on(18, 17), 'site-xinghe: draft v2', () => d.draft('site-xinghe', '商城首页设计稿 v2.pdf'));
    beat(on(19, 10), 'site-xinghe: confirm', () => d.customer('site-xinghe', xinghe, 'confirm'));
    beat(on(20, 9, 30), 'site-xinghe: complete', () => d.customer('site-xinghe', xinghe, 'complete'));
    // site-buyer's 确认完成 is left to the 14-day auto-advance
    beat(on(31, 10), 'site-lanjing: requirements', () => d.submit('site-lanjing', lanjing, 'corporate'));
    beat(on(45, 9, 30), 'site-buyer-shop: requirements', () => d.submit('site-buyer-shop', buyer, 'shop'));
    beat(ago(20), 'site-buyer-shop: draft', () => d.draft('site-buyer-shop', '商城网站设计稿 v1.pdf'));
    beat(on(22, 10), 'site-lanjing-early: requirements', () => d.submit('site-lanjing-early', lanjing, 'corporate'));
    beat(on(22, 11), 'site-xinghe-brand: requirements', () => d.submit('site-xinghe-brand', xinghe, 'corporate'));
    beat(on(27, 17), 'site-lanjing-early: draft', () => d.draft('site-lanjing-early', '物流官网设计稿 v1.pdf'));
    beat(on(28, 11), 'site-xinghe-brand: draft', () => d.draft('site-xinghe-brand', '品牌官网设计稿 v1.pdf'));
    beat(on(28, 15), 'site-lanjing-early: confirm', () => d.customer('site-lanjing-early', lanjing, 'confirm'));
    beat(on(29, 10), 'site-lanjing-early: complete', () => d.customer('site-lanjing-early', lanjing, 'complete'));
    beat(on(30, 16), 'site-xinghe-brand: confirm', () => d.customer('site-xinghe-brand', xinghe, 'confirm'));
    beat(on(31, 9, 40), 'site-xinghe-brand: complete', () => d.customer('site-xinghe-brand', xinghe, 'complete'));
    // site-lanjing's draft is never delivered: past its 5 working days it is overdue;
    // site-buyer-shop's draft waits for the customer; site-xinghe-2 waits for its requirements
  }

  // ---- Acme Cloud: Acme Backup Agent (download, listed 19 days ago) ----
  buy(on(38, 10), 'acme-buyer', buyer, { productId: p.acmeBackup, specId: sp.acmeAgent, unit: 'year', duration: 1 });
  review(on(43, 9), 'acme-buyer', buyer, [5, 4, 5], '备份稳定，恢复速度快。', {
    by: acme,
    text: 'Thanks! Incremental restore gets faster in the next release.',
    at: on(43, 18),
  });
  buy(on(40, 14), 'acme-xinghe', xinghe, { productId: p.acmeBackup, specId: sp.acmeAgent, unit: 'year', duration: 1 });
  buyerRefund(on(41, 10), 'acme-xinghe', xinghe, '已采购其他备份方案', { by: acme, at: on(41, 15) });
  beat(on(45, 10), 'acme-lanjing: place', () => place('acme-lanjing', lanjing, { productId: p.acmeBackup, specId: sp.acmeAgent, unit: 'year', duration: 1 }));
  reprice(on(45, 11), 'acme-lanjing', acme, 49_900, 'Volume discount agreed by e-mail');
  beat(on(45, 14), 'acme-lanjing: pay', () => pay('acme-lanjing', lanjing));
  invoice(on(47, 10), ['acme-buyer'], buyer, '上海明远信息科技有限公司', { by: acme, at: on(48, 11), issue: '31000877' });
  invoice(ago(28), ['acme-lanjing'], lanjing, '蓝鲸物流有限公司');
  // 'buyer' keeps one seller with orders to invoice (its Acme order is invoiced): the invoice form picks it by itself
  buy(ago(5), 'acme-lanjing-2', lanjing, { productId: p.acmeBackup, specId: sp.acmeAgent, unit: 'year', duration: 1 });
  beat(ago(2), 'acme-xinghe-today: place', () =>
    place('acme-xinghe-today', xinghe, { productId: p.acmeBackup, specId: sp.acmeAgent, unit: 'year', duration: 1 }),
  );

  promotionBeats(s, c, { beat, on, now, demo, buyer, xinghe });
  distributionBeats(s, c, { beat, on, demo, xinghe, lanjing });
  customerBeats({ beat, on, demo }, STORY_DAYS - 2);
  trafficBeats(
    { beat, on, visitor: () => s.anonymous() },
    { from: STORY_DAYS - 30, to: STORY_DAYS - 1 },
    [p.websiteBuild, p.customerService, p.ocrApi],
    'demoisv',
  );
  leadsBeats({ beat, on, now, demo, buyer, xinghe, operator });
  hostingBeats({ beat, on, demo, operator }, p.customerService, STORY_DAYS - 25, STORY_DAYS - 1);
  liveBeats(c, { beat, on, now, demo, operator }, STORY_DAYS - 3);
  // the buyer's 企业官网改版 (grabbed on day 40) gets a 方案 the day before "now", paid the same afternoon (its
  // 网站建设服务 order starts a delivery project whose requirement step is not yet overdue)
  let proposalLeadId = '';
  beat(on(STORY_DAYS - 1, 9), 'proposals: Demo ISV opens its 企业官网改版 lead', async () => {
    const found = await demo.get<{ items: { id: string; name: string }[] }>(`/seller/leads?q=${encodeURIComponent(DEMO_PROPOSAL_LEAD)}`);
    proposalLeadId = found.items.find((l) => l.name === DEMO_PROPOSAL_LEAD)?.id ?? '';
    if (!proposalLeadId) throw new Error(`demo seed: no lead on ${DEMO_PROPOSAL_LEAD}`);
  });
  proposalBeats(s, c, { beat, on, demo, buyer }, { leadId: () => proposalLeadId, day: STORY_DAYS - 1 });

  beats.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const b of beats) {
    if (b.at.getTime() > now.getTime()) throw new Error(`demo seed: ${b.what} is after now`);
    await s.advanceTo(b.at, TICK_EVERY, TICK_PHASE);
    try {
      await b.run();
    } catch (err) {
      throw new Error(`demo seed: ${b.what} at ${b.at.toISOString()} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  await s.advanceTo(now, TICK_EVERY, TICK_PHASE);
  await s.tick(); // and once at now: the server starts with nothing left due
}

/** The website projects' clicks: the customer's requirements and answers, the designer's drafts. */
function delivery(s: DemoSession, designers: DemoUser[], vendor: DemoUser, got: (key: string) => Placed) {
  const projects = new Map<string, string>();
  const projectOf = async (key: string, who: DemoUser): Promise<string> => {
    const known = projects.get(key);
    if (known) return known;
    const list = await who.get<{ items: { id: string }[] }>(`/buyer/delivery/projects?orderId=${got(key).id}`);
    const id = list.items[0]?.id;
    if (!id) throw new Error(`demo seed: no project for ${key}`);
    projects.set(key, id);
    return id;
  };
  const customers = new Map<string, DemoUser>();
  return {
    async submit(key: string, customer: DemoUser, siteType: 'corporate' | 'shop') {
      customers.set(key, customer);
      const id = await projectOf(key, customer);
      await customer.post(`/buyer/delivery/projects/${id}/submit-requirements`, { nodeId: 'req', answers: await requirementAnswers(customer, key, siteType) });
      await s.settle();
    },
    async draft(key: string, fileName: string) {
      const customer = customers.get(key);
      if (!customer) throw new Error(`demo seed: ${key} has no requirements yet`);
      const id = await projectOf(key, customer);
      const detail = await vendor.get<{ liveTask: { assignee: { id: string } | null } | null }>(`/delivery/projects/${id}`);
      const designer = designers.find((d) => d.id === detail?.liveTask?.assignee?.id);
      if (!designer) throw new Error(`demo seed: ${key} has no designer on its draft step`);
      const upload = multipart({ purpose: 'delivery' }, { name: fileName, data: draftPdf(fileName) });
      const file = await designer.call<{ id: string }>('POST', '/files', upload.body, { 'content-type': upload.type });
      await designer.post(`/delivery/projects/${id}/files`, { fileId: file.id });
      await designer.post(`/delivery/projects/${id}/complete-task`, { nodeId: 'design', comment: '设计稿已上传，请确认' });
      await s.settle();
    },
    async customer(key: string, customer: DemoUser, action: 'confirm' | 'reject' | 'complete', reason?: string) {
      const id = await projectOf(key, customer);
      if (action === 'confirm') await customer.post(`/buyer/delivery/projects/${id}/confirm`, { nodeId: 'accept', comment: '设计稿确认，辛苦了' });
      if (action === 'reject') await customer.post(`/buyer/delivery/projects/${id}/reject`, { nodeId: 'accept', reason });
      if (action === 'complete') await customer.post(`/buyer/delivery/projects/${id}/complete-project`, { nodeId: 'done' });
      await s.settle();
    },
  };
}

interface FormField {
  key: string;
  type: string;
  required: boolean;
  options?: { value: string }[];
}

const PEOPLE: Record<string, { name: string; company: string; domain: string }> = {
  buyer: { name: '张明', company: '上海明远信息科技有限公司', domain: 'www.mingyuan-tech.cn' },
  xinghe: { name: '李娜', company: '杭州星河科技有限公司', domain: 'www.xinghe-tech.cn' },
  lanjing: { name: '王磊', company: '蓝鲸物流有限公司', domain: 'www.lanjing56.cn' },
};

/** What a customer types into the website requirement form; fields are filled by their key, others by their type. */
async function requirementAnswers(customer: DemoUser, key: string, siteType: string): Promise<Record<string, unknown>> {
  const forms = await customer.get<{ key: string; fields: FormField[] }[]>('/delivery/requirement-forms');
  const form = forms.find((f) => f.key === 'website_demand');
  const who = PEOPLE[customer.loginName] ?? { name: '赵云', company: '演示企业', domain: 'www.example.cn' };
  const byKey: Record<string, unknown> = {
    contact_name: who.name,
    name: who.name,
    contact_phone: '13900000002',
    phone: '13900000002',
    email: `${customer.loginName}@example.com`,
    address: '上海市浦东新区世纪大道 100 号',
    delivery_address: '上海市浦东新区世纪大道 100 号',
    company_name: who.company,
    site_type: siteType,
    domain: who.domain,
    style: 'business',
    pages: siteType === 'shop' ? '首页、商品分类、商品详情、购物车、会员中心、订单查询' : '首页、产品中心、解决方案、客户案例、新闻动态、关于我们、联系我们',
    references: 'https://www.example.com',
    description: `${who.company}${key.includes('shop') ? '商城' : '官网'}建设`,
  };
  const answers: Record<string, unknown> = {};
  for (const f of form?.fields ?? []) {
    if (f.type === 'file' || f.type === 'date') continue; // optional on this form: left empty as most customers do
    const value = byKey[f.key] ?? (f.type === 'select' ? f.options?.[0]?.value : f.required ? '详见沟通记录' : undefined);
    if (value !== undefined) answers[f.key] = value;
  }
  return answers;
}
