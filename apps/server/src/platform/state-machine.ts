import { DomainError } from './errors.js';

/** A lifecycle's transition table with the questions every module asks of it. */
export interface StateMachine<S extends string> {
  readonly transitions: Readonly<Record<S, readonly S[]>>;
  /** every status, in the table's order */
  readonly states: readonly S[];
  /** the statuses that can still move (not final) */
  readonly open: readonly S[];
  can(from: S, to: S): boolean;
  /** throws `invalid_state` (409) naming both statuses when the move is not in the table */
  assert(from: S, to: S): void;
  /** the statuses that move to `to`, for conditional updates (`where status in (…)`) */
  into(to: S): S[];
}

/**
 * Wraps a transition table (`from → allowed next statuses`) once, so the nine lifecycles
 * stop repeating the same can/assert/into trio. `refuse` may answer a more specific error for
 * some moves (a delisted product is `product_delisted`); otherwise the move is `invalid_state`.
 */
export function stateMachine<S extends string>(
  subject: string,
  transitions: Readonly<Record<S, readonly S[]>>,
  refuse?: (from: S, to: S) => DomainError | undefined,
): StateMachine<S> {
  const states = Object.keys(transitions) as S[];
  const can = (from: S, to: S): boolean => transitions[from].includes(to);
  return {
    transitions,
    states,
    open: states.filter((s) => transitions[s].length > 0),
    can,
    assert(from, to) {
      if (can(from, to)) return;
      throw refuse?.(from, to) ?? new DomainError('invalid_state', `${subject} cannot go from ${from} to ${to}`, { from, to });
    },
    into: (to) => states.filter((s) => can(s, to)),
  };
}
