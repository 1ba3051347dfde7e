import { describe, expect, it } from 'vitest';
import { newId, orderedId } from './ids.js';

describe('ids', () => {
  it('sorts newId by time', () => {
    expect(newId('x', new Date(1_000)) < newId('x', new Date(2_000))).toBe(true);
  });

  it('draws a fresh random part for every id, across refills of the random pool', () => {
    const at = new Date('2026-11-29T10:00:00Z');
    // 409 ids use up one 4 KB pool: 2,000 cross four refills
    const ids = Array.from({ length: 2000 }, () => newId('ord', at));
    expect(new Set(ids).size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^ord_[0-9a-hjkmnp-tv-z]{20}$/);
    // the random parts are spread over the alphabet, not stuck on a refilled-with-zeros pool
    const firstRandom = new Set(ids.map((id) => id[14]));
    expect(firstRandom.size).toBe(32);
  });

  it('keeps creation order within one millisecond with orderedId, and time order across milliseconds', () => {
    const at = new Date('2026-11-29T10:00:00Z');
    const ids = Array.from({ length: 1000 }, () => orderedId('evt', at));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
    expect(orderedId('evt', new Date(at.getTime() + 1)) > ids.at(-1)!).toBe(true);
    expect(orderedId('evt', at)).toMatch(/^evt_[0-9a-z]{26}$/);
  });
});
