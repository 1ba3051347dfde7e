import { deliverySection } from '../features/delivery/delivery.section';
import { leadsBuyerSection } from '../features/leads/buyer/leads-buyer.section';
import { page } from './lazy-page';
import { PortalRoutes } from './PortalRoutes';
import type { AppRoute } from './routes';
import { NotificationsPage, ProfilePage } from './shared-pages';
import { appInfoSection } from '../features/orders/app-info.section';
import { billPaySection } from '../features/billing/bill-pay.section';
import { buyerAftersalesSection } from '../features/aftersales/buyer/buyer-aftersales.section';
import { commerceSection } from '../shared/i18n/commerce.section';
import { downloadsSection } from '../features/downloads/downloads.section';
import { promotionsBuyerSection } from '../features/promotions-buyer/promotions-buyer.section';
import { storeSection } from '../features/store/store.section';
import { lazyMenuIcons } from './menu-icons';

/** the menu's icons load right after the first paint (app/menu-icons.tsx) */
const menuIcon = lazyMenuIcons(() => import('./buyer-menu-icons'));

const BuyerHomePage = page(() => import('./home/BuyerHomePage'), 'BuyerHomePage');
const BuyerOrdersPage = page(() => import('../features/orders/buyer/BuyerOrdersPage'), 'BuyerOrdersPage', [storeSection]);
const BuyerOrderDetailPage = page(() => import('../features/orders/buyer/BuyerOrderDetailPage'), 'BuyerOrderDetailPage', [
  deliverySection,
  storeSection,
  buyerAftersalesSection,
  promotionsBuyerSection,
  downloadsSection,
]);
const BuyerInstancesPage = page(() => import('../features/orders/buyer/BuyerInstancesPage'), 'BuyerInstancesPage', [storeSection]);
const BuyerInstanceDetailPage = page(() => import('../features/orders/buyer/BuyerInstanceDetailPage'), 'BuyerInstanceDetailPage', [
  storeSection,
  buyerAftersalesSection,
  appInfoSection,
  promotionsBuyerSection,
]);
const BuyerBillsPage = page(() => import('../features/billing/buyer/BuyerBillsPage'), 'BuyerBillsPage', [storeSection, billPaySection]);
const BuyerRefundsPage = page(() => import('../features/aftersales/buyer/BuyerRefundsPage'), 'BuyerRefundsPage', [buyerAftersalesSection]);
const BuyerInvoicesPage = page(() => import('../features/aftersales/buyer/BuyerInvoicesPage'), 'BuyerInvoicesPage', [buyerAftersalesSection]);
const InvoiceApplyPage = page(() => import('../features/aftersales/buyer/InvoiceApplyPage'), 'InvoiceApplyPage', [buyerAftersalesSection]);
const BuyerInvoiceDetailPage = page(() => import('../features/aftersales/buyer/BuyerInvoiceDetailPage'), 'BuyerInvoiceDetailPage', [buyerAftersalesSection]);
const BuyerReviewsPage = page(() => import('../features/reviews/buyer/BuyerReviewsPage'), 'BuyerReviewsPage', [buyerAftersalesSection]);
const BuyerCouponsPage = page(() => import('../features/promotions-buyer/BuyerCouponsPage'), 'BuyerCouponsPage', [promotionsBuyerSection, storeSection]);
const ResellerPage = page(() => import('../features/distribution/buyer/ResellerPage'), 'ResellerPage', [commerceSection]);
const BuyerDemandsPage = page(() => import('../features/leads/buyer/BuyerDemandsPage'), 'BuyerDemandsPage', [leadsBuyerSection, commerceSection, storeSection]);
const PostDemandPage = page(() => import('../features/leads/buyer/PostDemandPage'), 'PostDemandPage', [leadsBuyerSection, storeSection]);
const BuyerDemandDetailPage = page(() => import('../features/leads/buyer/BuyerDemandDetailPage'), 'BuyerDemandDetailPage', [
  leadsBuyerSection,
  commerceSection,
  storeSection,
]);
const BuyerProjectsPage = page(() => import('../features/delivery/projects/BuyerProjectsPage'), 'BuyerProjectsPage', [deliverySection, downloadsSection]);
const BuyerProjectDetailPage = page(() => import('../features/delivery/projects/BuyerProjectDetailPage'), 'BuyerProjectDetailPage', [
  deliverySection,
  downloadsSection,
  commerceSection,
]);

/** The buyer console (买家控制台)'s part of the route table (see ./routes.tsx): loaded with that console only. */
export const buyerRoutes: readonly AppRoute[] = [
  // buyer console (买家控制台)
  { path: '/buyer', portal: 'buyer', page: BuyerHomePage, menu: { labelKey: 'home', icon: menuIcon('HomeOutlined') } },
  { path: '/buyer/orders', portal: 'buyer', page: BuyerOrdersPage, menu: { labelKey: 'myOrders', icon: menuIcon('UnorderedListOutlined') } },
  { path: '/buyer/orders/:id', portal: 'buyer', page: BuyerOrderDetailPage, menuParent: '/buyer/orders' },
  { path: '/buyer/instances', portal: 'buyer', page: BuyerInstancesPage, menu: { labelKey: 'myInstances', icon: menuIcon('CloudServerOutlined') } },
  { path: '/buyer/instances/:id', portal: 'buyer', page: BuyerInstanceDetailPage, menuParent: '/buyer/instances' },
  // guide 4: "用户可以在客户控制台查看方案并一键支付"
  { path: '/buyer/demands', portal: 'buyer', page: BuyerDemandsPage, menu: { labelKey: 'myDemands', icon: menuIcon('BulbOutlined') } },
  // before /buyer/demands/:id: matchRoute takes the first match
  { path: '/buyer/demands/new', portal: 'buyer', page: PostDemandPage, menuParent: '/buyer/demands' },
  { path: '/buyer/demands/:id', portal: 'buyer', page: BuyerDemandDetailPage, menuParent: '/buyer/demands' },
  { path: '/buyer/coupons', portal: 'buyer', page: BuyerCouponsPage, menu: { labelKey: 'myCoupons', icon: menuIcon('GiftOutlined') } },
  { path: '/buyer/reseller', portal: 'buyer', page: ResellerPage, menu: { labelKey: 'reseller', icon: menuIcon('LinkOutlined') } },
  { path: '/buyer/bills', portal: 'buyer', page: BuyerBillsPage, menu: { labelKey: 'myBills', icon: menuIcon('AccountBookOutlined') } },
  { path: '/buyer/refunds', portal: 'buyer', page: BuyerRefundsPage, menu: { labelKey: 'myRefunds', icon: menuIcon('RollbackOutlined') } },
  { path: '/buyer/invoices', portal: 'buyer', page: BuyerInvoicesPage, menu: { labelKey: 'myInvoices', icon: menuIcon('FileDoneOutlined') } },
  // before /buyer/invoices/:id: matchRoute takes the first match
  { path: '/buyer/invoices/new', portal: 'buyer', page: InvoiceApplyPage, menuParent: '/buyer/invoices' },
  { path: '/buyer/invoices/:id', portal: 'buyer', page: BuyerInvoiceDetailPage, menuParent: '/buyer/invoices' },
  { path: '/buyer/reviews', portal: 'buyer', page: BuyerReviewsPage, menu: { labelKey: 'myReviews', icon: menuIcon('StarOutlined') } },
  { path: '/buyer/projects', portal: 'buyer', page: BuyerProjectsPage, menu: { labelKey: 'buyerProjects', icon: menuIcon('ProjectOutlined') } },
  { path: '/buyer/projects/:id', portal: 'buyer', page: BuyerProjectDetailPage, menuParent: '/buyer/projects' },
  { path: '/buyer/notifications', portal: 'buyer', page: NotificationsPage, menu: { labelKey: 'notifications', icon: menuIcon('BellOutlined') } },
  { path: '/buyer/profile', portal: 'buyer', page: ProfilePage, menu: { labelKey: 'profile', icon: menuIcon('UserOutlined') } },
];

/** The buyer console under its base: the shared console shell around this table. */
export function BuyerConsole() {
  return <PortalRoutes portal="buyer" routes={buyerRoutes} />;
}
