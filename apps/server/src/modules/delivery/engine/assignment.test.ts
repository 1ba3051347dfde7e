import { describe, expect, it } from 'vitest';
import { pickProvider } from './provider-assignment.js';
import { seeded } from '../../../test/kits/delivery/delivery-test-kit.js';

// the provider choice alone (the employee choice is decided in SQL: employee-assignment.test.ts)
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
