import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/errors';
import { domainErrorsEnUS } from './domain-errors.en-US';
import { domainErrorsZhCN } from './domain-errors.zh-CN';
import { i18n } from './index';
import { zhCN } from './zh-CN';

const keyOnly = ((key: string) => key) as unknown as TFunction;
const problem = (code: string) => new ApiError(409, { type: `https://cloudmart.dev/problems/${code}`, title: code, status: 409, code });

beforeAll(async () => {
  // errorMessage asks the loaded catalogue which codes it words
  await i18n.init({ resources: { 'zh-CN': { translation: zhCN } }, lng: 'zh-CN' });
});

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
