import type { ComponentType, LazyExoticComponent } from 'react';
import { buyerAftersalesSection } from '../features/aftersales/buyer/buyer-aftersales.section';
import { liveSection } from '../features/live/live.section';
import { promotionsBuyerSection } from '../features/promotions-buyer/promotions-buyer.section';
import { storeSection } from '../features/store/store.section';
import type { Section } from '../shared/i18n/sections';
import { page } from './lazy-page';

/*
 * The storefront's route table, apart from the consoles' (routes.tsx) so the public store's
 * chunk carries neither the consoles' table nor their menu icons.
 */
const loadHome = () => import('../features/store/StoreHomePage');
const loadLayout = () => import('../features/store/StoreLayout');
const loadRouteElement = () => import('./StoreRouteElement');
const StoreHomePage = page(loadHome, 'StoreHomePage', [storeSection]);
const StoreProductPage = page(() => import('../features/store/ProductPage'), 'ProductPage', [storeSection, promotionsBuyerSection]);
const StoreShopPage = page(() => import('../features/store/ShopPage'), 'ShopPage', [storeSection, promotionsBuyerSection, buyerAftersalesSection]);
const CheckoutPage = page(() => import('../features/store/CheckoutPage'), 'CheckoutPage', [storeSection, promotionsBuyerSection]);
const PayPage = page(() => import('../features/store/PayPage'), 'PayPage', [storeSection, promotionsBuyerSection, buyerAftersalesSection]);
const BatchPayPage = page(() => import('../features/store/BatchPayPage'), 'BatchPayPage', [storeSection]);
// the shareable 直播 page (guide 2.11.3 直播链接)
const LivePage = page(() => import('../features/live/store/LivePage'), 'LivePage', [liveSection, storeSection, promotionsBuyerSection]);

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

/** The catalogue sections the store's layout (top bar) shows: fetched with the catalogue on a first visit (main.tsx). */
const layoutSections: readonly Section[] = [storeSection, promotionsBuyerSection];
export const StoreLayout = page(loadLayout, 'StoreLayout', layoutSections);
export const StoreRouteElement = page<'StoreRouteElement', { route: StoreRoute }>(loadRouteElement, 'StoreRouteElement', [storeSection]);

/**
 * A first visit to the store fetches its layout, route guard and home page at once, next to the
 * language catalogue, instead of one after the other as each renders the next, and the home
 * page's categories and products with them (main.tsx).
 */
export function preloadStore(pathname: string, search: string): void {
  if (!isStorePath(pathname)) return;
  void loadLayout();
  void loadRouteElement();
  if (pathname === '/store' || pathname === '/store/') {
    void loadHome();
    // …and its data, while the code is on its way
    void import('../features/store/store.queries').then((m) => m.prefetchStoreHome(search));
  }
}

function isStorePath(pathname: string): boolean {
  return pathname === '/store' || pathname.startsWith('/store/');
}

/**
 * The catalogue sections a first visit to this path shows before anything else: the store's
 * top bar strings, fetched with the language catalogue (initI18n) rather than after it.
 */
export function startupSections(pathname: string): readonly Section[] {
  return isStorePath(pathname) ? layoutSections : [];
}
