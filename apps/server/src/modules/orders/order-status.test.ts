import { orderStatuses } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { assertOrderMove, canMoveOrder } from './order-status.js';

const allowed = new Set(['unpaid>paid', 'unpaid>voided', 'paid>refunded']);

describe('order status transitions', () => {
  for (const from of orderStatuses) {
    for (const to of orderStatuses) {
      const ok = allowed.has(`${from}>${to}`);
      it(`${ok ? 'allows' : 'forbids'} ${from} → ${to}`, () => {
        expect(canMoveOrder(from, to)).toBe(ok);
        if (ok) expect(() => assertOrderMove(from, to)).not.toThrow();
        else expect(() => assertOrderMove(from, to)).toThrow(expect.objectContaining({ code: 'invalid_state' }));
      });
    }
  }
});
