import { invoiceStatuses } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { assertInvoiceMove, assertPostage, canMoveInvoice, postageAllowed } from './invoice-status.js';

const allowed = new Set(['applied>issued', 'applied>rejected']);

describe('invoice lifecycle', () => {
  for (const from of invoiceStatuses) {
    for (const to of invoiceStatuses) {
      const ok = allowed.has(`${from}>${to}`);
      it(`${ok ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(canMoveInvoice(from, to)).toBe(ok);
        if (ok) expect(() => assertInvoiceMove(from, to)).not.toThrow();
        else expect(() => assertInvoiceMove(from, to)).toThrow(DomainError);
      });
    }
  }
});

describe('invoice postage', () => {
  it('lets an invoice up to ¥200 go cash on delivery or prepaid', () => {
    expect(postageAllowed(20_000, 'cash_on_delivery')).toBe(true);
    expect(postageAllowed(20_000, 'prepaid')).toBe(true);
  });

  it('makes the seller pay the postage for an invoice over ¥200', () => {
    expect(postageAllowed(20_001, 'cash_on_delivery')).toBe(false);
    expect(postageAllowed(20_001, 'prepaid')).toBe(true);
    expect(() => assertPostage(20_001, 'cash_on_delivery')).toThrow(expect.objectContaining({ code: 'postage_must_be_prepaid' }));
  });
});
