import { describe, expect, it } from 'vitest';
import { customerListParams, customerListStateFrom, customerListQueryOf, kindOf } from './customers.queries';
import { customerLabel, durationParts, hasLiveCall, maskAccount, refusalRows, sendableCoupons } from './customer-format';

const row = { name: null, contactName: null, company: null, buyerAccount: null };

describe('customer center formatting', () => {
  it('masks the account between its first two characters and its last', () => {
    expect(maskAccount('zhangsan')).toBe('zh*****n');
    expect(maskAccount('abcd')).toBe('a**d');
    expect(maskAccount('ab')).toBe('a*');
    expect(maskAccount('张三丰的公司')).toBe('张三***司');
  });

  it('leaves an account the server already masked, and an unlinked private customer, as they are', () => {
    expect(maskAccount('de***o')).toBe('de***o');
    expect(maskAccount(null)).toBeNull();
  });

  it('names a customer by the seller’s name, then the contact, the company, the masked account', () => {
    expect(customerLabel({ ...row, name: '王总', contactName: '王五' })).toBe('王总');
    expect(customerLabel({ ...row, contactName: '王五', company: '星河' })).toBe('王五');
    expect(customerLabel({ ...row, company: '星河' })).toBe('星河');
    expect(customerLabel({ ...row, buyerAccount: 'xinghe' })).toBe('xi***e');
    expect(customerLabel(row)).toBe('—');
  });

  it('keeps polling while a call dials, rings or is connected, and stops once it ended or failed', () => {
    expect(hasLiveCall([{ status: 'ended' }, { status: 'ringing' }])).toBe(true);
    expect(hasLiveCall([{ status: 'dialing' }])).toBe(true);
    expect(hasLiveCall([{ status: 'answered' }])).toBe(true);
    expect(hasLiveCall([{ status: 'ended' }, { status: 'failed' }])).toBe(false);
    expect(hasLiveCall([])).toBe(false);
  });

  it('splits a duration into minutes and seconds, and has none before the call connects', () => {
    expect(durationParts(125)).toEqual({ m: 2, s: 5 });
    expect(durationParts(0)).toEqual({ m: 0, s: 0 });
    expect(durationParts(null)).toBeNull();
  });

  it('offers only coupons in force, not past their end of use and with sheets left', () => {
    const now = Date.parse('2025-06-01T00:00:00+08:00');
    const base = { status: 'normal' as const, validTo: '2025-07-01T00:00:00+08:00', issueCount: 10, claimedCount: 3 };
    const coupons = [
      { ...base, id: 'ok' },
      { ...base, id: 'voided', status: 'voided' as const },
      { ...base, id: 'past', validTo: '2025-05-31T23:59:59+08:00' },
      { ...base, id: 'gone', claimedCount: 10 },
    ];
    expect(sendableCoupons(coupons, now).map((c) => c.id)).toEqual(['ok']);
  });

  it('names each refused customer of a batch send, falling back to the id of one not on the page', () => {
    const picked = [{ ...row, id: 'c1', name: '私有甲' }];
    expect(
      refusalRows(
        [
          { customerId: 'c1', code: 'customer_has_no_account' },
          { customerId: 'c9', code: 'coupon_claim_limit' },
        ],
        picked,
      ),
    ).toEqual([
      { customerId: 'c1', label: '私有甲', code: 'customer_has_no_account' },
      { customerId: 'c9', label: 'c9', code: 'coupon_claim_limit' },
    ]);
  });
});

describe('customer list state', () => {
  it('reads the 私有客户 tab from the URL and keeps 平台客户, the default, out of it', () => {
    const priv = customerListStateFrom(new URLSearchParams('kind=private&q=%20星河%20&page=2'));
    expect(kindOf(priv)).toBe('private');
    expect(customerListParams(priv).toString()).toBe('kind=private&q=%E6%98%9F%E6%B2%B3&page=2');
    const plat = customerListStateFrom(new URLSearchParams('kind=platform'));
    expect(kindOf(plat)).toBe('platform');
    expect(customerListParams(plat).toString()).toBe('');
  });

  it('drops an unknown tab and an oversize search instead of sending the server a 400', () => {
    const state = customerListStateFrom(new URLSearchParams(`kind=vip&q=${'x'.repeat(80)}`));
    expect(kindOf(state)).toBe('platform');
    expect(state.filters.q).toHaveLength(60);
  });

  it('always sends the tab, so the server never guesses it', () => {
    const state = customerListStateFrom(new URLSearchParams('tagId=t1'));
    expect(customerListQueryOf(state)).toEqual({ kind: 'platform', q: undefined, tagId: 't1', page: 1, pageSize: 20 });
  });
});
