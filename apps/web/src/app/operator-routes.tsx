import { deliverySection } from '../features/delivery/delivery.section';
import { leadsBuyerSection } from '../features/leads/buyer/leads-buyer.section';
import { leadsOperatorSection } from '../features/leads/operator/leads-operator.section';
import { auditSection } from '../features/audit/audit.section';
import { liveSection } from '../features/live/live.section';
import { page } from './lazy-page';
import { PortalRoutes } from './PortalRoutes';
import type { AppRoute } from './routes';
import { NotificationsPage, ProfilePage } from './shared-pages';
import { aftersalesSection } from '../features/aftersales/aftersales.section';
import { commerceSection } from '../shared/i18n/commerce.section';
import { downloadsSection } from '../features/downloads/downloads.section';
import { storeSection } from '../features/store/store.section';
import { lazyMenuIcons } from './menu-icons';

/** the menu's icons load right after the first paint (app/menu-icons.tsx) */
const menuIcon = lazyMenuIcons(() => import('./operator-menu-icons'));

const OperatorHomePage = page(() => import('./home/OperatorHomePage'), 'OperatorHomePage');
const SellersPage = page(() => import('../features/accounts/operator/SellersPage'), 'SellersPage');
const OperatorAuditLogPage = page(() => import('../features/audit/operator/OperatorAuditLogPage'), 'OperatorAuditLogPage', [auditSection, commerceSection]);
const ReviewsPage = page(() => import('../features/catalog/operator/ReviewsPage'), 'ReviewsPage', [commerceSection]);
const CategoriesPage = page(() => import('../features/catalog/operator/CategoriesPage'), 'CategoriesPage', [commerceSection]);
const PlatformFinancePage = page(() => import('../features/ledger/operator/PlatformFinancePage'), 'PlatformFinancePage', [commerceSection]);
const OperatorRefundsPage = page(() => import('../features/aftersales/operator/OperatorRefundsPage'), 'OperatorRefundsPage', [
  aftersalesSection,
  commerceSection,
]);
const AftersalesSettingsPage = page(() => import('../features/aftersales/operator/AftersalesSettingsPage'), 'AftersalesSettingsPage', [aftersalesSection]);
const PriceFlagsPage = page(() => import('../features/aftersales/operator/PriceFlagsPage'), 'PriceFlagsPage', [aftersalesSection, commerceSection]);
const LivePermissionReviewsPage = page(() => import('../features/live/operator/LivePermissionReviewsPage'), 'LivePermissionReviewsPage', [
  liveSection,
  commerceSection,
  aftersalesSection,
]);
const LiveReviewsPage = page(() => import('../features/live/operator/LiveReviewsPage'), 'LiveReviewsPage', [liveSection, commerceSection, aftersalesSection]);
const HostingReviewsPage = page(() => import('../features/hosting/operator/HostingReviewsPage'), 'HostingReviewsPage', [commerceSection, storeSection]);
const RoutingDemandsPage = page(() => import('../features/leads/operator/RoutingDemandsPage'), 'RoutingDemandsPage', [
  leadsBuyerSection,
  leadsOperatorSection,
  commerceSection,
]);
const RoutingDemandPage = page(() => import('../features/leads/operator/RoutingDemandPage'), 'RoutingDemandPage', [
  leadsBuyerSection,
  leadsOperatorSection,
  commerceSection,
]);
const OperatorProjectsPage = page(() => import('../features/delivery/projects/OperatorProjectsPage'), 'OperatorProjectsPage', [
  deliverySection,
  downloadsSection,
]);
const OperatorProjectDetailPage = page(() => import('../features/delivery/projects/OperatorProjectDetailPage'), 'OperatorProjectDetailPage', [
  deliverySection,
  downloadsSection,
  commerceSection,
]);
const ProviderLinksPage = page(() => import('../features/delivery/staff/ProviderLinksPage'), 'ProviderLinksPage', [deliverySection]);
const WorkCalendarPage = page(() => import('../features/delivery/staff/WorkCalendarPage'), 'WorkCalendarPage', [deliverySection]);

/** The operator console (运营控制台)'s part of the route table (see ./routes.tsx): loaded with that console only. */
export const operatorRoutes: readonly AppRoute[] = [
  // operator console (运营控制台)
  { path: '/operator', portal: 'operator', page: OperatorHomePage, menu: { labelKey: 'home', icon: menuIcon('HomeOutlined') } },
  { path: '/operator/sellers', portal: 'operator', page: SellersPage, menu: { labelKey: 'sellers', icon: menuIcon('ShopOutlined') } },
  { path: '/operator/product-reviews', portal: 'operator', page: ReviewsPage, menu: { labelKey: 'productReviews', icon: menuIcon('AuditOutlined') } },
  {
    path: '/operator/hosting-reviews',
    portal: 'operator',
    page: HostingReviewsPage,
    menu: { labelKey: 'hostingReviews', icon: menuIcon('DeploymentUnitOutlined') },
  },
  {
    path: '/operator/live-permissions',
    portal: 'operator',
    page: LivePermissionReviewsPage,
    menu: { labelKey: 'livePermissionReviews', icon: menuIcon('VideoCameraOutlined') },
  },
  { path: '/operator/lives', portal: 'operator', page: LiveReviewsPage, menu: { labelKey: 'liveReviews', icon: menuIcon('VideoCameraOutlined') } },
  { path: '/operator/categories', portal: 'operator', page: CategoriesPage, menu: { labelKey: 'categories', icon: menuIcon('PercentageOutlined') } },
  { path: '/operator/finance', portal: 'operator', page: PlatformFinancePage, menu: { labelKey: 'platformFinance', icon: menuIcon('FundOutlined') } },
  { path: '/operator/refunds', portal: 'operator', page: OperatorRefundsPage, menu: { labelKey: 'refundReviews', icon: menuIcon('RollbackOutlined') } },
  { path: '/operator/price-flags', portal: 'operator', page: PriceFlagsPage, menu: { labelKey: 'priceFlags', icon: menuIcon('AlertOutlined') } },
  { path: '/operator/audit-log', portal: 'operator', page: OperatorAuditLogPage, menu: { labelKey: 'auditLog', icon: menuIcon('FileSearchOutlined') } },
  {
    path: '/operator/aftersales-settings',
    portal: 'operator',
    page: AftersalesSettingsPage,
    menu: { labelKey: 'aftersalesSettings', icon: menuIcon('SettingOutlined') },
  },
  { path: '/operator/provider-links', portal: 'operator', page: ProviderLinksPage, menu: { labelKey: 'providerLinks', icon: menuIcon('LinkOutlined') } },
  { path: '/operator/work-calendar', portal: 'operator', page: WorkCalendarPage, menu: { labelKey: 'workCalendar', icon: menuIcon('CalendarOutlined') } },
  {
    path: '/operator/delivery-projects',
    portal: 'operator',
    page: OperatorProjectsPage,
    menu: { labelKey: 'deliveryDisputes', icon: menuIcon('ProjectOutlined') },
  },
  { path: '/operator/delivery-projects/:id', portal: 'operator', page: OperatorProjectDetailPage, menuParent: '/operator/delivery-projects' },
  { path: '/operator/demands', portal: 'operator', page: RoutingDemandsPage, menu: { labelKey: 'leadRouting', icon: menuIcon('FileSearchOutlined') } },
  { path: '/operator/demands/:id', portal: 'operator', page: RoutingDemandPage, menuParent: '/operator/demands' },
  { path: '/operator/profile', portal: 'operator', page: ProfilePage },
  { path: '/operator/notifications', portal: 'operator', page: NotificationsPage },
];

/** The operator console under its base: the shared console shell around this table. */
export function OperatorConsole() {
  return <PortalRoutes portal="operator" routes={operatorRoutes} />;
}
