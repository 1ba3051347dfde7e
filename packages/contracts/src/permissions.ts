/**
 * Permission nodes of the seller portal. Each server module declares its own nodes
 * (modules/<context>/<context>.permissions.ts re-exports them from here) and the web app
 * hides menus and buttons with the same strings.
 */
export const accountPermissions = ['account.admin'] as const;
export const productPermissions = ['products.view', 'products.manage'] as const;
export const orderPermissions = ['orders.view', 'orders.export', 'instances.view', 'instances.manage', 'bills.view'] as const;
export const aftersalesPermissions = ['refunds.view', 'refunds.manage', 'invoices.manage', 'prices.change'] as const;
export const reviewPermissions = ['reviews.view', 'reviews.reply'] as const;
export const financePermissions = ['finance.view'] as const;
/** delivery center: vendor templates and providers, provider staff, projects */
export const deliveryPermissions = [
  'delivery.templates',
  'delivery.providers',
  'delivery.staff',
  'delivery.projects.view',
  'delivery.projects.manage',
] as const;

export const permissionCatalogue = [
  { module: 'products', keys: productPermissions },
  { module: 'orders', keys: orderPermissions },
  { module: 'aftersales', keys: aftersalesPermissions },
  { module: 'reviews', keys: reviewPermissions },
  { module: 'finance', keys: financePermissions },
  { module: 'delivery', keys: deliveryPermissions },
  { module: 'account', keys: accountPermissions },
] as const;

export type Permission = (typeof permissionCatalogue)[number]['keys'][number];

export const allPermissions: readonly Permission[] = permissionCatalogue.flatMap((m) => [...m.keys]);

export function isPermission(s: string): s is Permission {
  return (allPermissions as readonly string[]).includes(s);
}
