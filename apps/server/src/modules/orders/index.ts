import type { ModuleDef } from '../../platform/module.js';
import { ordersRoutes } from './orders.routes.js';

export { orders } from './orders.tables.js';

export const ordersModule: ModuleDef = { name: 'orders', routes: ordersRoutes };
