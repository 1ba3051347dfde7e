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

/** Where to land after log-in: the `redirect` target when it belongs to the user's portal. */
export function landingPath(me: Pick<Me, 'kind'>, redirect: string | null): string {
  const home = homePortalOf(me).base;
  if (redirect && redirect.startsWith('/') && !redirect.startsWith('//')) {
    if (redirect === home || redirect.startsWith(`${home}/`) || redirect.startsWith(`${home}?`)) return redirect;
  }
  return home;
}
