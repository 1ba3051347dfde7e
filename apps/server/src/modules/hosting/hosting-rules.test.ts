import { hostingReviewStatuses, type HostingOptions, type HostingReviewStatus } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import {
  architectureReview,
  assertHostingSubmittable,
  assertLinkable,
  basicInfoEditable,
  hostingEditable,
  hostingReview,
  missingRequiredOptions,
} from './hosting-rules.js';

const codeOf = (f: () => void): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.code : 'not a DomainError';
  }
};

const allowed: [HostingReviewStatus, HostingReviewStatus][] = [
  ['not_submitted', 'pending'],
  ['pending', 'approved'],
  ['pending', 'rejected'],
  // "rejected may be edited and resubmitted"
  ['rejected', 'pending'],
];

describe.each([
  ['架构审核', architectureReview],
  ['托管审核', hostingReview],
])('%s: 未提交 → 待审核 → 审核通过 | 审核拒绝', (_name, machine) => {
  it('allows exactly the table’s moves', () => {
    for (const from of hostingReviewStatuses) {
      for (const to of hostingReviewStatuses) {
        const ok = allowed.some(([f, t]) => f === from && t === to);
        expect(machine.can(from, to), `${from} → ${to}`).toBe(ok);
      }
    }
  });
  it('refuses a resubmission while pending or after approval as an edit (hosted_product_not_editable)', () => {
    expect(codeOf(() => machine.assert('pending', 'pending'))).toBe('hosted_product_not_editable');
    expect(codeOf(() => machine.assert('approved', 'pending'))).toBe('hosted_product_not_editable');
  });
  it('refuses a decision on a review that is not pending (hosting_review_not_pending)', () => {
    for (const from of ['not_submitted', 'approved', 'rejected'] as const) {
      expect(codeOf(() => machine.assert(from, 'approved'))).toBe('hosting_review_not_pending');
      expect(codeOf(() => machine.assert(from, 'rejected'))).toBe('hosting_review_not_pending');
    }
  });
  it('an approved review is final', () => {
    expect(machine.open).not.toContain('approved');
  });
});

describe('what the seller may change', () => {
  it('基本信息 and 架构信息 until the architecture review is submitted, and again after a rejection', () => {
    expect(basicInfoEditable({ architectureStatus: 'not_submitted', hostingStatus: 'not_submitted' })).toBe(true);
    expect(basicInfoEditable({ architectureStatus: 'rejected', hostingStatus: 'not_submitted' })).toBe(true);
    expect(basicInfoEditable({ architectureStatus: 'pending', hostingStatus: 'not_submitted' })).toBe(false);
    expect(basicInfoEditable({ architectureStatus: 'approved', hostingStatus: 'not_submitted' })).toBe(false);
  });
  it('产品托管 only after "待架构审核通过后 … 继续提交", until the hosting review is submitted or after its rejection', () => {
    expect(hostingEditable({ architectureStatus: 'pending', hostingStatus: 'not_submitted' })).toBe(false);
    expect(hostingEditable({ architectureStatus: 'approved', hostingStatus: 'not_submitted' })).toBe(true);
    expect(hostingEditable({ architectureStatus: 'approved', hostingStatus: 'rejected' })).toBe(true);
    expect(hostingEditable({ architectureStatus: 'approved', hostingStatus: 'pending' })).toBe(false);
    expect(hostingEditable({ architectureStatus: 'approved', hostingStatus: 'approved' })).toBe(false);
    expect(codeOf(() => assertHostingSubmittable({ architectureStatus: 'rejected', hostingStatus: 'not_submitted' }))).toBe('architecture_not_approved');
    expect(codeOf(() => assertHostingSubmittable({ architectureStatus: 'approved', hostingStatus: 'approved' }))).toBe('hosted_product_not_editable');
  });
  it('"完成产品托管后 … 可以关联商品": only an approved hosting review links', () => {
    for (const s of ['not_submitted', 'pending', 'rejected'] as const) {
      expect(codeOf(() => assertLinkable({ architectureStatus: 'approved', hostingStatus: s }))).toBe('hosting_not_approved');
    }
    expect(codeOf(() => assertLinkable({ architectureStatus: 'approved', hostingStatus: 'approved' }))).toBeNull();
  });
});

describe('产品托管 options: 配置审计, 操作审计, 应用托管, 漏洞扫描, 性能压测 required; the (可选) ones not', () => {
  const all: HostingOptions = {
    configAudit: true,
    actionTrail: true,
    appHosting: 'sae',
    vulnScan: true,
    loadTest: true,
    cloudMonitor: false,
    waf: false,
    oauth: false,
    messages: false,
  };
  it('names each required option that is off', () => {
    expect(missingRequiredOptions(all)).toEqual([]);
    expect(missingRequiredOptions({ ...all, configAudit: false, appHosting: null })).toEqual(['configAudit', 'appHosting']);
    expect(missingRequiredOptions({ ...all, actionTrail: false, vulnScan: false, loadTest: false })).toEqual(['actionTrail', 'vulnScan', 'loadTest']);
  });
});
