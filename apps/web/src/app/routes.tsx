import type { Permission } from '@cloudmart/contracts';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Catalog } from '../shared/i18n';
import type { Audience } from '../shared/access';
import type { PortalKey } from '../shared/portals';

export type MenuLabelKey = keyof Catalog['menu'];

export interface MenuGroup {
  key: string;
  labelKey: MenuLabelKey;
  icon: ReactNode;
}

interface RouteBase {
  /** absolute path, e.g. /seller/orders/:id */
  path: string;
  portal: PortalKey;
  /** the permission node the page needs: hides its menu item and guards a direct visit */
  permission?: Permission;
  /** who else the page is for (delivery center, delivery employees): hides its menu item and guards a direct visit */
  audience?: Audience;
  /** shown in the portal's left menu when present */
  menu?: { labelKey: MenuLabelKey; icon: ReactNode; group?: MenuGroup };
  /** for pages without a menu item: which menu item to highlight */
  menuParent?: string;
}
export type AppRoute = RouteBase & ({ page: LazyExoticComponent<ComponentType> } | { redirectTo: string });

/*
 * Where pages live (features/<context>/ follows the server's modules):
 * - features/<context>/ holds a context's seller-console pages, its query hooks and its parts;
 *   accounts, catalog, orders (with instances), billing, ledger, aftersales, reviews, delivery,
 *   notifications, and downloads (the server's platform/downloads).
 * - the same context's pages for another audience sit in features/<context>/buyer/ or
 *   features/<context>/operator/ (the portal they appear in); delivery, the largest context,
 *   is split by room (projects, templates, queue, workbench, staff) as on the server, with
 *   each room's buyer and operator pages beside the seller's.
 * - features/store/ is the public storefront; app/ is the shell (layouts, this table, the home
 *   pages); shared/ is what every context uses (API client, i18n, ui kit, charts, money).
 * - app/ may import features and shared; features never import app/ (src/app/layering.test.ts).
 */

/**
 * The route table drives the router, every portal's left menu and access checks. Each console's
 * part sits in its own file (seller-routes.tsx, buyer-routes.tsx, operator-routes.tsx,
 * delivery-routes.tsx), loaded with that console only: a console's chunk holds its own pages'
 * loaders and menu icons, not the others'. Only features that exist are listed; a menu item
 * appears only with its permission.
 */

/** The route table entry whose (absolute) path pattern matches, e.g. for /seller/orders/42. */
export function matchRoute(routes: readonly AppRoute[], pathname: string): AppRoute | undefined {
  return routes.find((r) => {
    const pattern = new RegExp(`^${r.path.replace(/:[^/]+/g, '[^/]+')}/?$`);
    return pattern.test(pathname);
  });
}
