import { BellOutlined, FileTextOutlined, HomeOutlined, ShopOutlined, TeamOutlined, UnorderedListOutlined, UserOutlined } from '@ant-design/icons';
import type { Permission } from '@cloudmart/contracts';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Catalog } from '../shared/i18n';
import type { PortalKey } from './portals';

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
  /** shown in the portal's left menu when present */
  menu?: { labelKey: MenuLabelKey; icon: ReactNode; group?: MenuGroup };
  /** for pages without a menu item: which menu item to highlight */
  menuParent?: string;
}
export type AppRoute = RouteBase & ({ page: LazyExoticComponent<ComponentType> } | { redirectTo: string });

const SellerHomePage = lazy(() => import('../features/home/SellerHomePage').then((m) => ({ default: m.SellerHomePage })));
const BuyerHomePage = lazy(() => import('../features/home/BuyerHomePage').then((m) => ({ default: m.BuyerHomePage })));
const OrdersPage = lazy(() => import('../features/orders/OrdersPage').then((m) => ({ default: m.OrdersPage })));
const OrderDetailPage = lazy(() => import('../features/orders/OrderDetailPage').then((m) => ({ default: m.OrderDetailPage })));
const SubAccountsPage = lazy(() => import('../features/accounts/SubAccountsPage').then((m) => ({ default: m.SubAccountsPage })));
const ProfilePage = lazy(() => import('../features/auth/ProfilePage').then((m) => ({ default: m.ProfilePage })));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const SellersPage = lazy(() => import('../features/operator/SellersPage').then((m) => ({ default: m.SellersPage })));

const ordersGroup: MenuGroup = { key: 'seller-orders', labelKey: 'ordersGroup', icon: <FileTextOutlined /> };
const accountGroup: MenuGroup = { key: 'seller-account', labelKey: 'accountGroup', icon: <TeamOutlined /> };

/**
 * The one route table: it drives the router, every portal's left menu and access checks.
 * Only features that exist are listed; a menu item appears only with its permission.
 */
export const appRoutes: readonly AppRoute[] = [
  // seller portal (服务商后台)
  { path: '/seller', portal: 'seller', page: SellerHomePage, menu: { labelKey: 'home', icon: <HomeOutlined /> } },
  {
    path: '/seller/orders',
    portal: 'seller',
    page: OrdersPage,
    permission: 'orders.view',
    menu: { labelKey: 'orders', icon: <UnorderedListOutlined />, group: ordersGroup },
  },
  { path: '/seller/orders/:id', portal: 'seller', page: OrderDetailPage, permission: 'orders.view', menuParent: '/seller/orders' },
  {
    path: '/seller/sub-accounts',
    portal: 'seller',
    page: SubAccountsPage,
    permission: 'account.admin',
    menu: { labelKey: 'subAccounts', icon: <TeamOutlined />, group: accountGroup },
  },
  { path: '/seller/profile', portal: 'seller', page: ProfilePage },
  { path: '/seller/notifications', portal: 'seller', page: NotificationsPage },

  // buyer console (买家控制台)
  { path: '/buyer', portal: 'buyer', page: BuyerHomePage, menu: { labelKey: 'home', icon: <HomeOutlined /> } },
  { path: '/buyer/notifications', portal: 'buyer', page: NotificationsPage, menu: { labelKey: 'notifications', icon: <BellOutlined /> } },
  { path: '/buyer/profile', portal: 'buyer', page: ProfilePage, menu: { labelKey: 'profile', icon: <UserOutlined /> } },

  // operator console (运营控制台)
  { path: '/operator', portal: 'operator', redirectTo: '/operator/sellers' },
  { path: '/operator/sellers', portal: 'operator', page: SellersPage, menu: { labelKey: 'sellers', icon: <ShopOutlined /> } },
  { path: '/operator/profile', portal: 'operator', page: ProfilePage },
  { path: '/operator/notifications', portal: 'operator', page: NotificationsPage },

  // delivery center (交付中心): the shell only, its features come later
  { path: '/delivery', portal: 'delivery', redirectTo: '/delivery/profile' },
  { path: '/delivery/profile', portal: 'delivery', page: ProfilePage, menu: { labelKey: 'profile', icon: <UserOutlined /> } },
  { path: '/delivery/notifications', portal: 'delivery', page: NotificationsPage },
];

export function routesOf(portal: PortalKey): AppRoute[] {
  return appRoutes.filter((r) => r.portal === portal);
}

/** The route table entry whose (absolute) path pattern matches, e.g. for /seller/orders/42. */
export function matchRoute(pathname: string): AppRoute | undefined {
  return appRoutes.find((r) => {
    const pattern = new RegExp(`^${r.path.replace(/:[^/]+/g, '[^/]+')}/?$`);
    return pattern.test(pathname);
  });
}
