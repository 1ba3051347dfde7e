import { DAY, HOUR } from '../platform/clock.js';
import type { CatalogSeedIds } from '../modules/catalog/index.js';
import type { DemoSession, DemoUser } from './demo-session.js';

type Beat = (at: Date, what: string, run: () => Promise<void>) => void;

interface Story {
  beat: Beat;
  /** day `d` of the story at hh:mm Beijing time */
  on: (d: number, h: number, m?: number) => Date;
  now: Date;
  demo: DemoUser;
  buyer: DemoUser;
  xinghe: DemoUser;
}

const iso = (d: Date) => d.toISOString();
const noConditions = { scenarios: [], minQuantity: null, clients: [], terms: [], firstPurchaseOnly: false, realNameOnly: false };

/**
 * Demo ISV's 营销 (guide 2.9, 2.10), clicked through the real routes as the story's days pass, so
 * the orders placed after them carry real discounts and coupons:
 * - 国庆特惠 9 折 on 标准版, the first week only (已发布 · 已失效 today; the first 标准版 order got it);
 * - 高级版限时 8.5 折 from day 18 to two weeks after today (已发布 · 已生效: every later 高级版 order, the upgrade too);
 * - 网站建设新客立减 ¥300, first purchase only (已发布 · 已生效, none of the demo buyers is new to it);
 * - 元旦预告 9.5 折, 预发布 and not yet started: only Demo ISV sees it, as a preview;
 * - coupons: 满200减20 (shop-wide, two per buyer; 'buyer' used one on today's 高级版 order and may claim another, 星河 holds one),
 *   老客户专享 9 折券 (granted by itself to the buyers of 网站建设服务), and a voided test coupon.
 */
export function promotionBeats(s: DemoSession, c: CatalogSeedIds, story: Story): void {
  const { beat, on, now, demo, buyer, xinghe } = story;
  const p = c.products;
  const sp = c.specs;
  const ids = new Map<string, string>();
  const idOf = (key: string): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo seed: promotion ${key} was not created`);
    return id;
  };
  const discount = (at: Date, key: string, body: Record<string, unknown>, publish: boolean) =>
    beat(at, `discount ${key}`, async () => {
      const d = await demo.post<{ id: string }>('/seller/discounts', body);
      ids.set(key, d.id);
      if (publish) await demo.post(`/seller/discounts/${d.id}/publish`);
    });
  const coupon = (at: Date, key: string, body: Record<string, unknown>) =>
    beat(at, `coupon ${key}`, async () => {
      const created = await demo.post<{ id: string }>('/seller/coupons', body);
      ids.set(key, created.id);
      await s.settle(); // grants to past buyers run from the outbox
    });
  const claim = (at: Date, key: string, who: DemoUser) =>
    beat(at, `coupon ${key}: ${who.loginName} claims`, async () => {
      await who.post(`/buyer/coupons/${idOf(key)}/claim`);
      await s.settle();
    });

  discount(
    on(0, 9),
    'national-day',
    {
      productId: p.customerService,
      name: '国庆特惠 9 折',
      type: 'percent_off',
      rateTenths: 90,
      startsAt: iso(on(0, 9)),
      endsAt: iso(on(7, 0)),
      specIds: [sp.csStandard],
      conditions: { ...noConditions, scenarios: ['new'] },
    },
    true,
  );
  coupon(on(10, 10), 'test', {
    name: '内部测试券',
    scope: 'shop',
    kind: 'threshold',
    reduceFen: 1_000,
    thresholdFen: 10_000,
    perUserLimit: 1,
    issueFrom: iso(on(10, 10)),
    issueTo: iso(on(20, 0)),
    validFrom: iso(on(10, 10)),
    validTo: iso(on(30, 0)),
    issueCount: 5,
    scenarios: ['new'],
    showInShop: false,
  });
  beat(on(10, 11), 'coupon test: void', async () => void (await demo.post(`/seller/coupons/${idOf('test')}/void`)));
  discount(
    on(18, 10),
    'premium',
    {
      productId: p.customerService,
      name: '高级版限时 8.5 折',
      type: 'percent_off',
      rateTenths: 85,
      startsAt: iso(on(18, 10)),
      endsAt: iso(new Date(now.getTime() + 14 * DAY)),
      specIds: [sp.csPremium],
    },
    true,
  );
  discount(
    on(25, 10),
    'site-first',
    {
      productId: p.websiteBuild,
      name: '网站建设新客立减',
      type: 'amount_off',
      amountOffFen: 30_000,
      startsAt: iso(on(25, 10)),
      endsAt: iso(new Date(now.getTime() + 30 * DAY)),
      specIds: [sp.siteCorporate, sp.siteShop],
      conditions: { ...noConditions, firstPurchaseOnly: true },
    },
    true,
  );
  coupon(on(30, 9), 'over-200', {
    name: '满200减20',
    scope: 'shop',
    kind: 'threshold',
    reduceFen: 2_000,
    thresholdFen: 20_000,
    // two each: 'buyer' used one and can still claim the second on the product page
    perUserLimit: 2,
    issueFrom: iso(on(30, 9)),
    issueTo: iso(new Date(now.getTime() + 30 * DAY)),
    validFrom: iso(on(30, 9)),
    validTo: iso(new Date(now.getTime() + 60 * DAY)),
    issueCount: 200,
    scenarios: ['new', 'renew', 'upgrade'],
    showInShop: true,
  });
  coupon(on(35, 10), 'loyal', {
    name: '老客户专享 9 折券',
    scope: 'products',
    productIds: [p.customerService],
    kind: 'percent',
    rateTenths: 90,
    perUserLimit: 1,
    issueFrom: iso(on(35, 10)),
    issueTo: iso(new Date(now.getTime() + 30 * DAY)),
    validFrom: iso(on(35, 10)),
    validTo: iso(new Date(now.getTime() + 60 * DAY)),
    issueCount: 50,
    scenarios: ['renew', 'upgrade'],
    showInShop: false,
    purchasedProductIds: [p.websiteBuild],
  });
  claim(on(40, 15), 'over-200', buyer);
  claim(on(46, 10), 'over-200', xinghe);
  discount(
    new Date(now.getTime() - 20 * HOUR),
    'new-year',
    {
      productId: p.customerService,
      name: '元旦预告 9.5 折',
      type: 'percent_off',
      rateTenths: 95,
      startsAt: iso(new Date(now.getTime() + 20 * DAY)),
      endsAt: iso(new Date(now.getTime() + 30 * DAY)),
      specIds: [sp.csStandard, sp.csPremium],
    },
    false,
  );
}

/** The holding id of a usable coupon the buyer holds, by the coupon's name. */
export async function usableCoupon(who: DemoUser, name: string): Promise<string> {
  const list = await who.get<{ items: { holdingId: string; name: string }[] }>('/buyer/coupons?status=usable');
  const h = list.items.find((x) => x.name === name);
  if (!h) throw new Error(`demo seed: ${who.loginName} holds no usable「${name}」`);
  return h.holdingId;
}
