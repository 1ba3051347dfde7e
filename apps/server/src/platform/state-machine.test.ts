import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { stateMachine } from './state-machine.js';

type Light = 'red' | 'green' | 'amber' | 'off';
const light = stateMachine<Light>('light', { red: ['green'], green: ['amber'], amber: ['red', 'off'], off: [] }, (from) =>
  from === 'off' ? new DomainError('product_read_only', 'an off light stays off') : undefined,
);

describe('stateMachine', () => {
  it('allows exactly the moves in the table', () => {
    const allowed = light.states.flatMap((from) => light.states.filter((to) => light.can(from, to)).map((to) => `${from}>${to}`));
    expect(allowed).toEqual(['red>green', 'green>amber', 'amber>red', 'amber>off']);
  });

  it('refuses a move outside the table with invalid_state naming both statuses', () => {
    expect(() => light.assert('red', 'amber')).toThrow(expect.objectContaining({ code: 'invalid_state', extra: { from: 'red', to: 'amber' } }));
    expect(() => light.assert('amber', 'off')).not.toThrow();
  });

  it('lets a lifecycle answer a more specific error for some moves', () => {
    expect(() => light.assert('off', 'red')).toThrow(expect.objectContaining({ code: 'product_read_only' }));
  });

  it('lists the statuses that move into a status, and the open (non-final) ones', () => {
    expect(light.into('red')).toEqual(['amber']);
    expect(light.open).toEqual(['red', 'green', 'amber']);
  });
});
