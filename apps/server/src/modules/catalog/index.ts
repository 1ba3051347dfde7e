import type { ModuleDef } from '../../platform/module.js';

export const catalogModule: ModuleDef = { name: 'catalog' };
