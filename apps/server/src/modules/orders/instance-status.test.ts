import { instanceStatuses } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { assertInstanceAccepts, assertInstanceMove, canMoveInstance, instanceAccepts, instanceActions, liveStatusFor } from './instance-status.js';

const allowed = new Set([
  'opening>opened',
  'opening>closed',
  'opened>expired',
  'opened>closed',
  'in_service>opened',
  'in_service>expired',
  'in_service>closed',
  'expired>opened',
  'expired>in_service',
  'expired>closed',
]);

const accepted = new Set([
  'renew>opened',
  'renew>in_service',
  'renew>expired',
  'upgrade>opened',
  'upgrade>in_service',
  'convert>opened',
  'convert>in_service',
  'convert>expired',
]);

describe('instance status transitions', () => {
  for (const from of instanceStatuses) {
    for (const to of instanceStatuses) {
      const ok = allowed.has(`${from}>${to}`);
      it(`${ok ? 'allows' : 'forbids'} ${from} → ${to}`, () => {
        expect(canMoveInstance(from, to)).toBe(ok);
        if (ok) expect(() => assertInstanceMove(from, to)).not.toThrow();
        else expect(() => assertInstanceMove(from, to)).toThrow(expect.objectContaining({ code: 'invalid_state' }));
      });
    }
  }
});

describe('orders an instance accepts', () => {
  for (const action of instanceActions) {
    for (const status of instanceStatuses) {
      const ok = accepted.has(`${action}>${status}`);
      it(`${ok ? 'accepts' : 'refuses'} ${action} while ${status}`, () => {
        expect(instanceAccepts(action, status)).toBe(ok);
        if (ok) expect(() => assertInstanceAccepts(action, status)).not.toThrow();
        else expect(() => assertInstanceAccepts(action, status)).toThrow(expect.objectContaining({ code: 'instance_action_unavailable' }));
      });
    }
  }

  it('brings service products back in_service and everything else opened', () => {
    expect(liveStatusFor('service')).toBe('in_service');
    for (const t of ['saas', 'api', 'image', 'download']) expect(liveStatusFor(t)).toBe('opened');
  });
});
