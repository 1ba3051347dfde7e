import type { ModuleDef } from '../../platform/module.js';

export const provisioningModule: ModuleDef = { name: 'provisioning' };
