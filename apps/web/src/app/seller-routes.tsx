import { analyticsSection } from '../features/analytics/analytics.section';
import { deliverySection } from '../features/delivery/delivery.section';
import { leadsSellerSection } from '../features/leads/seller/leads-seller.section';
import { promotionsSection } from '../features/promotions/promotions.section';
import { auditSection } from '../features/audit/audit.section';
import { liveSection } from '../features/live/live.section';
import { page } from './lazy-page';
import { PortalRoutes } from './PortalRoutes';
import type { AppRoute, MenuGroup } from './routes';
import { NotificationsPage, ProfilePage } from './shared-pages';
import { aftersalesSection } from '../features/aftersales/aftersales.section';
import { appInfoSection } from '../features/orders/app-info.section';
import { billPaySection } from '../features/billing/bill-pay.section';
import { commerceSection } from '../shared/i18n/commerce.section';
import { downloadsSection } from '../features/downloads/downloads.section';
import { promotionsBuyerSection } from '../features/promotions-buyer/promotions-buyer.section';
import { refundBalanceSection } from '../features/aftersales/refund-balance.section';
import { storeSection } from '../features/store/store.section';
import { lazyMenuIcons } from './menu-icons';

/** the menu's icons load right after the first paint (app/menu-icons.tsx) */
const menuIcon = lazyMenuIcons(() => import('./seller-menu-icons'));

const SellerHomePage = page(() => import('./home/SellerHomePage'), 'SellerHomePage');
const SubAccountsPage = page(() => import('../features/accounts/SubAccountsPage'), 'SubAccountsPage');
const AuditLogPage = page(() => import('../features/audit/AuditLogPage'), 'AuditLogPage', [auditSection, commerceSection]);
const ProductsPage = page(() => import('../features/catalog/ProductsPage'), 'ProductsPage', [promotionsSection, commerceSection]);
const ProductEditorPage = page(() => import('../features/catalog/ProductEditorPage'), 'ProductEditorPage', [deliverySection, commerceSection]);
const OrdersPage = page(() => import('../features/orders/OrdersPage'), 'OrdersPage');
const OrderDetailPage = page(() => import('../features/orders/OrderDetailPage'), 'OrderDetailPage', [aftersalesSection, promotionsBuyerSection, storeSection]);
const InstancesPage = page(() => import('../features/orders/InstancesPage'), 'InstancesPage', [commerceSection]);
const InstanceDetailPage = page(() => import('../features/orders/InstanceDetailPage'), 'InstanceDetailPage', [
  commerceSection,
  aftersalesSection,
  appInfoSection,
  refundBalanceSection,
]);
const BillsPage = page(() => import('../features/billing/BillsPage'), 'BillsPage', [commerceSection, billPaySection]);
const FinancePage = page(() => import('../features/ledger/FinancePage'), 'FinancePage', [commerceSection]);
const RefundsPage = page(() => import('../features/aftersales/RefundsPage'), 'RefundsPage', [aftersalesSection, commerceSection]);
const InvoicesPage = page(() => import('../features/aftersales/InvoicesPage'), 'InvoicesPage', [aftersalesSection, commerceSection]);
const SellerReviewsPage = page(() => import('../features/reviews/SellerReviewsPage'), 'SellerReviewsPage', [aftersalesSection, commerceSection]);
const DiscountsPage = page(() => import('../features/promotions/DiscountsPage'), 'DiscountsPage', [promotionsSection, commerceSection]);
const DiscountCreatePage = page(() => import('../features/promotions/DiscountEditorPage'), 'DiscountCreatePage', [promotionsSection, commerceSection]);
const DiscountEditPage = page(() => import('../features/promotions/DiscountEditorPage'), 'DiscountEditPage', [promotionsSection, commerceSection]);
const DiscountViewPage = page(() => import('../features/promotions/DiscountEditorPage'), 'DiscountViewPage', [promotionsSection, commerceSection]);
const CouponsPage = page(() => import('../features/promotions/CouponsPage'), 'CouponsPage', [promotionsSection, commerceSection]);
const CouponFormPage = page(() => import('../features/promotions/CouponFormPage'), 'CouponFormPage', [promotionsSection]);
const CouponDetailPage = page(() => import('../features/promotions/CouponDetailPage'), 'CouponDetailPage', [promotionsSection, commerceSection]);
const LivesPage = page(() => import('../features/live/seller/LivesPage'), 'LivesPage', [liveSection, commerceSection]);
const LiveFormPage = page(() => import('../features/live/seller/LiveFormPage'), 'LiveFormPage', [liveSection, commerceSection]);
const LiveDetailPage = page(() => import('../features/live/seller/LiveDetailPage'), 'LiveDetailPage', [liveSection, commerceSection]);
const DistributionPage = page(() => import('../features/distribution/DistributionPage'), 'DistributionPage', [commerceSection]);
const CustomersPage = page(() => import('../features/customers/CustomersPage'), 'CustomersPage', [commerceSection]);
const GrowthPage = page(() => import('../features/growth/GrowthPage'), 'GrowthPage');
const HostingPage = page(() => import('../features/hosting/HostingPage'), 'HostingPage', [commerceSection]);
const HostingWizardPage = page(() => import('../features/hosting/HostingWizardPage'), 'HostingWizardPage', [commerceSection]);
const HostedProductPage = page(() => import('../features/hosting/HostedProductPage'), 'HostedProductPage', [storeSection]);
const CustomerDetailPage = page(() => import('../features/customers/CustomerDetailPage'), 'CustomerDetailPage', [commerceSection]);
const LeadPoolPage = page(() => import('../features/leads/seller/LeadPoolPage'), 'LeadPoolPage', [leadsSellerSection, commerceSection]);
const LeadsPage = page(() => import('../features/leads/seller/LeadsPage'), 'LeadsPage', [leadsSellerSection, commerceSection]);
const LeadDetailPage = page(() => import('../features/leads/seller/LeadDetailPage'), 'LeadDetailPage', [leadsSellerSection, commerceSection]);
const DataOverviewPage = page(() => import('../features/analytics/OverviewPage'), 'OverviewPage', [analyticsSection, downloadsSection]);
const DataTradePage = page(() => import('../features/analytics/TradePage'), 'TradePage', [analyticsSection, downloadsSection]);
const DataTrafficPage = page(() => import('../features/analytics/TrafficPage'), 'TrafficPage', [analyticsSection, downloadsSection]);
const DataProductsPage = page(() => import('../features/analytics/ProductsDataPage'), 'ProductsDataPage', [analyticsSection, downloadsSection]);

const productsGroup: MenuGroup = { key: 'seller-products', labelKey: 'productsGroup', icon: menuIcon('AppstoreOutlined') };
const ordersGroup: MenuGroup = { key: 'seller-orders', labelKey: 'ordersGroup', icon: menuIcon('FileTextOutlined') };
const accountGroup: MenuGroup = { key: 'seller-account', labelKey: 'accountGroup', icon: menuIcon('TeamOutlined') };
const aftersalesGroup: MenuGroup = { key: 'seller-aftersales', labelKey: 'aftersalesGroup', icon: menuIcon('CustomerServiceOutlined') };
const marketingGroup: MenuGroup = { key: 'seller-marketing', labelKey: 'marketingGroup', icon: menuIcon('GiftOutlined') };
const customersGroup: MenuGroup = { key: 'seller-customers', labelKey: 'customersGroup', icon: menuIcon('ContactsOutlined') };
const leadsGroup: MenuGroup = { key: 'seller-leads', labelKey: 'leadsGroup', icon: menuIcon('BulbOutlined') };
const dataGroup: MenuGroup = { key: 'seller-data', labelKey: 'dataGroup', icon: menuIcon('AreaChartOutlined') };

/** The seller portal (服务商后台)'s part of the route table (see ./routes.tsx): loaded with that console only. */
export const sellerRoutes: readonly AppRoute[] = [
  // seller portal (服务商后台)
  { path: '/seller', portal: 'seller', page: SellerHomePage, menu: { labelKey: 'home', icon: menuIcon('HomeOutlined') } },
  {
    path: '/seller/products',
    portal: 'seller',
    page: ProductsPage,
    permission: 'products.view',
    menu: { labelKey: 'products', icon: menuIcon('ProfileOutlined'), group: productsGroup },
  },
  // guide 2.3: 商品 > 分销设置; the page needs distribution.view, setting a rate distribution.manage
  {
    path: '/seller/distribution',
    portal: 'seller',
    page: DistributionPage,
    permission: 'distribution.view',
    menu: { labelKey: 'distribution', icon: menuIcon('ApartmentOutlined'), group: productsGroup },
  },
  // guide 3.3: 商品 > 商品成长 (商品力 scores, benefits, advice, what-if); needs growth.view
  {
    path: '/seller/growth',
    portal: 'seller',
    page: GrowthPage,
    permission: 'growth.view',
    menu: { labelKey: 'growth', icon: menuIcon('RiseOutlined'), group: productsGroup },
  },
  // guide 1.2: 商品 > 产品托管 (托管平台: 概览, 产品列表, 托管流程); looking needs hosting.view, acting hosting.manage
  {
    path: '/seller/hosting',
    portal: 'seller',
    page: HostingPage,
    permission: 'hosting.view',
    menu: { labelKey: 'hosting', icon: menuIcon('CloudUploadOutlined'), group: productsGroup },
  },
  { path: '/seller/hosting/new', portal: 'seller', page: HostingWizardPage, permission: 'hosting.manage', menuParent: '/seller/hosting' },
  { path: '/seller/hosting/:id/wizard', portal: 'seller', page: HostingWizardPage, permission: 'hosting.manage', menuParent: '/seller/hosting' },
  { path: '/seller/hosting/:id', portal: 'seller', page: HostedProductPage, permission: 'hosting.view', menuParent: '/seller/hosting' },
  { path: '/seller/products/new', portal: 'seller', page: ProductEditorPage, permission: 'products.manage', menuParent: '/seller/products' },
  { path: '/seller/products/:id', portal: 'seller', page: ProductEditorPage, permission: 'products.view', menuParent: '/seller/products' },
  {
    path: '/seller/orders',
    portal: 'seller',
    page: OrdersPage,
    permission: 'orders.view',
    menu: { labelKey: 'orders', icon: menuIcon('UnorderedListOutlined'), group: ordersGroup },
  },
  { path: '/seller/orders/:id', portal: 'seller', page: OrderDetailPage, permission: 'orders.view', menuParent: '/seller/orders' },
  {
    path: '/seller/bills',
    portal: 'seller',
    page: BillsPage,
    permission: 'bills.view',
    menu: { labelKey: 'bills', icon: menuIcon('AccountBookOutlined'), group: ordersGroup },
  },
  {
    path: '/seller/instances',
    portal: 'seller',
    page: InstancesPage,
    permission: 'instances.view',
    menu: { labelKey: 'instances', icon: menuIcon('CloudServerOutlined'), group: ordersGroup },
  },
  { path: '/seller/instances/:id', portal: 'seller', page: InstanceDetailPage, permission: 'instances.view', menuParent: '/seller/instances' },
  {
    path: '/seller/refunds',
    portal: 'seller',
    page: RefundsPage,
    permission: 'refunds.view',
    menu: { labelKey: 'refunds', icon: menuIcon('RollbackOutlined'), group: aftersalesGroup },
  },
  { path: '/seller/refunds/:id', portal: 'seller', page: RefundsPage, permission: 'refunds.view', menuParent: '/seller/refunds' },
  {
    path: '/seller/invoices',
    portal: 'seller',
    page: InvoicesPage,
    permission: 'invoices.manage',
    menu: { labelKey: 'invoices', icon: menuIcon('FileDoneOutlined'), group: aftersalesGroup },
  },
  { path: '/seller/invoices/:id', portal: 'seller', page: InvoicesPage, permission: 'invoices.manage', menuParent: '/seller/invoices' },
  {
    path: '/seller/reviews',
    portal: 'seller',
    page: SellerReviewsPage,
    permission: 'reviews.view',
    menu: { labelKey: 'reviews', icon: menuIcon('StarOutlined'), group: aftersalesGroup },
  },
  // 营销: the list pages need promotions.view; creating and editing need promotions.manage
  {
    path: '/seller/discounts',
    portal: 'seller',
    page: DiscountsPage,
    permission: 'promotions.view',
    menu: { labelKey: 'discounts', icon: menuIcon('PercentageOutlined'), group: marketingGroup },
  },
  // before /seller/discounts/:id: matchRoute takes the first match
  { path: '/seller/discounts/new', portal: 'seller', page: DiscountCreatePage, permission: 'promotions.manage', menuParent: '/seller/discounts' },
  { path: '/seller/discounts/:id/edit', portal: 'seller', page: DiscountEditPage, permission: 'promotions.manage', menuParent: '/seller/discounts' },
  { path: '/seller/discounts/:id', portal: 'seller', page: DiscountViewPage, permission: 'promotions.view', menuParent: '/seller/discounts' },
  {
    path: '/seller/coupons',
    portal: 'seller',
    page: CouponsPage,
    permission: 'promotions.view',
    menu: { labelKey: 'coupons', icon: menuIcon('GiftOutlined'), group: marketingGroup },
  },
  { path: '/seller/coupons/new', portal: 'seller', page: CouponFormPage, permission: 'promotions.manage', menuParent: '/seller/coupons' },
  { path: '/seller/coupons/:id', portal: 'seller', page: CouponDetailPage, permission: 'promotions.view', menuParent: '/seller/coupons' },
  // 营销 > 直播列表 (guide 2.11): reading needs live.view; applying, creating and editing need live.manage
  {
    path: '/seller/lives',
    portal: 'seller',
    page: LivesPage,
    permission: 'live.view',
    menu: { labelKey: 'lives', icon: menuIcon('VideoCameraOutlined'), group: marketingGroup },
  },
  { path: '/seller/lives/new', portal: 'seller', page: LiveFormPage, permission: 'live.manage', menuParent: '/seller/lives' },
  { path: '/seller/lives/:id/edit', portal: 'seller', page: LiveFormPage, permission: 'live.manage', menuParent: '/seller/lives' },
  { path: '/seller/lives/:id', portal: 'seller', page: LiveDetailPage, permission: 'live.view', menuParent: '/seller/lives' },
  // 客户 > 客户中心 (guide 2.8): looking needs customers.view; the pages hide every change without customers.manage
  {
    path: '/seller/customers',
    portal: 'seller',
    page: CustomersPage,
    permission: 'customers.view',
    menu: { labelKey: 'customers', icon: menuIcon('SolutionOutlined'), group: customersGroup },
  },
  { path: '/seller/customers/:id', portal: 'seller', page: CustomerDetailPage, permission: 'customers.view', menuParent: '/seller/customers' },
  // 商机 (guide 4): looking needs leads.view; grabbing, answering, calling and proposing need leads.manage (hidden without it)
  {
    path: '/seller/lead-pool',
    portal: 'seller',
    page: LeadPoolPage,
    permission: 'leads.view',
    menu: { labelKey: 'leadPool', icon: menuIcon('FireOutlined'), group: leadsGroup },
  },
  {
    path: '/seller/leads',
    portal: 'seller',
    page: LeadsPage,
    permission: 'leads.view',
    menu: { labelKey: 'myLeads', icon: menuIcon('UnorderedListOutlined'), group: leadsGroup },
  },
  { path: '/seller/leads/:id', portal: 'seller', page: LeadDetailPage, permission: 'leads.view', menuParent: '/seller/leads' },
  // 数据 (guide 7): the four reports need analytics.view
  {
    path: '/seller/data/overview',
    portal: 'seller',
    page: DataOverviewPage,
    permission: 'analytics.view',
    menu: { labelKey: 'dataOverview', icon: menuIcon('DashboardOutlined'), group: dataGroup },
  },
  {
    path: '/seller/data/trade',
    portal: 'seller',
    page: DataTradePage,
    permission: 'analytics.view',
    menu: { labelKey: 'dataTrade', icon: menuIcon('FundOutlined'), group: dataGroup },
  },
  {
    path: '/seller/data/traffic',
    portal: 'seller',
    page: DataTrafficPage,
    permission: 'analytics.view',
    menu: { labelKey: 'dataTraffic', icon: menuIcon('FieldTimeOutlined'), group: dataGroup },
  },
  {
    path: '/seller/data/products',
    portal: 'seller',
    page: DataProductsPage,
    permission: 'analytics.view',
    menu: { labelKey: 'dataProducts', icon: menuIcon('AppstoreOutlined'), group: dataGroup },
  },
  { path: '/seller/finance', portal: 'seller', page: FinancePage, permission: 'finance.view', menu: { labelKey: 'finance', icon: menuIcon('WalletOutlined') } },
  // 交付 > 厂商入口: the delivery center is its own portal (same seller accounts)
  {
    path: '/seller/delivery',
    portal: 'seller',
    redirectTo: '/delivery',
    audience: 'deliveryCenter',
    menu: { labelKey: 'deliveryCenter', icon: menuIcon('DeploymentUnitOutlined') },
  },
  {
    path: '/seller/sub-accounts',
    portal: 'seller',
    page: SubAccountsPage,
    permission: 'account.admin',
    menu: { labelKey: 'subAccounts', icon: menuIcon('TeamOutlined'), group: accountGroup },
  },
  // 操作日志 (issue 17 item 5): the main account's only, so sub-accounts (the administrator too) never see the entry
  {
    path: '/seller/audit-log',
    portal: 'seller',
    page: AuditLogPage,
    audience: 'mainAccount',
    menu: { labelKey: 'auditLog', icon: menuIcon('FileSearchOutlined'), group: accountGroup },
  },
  { path: '/seller/profile', portal: 'seller', page: ProfilePage },
  { path: '/seller/notifications', portal: 'seller', page: NotificationsPage },
];

/** The seller console under its base: the shared console shell around this table. */
export function SellerConsole() {
  return <PortalRoutes portal="seller" routes={sellerRoutes} />;
}
