import { describe, expect, it } from 'vitest';
import { currentLeave, isAvailable, isOnLeave, overlaps, ratio, workStatus } from './employee-rules.js';

const at = (iso: string) => new Date(iso);
const leave = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });
const june10 = leave('2026-06-10T04:00:00Z', '2026-06-10T16:00:00Z');

describe('employee availability', () => {
  it('is on leave from the start up to, but not at, the end', () => {
    expect(isOnLeave([june10], at('2026-06-10T03:59:59Z'))).toBe(false);
    expect(isOnLeave([june10], at('2026-06-10T04:00:00Z'))).toBe(true);
    expect(isOnLeave([june10], at('2026-06-10T15:59:59Z'))).toBe(true);
    expect(isOnLeave([june10], at('2026-06-10T16:00:00Z'))).toBe(false);
    expect(currentLeave([june10], at('2026-06-10T05:00:00Z'))).toBe(june10);
  });

  it('is available only when accepting, with a max above zero and not on leave', () => {
    const now = at('2026-06-10T05:00:00Z');
    expect(isAvailable({ accepting: true, maxOpen: 5 }, [], now)).toBe(true);
    expect(isAvailable({ accepting: false, maxOpen: 5 }, [], now)).toBe(false);
    expect(isAvailable({ accepting: true, maxOpen: 0 }, [], now)).toBe(false);
    expect(isAvailable({ accepting: true, maxOpen: 5 }, [june10], now)).toBe(false);
    expect(isAvailable({ accepting: true, maxOpen: 5 }, [june10], at('2026-06-11T05:00:00Z'))).toBe(true);
  });

  it('compares load by open/max and treats a max of 0 as full', () => {
    expect(ratio(1, 5)).toBe(0.2);
    expect(ratio(0, 3)).toBe(0);
    expect(ratio(0, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('shows leave before a manual pause in the work status', () => {
    expect(workStatus(true, false)).toBe('accepting');
    expect(workStatus(false, false)).toBe('paused');
    expect(workStatus(false, true)).toBe('on_leave');
    expect(workStatus(true, true)).toBe('on_leave');
  });

  it('finds overlapping leave periods but lets back-to-back ones touch', () => {
    expect(overlaps(june10, leave('2026-06-10T15:00:00Z', '2026-06-11T00:00:00Z'))).toBe(true);
    expect(overlaps(june10, leave('2026-06-09T00:00:00Z', '2026-06-12T00:00:00Z'))).toBe(true);
    expect(overlaps(june10, leave('2026-06-10T16:00:00Z', '2026-06-11T00:00:00Z'))).toBe(false);
    expect(overlaps(june10, leave('2026-06-09T00:00:00Z', '2026-06-10T04:00:00Z'))).toBe(false);
  });
});
