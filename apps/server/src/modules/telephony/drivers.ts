import type { Deps } from '../../platform/module.js';
import { simulatedDriver, type SimulatedDriver } from './simulated-driver.js';
import type { TelephonyDriver } from './telephony.driver.js';

/** The configured provider (TELEPHONY_DRIVER). A real one is added here behind the same interface. */
export function driverOf(deps: Pick<Deps, 'config'>): TelephonyDriver {
  switch (deps.config.TELEPHONY_DRIVER) {
    case 'simulated':
      return simulatedOf(deps);
  }
}

export function simulatedOf(deps: Pick<Deps, 'config'>): SimulatedDriver {
  return simulatedDriver(deps.config.sessionSecret);
}
