import { describe, expect, it } from 'vitest';
import { csrfTokenFor, safeEqual, sha256 } from './tokens.js';

describe('session tokens', () => {
  it('hashes a token to the digest stored for existing sessions (SHA-256, base64url)', () => {
    // sessions.token_hash rows written before must still be found: pinned, not recomputed
    expect(sha256('tok_example-session-token')).toBe('RSnhTCkH6LkQh8gJg33w90qvUIPOlb0Kzs2Vu_zb67k');
    expect(sha256('')).toBe('47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU');
  });

  it('binds the CSRF token to the session and compares in constant time', () => {
    const a = csrfTokenFor('session-a', 'secret');
    expect(csrfTokenFor('session-a', 'secret')).toBe(a);
    expect(csrfTokenFor('session-b', 'secret')).not.toBe(a);
    expect(safeEqual(a, csrfTokenFor('session-a', 'secret'))).toBe(true);
    expect(safeEqual(a, `${a}x`)).toBe(false);
  });
});
