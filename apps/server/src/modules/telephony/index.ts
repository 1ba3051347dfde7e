import type { ModuleDef } from '../../platform/module.js';

export { calls } from './telephony.tables.js';

/** 双呼: masked double calls through a telephony driver; records of each call. */
export const telephonyModule: ModuleDef = {
  name: 'telephony',
};
