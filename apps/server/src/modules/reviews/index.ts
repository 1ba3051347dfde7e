import type { ModuleDef } from '../../platform/module.js';

export const reviewsModule: ModuleDef = { name: 'reviews' };
