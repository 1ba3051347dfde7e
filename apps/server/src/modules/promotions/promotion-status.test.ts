import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { claimRefusal, couponLifecycle, couponStatusOf, holdingStatusOf, isIssuing, type ClaimState } from './coupon-status.js';
import { canDoOnDiscount, discountActions, discountPublishLifecycle, effectiveStatusOf } from './discount-status.js';
import { idCheckChar, isValidMainlandId, isValidRealName } from './real-name.js';

const at = (iso: string) => new Date(iso);
const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : 'other';
  }
  return null;
};

describe('discount status (guide 2.9)', () => {
  it('publishes once: prepublished → published, again is discount_not_prepublished', () => {
    expect(discountPublishLifecycle.can('prepublished', 'published')).toBe(true);
    expect(codeOf(() => discountPublishLifecycle.assert('published', 'published'))).toBe('discount_not_prepublished');
    expect(discountPublishLifecycle.into('published')).toEqual(['prepublished']);
  });

  it('reads 未生效 / 已生效 / 已失效 from the clock at the window edges', () => {
    const d = { startsAt: at('2026-06-01T00:00:00Z'), endsAt: at('2026-06-10T00:00:00Z') };
    expect(effectiveStatusOf(d, at('2026-05-31T23:59:59.999Z'))).toBe('pending');
    expect(effectiveStatusOf(d, at('2026-06-01T00:00:00Z'))).toBe('active');
    expect(effectiveStatusOf(d, at('2026-06-09T23:59:59.999Z'))).toBe('active');
    expect(effectiveStatusOf(d, at('2026-06-10T00:00:00Z'))).toBe('expired');
  });

  it('offers the guide’s row actions: 预发布 查看 确定发布 编辑 删除, 已发布 查看 编辑 删除', () => {
    expect(discountActions.prepublished).toEqual(['view', 'publish', 'edit', 'delete']);
    expect(discountActions.published).toEqual(['view', 'edit', 'delete']);
    expect(canDoOnDiscount('published', 'publish')).toBe(false);
  });
});

describe('every move of both lifecycles', () => {
  it.each([
    ['prepublished', 'published', true],
    ['prepublished', 'prepublished', false],
    ['published', 'prepublished', false],
    ['published', 'published', false],
  ] as const)('discount %s → %s allowed: %s', (from, to, allowed) => {
    expect(discountPublishLifecycle.can(from, to)).toBe(allowed);
    expect(codeOf(() => discountPublishLifecycle.assert(from, to))).toBe(allowed ? null : from === 'published' ? 'discount_not_prepublished' : 'invalid_state');
  });
  it.each([
    ['normal', 'voided', true],
    ['normal', 'normal', false],
    ['voided', 'normal', false],
    ['voided', 'voided', false],
  ] as const)('coupon %s → %s allowed: %s', (from, to, allowed) => {
    expect(couponLifecycle.can(from, to)).toBe(allowed);
    expect(codeOf(() => couponLifecycle.assert(from, to))).toBe(allowed ? null : from === 'voided' ? 'coupon_already_voided' : 'invalid_state');
  });
});

describe('coupon status (guide 2.10)', () => {
  const c = { status: 'normal' as const, validTo: at('2026-07-01T00:00:00Z') };

  it('voids once', () => {
    expect(couponLifecycle.can('normal', 'voided')).toBe(true);
    expect(codeOf(() => couponLifecycle.assert('voided', 'voided'))).toBe('coupon_already_voided');
  });

  it('derives expired from the end of 使用期限', () => {
    expect(couponStatusOf(c, at('2026-06-30T23:59:59.999Z'))).toBe('normal');
    expect(couponStatusOf(c, at('2026-07-01T00:00:00Z'))).toBe('expired');
    expect(couponStatusOf({ ...c, status: 'voided' }, at('2026-06-01T00:00:00Z'))).toBe('voided');
  });

  it('reads a holding as used, expired (coupon expired or voided) or usable', () => {
    const now = at('2026-06-15T00:00:00Z');
    expect(holdingStatusOf({ orderId: 'o', billId: null }, c, now)).toBe('used');
    expect(holdingStatusOf({ orderId: null, billId: 'b' }, { ...c, status: 'voided' }, now)).toBe('used');
    expect(holdingStatusOf({ orderId: null, billId: null }, { ...c, status: 'voided' }, now)).toBe('expired');
    expect(holdingStatusOf({ orderId: null, billId: null }, c, at('2026-07-02T00:00:00Z'))).toBe('expired');
    expect(holdingStatusOf({ orderId: null, billId: null }, c, now)).toBe('usable');
  });

  it('refuses a claim for each reason, in order', () => {
    const s: ClaimState = {
      status: 'normal',
      issueFrom: at('2026-06-01T00:00:00Z'),
      issueTo: at('2026-06-10T00:00:00Z'),
      issueCount: 10,
      claimedCount: 3,
      perUserLimit: 2,
      purchasedProductIds: [],
    };
    const now = at('2026-06-05T00:00:00Z');
    expect(claimRefusal(s, 0, now)).toBeNull();
    expect(claimRefusal(s, null, now)).toBeNull();
    expect(claimRefusal({ ...s, status: 'voided' }, 0, now)).toBe('coupon_voided');
    expect(claimRefusal(s, 0, at('2026-05-31T23:59:59.999Z'))).toBe('coupon_not_issuing');
    expect(claimRefusal(s, 0, at('2026-06-10T00:00:00Z'))).toBe('coupon_not_issuing');
    expect(isIssuing(s, at('2026-06-01T00:00:00Z'))).toBe(true);
    expect(claimRefusal({ ...s, purchasedProductIds: ['p'] }, 0, now)).toBe('coupon_grant_only');
    expect(claimRefusal(s, 2, now)).toBe('coupon_claim_limit');
    expect(claimRefusal({ ...s, claimedCount: 10 }, 0, now)).toBe('coupon_sold_out');
  });
});

describe('sandbox 实名认证 (GB 11643)', () => {
  const now = at('2026-06-01T00:00:00Z');
  it('accepts a number whose check character matches, and X as 10', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(isValidMainlandId('11010519491231002X', now)).toBe(true);
    expect(isValidMainlandId('11010519491231002x', now)).toBe(true);
    expect(isValidMainlandId('110105194912310021', now)).toBe(false);
  });
  it('refuses wrong lengths, bad dates and future births', () => {
    expect(isValidMainlandId('1101051949123100', now)).toBe(false);
    const body = '11010519490231002'; // 31 February
    expect(isValidMainlandId(body + idCheckChar(body), now)).toBe(false);
    const future = '11010520300101002';
    expect(isValidMainlandId(future + idCheckChar(future), now)).toBe(false);
  });
  it('takes names of 2–30 characters', () => {
    expect(isValidRealName('张三')).toBe(true);
    expect(isValidRealName('张')).toBe(false);
    expect(isValidRealName('张'.repeat(31))).toBe(false);
  });
});
