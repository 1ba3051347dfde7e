import { describe, expect, it } from 'vitest';
import { formatDateTime, formatSize } from './format';

describe('formatDateTime', () => {
  it('shows Beijing wall time whatever the viewer’s zone: 16:30 UTC is 00:30 the next day in Beijing', () => {
    expect(formatDateTime('2026-12-05T16:30:00.000Z')).toBe('2026-12-06 00:30:00');
    expect(formatDateTime('2026-12-06T00:30:00+08:00')).toBe('2026-12-06 00:30:00');
  });
  it('answers the placeholder for nothing or garbage', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime(undefined, '-')).toBe('-');
    expect(formatDateTime('not a time')).toBe('—');
  });
});

describe('formatSize', () => {
  it('uses B, KB and MB', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(2 * 1024 * 1024)).toBe('2.0 MB');
  });
});
