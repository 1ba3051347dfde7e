import { describe, expect, it } from 'vitest';
import { pickEmployee, pickWithRule } from './employee-assignment.js';
import { pickProvider } from './provider-assignment.js';
import { seeded } from './delivery-test-kit.js';

// the choice rules alone (the database side is in assignment-flow.test.ts)
describe('choosing an employee', () => {
  const c = (userId: string, load: number, maxOpen: number, departmentId: string | null = null) => ({ userId, load, maxOpen, departmentId });

  it('picks the lowest open/max ratio: 1 of 5 beats 2 of 4', () => {
    for (let s = 0; s < 50; s++) expect(pickEmployee([c('b', 2, 4), c('a', 1, 5)], seeded(s))).toBe('a');
  });

  it('breaks equal ratios at random, so each tied employee is chosen over many runs', () => {
    const rnd = seeded(7);
    const seen = new Map<string, number>();
    for (let i = 0; i < 400; i++) {
      const who = pickEmployee([c('a', 1, 5), c('b', 2, 10), c('x', 3, 5)], rnd) ?? '';
      seen.set(who, (seen.get(who) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(['a', 'b']);
    expect(seen.get('a')).toBeGreaterThan(120);
    expect(seen.get('b')).toBeGreaterThan(120);
  });

  it('skips the full and the zero-capacity, and answers null when all are full', () => {
    expect(pickEmployee([c('a', 5, 5), c('z', 0, 0), c('b', 3, 4)], seeded(1))).toBe('b');
    expect(pickEmployee([c('a', 5, 5), c('z', 0, 0)], seeded(1))).toBeNull();
    expect(pickEmployee([], seeded(1))).toBeNull();
  });

  it('department-first prefers the claiming department even at a higher ratio, then falls back provider-wide', () => {
    const people = [c('in', 3, 4, 'd1'), c('out', 0, 4, 'd2')];
    expect(pickWithRule(people, 'd1', seeded(3))).toBe('in');
    expect(pickWithRule([c('in', 4, 4, 'd1'), c('out', 0, 4, 'd2')], 'd1', seeded(3))).toBe('out');
    expect(pickWithRule(people, null, seeded(3))).toBe('out');
  });
});

describe('choosing a provider', () => {
  const p = (providerSellerId: string, weight: number, maxOpen: number | null, open: number) => ({ providerSellerId, weight, maxOpen, open });

  it('picks by weight among providers with spare capacity', () => {
    const rnd = seeded(11);
    let heavy = 0;
    for (let i = 0; i < 4000; i++) if (pickProvider([p('heavy', 3, 10, 0), p('light', 1, 10, 0), p('full', 50, 2, 2)], rnd) === 'heavy') heavy++;
    expect(heavy / 4000).toBeGreaterThan(0.7);
    expect(heavy / 4000).toBeLessThan(0.8);
  });

  it('answers null when every provider is full (the project queues), and treats no limit as room', () => {
    expect(pickProvider([p('a', 1, 1, 1), p('b', 5, 0, 0)], seeded(2))).toBeNull();
    expect(pickProvider([p('self', 1, null, 999)], seeded(2))).toBe('self');
  });
});
