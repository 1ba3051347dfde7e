import { and, eq, inArray } from 'drizzle-orm';
import type { Deps } from '../../platform/module.js';
import type { Sweep } from '../../platform/scheduler.js';
import { eachItem } from '../../platform/sweep-items.js';
import { applyCallEvent, liveCallStatuses } from './calls.service.js';
import { simulatedOf } from './drivers.js';
import { calls } from './telephony.tables.js';

/**
 * The simulated provider's side of the wire: every few seconds it "sends" the callbacks due by
 * now for its live calls, signed, and they are verified and applied exactly as the webhook
 * route does (parseCallback → applyCallEvent). Only registered for TELEPHONY_DRIVER=simulated.
 */
export function telephonySweeps(deps: Deps): Sweep[] {
  if (deps.config.TELEPHONY_DRIVER !== 'simulated') return [];
  const driver = simulatedOf(deps);
  return [
    {
      name: 'telephony.simulated-callbacks',
      intervalMs: 1000,
      async run(scope) {
        const live = await scope.tx
          .select({ id: calls.id, providerCallId: calls.providerCallId, createdAt: calls.createdAt })
          .from(calls)
          .where(and(eq(calls.driver, driver.name), inArray(calls.status, [...liveCallStatuses])));
        const r = await eachItem(
          scope,
          live,
          (c) => c.id,
          async (tx, c) => {
            let changed = false;
            for (const cb of driver.dueCallbacks(c.providerCallId, c.createdAt, scope.now)) {
              if (await applyCallEvent(tx, driver.name, driver.parseCallback(cb.headers, cb.body))) changed = true;
            }
            return changed;
          },
        );
        return r.done;
      },
    },
  ];
}
