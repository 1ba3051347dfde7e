import { describe, expect, it } from 'vitest';
import { commissionFen, rateProblem } from './distribution-rate';
import { REFERRAL_TTL_MS, referralCodeOf, referralFor, rememberReferral } from './referral-storage';

function memoryStore() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    size: () => m.size,
  };
}

describe('佣金比例 "上限60%，下限20%", "可以按照1%的比例增减调整"', () => {
  it('accepts the whole percents from 20 to 60', () => {
    expect(rateProblem(20)).toBeNull();
    expect(rateProblem(30)).toBeNull();
    expect(rateProblem(60)).toBeNull();
  });
  it('names what is wrong: missing, a fraction, outside the range', () => {
    expect(rateProblem(undefined)).toBe('required');
    expect(rateProblem(null)).toBe('required');
    expect(rateProblem(Number.NaN)).toBe('required');
    expect(rateProblem(30.5)).toBe('integer');
    expect(rateProblem(19)).toBe('range');
    expect(rateProblem(61)).toBe('range');
    expect(rateProblem(0)).toBe('range');
  });
  it('computes a commission half-up to the fen', () => {
    expect(commissionFen(9900, 30)).toBe(2970);
    expect(commissionFen(105, 30)).toBe(32); // 31.5 → 32
  });
});

describe('referral links (?ref=, kept per product for 30 days)', () => {
  const day = 24 * 60 * 60 * 1000;
  const t0 = Date.UTC(2026, 0, 1);

  it('reads a plausible code from the query and ignores anything else', () => {
    expect(referralCodeOf(new URLSearchParams('ref=R8K2M9'))).toBe('R8K2M9');
    expect(referralCodeOf(new URLSearchParams('ref='))).toBeNull();
    expect(referralCodeOf(new URLSearchParams('x=1'))).toBeNull();
    expect(referralCodeOf(new URLSearchParams(`ref=${encodeURIComponent('<script>')}`))).toBeNull();
    expect(referralCodeOf(new URLSearchParams(`ref=${'A'.repeat(41)}`))).toBeNull();
  });

  it('keeps the code per product: another product has none', () => {
    const store = memoryStore();
    rememberReferral('p1', 'CODE1', t0, store);
    expect(referralFor('p1', t0 + day, store)).toBe('CODE1');
    expect(referralFor('p2', t0 + day, store)).toBeNull();
  });

  it('still has the code on day 29 and drops it after 30 days', () => {
    const store = memoryStore();
    rememberReferral('p1', 'CODE1', t0, store);
    expect(referralFor('p1', t0 + 29 * day, store)).toBe('CODE1');
    expect(referralFor('p1', t0 + REFERRAL_TTL_MS, store)).toBeNull();
    expect(store.size()).toBe(0);
  });

  it('a later link replaces the earlier code and restarts the 30 days', () => {
    const store = memoryStore();
    rememberReferral('p1', 'OLD', t0, store);
    rememberReferral('p1', 'NEW', t0 + 20 * day, store);
    expect(referralFor('p1', t0 + 40 * day, store)).toBe('NEW');
  });

  it('treats a broken entry as none and removes it', () => {
    const store = memoryStore();
    store.setItem('cloudmart.referral.p1', '{not json');
    expect(referralFor('p1', t0, store)).toBeNull();
    store.setItem('cloudmart.referral.p1', JSON.stringify({ code: 'ok', at: 'yesterday' }));
    expect(referralFor('p1', t0, store)).toBeNull();
    expect(store.size()).toBe(0);
  });

  it('works without storage (nothing kept, nothing thrown)', () => {
    rememberReferral('p1', 'CODE1', t0, null);
    expect(referralFor('p1', t0, null)).toBeNull();
  });
});
