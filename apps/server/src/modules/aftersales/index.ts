import type { ModuleDef } from '../../platform/module.js';

export const aftersalesModule: ModuleDef = { name: 'aftersales' };
