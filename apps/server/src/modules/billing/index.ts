import type { ModuleDef } from '../../platform/module.js';

export const billingModule: ModuleDef = { name: 'billing' };
