import type { LeadStatus } from '@cloudmart/contracts';
import { stateMachine } from '../../platform/state-machine.js';

/**
 * A lead in a seller's hands (guide 4). 待响应 (assigned or directed) is accepted → 跟进中 or
 * rejected; left unanswered for 24 hours it expires (the miss recorded against the seller). A
 * grab from 商机广场 starts at 跟进中. 跟进中 → 已成交 when the buyer pays a proposal, or 终止服务
 * ("已成交状态下的需求无法终止服务"). Rejected, expired and terminated hand the demand back to routing.
 * A pending lead is terminated only when the buyer cancels (or the operator closes) the demand.
 */
export const leadLifecycle = stateMachine<LeadStatus>('lead', {
  pending: ['following', 'rejected', 'expired', 'terminated'],
  following: ['won', 'terminated'],
  won: [],
  rejected: [],
  expired: [],
  terminated: [],
});
export const canMoveLead = leadLifecycle.can;
export const assertLeadMove = leadLifecycle.assert;

/** The statuses a lead is live in: the demand is taken while one is. */
export const liveLeadStatuses = ['pending', 'following'] as const satisfies readonly LeadStatus[];
/** The statuses that hand the demand back to routing. */
export const returnedLeadStatuses = ['rejected', 'expired', 'terminated'] as const satisfies readonly LeadStatus[];
