import type { CatalogSeedIds } from '../modules/catalog/index.js';
import type { DemoSession, DemoUser } from './demo-session.js';

type Beat = (at: Date, what: string, run: () => Promise<void>) => void;

interface Story {
  beat: Beat;
  /** day `d` of the story at hh:mm Beijing time */
  on: (d: number, h: number, m?: number) => Date;
  demo: DemoUser;
  xinghe: DemoUser;
  lanjing: DemoUser;
}

/** The distribution order's beats, by name, so the demo test can find the order. */
export const DEMO_REFERRAL = { ratePct: 30, resellerName: '星河分销', remark: '经星河科技推荐购买' } as const;

/**
 * Demo ISV's 分销 (guide 2.2–2.3), clicked through the real routes:
 * - day 0, 09:00: Demo ISV joins 智能客服 SaaS to the 转售分销计划 at 30 % (分销设置, 一旦设置，不可变更);
 * - day 1: 星河科技 joins the reseller programme and gets its referral code;
 * - day 8: 蓝鲸物流 buys 标准版 monthly through 星河's link (?ref=<code>), pays at once; the order is a
 *   分销订单 at 30 %; the settlement sweep settles it five days later and posts the commission
 *   to 星河's reseller account, so Demo ISV's order list shows the rate, its detail the reseller,
 *   and 星河's console a settled commission and June's 月度结算单.
 */
export function distributionBeats(s: DemoSession, c: CatalogSeedIds, story: Story): void {
  const { beat, on, demo, xinghe, lanjing } = story;
  let code = '';
  let orderId = '';
  beat(on(0, 9), 'distribution: Demo ISV joins 智能客服 at 30 %', async () => {
    await demo.post(`/seller/distribution/products/${c.products.customerService}`, { ratePct: DEMO_REFERRAL.ratePct, acknowledged: true });
  });
  beat(on(1, 15), 'distribution: 星河 joins the reseller programme', async () => {
    code = (await xinghe.post<{ code: string }>('/reseller/join', { displayName: DEMO_REFERRAL.resellerName, acceptAgreement: true })).code;
  });
  beat(on(8, 10, 30), 'distribution: 蓝鲸 buys through 星河’s link', async () => {
    const placed = await lanjing.place<{ id: string }>('/buyer/orders', {
      productId: c.products.customerService,
      specId: c.specs.csStandard,
      unit: 'month',
      duration: 1,
      remark: DEMO_REFERRAL.remark,
      referralCode: code,
    });
    orderId = placed.id;
  });
  beat(on(8, 10, 36), 'distribution: 蓝鲸 pays the referral order', async () => {
    const payment = await lanjing.post<{ paymentId: string }>(`/buyer/orders/${orderId}/pay`);
    await lanjing.post(`/payments/sandbox/${payment.paymentId}/complete`);
    await s.settle();
  });
}
