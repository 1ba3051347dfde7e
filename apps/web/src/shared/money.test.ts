import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen, yuanToFen } from './money';

describe('money display', () => {
  it('shows fen as yuan with two decimals and thousands separators', () => {
    expect(formatFen(123450)).toBe('¥1,234.50');
    expect(formatFen(0)).toBe('¥0.00');
  });

  it('puts the minus sign before the currency for refunds', () => {
    expect(formatFen(-1200)).toBe('-¥12.00');
  });

  it('round-trips an input in yuan to whole fen', () => {
    expect(yuanToFen(19.99)).toBe(1999);
    expect(yuanToFen(fenToYuan(1))).toBe(1);
  });
});
