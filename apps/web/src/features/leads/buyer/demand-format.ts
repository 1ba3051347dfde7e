import type { DemandBudget, DemandStatus, DemandType, PayProposalReply, PostDemandBody, Proposal } from '@cloudmart/contracts';

/*
 * Pure helpers of the buyer's 商机 pages (and the operator's 代客户提需求 form, which takes the
 * same demand fields). Each mirrors a rule of the contract so the form says what is wrong
 * before a round trip.
 */

/** The contract's mobilePhone: a mainland mobile number ("填写联系电话"). */
export const MOBILE = /^1[3-9]\d{9}$/;

/** The demand fields' limits in packages/contracts/src/leads.ts (demandFields). */
export const DEMAND_LIMITS = { name: 60, summary: 200, content: 2000, region: 60, contactName: 30 } as const;

/** What the 发布需求 form holds (antd leaves untouched fields undefined). */
export interface DemandFormValues {
  name?: string;
  type?: DemandType;
  summary?: string;
  content?: string;
  region?: string;
  budget?: DemandBudget;
  contactName?: string;
  contactPhone?: string;
}

/** The form's values as the contract's demand fields: text trimmed, a blank 需求内容 left out. */
export function demandFieldsOf(v: DemandFormValues): Omit<PostDemandBody, 'sellerCode'> {
  const content = v.content?.trim();
  return {
    name: (v.name ?? '').trim(),
    type: v.type ?? 'other',
    summary: (v.summary ?? '').trim(),
    ...(content ? { content } : {}),
    region: (v.region ?? '').trim(),
    budget: v.budget ?? 'undecided',
    contactName: (v.contactName ?? '').trim(),
    contactPhone: (v.contactPhone ?? '').trim(),
  };
}

/** postDemandBody, with the shop's code when it is a 定向需求. */
export function demandBodyOf(v: DemandFormValues, sellerCode?: string): PostDemandBody {
  return { ...demandFieldsOf(v), ...(sellerCode ? { sellerCode } : {}) };
}

/** `?seller=CODE` from the store's 向TA提需求: a 定向需求 to that shop; anything odd is ignored. */
export function sellerCodeOf(params: URLSearchParams): string | undefined {
  const code = params.get('seller')?.trim();
  return code && code.length <= 64 && !code.includes('\u0000') ? code : undefined;
}

/** Where 向TA提需求 leads: the form, directed to the shop (log-in first is the console's guard). */
export function postDemandPath(sellerCode?: string): string {
  return sellerCode ? `/buyer/demands/new?seller=${encodeURIComponent(sellerCode)}` : '/buyer/demands/new';
}

export const demandsPath = '/buyer/demands';
export const demandPath = (id: string) => `${demandsPath}/${encodeURIComponent(id)}`;

export const demandStatusColor: Record<DemandStatus, string> = { open: 'blue', taken: 'processing', won: 'success', closed: 'default' };

/** The quotes a payment turns into orders (a revoked quote is shown struck and never paid). */
export function activeQuotes(p: Pick<Proposal, 'quotes'>) {
  return p.quotes.filter((q) => q.status === 'active');
}

/** 一键支付 is offered while the proposal is not paid and has a quote to pay. */
export function isPayable(p: Pick<Proposal, 'status' | 'quotes'>): boolean {
  return p.status !== 'paid' && activeQuotes(p).length > 0;
}

/** A cancel is refused once won or closed (demand_not_cancellable). */
export function isCancellable(status: DemandStatus): boolean {
  return status === 'open' || status === 'taken';
}

/**
 * Where the cashier is: a path inside this app (the store's /store/pay…) is routed to, anything
 * else (an external cashier) is a full page load. With no payUrl, the one order's cashier page.
 */
export function payTarget(reply: PayProposalReply): { route: string } | { href: string } {
  const url = reply.payUrl.trim();
  if (url.startsWith('/') && !url.startsWith('//')) return { route: url };
  if (url) return { href: url };
  const [first, ...rest] = reply.orderIds;
  if (first && rest.length === 0) return { route: `/store/pay/${encodeURIComponent(first)}` };
  return { route: `/store/pay?orders=${reply.orderIds.map(encodeURIComponent).join(',')}` };
}
