import type { App, Deps } from '../../platform/module.js';

/** Demands, 商机广场, 商机管理, notes, calls, the operator thread and the routing console. */
export function leadsRoutes(_app: App, _deps: Deps): void {}
