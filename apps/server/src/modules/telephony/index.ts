import type { ModuleDef } from '../../platform/module.js';
import { telephonySweeps } from './telephony.jobs.js';
import { telephonyRoutes } from './telephony.routes.js';

export { calls } from './telephony.tables.js';
export type { PlaceCallInput, Call } from './telephony.port.js';
export { placeCall, callsOf, latestCallIdBy, callBelongsTo } from './calls.service.js';
export { maskPhone } from './phone-mask.js';
export { SIMULATED_NUMBERS } from './simulated-driver.js';

/** 双呼: masked double calls through a telephony driver; records of each call. */
export const telephonyModule: ModuleDef = {
  name: 'telephony',
  routes: telephonyRoutes,
  sweeps: telephonySweeps,
};
