import type { App, Deps } from '../../platform/module.js';

// placeholder: filled in by the part of the delivery center this file is named after
export function projectViewRoutes(_app: App, _deps: Deps): void {}
