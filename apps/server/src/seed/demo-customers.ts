import type { CustomerRow, CustomerTag } from '@cloudmart/contracts';
import type { DemoUser } from './demo-session.js';

type Beat = (at: Date, what: string, run: () => Promise<void>) => void;

interface Story {
  beat: Beat;
  /** day `d` of the story at hh:mm Beijing time */
  on: (d: number, h: number, m?: number) => Date;
  demo: DemoUser;
}

/** What the demo's 客户中心 shows, by name, so the demo test can find it. */
export const DEMO_CUSTOMERS = {
  keyTag: '重点客户',
  renewalTag: '续费关注',
  privateName: '赵经理',
  privateCompany: '宁波海港物流有限公司',
} as const;

/** The seller's own phone the demo's 双呼 rings first (never shown to the customer). */
const DEMO_SELLER_PHONE = '13800000001';

async function platformCustomer(demo: DemoUser, loginName: string): Promise<CustomerRow> {
  const page = await demo.get<{ items: CustomerRow[] }>(`/seller/customers?kind=platform&q=${encodeURIComponent(loginName)}`);
  const row = page.items[0];
  if (!row) throw new Error(`demo seed: ${loginName} is not a platform customer of Demo ISV`);
  return row;
}

/**
 * Demo ISV's 客户中心 (guide 2.8), clicked through the real routes near the end of the story, when
 * the buyers who bought are already platform customers ("在云市场购买过您的商品 … 由系统为您自动添加"):
 * - two tags of its own, 重点客户 on 星河 and 蓝鲸 (批量添加标签) and 续费关注 on the demo buyer;
 * - a 私有客户 met offline, 赵经理 of 宁波海港物流, added by hand (新增客户);
 * - a 双呼 to the demo buyer (续费关注): both sides see virtual numbers only; the record stays on the customer.
 */
export function customerBeats(story: Story, day: number): void {
  const { beat, on, demo } = story;
  beat(on(day, 14), 'customers: Demo ISV tags its customers', async () => {
    const key = await demo.post<CustomerTag>('/seller/customer-tags', { name: DEMO_CUSTOMERS.keyTag });
    const renewal = await demo.post<CustomerTag>('/seller/customer-tags', { name: DEMO_CUSTOMERS.renewalTag });
    const xinghe = await platformCustomer(demo, 'xinghe');
    const lanjing = await platformCustomer(demo, 'lanjing');
    const buyer = await platformCustomer(demo, 'buyer');
    await demo.post('/seller/customers/batch-tags', { customerIds: [xinghe.id, lanjing.id], tagIds: [key.id] });
    await demo.call('PUT', `/seller/customers/${buyer.id}/tags`, { tagIds: [renewal.id] });
  });
  beat(on(day, 14, 20), 'customers: Demo ISV adds a private customer', async () => {
    await demo.post('/seller/customers', {
      name: DEMO_CUSTOMERS.privateName,
      company: DEMO_CUSTOMERS.privateCompany,
      phone: '13600001234',
      remark: '展会上认识，关注智能客服与官网改版',
    });
  });
  beat(on(day, 15), 'customers: Demo ISV calls the demo buyer by 双呼', async () => {
    const buyer = await platformCustomer(demo, 'buyer');
    await demo.post(`/seller/customers/${buyer.id}/calls`, { callerPhone: DEMO_SELLER_PHONE });
  });
}
