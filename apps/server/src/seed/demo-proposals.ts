import type { PayProposalReply, Proposal } from '@cloudmart/contracts';
import type { CatalogSeedIds } from '../modules/catalog/index.js';
import type { DemoSession, DemoUser } from './demo-session.js';

type Beat = (at: Date, what: string, run: () => Promise<void>) => void;

interface Story {
  beat: Beat;
  /** day `d` of the story at hh:mm Beijing time */
  on: (d: number, h: number, m?: number) => Date;
  demo: DemoUser;
  /** the buyer whose demand the lead is */
  buyer: DemoUser;
}

/** The demo's 方案, by name, so tests and the walkthrough can find it. */
export const DEMO_PROPOSAL = {
  name: '企业官网建设与智能客服方案',
  remark: '官网含三个月免费维护；智能客服赠送一次上线培训。',
  /** 改价: 企业官网 ¥4,980 → ¥4,500; 智能客服 高级版 ¥2,999 → ¥2,699 (a year each) */
  sitePriceFen: 450_000,
  csPriceFen: 269_900,
} as const;

/**
 * 提交方案 and 一键支付 (guide 4), clicked through the real routes on a lead Demo ISV follows:
 * - day `day`, 10:00: Demo ISV sends a 方案 with two 报价单 — 网站建设服务 企业官网 for a year and 智能客服
 *   SaaS 高级版 for a year, both at an adjusted price; the buyer gets an SMS and an inbox message;
 * - day `day`, 15:30: the buyer pays it in one click: both quotes become orders (订单来源 定制方案, with
 *   the 商机ID and 定制方案ID), paid at the sandbox cashier; the lead and the demand are then 已成交.
 * `leadId` is read when the first beat runs, so the lead may be made by an earlier beat.
 */
export function proposalBeats(s: DemoSession, c: CatalogSeedIds, story: Story, lead: { leadId: () => string; day: number }): void {
  const { beat, on, demo, buyer } = story;
  let proposalId = '';
  beat(on(lead.day, 10), 'proposals: Demo ISV sends a 方案 with two 报价单', async () => {
    const p = await demo.post<Proposal>(`/seller/leads/${lead.leadId()}/proposals`, {
      name: DEMO_PROPOSAL.name,
      remark: DEMO_PROPOSAL.remark,
      quotes: [
        { productId: c.products.websiteBuild, specId: c.specs.siteCorporate, unit: 'year', duration: 1, quantity: 1, priceFen: DEMO_PROPOSAL.sitePriceFen },
        { productId: c.products.customerService, specId: c.specs.csPremium, unit: 'year', duration: 1, quantity: 1, priceFen: DEMO_PROPOSAL.csPriceFen },
      ],
    });
    proposalId = p.id;
    await s.settle();
  });
  beat(on(lead.day, 15, 30), 'proposals: the buyer pays the 方案 in one click', async () => {
    const reply = await buyer.post<PayProposalReply>(`/buyer/proposals/${proposalId}/pay`);
    for (const orderId of reply.orderIds) {
      const payment = await buyer.post<{ paymentId: string }>(`/buyer/orders/${orderId}/pay`);
      await buyer.post(`/payments/sandbox/${payment.paymentId}/complete`);
    }
    await s.settle();
  });
}
