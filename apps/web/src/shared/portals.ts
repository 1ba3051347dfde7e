import type { Me, UserKind } from '@cloudmart/contracts';

export type PortalKey = 'seller' | 'buyer' | 'operator' | 'delivery';

export interface Portal {
  key: PortalKey;
  base: string;
  /** account kinds that may enter */
  kinds: readonly UserKind[];
}

export const portals: Record<PortalKey, Portal> = {
  seller: { key: 'seller', base: '/seller', kinds: ['seller'] },
  buyer: { key: 'buyer', base: '/buyer', kinds: ['buyer'] },
  operator: { key: 'operator', base: '/operator', kinds: ['operator'] },
  // vendors and providers are sellers; delivery roles come with the delivery module
  delivery: { key: 'delivery', base: '/delivery', kinds: ['seller'] },
};

export const portalList: readonly Portal[] = Object.values(portals);

const homePortal: Record<UserKind, PortalKey> = { seller: 'seller', buyer: 'buyer', operator: 'operator' };

export function homePortalOf(me: Pick<Me, 'kind'>): Portal {
  return portals[homePortal[me.kind]];
}

/** The public storefront: browsing needs no log-in; its checkout pages guard themselves. */
export const STORE_BASE = '/store';

function isUnder(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}/`) || path.startsWith(`${base}?`);
}

/**
 * Where a user's work is (issue 11 item 8: "designers and PMs land in the delivery center"):
 * a seller sub-account with a delivery profile lands in the delivery center, every other
 * account on its portal's home page.
 */
export function homePathOf(me: Pick<Me, 'kind' | 'isMain'>, deliveryEmployee: boolean): string {
  if (me.kind === 'seller' && !me.isMain && deliveryEmployee) return portals.delivery.base;
  return homePortalOf(me).base;
}

/**
 * Where to land after log-in: the `redirect` target when it belongs to the user's portal (or,
 * for sellers, the delivery center) or the storefront; else `/`, whose redirect knows whether
 * a seller account is a delivery employee (HomeRedirect).
 */
export function landingPath(me: Pick<Me, 'kind'>, redirect: string | null): string {
  const home = homePortalOf(me).base;
  if (redirect && redirect.startsWith('/') && !redirect.startsWith('//')) {
    if (isUnder(redirect, home) || isUnder(redirect, STORE_BASE)) return redirect;
    if (me.kind === 'seller' && isUnder(redirect, portals.delivery.base)) return redirect;
  }
  return me.kind === 'seller' ? '/' : home;
}

/** The log-in page, coming back here afterwards. */
export function loginPathFor(location: { pathname: string; search: string }): string {
  const here = `${location.pathname}${location.search}`;
  return here === '/' ? '/login' : `/login?redirect=${encodeURIComponent(here)}`;
}
