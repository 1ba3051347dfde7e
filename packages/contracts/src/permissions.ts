/**
 * Permission nodes of the seller portal. Each server module declares its own nodes
 * (modules/<context>/<context>.permissions.ts re-exports them from here) and the web app
 * hides menus and buttons with the same strings.
 */
export const accountPermissions = ['account.admin'] as const;
export const orderPermissions = ['orders.view', 'orders.export'] as const;

export const permissionCatalogue = [
  { module: 'orders', keys: orderPermissions },
  { module: 'account', keys: accountPermissions },
] as const;

export type Permission = (typeof accountPermissions)[number] | (typeof orderPermissions)[number];

export const allPermissions: readonly Permission[] = permissionCatalogue.flatMap((m) => [...m.keys]);

export function isPermission(s: string): s is Permission {
  return (allPermissions as readonly string[]).includes(s);
}
