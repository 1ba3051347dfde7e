/** The only source of time in the domain. Tests and CLOCK=manual drive it by hand. */
export interface Clock {
  now(): Date;
  readonly kind: 'system' | 'manual';
}

export const systemClock: Clock = { kind: 'system', now: () => new Date() };

export class ManualClock implements Clock {
  readonly kind = 'manual' as const;
  private current: number;
  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date): void {
    this.current = to.getTime();
  }
  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
