import type { App, Deps } from '../../platform/module.js';

/** 方案 and 报价单: the seller sends them, the buyer pays one in one click. */
export function proposalsRoutes(_app: App, _deps: Deps): void {}
