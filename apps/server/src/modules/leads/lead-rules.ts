import type { Demand, DemandBudget, DemandType, LeadDetail, LeadStatus } from '@cloudmart/contracts';
import type { DemandRow, LeadRow } from './lead-access.js';

/**
 * Who sees the buyer. The pool shows 王** ("联系人" masked), 商机管理 shows the contact masked
 * (m*****) until the seller has the lead in hand (accepted or grabbed); the phone is never shown:
 * the seller reaches the buyer only through 双呼 ("主叫方和被叫方都不会知道对方的电话号码").
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return `${chars[0] ?? ''}**`;
}

export function maskAccount(loginName: string): string {
  const chars = [...loginName];
  return `${chars[0] ?? ''}*****`;
}

/** The seller holds the lead: contact and account shown, calls and notes open. */
export function inHand(status: LeadStatus): boolean {
  return status === 'following' || status === 'won';
}

/** What the seller may do with a lead now (the page shows these buttons only). */
export function leadActions(lead: Pick<LeadRow, 'status'>, demand: Pick<DemandRow, 'source'>): LeadDetail['actions'] {
  const actions: LeadDetail['actions'] = [];
  if (lead.status === 'pending') actions.push('accept', 'reject');
  if (lead.status === 'following') actions.push('call', 'note', 'propose', 'terminate');
  if (lead.status === 'won') actions.push('note', 'propose');
  // 联系小二: "对于需求来源为小二代提的需求，您还可以…给小二留言"
  if (demand.source === 'operator' && inHand(lead.status)) actions.push('message');
  actions.push('remark');
  return actions;
}

/** A demand as buyers and sellers see it (contact left out). */
export function demandView(d: DemandRow): Demand {
  return {
    id: d.id,
    demandNo: String(d.demandNo),
    source: d.source,
    category: d.category,
    type: d.type as DemandType,
    name: d.name,
    summary: d.summary,
    content: d.content,
    region: d.region,
    budget: d.budget as DemandBudget,
    status: d.status,
    createdAt: d.createdAt.toISOString(),
    poolAt: d.pooled ? d.poolAt.toISOString() : null,
  };
}

/** A demand 12 digits long, or a name fragment: what 需求名称 or 需求ID search means. */
export function demandNoOf(q: string): number | null {
  return /^\d{1,15}$/.test(q) ? Number(q) : null;
}
