import type { RoutingCandidate } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { canAssign, canClose, orderCandidates, remainingOf, routingParams, routingQueryOf, routingStateFrom } from './routing-format';

describe('商机路由 filters in the URL', () => {
  it('keeps known values and drops the rest', () => {
    const state = routingStateFrom(new URLSearchParams('status=open&source=operator&routing=1&q=网站&page=2'));
    expect(state.filters).toEqual({ status: 'open', source: 'operator', routing: '1', q: '网站' });
    expect(routingQueryOf(state)).toEqual({ status: 'open', source: 'operator', routing: true, q: '网站', page: 2, pageSize: 20 });
    expect(routingStateFrom(new URLSearchParams('status=lost&source=x&routing=yes')).filters).toEqual({});
  });

  it('sends no routing flag when the toggle is off (z.coerce.boolean reads "false" as true)', () => {
    expect(routingQueryOf(routingStateFrom(new URLSearchParams(''))).routing).toBeUndefined();
  });

  it('round-trips through the URL and cuts the search to 60', () => {
    const state = routingStateFrom(new URLSearchParams(`q=${'字'.repeat(80)}&routing=1`));
    expect(state.filters.q).toHaveLength(60);
    expect(routingStateFrom(routingParams(state))).toEqual(state);
  });
});

describe('剩余…小时…分 ("待响应 剩余23小时58分")', () => {
  const due = '2026-12-06T10:00:00+08:00';
  const at = (iso: string) => Date.parse(iso);
  it('counts hours and minutes down to the answer time', () => {
    expect(remainingOf(due, at('2026-12-05T10:02:00+08:00'))).toEqual({ hours: 23, minutes: 58 });
    expect(remainingOf(due, at('2026-12-06T09:59:30+08:00'))).toEqual({ hours: 0, minutes: 0 });
  });
  it('is over at 24 h and after', () => {
    expect(remainingOf(due, at(due))).toBeNull();
    expect(remainingOf(due, at('2026-12-06T11:00:00+08:00'))).toBeNull();
    expect(remainingOf('not a date', 0)).toBeNull();
  });
});

describe('指派 and 关闭需求', () => {
  it('assigns only an open demand and closes one not yet won or closed', () => {
    expect([canAssign('open'), canAssign('taken'), canAssign('won'), canAssign('closed')]).toEqual([true, false, false, false]);
    expect([canClose('open'), canClose('taken'), canClose('won'), canClose('closed')]).toEqual([true, true, false, false]);
  });

  it('lists the sellers that may take it first (fewest misses, least in hand) and those that had it last', () => {
    const c = (sellerId: string, misses: number, following: number, hadIt = false): RoutingCandidate => ({
      sellerId,
      sellerName: sellerId,
      serviceProducts: 1,
      following,
      misses,
      hadIt,
    });
    const list = [c('had', 0, 0, true), c('busy', 0, 5), c('missy', 2, 0), c('free', 0, 1)];
    expect(orderCandidates(list).map((x) => x.sellerId)).toEqual(['free', 'busy', 'missy', 'had']);
    expect(list[0]?.sellerId).toBe('had');
  });
});
