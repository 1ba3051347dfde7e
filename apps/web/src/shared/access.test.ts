import { describe, expect, it } from 'vitest';
import { isFor } from './access';

const main = { kind: 'seller' as const, isMain: true, permissions: [] };
const admin = { kind: 'seller' as const, isMain: false, permissions: ['account.admin' as const] };
const operator = { kind: 'operator' as const, isMain: false, permissions: [] };

describe('isFor mainAccount (操作日志)', () => {
  it('is the main seller account only: the sub-account administrator and operators do not get the seller entry', () => {
    expect(isFor(main, 'mainAccount', false)).toBe(true);
    expect(isFor(admin, 'mainAccount', false)).toBe(false);
    expect(isFor(operator, 'mainAccount', false)).toBe(false);
  });
});
