/** A waiting time split for display: whole days, hours and minutes (under a minute is 0 minutes). */
export interface WaitedParts {
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE = 60_000;

export function waitedParts(ms: number): WaitedParts {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

/** Which phrase to use: the two largest units that matter ("2 天 3 小时", "3 小时 5 分钟", "5 分钟"). */
export function waitedKey(p: WaitedParts): 'daysHours' | 'hoursMinutes' | 'minutes' {
  if (p.days > 0) return 'daysHours';
  if (p.hours > 0) return 'hoursMinutes';
  return 'minutes';
}
