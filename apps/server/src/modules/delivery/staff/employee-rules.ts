import type { EmployeeWorkStatus } from '@cloudmart/contracts';

/*
 * Whether an employee may be given new work (DOMAIN 5, guide 5.4.3–5.4.4). Pure: the engine's
 * assign-order step and the staff pages use the same answers.
 */

export interface LeavePeriod {
  startsAt: Date;
  endsAt: Date;
}

export interface EmployeeCapacity {
  accepting: boolean;
  maxOpen: number;
}

/** The leave covering `now` (half-open: [startsAt, endsAt)), or null. */
export function currentLeave<L extends LeavePeriod>(leaves: readonly L[], now: Date): L | null {
  const t = now.getTime();
  return leaves.find((l) => l.startsAt.getTime() <= t && t < l.endsAt.getTime()) ?? null;
}

export function isOnLeave(leaves: readonly LeavePeriod[], now: Date): boolean {
  return currentLeave(leaves, now) !== null;
}

/**
 * May be auto-assigned now: accepting, not on leave, max open > 0. Spare capacity (load below
 * max) is a separate question, answered with the live load by the assigner.
 */
export function isAvailable(employee: EmployeeCapacity, leaves: readonly LeavePeriod[], now: Date): boolean {
  return employee.accepting && employee.maxOpen > 0 && !isOnLeave(leaves, now);
}

/** open/max as the assign rule compares it; a max of 0 is "full" (Infinity), never a division by zero. */
export function ratio(load: number, maxOpen: number): number {
  return maxOpen > 0 ? load / maxOpen : Number.POSITIVE_INFINITY;
}

/** 接单状态 shown in the capacity table: leave wins over a manual pause. */
export function workStatus(accepting: boolean, onLeave: boolean): EmployeeWorkStatus {
  if (onLeave) return 'on_leave';
  return accepting ? 'accepting' : 'paused';
}

/** Two half-open periods overlap when each starts before the other ends. */
export function overlaps(a: LeavePeriod, b: LeavePeriod): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}
