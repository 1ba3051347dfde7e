import type { ModuleDef } from '../../platform/module.js';
import { expiredSessionsSweep } from './accounts.jobs.js';
import { accountsRoutes } from './accounts.routes.js';
import { subAccountsRoutes } from './subaccounts.routes.js';

export { resolveActorFromSession, sessionCache, type SessionCache } from './session.js';
// foreign-key targets (catalog, orders, delivery) and read-only joins; accounts' rows change only here
export { sellers, users } from './accounts.tables.js';
export {
  createSeededSubAccounts,
  createSubAccount,
  deleteSubAccount,
  getOwnSubAccount,
  resetSubAccountPassword,
  updateSubAccount,
} from './subaccounts.service.js';
export { ensureRoleGroup, roleMembers, type PresetRole } from './role-groups.js';
export { hashPassword } from '../../platform/auth/password.js';
export { hasAccounts, seedDemoAccounts, type DemoAccountIds } from './accounts.seed.js';
// the sandbox 实名认证 of the promotions module marks the buyer here (users is accounts' table)
export { markRealNameVerified } from './real-name.js';

export const accountsModule: ModuleDef = {
  name: 'accounts',
  routes: (app, deps) => {
    accountsRoutes(app, deps);
    subAccountsRoutes(app, deps);
  },
  sweeps: () => [expiredSessionsSweep],
};
