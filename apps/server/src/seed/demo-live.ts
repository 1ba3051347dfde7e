import { DAY } from '../platform/clock.js';
import type { CatalogSeedIds } from '../modules/catalog/index.js';
import type { DemoUser } from './demo-session.js';
import { uploadFile } from './demo-story.js';
import { pngOfSize } from './sample-files.js';

type Beat = (at: Date, what: string, run: () => Promise<void>) => void;

/** A 552×280 cover (guide: "尺寸：552*280"): a two-tone band. */
function coverPng(rgb: [number, number, number]): Buffer {
  const k = (y: number) => (y < 200 ? 1 : 0.7);
  return pngOfSize(552, 280, (y) => [Math.round(rgb[0] * k(y)), Math.round(rgb[1] * k(y)), Math.round(rgb[2] * k(y))]);
}

async function uploadCover(who: DemoUser, name: string, rgb: [number, number, number]): Promise<string> {
  return uploadFile(who, 'live_cover', name, coverPng(rgb));
}

/**
 * Demo ISV's 直播 (guide 2.11), clicked through the real routes: it signs the 云市场服务协议 and the
 * operator grants live permission; a real-time 智能客服 launch live two days after today is approved
 * and bound to 智能客服 SaaS (so its product page shows the live), with the shop coupon 满200减20;
 * a recorded 网站建设 live waits for review.
 */
export function liveBeats(
  c: CatalogSeedIds,
  story: { beat: Beat; on: (d: number, h: number, m?: number) => Date; now: Date; demo: DemoUser; operator: DemoUser },
  day: number,
): void {
  const { beat, on, now, demo, operator } = story;
  const at = (days: number, hour: number) => {
    const d = new Date(now.getTime() + days * DAY);
    // hh:00 Beijing on that day
    const wall = new Date(d.getTime() + 8 * 3_600_000);
    wall.setUTCHours(hour, 0, 0, 0);
    return new Date(wall.getTime() - 8 * 3_600_000).toISOString();
  };
  let sellerId = '';
  beat(on(day, 9), 'live: Demo ISV signs the 云市场服务协议', async () => {
    await demo.post('/seller/live/permission', { agreementVersion: '2026-12', accepted: true });
    sellerId = (await demo.get<{ sellerId: string }>('/auth/me')).sellerId;
  });
  beat(on(day, 14), 'live: the operator grants live permission', async () => {
    await operator.post(`/operator/live/permissions/${sellerId}/approve`);
  });
  beat(on(day + 1, 10), 'live: an approved real-time live bound to 智能客服 SaaS, and a pending recorded one', async () => {
    const coupons = await demo.get<{ items: { id: string; name: string; status: string }[] }>('/seller/coupons?pageSize=50');
    const coupon = coupons.items.find((x) => x.status === 'normal' && x.name.includes('满200减20'))?.id ?? null;
    const launch = await demo.post<{ id: string }>('/seller/lives', {
      name: '智能客服 SaaS 新版本发布直播',
      startsAt: at(2, 19),
      endsAt: at(2, 20),
      mode: 'realtime',
      keywords: '智能客服 SaaS 在线客服 云市场',
      intro: '演示智能客服 SaaS 新版本的多渠道接入、机器人问答与工单协同，直播期间可领取店铺满200减20优惠券。',
      productId: c.products.customerService,
      couponId: coupon,
      coverFileId: await uploadCover(demo, 'launch.png', [22, 119, 255]),
    });
    await operator.post(`/operator/lives/${launch.id}/approve`);
    await demo.call('PATCH', `/seller/products/${c.products.customerService}`, { liveId: launch.id });
    await demo.post('/seller/lives', {
      name: '企业官网建设实战分享',
      startsAt: at(7, 15),
      endsAt: at(7, 16),
      mode: 'recorded',
      keywords: '建站 企业官网',
      intro: '网站建设服务的交付流程与案例分享。',
      productId: c.products.websiteBuild,
      couponId: null,
      coverFileId: await uploadCover(demo, 'site.png', [250, 140, 22]),
    });
  });
}
