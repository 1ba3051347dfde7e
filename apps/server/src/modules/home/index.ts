import type { ModuleDef } from '../../platform/module.js';
import { homeRoutes } from './home.routes.js';

/** The portals' home pages: a read model over the other modules, through their indexes; owns no tables. */
export const homeModule: ModuleDef = { name: 'home', routes: homeRoutes };
