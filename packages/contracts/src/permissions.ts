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
/** 营销: 商品优惠设置 and 优惠券设置 (guide 2.9, 2.10) */
export const promotionPermissions = ['promotions.view', 'promotions.manage'] as const;
/** 商机: view the pool, leads and proposals; work them (grab, accept, call, note, propose, terminate) */
export const leadPermissions = ['leads.view', 'leads.manage'] as const;
/** 分销: 分销设置 on products and the distribution orders' commissions */
export const distributionPermissions = ['distribution.view', 'distribution.manage'] as const;
/** 直播: view the live permission and lives; apply, create, edit, rotate the stream key */
export const livePermissions = ['live.view', 'live.manage'] as const;
/** 客户中心: view customers; edit, tag, call and send coupons */
export const customerPermissions = ['customers.view', 'customers.manage'] as const;
/** 数据: the shop's 经营数据 (overview, trade, traffic, products) and their CSV exports */
export const analyticsPermissions = ['analytics.view'] as const;
/** 商品成长: view products' 商品力 scores, advice and what-if */
export const growthPermissions = ['growth.view'] as const;
/** 产品托管: view hosted products and their reviews; create, submit, link */
export const hostingPermissions = ['hosting.view', 'hosting.manage'] as const;
/** delivery center: vendor templates and providers, provider staff, projects */
export const deliveryPermissions = [
  'delivery.templates',
  'delivery.providers',
  'delivery.staff',
  'delivery.projects.view',
  'delivery.projects.manage',
] as const;

/**
 * 厂商项目经理, the one role of the sub-accounts a vendor creates in the delivery center (guide
 * 5.2.7: "目前，厂商创建的RAM子账号仅有一种角色，即厂商项目经理。云市场平台已为厂商项目经理预置好一系列权限和功能，
 * 他可协助厂商主账号做项目管理和部分配置工作"). Its nodes follow 5.3: private flow templates (5.3.2),
 * the queue with providers' capacity and manual assignment (5.3.3), projects and changing their
 * provider (5.3.4). Not 用户管理 (creating sub-accounts stays with the main account, 5.2.7) nor
 * the provider's staff, and nothing outside the delivery center.
 */
export const vendorProjectManagerPermissions = [
  'delivery.templates',
  'delivery.providers',
  'delivery.projects.view',
  'delivery.projects.manage',
] as const satisfies readonly (typeof deliveryPermissions)[number][];

export const permissionCatalogue = [
  { module: 'products', keys: productPermissions },
  { module: 'orders', keys: orderPermissions },
  { module: 'aftersales', keys: aftersalesPermissions },
  { module: 'reviews', keys: reviewPermissions },
  { module: 'finance', keys: financePermissions },
  { module: 'promotions', keys: promotionPermissions },
  { module: 'leads', keys: leadPermissions },
  { module: 'distribution', keys: distributionPermissions },
  { module: 'live', keys: livePermissions },
  { module: 'customers', keys: customerPermissions },
  { module: 'analytics', keys: analyticsPermissions },
  { module: 'growth', keys: growthPermissions },
  { module: 'hosting', keys: hostingPermissions },
  { module: 'delivery', keys: deliveryPermissions },
  { module: 'account', keys: accountPermissions },
] as const;

export type Permission = (typeof permissionCatalogue)[number]['keys'][number];

export const allPermissions: readonly Permission[] = permissionCatalogue.flatMap((m) => [...m.keys]);

export function isPermission(s: string): s is Permission {
  return (allPermissions as readonly string[]).includes(s);
}
