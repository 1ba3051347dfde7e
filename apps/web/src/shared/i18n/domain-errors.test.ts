import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/errors';
import { domainErrorsEnUS, domainErrorsZhCN } from './domain-errors.i18n';

const keyOnly = ((key: string) => key) as unknown as TFunction;
const problem = (code: string) => new ApiError(409, { type: `https://cloudmart.dev/problems/${code}`, title: code, status: 409, code });

describe('the specific codes that replaced invalid_state (issue 11 item 6)', () => {
  it('have a non-empty message in both languages', () => {
    expect(Object.keys(domainErrorsEnUS).sort()).toEqual(Object.keys(domainErrorsZhCN).sort());
    for (const m of [...Object.values(domainErrorsZhCN), ...Object.values(domainErrorsEnUS)]) expect(m.trim()).not.toBe('');
  });

  it('are shown by their own message, not the generic one', () => {
    expect(errorMessage(keyOnly, problem('bill_already_paid'))).toBe('domainErrors.bill_already_paid');
    expect(errorMessage(keyOnly, problem('refund_already_decided'))).toBe('domainErrors.refund_already_decided');
    expect(errorMessage(keyOnly, problem('invalid_state'))).toBe('errors.invalid_state');
  });
});
