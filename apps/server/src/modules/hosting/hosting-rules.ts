import type { HostingOptions, HostingReviewStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/**
 * 架构审核 and 托管审核 (guide 1.2) share one lifecycle: 未提交 → 待审核 → 审核通过 | 审核拒绝; a rejected
 * review is edited and submitted again; an approved one is final. An operator decides only a
 * pending review (hosting_review_not_pending), a seller submits only an unsubmitted or rejected one.
 */
const transitions = {
  not_submitted: ['pending'],
  pending: ['approved', 'rejected'],
  approved: [],
  rejected: ['pending'],
} as const satisfies Record<HostingReviewStatus, readonly HostingReviewStatus[]>;

/** A submission of a pending or approved review is an edit refused; a decision on a review not pending is refused. */
function refuse(subject: string) {
  return (from: HostingReviewStatus, to: HostingReviewStatus): DomainError | undefined => {
    if (to === 'pending' && (from === 'pending' || from === 'approved')) return new DomainError('hosted_product_not_editable', `the ${subject} is ${from}`);
    if ((to === 'approved' || to === 'rejected') && from !== 'pending') return new DomainError('hosting_review_not_pending', `the ${subject} is ${from}`);
    return undefined;
  };
}

export const architectureReview = stateMachine<HostingReviewStatus>('architecture review', transitions, refuse('architecture review'));
export const hostingReview = stateMachine<HostingReviewStatus>('hosting review', transitions, refuse('hosting review'));

export interface ReviewState {
  architectureStatus: HostingReviewStatus;
  hostingStatus: HostingReviewStatus;
}

/**
 * 基本信息 and 架构信息 change only while the architecture review is not submitted or was rejected;
 * 产品托管 and the reports only after the architecture passed, while the hosting review is not
 * submitted or was rejected. "Edits refused after approval (and while pending)".
 */
export function basicInfoEditable(p: ReviewState): boolean {
  return p.architectureStatus === 'not_submitted' || p.architectureStatus === 'rejected';
}

export function hostingEditable(p: ReviewState): boolean {
  return p.architectureStatus === 'approved' && (p.hostingStatus === 'not_submitted' || p.hostingStatus === 'rejected');
}

export function assertBasicInfoEditable(p: ReviewState): void {
  if (!basicInfoEditable(p)) throw new DomainError('hosted_product_not_editable', `the architecture review is ${p.architectureStatus}`);
}

/** Submitting 产品托管 needs the architecture approved first ("待架构审核通过后 … 单击继续提交"). */
export function assertHostingSubmittable(p: ReviewState): void {
  if (p.architectureStatus !== 'approved') throw new DomainError('architecture_not_approved', `the architecture review is ${p.architectureStatus}`);
  hostingReview.assert(p.hostingStatus, 'pending');
}

/**
 * The guide's 产品托管 table: 配置审计, 操作审计, 应用托管, 漏洞扫描, 性能压测 are required (the rest are
 * marked 可选); the required ones must all be on to submit.
 */
export function missingRequiredOptions(o: HostingOptions): string[] {
  const missing: string[] = [];
  if (!o.configAudit) missing.push('configAudit');
  if (!o.actionTrail) missing.push('actionTrail');
  if (!o.appHosting) missing.push('appHosting');
  if (!o.vulnScan) missing.push('vulnScan');
  if (!o.loadTest) missing.push('loadTest');
  return missing;
}

export function assertRequiredOptions(o: HostingOptions): void {
  const missing = missingRequiredOptions(o);
  if (missing.length) throw new DomainError('hosting_options_incomplete', `required hosting options are off: ${missing.join(', ')}`, { missing });
}

/** "完成产品托管后 … 可以关联商品": only a product whose hosting review passed is linked. */
export function assertLinkable(p: ReviewState): void {
  if (p.hostingStatus !== 'approved') throw new DomainError('hosting_not_approved', `the hosting review is ${p.hostingStatus}`);
}

/** "审核需要1~3个工作日" */
export const REVIEW_WORKING_DAYS = 3;
