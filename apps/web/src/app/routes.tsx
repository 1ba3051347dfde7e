import {
  AccountBookOutlined,
  VideoCameraOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  AlertOutlined,
  AuditOutlined,
  AreaChartOutlined,
  BellOutlined,
  BulbOutlined,
  CalendarOutlined,
  CloudServerOutlined,
  CloudUploadOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  DeploymentUnitOutlined,
  FileDoneOutlined,
  FireOutlined,
  FileSearchOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  FundOutlined,
  GiftOutlined,
  HomeOutlined,
  IdcardOutlined,
  LinkOutlined,
  MessageOutlined,
  PercentageOutlined,
  ProfileOutlined,
  RiseOutlined,
  ProjectOutlined,
  RollbackOutlined,
  SettingOutlined,
  ScheduleOutlined,
  ShopOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  ToolOutlined,
  UnorderedListOutlined,
  UsergroupAddOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { Permission } from '@cloudmart/contracts';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { analyticsSection } from '../features/analytics/analytics.section';
import { deliverySection } from '../features/delivery/delivery.section';
import { leadsSellerSection } from '../features/leads/seller/leads-seller.section';
import { leadsBuyerSection } from '../features/leads/buyer/leads-buyer.section';
import { leadsOperatorSection } from '../features/leads/operator/leads-operator.section';
import { promotionsSection } from '../features/promotions/promotions.section';
import { auditSection } from '../features/audit/audit.section';
import { liveSection } from '../features/live/live.section';
import { page } from './lazy-page';
import type { Catalog } from '../shared/i18n';
import type { Audience } from '../shared/access';
import type { PortalKey } from '../shared/portals';

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
  /** who else the page is for (delivery center, delivery employees): hides its menu item and guards a direct visit */
  audience?: Audience;
  /** shown in the portal's left menu when present */
  menu?: { labelKey: MenuLabelKey; icon: ReactNode; group?: MenuGroup };
  /** for pages without a menu item: which menu item to highlight */
  menuParent?: string;
}
export type AppRoute = RouteBase & ({ page: LazyExoticComponent<ComponentType> } | { redirectTo: string });

/*
 * Where pages live (features/<context>/ follows the server's modules):
 * - features/<context>/ holds a context's seller-console pages, its query hooks and its parts;
 *   accounts, catalog, orders (with instances), billing, ledger, aftersales, reviews, delivery,
 *   notifications, and downloads (the server's platform/downloads).
 * - the same context's pages for another audience sit in features/<context>/buyer/ or
 *   features/<context>/operator/ (the portal they appear in); delivery, the largest context,
 *   is split by room (projects, templates, queue, workbench, staff) as on the server, with
 *   each room's buyer and operator pages beside the seller's.
 * - features/store/ is the public storefront; app/ is the shell (layouts, this table, the home
 *   pages); shared/ is what every context uses (API client, i18n, ui kit, charts, money).
 * - app/ may import features and shared; features never import app/ (src/app/layering.test.ts).
 */

// shell pages (app/home)
const SellerHomePage = page(() => import('./home/SellerHomePage'), 'SellerHomePage');
const BuyerHomePage = page(() => import('./home/BuyerHomePage'), 'BuyerHomePage');
const OperatorHomePage = page(() => import('./home/OperatorHomePage'), 'OperatorHomePage');
// accounts
const ProfilePage = page(() => import('../features/accounts/ProfilePage'), 'ProfilePage');
const SubAccountsPage = page(() => import('../features/accounts/SubAccountsPage'), 'SubAccountsPage');
const SellersPage = page(() => import('../features/accounts/operator/SellersPage'), 'SellersPage');
// 操作日志 (platform/audit on the server)
const AuditLogPage = page(() => import('../features/audit/AuditLogPage'), 'AuditLogPage', [auditSection]);
const OperatorAuditLogPage = page(() => import('../features/audit/operator/OperatorAuditLogPage'), 'OperatorAuditLogPage', [auditSection]);
// notifications
const NotificationsPage = page(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage');
// catalog
// the product list's 设置优惠 action speaks 营销's words
const ProductsPage = page(() => import('../features/catalog/ProductsPage'), 'ProductsPage', [promotionsSection]);
const ProductEditorPage = page(() => import('../features/catalog/ProductEditorPage'), 'ProductEditorPage', [deliverySection]);
const ReviewsPage = page(() => import('../features/catalog/operator/ReviewsPage'), 'ReviewsPage');
const CategoriesPage = page(() => import('../features/catalog/operator/CategoriesPage'), 'CategoriesPage');
// orders (orders, payments, instances)
const OrdersPage = page(() => import('../features/orders/OrdersPage'), 'OrdersPage');
const OrderDetailPage = page(() => import('../features/orders/OrderDetailPage'), 'OrderDetailPage');
const InstancesPage = page(() => import('../features/orders/InstancesPage'), 'InstancesPage');
const InstanceDetailPage = page(() => import('../features/orders/InstanceDetailPage'), 'InstanceDetailPage');
const BuyerOrdersPage = page(() => import('../features/orders/buyer/BuyerOrdersPage'), 'BuyerOrdersPage');
const BuyerOrderDetailPage = page(() => import('../features/orders/buyer/BuyerOrderDetailPage'), 'BuyerOrderDetailPage', [deliverySection]);
const BuyerInstancesPage = page(() => import('../features/orders/buyer/BuyerInstancesPage'), 'BuyerInstancesPage');
const BuyerInstanceDetailPage = page(() => import('../features/orders/buyer/BuyerInstanceDetailPage'), 'BuyerInstanceDetailPage');
// billing
const BillsPage = page(() => import('../features/billing/BillsPage'), 'BillsPage');
const BuyerBillsPage = page(() => import('../features/billing/buyer/BuyerBillsPage'), 'BuyerBillsPage');
// ledger
const FinancePage = page(() => import('../features/ledger/FinancePage'), 'FinancePage');
const PlatformFinancePage = page(() => import('../features/ledger/operator/PlatformFinancePage'), 'PlatformFinancePage');
// aftersales (refunds, invoices, price changes)
const RefundsPage = page(() => import('../features/aftersales/RefundsPage'), 'RefundsPage');
const InvoicesPage = page(() => import('../features/aftersales/InvoicesPage'), 'InvoicesPage');
const OperatorRefundsPage = page(() => import('../features/aftersales/operator/OperatorRefundsPage'), 'OperatorRefundsPage');
const AftersalesSettingsPage = page(() => import('../features/aftersales/operator/AftersalesSettingsPage'), 'AftersalesSettingsPage');
const PriceFlagsPage = page(() => import('../features/aftersales/operator/PriceFlagsPage'), 'PriceFlagsPage');
const BuyerRefundsPage = page(() => import('../features/aftersales/buyer/BuyerRefundsPage'), 'BuyerRefundsPage');
const BuyerInvoicesPage = page(() => import('../features/aftersales/buyer/BuyerInvoicesPage'), 'BuyerInvoicesPage');
const InvoiceApplyPage = page(() => import('../features/aftersales/buyer/InvoiceApplyPage'), 'InvoiceApplyPage');
const BuyerInvoiceDetailPage = page(() => import('../features/aftersales/buyer/BuyerInvoiceDetailPage'), 'BuyerInvoiceDetailPage');
// reviews
const SellerReviewsPage = page(() => import('../features/reviews/SellerReviewsPage'), 'SellerReviewsPage');
const BuyerReviewsPage = page(() => import('../features/reviews/buyer/BuyerReviewsPage'), 'BuyerReviewsPage');
// promotions (营销: 商品优惠设置, 优惠券设置)
const DiscountsPage = page(() => import('../features/promotions/DiscountsPage'), 'DiscountsPage', [promotionsSection]);
const DiscountCreatePage = page(() => import('../features/promotions/DiscountEditorPage'), 'DiscountCreatePage', [promotionsSection]);
const DiscountEditPage = page(() => import('../features/promotions/DiscountEditorPage'), 'DiscountEditPage', [promotionsSection]);
const DiscountViewPage = page(() => import('../features/promotions/DiscountEditorPage'), 'DiscountViewPage', [promotionsSection]);
const CouponsPage = page(() => import('../features/promotions/CouponsPage'), 'CouponsPage', [promotionsSection]);
const CouponFormPage = page(() => import('../features/promotions/CouponFormPage'), 'CouponFormPage', [promotionsSection]);
const CouponDetailPage = page(() => import('../features/promotions/CouponDetailPage'), 'CouponDetailPage', [promotionsSection]);
// 直播 (营销 > 直播列表, the operator's 直播权限审核 and 直播审核)
const LivesPage = page(() => import('../features/live/seller/LivesPage'), 'LivesPage', [liveSection]);
const LiveFormPage = page(() => import('../features/live/seller/LiveFormPage'), 'LiveFormPage', [liveSection]);
const LiveDetailPage = page(() => import('../features/live/seller/LiveDetailPage'), 'LiveDetailPage', [liveSection]);
const LivePermissionReviewsPage = page(() => import('../features/live/operator/LivePermissionReviewsPage'), 'LivePermissionReviewsPage', [liveSection]);
const LiveReviewsPage = page(() => import('../features/live/operator/LiveReviewsPage'), 'LiveReviewsPage', [liveSection]);
// promotions (the buyer's side: 我的优惠券)
const BuyerCouponsPage = page(() => import('../features/promotions-buyer/BuyerCouponsPage'), 'BuyerCouponsPage');
// distribution (分销: 分销设置 for sellers, the reseller console for buyers)
const DistributionPage = page(() => import('../features/distribution/DistributionPage'), 'DistributionPage');
const ResellerPage = page(() => import('../features/distribution/buyer/ResellerPage'), 'ResellerPage');
// customers (客户 > 客户中心)
const CustomersPage = page(() => import('../features/customers/CustomersPage'), 'CustomersPage');
const GrowthPage = page(() => import('../features/growth/GrowthPage'), 'GrowthPage');
// hosting (商品 > 产品托管, the operator's 托管审核)
const HostingPage = page(() => import('../features/hosting/HostingPage'), 'HostingPage');
const HostingWizardPage = page(() => import('../features/hosting/HostingWizardPage'), 'HostingWizardPage');
const HostedProductPage = page(() => import('../features/hosting/HostedProductPage'), 'HostedProductPage');
const HostingReviewsPage = page(() => import('../features/hosting/operator/HostingReviewsPage'), 'HostingReviewsPage');
const CustomerDetailPage = page(() => import('../features/customers/CustomerDetailPage'), 'CustomerDetailPage');
// leads (商机 > 商机广场, 商机管理, 需求详情)
const LeadPoolPage = page(() => import('../features/leads/seller/LeadPoolPage'), 'LeadPoolPage', [leadsSellerSection]);
const LeadsPage = page(() => import('../features/leads/seller/LeadsPage'), 'LeadsPage', [leadsSellerSection]);
const LeadDetailPage = page(() => import('../features/leads/seller/LeadDetailPage'), 'LeadDetailPage', [leadsSellerSection]);
// leads (商机): the buyer's 我的需求 and the operator's 商机路由 (the seller's pages sit in leads/seller)
const BuyerDemandsPage = page(() => import('../features/leads/buyer/BuyerDemandsPage'), 'BuyerDemandsPage', [leadsBuyerSection]);
const PostDemandPage = page(() => import('../features/leads/buyer/PostDemandPage'), 'PostDemandPage', [leadsBuyerSection]);
const BuyerDemandDetailPage = page(() => import('../features/leads/buyer/BuyerDemandDetailPage'), 'BuyerDemandDetailPage', [leadsBuyerSection]);
const RoutingDemandsPage = page(() => import('../features/leads/operator/RoutingDemandsPage'), 'RoutingDemandsPage', [leadsBuyerSection, leadsOperatorSection]);
const RoutingDemandPage = page(() => import('../features/leads/operator/RoutingDemandPage'), 'RoutingDemandPage', [leadsBuyerSection, leadsOperatorSection]);
// delivery: projects (also in the buyer and operator consoles)
const ProjectsPage = page(() => import('../features/delivery/projects/ProjectsPage'), 'ProjectsPage', [deliverySection]);
const ProjectDetailPage = page(() => import('../features/delivery/projects/ProjectDetailPage'), 'ProjectDetailPage', [deliverySection]);
const BuyerProjectsPage = page(() => import('../features/delivery/projects/BuyerProjectsPage'), 'BuyerProjectsPage', [deliverySection]);
const BuyerProjectDetailPage = page(() => import('../features/delivery/projects/BuyerProjectDetailPage'), 'BuyerProjectDetailPage', [deliverySection]);
const OperatorProjectsPage = page(() => import('../features/delivery/projects/OperatorProjectsPage'), 'OperatorProjectsPage', [deliverySection]);
const OperatorProjectDetailPage = page(() => import('../features/delivery/projects/OperatorProjectDetailPage'), 'OperatorProjectDetailPage', [deliverySection]);
// delivery: service-flow templates
const TemplatesPage = page(() => import('../features/delivery/templates/TemplatesPage'), 'TemplatesPage', [deliverySection]);
const TemplateEditorPage = page(() => import('../features/delivery/templates/TemplateEditorPage'), 'TemplateEditorPage', [deliverySection]);
// delivery: queue and workbenches
const QueuePage = page(() => import('../features/delivery/queue/QueuePage'), 'QueuePage', [deliverySection]);
const ProviderWorkbenchPage = page(() => import('../features/delivery/workbench/ProviderWorkbenchPage'), 'ProviderWorkbenchPage', [deliverySection]);
const EmployeeWorkbenchPage = page(() => import('../features/delivery/workbench/EmployeeWorkbenchPage'), 'EmployeeWorkbenchPage', [deliverySection]);
// delivery: providers, people, calendar and preset lists
const ProductProvidersPage = page(() => import('../features/delivery/staff/ProductProvidersPage'), 'ProductProvidersPage', [deliverySection]);
const EmployeesPage = page(() => import('../features/delivery/staff/EmployeesPage'), 'EmployeesPage', [deliverySection]);
const MyDeliveryPage = page(() => import('../features/delivery/staff/MyDeliveryPage'), 'MyDeliveryPage', [deliverySection]);
const DeliveryRolesPage = page(() => import('../features/delivery/staff/PresetPages'), 'RolesPage', [deliverySection]);
const MessageTemplatesPage = page(() => import('../features/delivery/staff/PresetPages'), 'MessageTemplatesPage', [deliverySection]);
const HolidaysPage = page(() => import('../features/delivery/staff/HolidaysPage'), 'HolidaysPage', [deliverySection]);
const ProviderLinksPage = page(() => import('../features/delivery/staff/ProviderLinksPage'), 'ProviderLinksPage', [deliverySection]);
const WorkCalendarPage = page(() => import('../features/delivery/staff/WorkCalendarPage'), 'WorkCalendarPage', [deliverySection]);
// analytics (数据 > 总览, 交易, 流量, 商品)
const DataOverviewPage = page(() => import('../features/analytics/OverviewPage'), 'OverviewPage', [analyticsSection]);
const DataTradePage = page(() => import('../features/analytics/TradePage'), 'TradePage', [analyticsSection]);
const DataTrafficPage = page(() => import('../features/analytics/TrafficPage'), 'TrafficPage', [analyticsSection]);
const DataProductsPage = page(() => import('../features/analytics/ProductsDataPage'), 'ProductsDataPage', [analyticsSection]);
const productsGroup: MenuGroup = { key: 'seller-products', labelKey: 'productsGroup', icon: <AppstoreOutlined /> };
const ordersGroup: MenuGroup = { key: 'seller-orders', labelKey: 'ordersGroup', icon: <FileTextOutlined /> };
const accountGroup: MenuGroup = { key: 'seller-account', labelKey: 'accountGroup', icon: <TeamOutlined /> };
const aftersalesGroup: MenuGroup = { key: 'seller-aftersales', labelKey: 'aftersalesGroup', icon: <CustomerServiceOutlined /> };
const marketingGroup: MenuGroup = { key: 'seller-marketing', labelKey: 'marketingGroup', icon: <GiftOutlined /> };
const customersGroup: MenuGroup = { key: 'seller-customers', labelKey: 'customersGroup', icon: <ContactsOutlined /> };
const leadsGroup: MenuGroup = { key: 'seller-leads', labelKey: 'leadsGroup', icon: <BulbOutlined /> };
const dataGroup: MenuGroup = { key: 'seller-data', labelKey: 'dataGroup', icon: <AreaChartOutlined /> };
const deliverySettingsGroup: MenuGroup = { key: 'delivery-settings', labelKey: 'deliverySettings', icon: <ToolOutlined /> };

/**
 * The one route table: it drives the router, every portal's left menu and access checks.
 * Only features that exist are listed; a menu item appears only with its permission.
 */
export const appRoutes: readonly AppRoute[] = [
  // seller portal (服务商后台)
  { path: '/seller', portal: 'seller', page: SellerHomePage, menu: { labelKey: 'home', icon: <HomeOutlined /> } },
  {
    path: '/seller/products',
    portal: 'seller',
    page: ProductsPage,
    permission: 'products.view',
    menu: { labelKey: 'products', icon: <ProfileOutlined />, group: productsGroup },
  },
  // guide 2.3: 商品 > 分销设置; the page needs distribution.view, setting a rate distribution.manage
  {
    path: '/seller/distribution',
    portal: 'seller',
    page: DistributionPage,
    permission: 'distribution.view',
    menu: { labelKey: 'distribution', icon: <ApartmentOutlined />, group: productsGroup },
  },
  // guide 3.3: 商品 > 商品成长 (商品力 scores, benefits, advice, what-if); needs growth.view
  {
    path: '/seller/growth',
    portal: 'seller',
    page: GrowthPage,
    permission: 'growth.view',
    menu: { labelKey: 'growth', icon: <RiseOutlined />, group: productsGroup },
  },
  // guide 1.2: 商品 > 产品托管 (托管平台: 概览, 产品列表, 托管流程); looking needs hosting.view, acting hosting.manage
  {
    path: '/seller/hosting',
    portal: 'seller',
    page: HostingPage,
    permission: 'hosting.view',
    menu: { labelKey: 'hosting', icon: <CloudUploadOutlined />, group: productsGroup },
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
    menu: { labelKey: 'orders', icon: <UnorderedListOutlined />, group: ordersGroup },
  },
  { path: '/seller/orders/:id', portal: 'seller', page: OrderDetailPage, permission: 'orders.view', menuParent: '/seller/orders' },
  {
    path: '/seller/bills',
    portal: 'seller',
    page: BillsPage,
    permission: 'bills.view',
    menu: { labelKey: 'bills', icon: <AccountBookOutlined />, group: ordersGroup },
  },
  {
    path: '/seller/instances',
    portal: 'seller',
    page: InstancesPage,
    permission: 'instances.view',
    menu: { labelKey: 'instances', icon: <CloudServerOutlined />, group: ordersGroup },
  },
  { path: '/seller/instances/:id', portal: 'seller', page: InstanceDetailPage, permission: 'instances.view', menuParent: '/seller/instances' },
  {
    path: '/seller/refunds',
    portal: 'seller',
    page: RefundsPage,
    permission: 'refunds.view',
    menu: { labelKey: 'refunds', icon: <RollbackOutlined />, group: aftersalesGroup },
  },
  { path: '/seller/refunds/:id', portal: 'seller', page: RefundsPage, permission: 'refunds.view', menuParent: '/seller/refunds' },
  {
    path: '/seller/invoices',
    portal: 'seller',
    page: InvoicesPage,
    permission: 'invoices.manage',
    menu: { labelKey: 'invoices', icon: <FileDoneOutlined />, group: aftersalesGroup },
  },
  { path: '/seller/invoices/:id', portal: 'seller', page: InvoicesPage, permission: 'invoices.manage', menuParent: '/seller/invoices' },
  {
    path: '/seller/reviews',
    portal: 'seller',
    page: SellerReviewsPage,
    permission: 'reviews.view',
    menu: { labelKey: 'reviews', icon: <StarOutlined />, group: aftersalesGroup },
  },
  // 营销: the list pages need promotions.view; creating and editing need promotions.manage
  {
    path: '/seller/discounts',
    portal: 'seller',
    page: DiscountsPage,
    permission: 'promotions.view',
    menu: { labelKey: 'discounts', icon: <PercentageOutlined />, group: marketingGroup },
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
    menu: { labelKey: 'coupons', icon: <GiftOutlined />, group: marketingGroup },
  },
  { path: '/seller/coupons/new', portal: 'seller', page: CouponFormPage, permission: 'promotions.manage', menuParent: '/seller/coupons' },
  { path: '/seller/coupons/:id', portal: 'seller', page: CouponDetailPage, permission: 'promotions.view', menuParent: '/seller/coupons' },
  // 营销 > 直播列表 (guide 2.11): reading needs live.view; applying, creating and editing need live.manage
  {
    path: '/seller/lives',
    portal: 'seller',
    page: LivesPage,
    permission: 'live.view',
    menu: { labelKey: 'lives', icon: <VideoCameraOutlined />, group: marketingGroup },
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
    menu: { labelKey: 'customers', icon: <SolutionOutlined />, group: customersGroup },
  },
  { path: '/seller/customers/:id', portal: 'seller', page: CustomerDetailPage, permission: 'customers.view', menuParent: '/seller/customers' },
  // 商机 (guide 4): looking needs leads.view; grabbing, answering, calling and proposing need leads.manage (hidden without it)
  {
    path: '/seller/lead-pool',
    portal: 'seller',
    page: LeadPoolPage,
    permission: 'leads.view',
    menu: { labelKey: 'leadPool', icon: <FireOutlined />, group: leadsGroup },
  },
  {
    path: '/seller/leads',
    portal: 'seller',
    page: LeadsPage,
    permission: 'leads.view',
    menu: { labelKey: 'myLeads', icon: <UnorderedListOutlined />, group: leadsGroup },
  },
  { path: '/seller/leads/:id', portal: 'seller', page: LeadDetailPage, permission: 'leads.view', menuParent: '/seller/leads' },
  // 数据 (guide 7): the four reports need analytics.view
  {
    path: '/seller/data/overview',
    portal: 'seller',
    page: DataOverviewPage,
    permission: 'analytics.view',
    menu: { labelKey: 'dataOverview', icon: <DashboardOutlined />, group: dataGroup },
  },
  {
    path: '/seller/data/trade',
    portal: 'seller',
    page: DataTradePage,
    permission: 'analytics.view',
    menu: { labelKey: 'dataTrade', icon: <FundOutlined />, group: dataGroup },
  },
  {
    path: '/seller/data/traffic',
    portal: 'seller',
    page: DataTrafficPage,
    permission: 'analytics.view',
    menu: { labelKey: 'dataTraffic', icon: <FieldTimeOutlined />, group: dataGroup },
  },
  {
    path: '/seller/data/products',
    portal: 'seller',
    page: DataProductsPage,
    permission: 'analytics.view',
    menu: { labelKey: 'dataProducts', icon: <AppstoreOutlined />, group: dataGroup },
  },
  { path: '/seller/finance', portal: 'seller', page: FinancePage, permission: 'finance.view', menu: { labelKey: 'finance', icon: <WalletOutlined /> } },
  // 交付 > 厂商入口: the delivery center is its own portal (same seller accounts)
  {
    path: '/seller/delivery',
    portal: 'seller',
    redirectTo: '/delivery',
    audience: 'deliveryCenter',
    menu: { labelKey: 'deliveryCenter', icon: <DeploymentUnitOutlined /> },
  },
  {
    path: '/seller/sub-accounts',
    portal: 'seller',
    page: SubAccountsPage,
    permission: 'account.admin',
    menu: { labelKey: 'subAccounts', icon: <TeamOutlined />, group: accountGroup },
  },
  // 操作日志 (issue 17 item 5): the main account's only, so sub-accounts (the administrator too) never see the entry
  {
    path: '/seller/audit-log',
    portal: 'seller',
    page: AuditLogPage,
    audience: 'mainAccount',
    menu: { labelKey: 'auditLog', icon: <FileSearchOutlined />, group: accountGroup },
  },
  { path: '/seller/profile', portal: 'seller', page: ProfilePage },
  { path: '/seller/notifications', portal: 'seller', page: NotificationsPage },

  // buyer console (买家控制台)
  { path: '/buyer', portal: 'buyer', page: BuyerHomePage, menu: { labelKey: 'home', icon: <HomeOutlined /> } },
  { path: '/buyer/orders', portal: 'buyer', page: BuyerOrdersPage, menu: { labelKey: 'myOrders', icon: <UnorderedListOutlined /> } },
  { path: '/buyer/orders/:id', portal: 'buyer', page: BuyerOrderDetailPage, menuParent: '/buyer/orders' },
  { path: '/buyer/instances', portal: 'buyer', page: BuyerInstancesPage, menu: { labelKey: 'myInstances', icon: <CloudServerOutlined /> } },
  { path: '/buyer/instances/:id', portal: 'buyer', page: BuyerInstanceDetailPage, menuParent: '/buyer/instances' },
  // guide 4: "用户可以在客户控制台查看方案并一键支付"
  { path: '/buyer/demands', portal: 'buyer', page: BuyerDemandsPage, menu: { labelKey: 'myDemands', icon: <BulbOutlined /> } },
  // before /buyer/demands/:id: matchRoute takes the first match
  { path: '/buyer/demands/new', portal: 'buyer', page: PostDemandPage, menuParent: '/buyer/demands' },
  { path: '/buyer/demands/:id', portal: 'buyer', page: BuyerDemandDetailPage, menuParent: '/buyer/demands' },
  { path: '/buyer/coupons', portal: 'buyer', page: BuyerCouponsPage, menu: { labelKey: 'myCoupons', icon: <GiftOutlined /> } },
  { path: '/buyer/reseller', portal: 'buyer', page: ResellerPage, menu: { labelKey: 'reseller', icon: <LinkOutlined /> } },
  { path: '/buyer/bills', portal: 'buyer', page: BuyerBillsPage, menu: { labelKey: 'myBills', icon: <AccountBookOutlined /> } },
  { path: '/buyer/refunds', portal: 'buyer', page: BuyerRefundsPage, menu: { labelKey: 'myRefunds', icon: <RollbackOutlined /> } },
  { path: '/buyer/invoices', portal: 'buyer', page: BuyerInvoicesPage, menu: { labelKey: 'myInvoices', icon: <FileDoneOutlined /> } },
  // before /buyer/invoices/:id: matchRoute takes the first match
  { path: '/buyer/invoices/new', portal: 'buyer', page: InvoiceApplyPage, menuParent: '/buyer/invoices' },
  { path: '/buyer/invoices/:id', portal: 'buyer', page: BuyerInvoiceDetailPage, menuParent: '/buyer/invoices' },
  { path: '/buyer/reviews', portal: 'buyer', page: BuyerReviewsPage, menu: { labelKey: 'myReviews', icon: <StarOutlined /> } },
  { path: '/buyer/projects', portal: 'buyer', page: BuyerProjectsPage, menu: { labelKey: 'buyerProjects', icon: <ProjectOutlined /> } },
  { path: '/buyer/projects/:id', portal: 'buyer', page: BuyerProjectDetailPage, menuParent: '/buyer/projects' },
  { path: '/buyer/notifications', portal: 'buyer', page: NotificationsPage, menu: { labelKey: 'notifications', icon: <BellOutlined /> } },
  { path: '/buyer/profile', portal: 'buyer', page: ProfilePage, menu: { labelKey: 'profile', icon: <UserOutlined /> } },

  // operator console (运营控制台)
  { path: '/operator', portal: 'operator', page: OperatorHomePage, menu: { labelKey: 'home', icon: <HomeOutlined /> } },
  { path: '/operator/sellers', portal: 'operator', page: SellersPage, menu: { labelKey: 'sellers', icon: <ShopOutlined /> } },
  { path: '/operator/product-reviews', portal: 'operator', page: ReviewsPage, menu: { labelKey: 'productReviews', icon: <AuditOutlined /> } },
  { path: '/operator/hosting-reviews', portal: 'operator', page: HostingReviewsPage, menu: { labelKey: 'hostingReviews', icon: <DeploymentUnitOutlined /> } },
  {
    path: '/operator/live-permissions',
    portal: 'operator',
    page: LivePermissionReviewsPage,
    menu: { labelKey: 'livePermissionReviews', icon: <VideoCameraOutlined /> },
  },
  { path: '/operator/lives', portal: 'operator', page: LiveReviewsPage, menu: { labelKey: 'liveReviews', icon: <VideoCameraOutlined /> } },
  { path: '/operator/categories', portal: 'operator', page: CategoriesPage, menu: { labelKey: 'categories', icon: <PercentageOutlined /> } },
  { path: '/operator/finance', portal: 'operator', page: PlatformFinancePage, menu: { labelKey: 'platformFinance', icon: <FundOutlined /> } },
  { path: '/operator/refunds', portal: 'operator', page: OperatorRefundsPage, menu: { labelKey: 'refundReviews', icon: <RollbackOutlined /> } },
  { path: '/operator/price-flags', portal: 'operator', page: PriceFlagsPage, menu: { labelKey: 'priceFlags', icon: <AlertOutlined /> } },
  { path: '/operator/audit-log', portal: 'operator', page: OperatorAuditLogPage, menu: { labelKey: 'auditLog', icon: <FileSearchOutlined /> } },
  {
    path: '/operator/aftersales-settings',
    portal: 'operator',
    page: AftersalesSettingsPage,
    menu: { labelKey: 'aftersalesSettings', icon: <SettingOutlined /> },
  },
  { path: '/operator/provider-links', portal: 'operator', page: ProviderLinksPage, menu: { labelKey: 'providerLinks', icon: <LinkOutlined /> } },
  { path: '/operator/work-calendar', portal: 'operator', page: WorkCalendarPage, menu: { labelKey: 'workCalendar', icon: <CalendarOutlined /> } },
  {
    path: '/operator/delivery-projects',
    portal: 'operator',
    page: OperatorProjectsPage,
    menu: { labelKey: 'deliveryDisputes', icon: <ProjectOutlined /> },
  },
  { path: '/operator/delivery-projects/:id', portal: 'operator', page: OperatorProjectDetailPage, menuParent: '/operator/delivery-projects' },
  { path: '/operator/demands', portal: 'operator', page: RoutingDemandsPage, menu: { labelKey: 'leadRouting', icon: <FileSearchOutlined /> } },
  { path: '/operator/demands/:id', portal: 'operator', page: RoutingDemandPage, menuParent: '/operator/demands' },
  { path: '/operator/profile', portal: 'operator', page: ProfilePage },
  { path: '/operator/notifications', portal: 'operator', page: NotificationsPage },

  // delivery center (交付中心): the shell only, its features come later
  { path: '/delivery', portal: 'delivery', redirectTo: '/delivery/projects' },
  // everyone sees their own work (scope mine); vendor/provider scopes need delivery.projects.view, checked on the page
  { path: '/delivery/projects', portal: 'delivery', page: ProjectsPage, menu: { labelKey: 'deliveryProjects', icon: <SolutionOutlined /> } },
  { path: '/delivery/projects/:id', portal: 'delivery', page: ProjectDetailPage, menuParent: '/delivery/projects' },
  {
    path: '/delivery/templates',
    portal: 'delivery',
    page: TemplatesPage,
    permission: 'delivery.templates',
    menu: { labelKey: 'deliveryTemplates', icon: <ApartmentOutlined /> },
  },
  { path: '/delivery/templates/:id', portal: 'delivery', page: TemplateEditorPage, permission: 'delivery.templates', menuParent: '/delivery/templates' },
  {
    path: '/delivery/products',
    portal: 'delivery',
    page: ProductProvidersPage,
    permission: 'delivery.providers',
    menu: { labelKey: 'deliveryProducts', icon: <AppstoreOutlined /> },
  },
  {
    path: '/delivery/employees',
    portal: 'delivery',
    page: EmployeesPage,
    permission: 'delivery.staff',
    menu: { labelKey: 'deliveryEmployees', icon: <UsergroupAddOutlined /> },
  },
  {
    path: '/delivery/queue',
    portal: 'delivery',
    page: QueuePage,
    permission: 'delivery.projects.view',
    menu: { labelKey: 'deliveryQueue', icon: <FieldTimeOutlined /> },
  },
  {
    path: '/delivery/workbench',
    portal: 'delivery',
    page: ProviderWorkbenchPage,
    permission: 'delivery.projects.view',
    menu: { labelKey: 'deliveryWorkbench', icon: <DashboardOutlined /> },
  },
  // an employee's own pages: only accounts with a delivery profile
  {
    path: '/delivery/my-workbench',
    portal: 'delivery',
    page: EmployeeWorkbenchPage,
    audience: 'deliveryEmployee',
    menu: { labelKey: 'deliveryMyWorkbench', icon: <ProfileOutlined /> },
  },
  { path: '/delivery/me', portal: 'delivery', page: MyDeliveryPage, audience: 'deliveryEmployee', menu: { labelKey: 'deliveryMe', icon: <IdcardOutlined /> } },
  {
    path: '/delivery/roles',
    portal: 'delivery',
    page: DeliveryRolesPage,
    menu: { labelKey: 'deliveryRoles', icon: <TeamOutlined />, group: deliverySettingsGroup },
  },
  {
    path: '/delivery/holidays',
    portal: 'delivery',
    page: HolidaysPage,
    menu: { labelKey: 'deliveryHolidays', icon: <ScheduleOutlined />, group: deliverySettingsGroup },
  },
  {
    path: '/delivery/message-templates',
    portal: 'delivery',
    page: MessageTemplatesPage,
    menu: { labelKey: 'deliveryMessageTemplates', icon: <MessageOutlined />, group: deliverySettingsGroup },
  },
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
