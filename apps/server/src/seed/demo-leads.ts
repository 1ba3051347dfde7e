import { and, eq } from 'drizzle-orm';
import { HOUR, MINUTE } from '../platform/clock.js';
import type { Db } from '../platform/db/client.js';
import { demands, leads } from '../modules/leads/index.js';
import type { DemoUser } from './demo-session.js';

type Beat = (at: Date, what: string, run: () => Promise<void>) => void;

interface Story {
  beat: Beat;
  /** day `d` of the story at hh:mm Beijing time */
  on: (d: number, h: number, m?: number) => Date;
  now: Date;
  demo: DemoUser;
  buyer: DemoUser;
  xinghe: DemoUser;
  operator: DemoUser;
}

/** The following lead the proposals beats add a proposal to (Demo ISV grabbed it from 商机广场). */
export const DEMO_PROPOSAL_LEAD = '企业官网改版';

/** The id of Demo ISV's lead on {@link DEMO_PROPOSAL_LEAD}. */
export async function demoProposalLeadId(db: Db, demoSellerId: string): Promise<string> {
  const [row] = await db
    .select({ id: leads.id })
    .from(leads)
    .innerJoin(demands, eq(demands.id, leads.demandId))
    .where(and(eq(demands.name, DEMO_PROPOSAL_LEAD), eq(leads.sellerId, demoSellerId)));
  if (!row) throw new Error(`demo seed: no lead on ${DEMO_PROPOSAL_LEAD}`);
  return row.id;
}

const fields = (name: string, type: string, budget: string, summary: string, contact: { name: string; phone: string }, content?: string) => ({
  name,
  type,
  summary,
  ...(content ? { content } : {}),
  region: '华东',
  budget,
  contactName: contact.name,
  contactPhone: contact.phone,
});
const ZHANG = { name: '张明', phone: '13812340001' };
const LI = { name: '李娜', phone: '13812340002' };
const WANG = { name: '王磊', phone: '13812340003' };
const CALLER = '13800138000';

/**
 * 商机 (guide 4), clicked through the real routes:
 * - day 40: buyer posts 企业官网改版 at 09:20; it enters 商机广场 at 10:00 and Demo ISV grabs it, calls
 *   (双呼) and writes its 小记 — the lead stays 跟进中 for the proposals beats;
 * - day 45: 星河 posts a mini-program demand, Demo ISV grabs it, calls and notes the price talk;
 * - day 30–31: Demo ISV grabs a maintenance demand and then terminates it (终止服务): back in routing;
 * - day 50: the operator raises 定点推广方案 for 星河 and assigns it to Demo ISV, who accepts and
 *   writes to the operator (联系小二); the operator replies;
 * - the last hours: a 定向需求 from buyer to the Demo ISV shop and an operator-assigned demand wait
 *   for Demo ISV's answer (待响应), and two demands sit in 商机广场.
 */
export function leadsBeats(story: Story): void {
  const { beat, on, now, demo, buyer, xinghe, operator } = story;
  const ago = (h: number) => new Date(now.getTime() - h * HOUR);
  const ids = new Map<string, string>();
  const got = (key: string): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo seed: lead beat ${key} missing`);
    return id;
  };
  const post = (at: Date, key: string, who: DemoUser, body: Record<string, unknown>) =>
    beat(at, `leads: ${key} posted`, async () => {
      ids.set(key, (await who.post<{ id: string }>('/buyer/demands', body)).id);
    });
  const grab = (at: Date, key: string) =>
    beat(at, `leads: Demo ISV grabs ${key}`, async () => {
      ids.set(`${key}:lead`, (await demo.post<{ id: string }>(`/seller/lead-pool/${got(key)}/grab`)).id);
    });
  const callAndNote = (at: Date, key: string, note: { connected: boolean; stage: string; content: string }) => {
    beat(at, `leads: Demo ISV calls about ${key}`, async () => void (await demo.post(`/seller/leads/${got(`${key}:lead`)}/calls`, { callerPhone: CALLER })));
    beat(
      new Date(at.getTime() + 15 * MINUTE),
      `leads: Demo ISV notes ${key}`,
      async () => void (await demo.post(`/seller/leads/${got(`${key}:lead`)}/notes`, note)),
    );
  };
  const pendingLeadOf = async (key: string): Promise<string> => {
    const list = await demo.get<{ items: { id: string; demandId: string }[] }>('/seller/leads?status=pending&pageSize=100');
    const lead = list.items.find((l) => l.demandId === got(key));
    if (!lead) throw new Error(`demo seed: no pending lead for ${key}`);
    return lead.id;
  };

  post(
    on(40, 9, 20),
    'site',
    buyer,
    fields(
      DEMO_PROPOSAL_LEAD,
      'website',
      '10000_50000',
      '现有官网改版为响应式，增加案例与新闻栏目',
      ZHANG,
      '首页、产品中心、解决方案、客户案例、新闻动态、关于我们',
    ),
  );
  grab(on(40, 10, 5), 'site');
  callAndNote(on(40, 10, 40), 'site', { connected: true, stage: 'clarify', content: '客户确认改版范围：7 个栏目，需支持移动端，希望 6 周内上线。' });

  post(on(45, 14, 10), 'mini', xinghe, fields('电商小程序开发', 'mini_program', '5000_10000', '微信商城小程序，对接现有 ERP 库存', LI));
  grab(on(45, 15, 3), 'mini');
  callAndNote(on(45, 16), 'mini', { connected: true, stage: 'price', content: '报价 8000 元，客户需要内部审批，下周回复。' });

  post(on(30, 9, 30), 'care', buyer, fields('小程序日常维护', 'ops', 'under_2000', '现有小程序每月内容更新与故障处理', ZHANG));
  grab(on(30, 10, 10), 'care');
  beat(on(31, 10), 'leads: Demo ISV terminates care', async () => {
    await demo.post(`/seller/leads/${got('care:lead')}/terminate`, { reasonType: 'no_capacity', reason: '本月维护团队排期已满' });
  });

  beat(on(50, 10), 'leads: operator raises 定点推广方案 for Demo ISV', async () => {
    const body = {
      ...fields('定点推广方案', 'promotion', 'under_2000', '新品上市的定点推广', LI, '需求描述 地域: 杭州 具体预算 公司'),
      buyerLoginName: 'xinghe',
      sellerId: '',
    };
    const me = await demo.get<{ sellerId: string }>('/auth/me');
    ids.set('promo', (await operator.post<{ id: string }>('/operator/demands', { ...body, sellerId: me.sellerId })).id);
  });
  beat(on(50, 11), 'leads: Demo ISV accepts 定点推广方案', async () => {
    ids.set('promo:lead', await pendingLeadOf('promo'));
    await demo.post(`/seller/leads/${got('promo:lead')}/accept`, { contactPhone: CALLER });
  });
  beat(on(50, 11, 10), 'leads: Demo ISV writes to the operator', async () => {
    await demo.post(`/seller/leads/${got('promo:lead')}/messages`, { body: 'hi, 亲, 帮我个忙：客户希望先看同行业的推广案例，能否提供？' });
  });
  beat(on(50, 14), 'leads: the operator replies', async () => {
    await operator.post(`/operator/demands/${got('promo')}/messages`, { body: '已补充两个同行业案例到需求附件，请查收。' });
  });

  // waiting for Demo ISV's answer now: a directed demand and an operator-assigned one
  post(ago(10), 'directed', buyer, { ...fields('定制企业网站', 'website', '5000_10000', '为新品牌定制企业网站', ZHANG), sellerCode: 'demoisv' });
  beat(ago(4), 'leads: operator raises 运维托管服务 to routing', async () => {
    ids.set(
      'ops',
      (
        await operator.post<{ id: string }>('/operator/demands', {
          ...fields('运维托管服务', 'ops', '10000_50000', '云服务器 7×24 运维托管', WANG),
          buyerLoginName: 'lanjing',
        })
      ).id,
    );
  });
  beat(ago(3.5), 'leads: operator assigns 运维托管服务 to Demo ISV', async () => {
    const me = await demo.get<{ sellerId: string }>('/auth/me');
    await operator.post(`/operator/demands/${got('ops')}/assign`, { sellerId: me.sellerId });
  });
  // in 商机广场 now
  post(ago(6), 'pool-migrate', xinghe, fields('数据迁移上云', 'migration', '10000_50000', 'MySQL 与文件存储迁移到云上', LI));
  post(ago(3), 'pool-security', buyer, fields('等保测评咨询', 'security', '5000_10000', '等保二级测评前的整改咨询', ZHANG));
}
