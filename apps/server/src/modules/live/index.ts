import { registerFileAccess } from '../../platform/files/index.js';
import type { ModuleDef } from '../../platform/module.js';
import { approvedLiveMediaAccess } from './live-public.service.js';
import { liveModuleRoutes } from './live.routes.js';

// for catalog: a product's 商品直播ID must be one of the seller's approved lives
export { assertApprovedLive } from './lives.service.js';
export { livePermissions, lives } from './live.tables.js';

/** 直播 (guide 2.11–2.12): live permission, lives and their review, OBS keys, the public live page. */
export const liveModule: ModuleDef = {
  name: 'live',
  routes: async (app, deps) => {
    // an approved live's cover and recording are on its public page
    registerFileAccess('live.approved_live_media', approvedLiveMediaAccess);
    await liveModuleRoutes(app, deps);
  },
};
