import { priceFlagStatuses } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { assertPriceFlagMove, canMovePriceFlag, flagOf } from './price-change-flag-status.js';

const allowed = new Set(['pending>cleared', 'pending>confirmed']);

describe('price flag lifecycle', () => {
  for (const from of priceFlagStatuses) {
    for (const to of priceFlagStatuses) {
      const ok = allowed.has(`${from}>${to}`);
      it(`${ok ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(canMovePriceFlag(from, to)).toBe(ok);
        if (ok) expect(() => assertPriceFlagMove(from, to)).not.toThrow();
        else expect(() => assertPriceFlagMove(from, to)).toThrow(DomainError);
      });
    }
  }

  it('flags only a change to zero', () => {
    expect(flagOf(0)).toEqual({ flagged: true, flagStatus: 'pending' });
    expect(flagOf(1)).toEqual({ flagged: false, flagStatus: 'none' });
  });
});
