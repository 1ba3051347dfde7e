import type { ModuleDef } from '../../platform/module.js';

export const ledgerModule: ModuleDef = { name: 'ledger' };
