import { describe, expect, it } from 'vitest';
import { fileNameOf, toSearch } from './client';

describe('download file names', () => {
  it('prefers the exact UTF-8 name over the ASCII fallback', () => {
    expect(fileNameOf(`attachment; filename="a.csv"; filename*=UTF-8''%E8%AE%A2%E5%8D%95.csv`, 'x.csv')).toBe('订单.csv');
  });

  it('reads a plain quoted name', () => {
    expect(fileNameOf('attachment; filename="orders-2026-12-04.csv"', 'orders.csv')).toBe('orders-2026-12-04.csv');
  });

  it('falls back when the server names no file', () => {
    expect(fileNameOf(null, 'orders.csv')).toBe('orders.csv');
  });
});

describe('query strings', () => {
  it('leaves out empty filters', () => {
    expect(toSearch({ a: 1, b: '', c: undefined, d: null, e: false })).toBe('?a=1&e=false');
  });
});
