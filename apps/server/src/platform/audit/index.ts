import type { ModuleDef } from '../module.js';
import { auditRoutes } from './audit.routes.js';

export { auditEntries } from './audit.tables.js';
export { registerAuditTrail } from './audit-trail.js';
export { auditedRoutes } from './audited-routes.js';

/** 操作日志: sensitive actions recorded as they succeed (audit-trail.ts), read by main accounts and operators. */
export const auditModule: ModuleDef = {
  name: 'audit',
  routes: auditRoutes,
};
