import type { ComponentType, LazyExoticComponent } from 'react';
import { liveSection } from '../features/live/live.section';
import { page } from './lazy-page';

/*
 * The storefront's route table, apart from the consoles' (routes.tsx) so the public store's
 * chunk carries neither the consoles' table nor their menu icons.
 */
const loadHome = () => import('../features/store/StoreHomePage');
const loadLayout = () => import('../features/store/StoreLayout');
const loadRouteElement = () => import('./StoreRouteElement');
const StoreHomePage = page(loadHome, 'StoreHomePage');
const StoreProductPage = page(() => import('../features/store/ProductPage'), 'ProductPage');
const StoreShopPage = page(() => import('../features/store/ShopPage'), 'ShopPage');
const CheckoutPage = page(() => import('../features/store/CheckoutPage'), 'CheckoutPage');
const PayPage = page(() => import('../features/store/PayPage'), 'PayPage');
const BatchPayPage = page(() => import('../features/store/BatchPayPage'), 'BatchPayPage');
// the shareable 直播 page (guide 2.11.3 直播链接)
const LivePage = page(() => import('../features/live/store/LivePage'), 'LivePage', [liveSection]);

/** A storefront page (public, under /store, in the store's own top-bar layout). */
export interface StoreRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** checkout and payment: a logged-in buyer (others are sent to log in) */
  buyerOnly?: boolean;
}

export const storeRoutes: readonly StoreRoute[] = [
  { path: '/store', page: StoreHomePage },
  { path: '/store/products/:code', page: StoreProductPage },
  { path: '/store/shops/:sellerCode', page: StoreShopPage },
  { path: '/store/live/:id', page: LivePage },
  { path: '/store/checkout', page: CheckoutPage, buyerOnly: true },
  { path: '/store/pay/:orderId', page: PayPage, buyerOnly: true },
  // 一键支付 of a 定制方案 with several quotes: /store/pay?orders=a,b
  { path: '/store/pay', page: BatchPayPage, buyerOnly: true },
];

export const StoreLayout = page(loadLayout, 'StoreLayout');
export const StoreRouteElement = page<'StoreRouteElement', { route: StoreRoute }>(loadRouteElement, 'StoreRouteElement');

/**
 * A first visit to the store fetches its layout, route guard and home page at once, next to the
 * language catalogue, instead of one after the other as each renders the next, and the home
 * page's categories and products with them (main.tsx).
 */
export function preloadStore(pathname: string, search: string): void {
  if (pathname !== '/store' && !pathname.startsWith('/store/')) return;
  void loadLayout();
  void loadRouteElement();
  if (pathname === '/store' || pathname === '/store/') {
    void loadHome();
    // …and its data, while the code is on its way
    void import('../features/store/store.queries').then((m) => m.prefetchStoreHome(search));
  }
}
