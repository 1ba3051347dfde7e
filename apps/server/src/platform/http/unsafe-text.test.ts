import { describe, expect, it } from 'vitest';
import { findUnsafeText, hasUnsafeText } from './unsafe-text.js';

describe('text PostgreSQL would refuse', () => {
  it('finds a NUL and a lone surrogate, and lets a proper pair (an emoji) and CJK through', () => {
    expect(hasUnsafeText('a\u0000b')).toBe(true);
    expect(hasUnsafeText('a\ud800')).toBe(true);
    expect(hasUnsafeText('\udc00b')).toBe(true);
    expect(hasUnsafeText('云市场 😀 ok')).toBe(false);
  });
  it('names the field, through arrays and keys', () => {
    expect(findUnsafeText({ loginName: 'a\u0000b' }, 'body')).toBe('body.loginName');
    expect(findUnsafeText({ quotes: [{ name: 'x' }, { name: '\ud83d' }] }, 'body')).toBe('body.quotes.1.name');
    expect(findUnsafeText({ ['k\u0000']: 1 }, 'query')).toBe('query.k?');
    expect(findUnsafeText({ ok: ['fine', 1, null, true] }, 'body')).toBeNull();
  });
  it('leaves non-plain objects alone (a multipart stream is not text)', () => {
    expect(findUnsafeText(Buffer.from([0]), 'body')).toBeNull();
  });
});
