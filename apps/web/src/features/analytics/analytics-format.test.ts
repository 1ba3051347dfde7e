import { describe, expect, it } from 'vitest';
import { beijingToday, bucketLabel, chartValue, formatChange, formatFigure, formatRate } from './analytics-format';

describe('analytics figures', () => {
  it('shows rates as percent with two decimals and a missing rate as a dash', () => {
    expect(formatRate(0.1234)).toBe('12.34%');
    expect(formatRate(1)).toBe('100.00%');
    expect(formatRate(0)).toBe('0.00%');
    expect(formatRate(null)).toBe('—');
  });

  it('formats each kind of figure', () => {
    expect(formatFigure('count', 12345)).toBe('12,345');
    expect(formatFigure('fen', 123456)).toBe('¥1,234.56');
    expect(formatFigure('rate', 0.5)).toBe('50.00%');
    expect(formatFigure('ratio', 1.5)).toBe('1.50');
    expect(formatFigure('seconds', 12.345)).toBe('12.3');
    expect(formatFigure('fen', null)).toBe('—');
  });
});

describe('period-over-period change', () => {
  it('signs a rise and a fall and rounds to two decimals', () => {
    expect(formatChange(0.12345)).toEqual({ text: '+12.35%', direction: 'up', good: true });
    expect(formatChange(-0.5)).toEqual({ text: '-50.00%', direction: 'down', good: false });
    expect(formatChange(2)).toEqual({ text: '+200.00%', direction: 'up', good: true });
  });

  it('treats a change that rounds to zero as flat', () => {
    expect(formatChange(0.00004)).toEqual({ text: '0.00%', direction: 'flat', good: null });
    expect(formatChange(0)).toEqual({ text: '0.00%', direction: 'flat', good: null });
  });

  it('shows a dash when the previous period had nothing to compare with', () => {
    expect(formatChange(null)).toEqual({ text: '—', direction: null, good: null });
  });

  it('counts a falling figure as good news where lower is better (bounce rate, refunds)', () => {
    expect(formatChange(-0.1, true).good).toBe(true);
    expect(formatChange(0.1, true).good).toBe(false);
  });
});

describe('charts and dates', () => {
  it('draws money in yuan and rates in percent', () => {
    expect(chartValue('fen', 12345)).toBe(123.45);
    expect(chartValue('rate', 0.12345)).toBe(12.35);
    expect(chartValue('count', 7)).toBe(7);
    expect(chartValue('rate', null)).toBeNull();
  });

  it('takes today from the Beijing calendar', () => {
    expect(beijingToday(Date.parse('2026-12-05T15:59:59Z'))).toBe('2026-12-05');
    expect(beijingToday(Date.parse('2026-12-05T16:00:00Z'))).toBe('2026-12-06');
  });

  it('labels day and hour buckets', () => {
    expect(bucketLabel('2026-12-05')).toBe('12-05');
    expect(bucketLabel('09')).toBe('09:00');
  });
});
