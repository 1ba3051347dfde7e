import { refundStatuses } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { assertRefundMove, canMoveRefund, initialRefundStatus, openRefundStatuses } from './refund-status.js';

const allowed = new Set(['reviewing>refunded', 'reviewing>rejected', 'operator_review>refunded', 'operator_review>rejected']);

describe('refund lifecycle', () => {
  for (const from of refundStatuses) {
    for (const to of refundStatuses) {
      const ok = allowed.has(`${from}>${to}`);
      it(`${ok ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(canMoveRefund(from, to)).toBe(ok);
        if (ok) expect(() => assertRefundMove(from, to)).not.toThrow();
        else expect(() => assertRefundMove(from, to)).toThrow(DomainError);
      });
    }
  }

  it('starts a buyer request in the seller review and a seller refund in the operator review', () => {
    expect(initialRefundStatus).toEqual({ buyer: 'reviewing', seller: 'operator_review' });
  });

  it('counts only the undecided statuses as open (the unique open-refund index uses the same two)', () => {
    expect(openRefundStatuses).toEqual(['reviewing', 'operator_review']);
  });
});
