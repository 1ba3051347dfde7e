import type { ModuleDef } from '../../platform/module.js';
import { customersRoutes } from './customers.routes.js';
import { customerHandlers } from './platform-customers.js';

export { customers, customerTags, customerTagLinks } from './customers.tables.js';
export { customerPermissions } from './customers.permissions.js';

/**
 * 客户中心 (guide 2.8): platform customers added from paid orders and taken or won leads, private
 * customers added by hand and linked to an account, tags, coupons and 双呼 to a customer.
 */
export const customersModule: ModuleDef = {
  name: 'customers',
  routes: customersRoutes,
  handlers: customerHandlers,
};
