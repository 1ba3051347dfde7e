import { deliverySection } from '../features/delivery/delivery.section';
import { page } from './lazy-page';
import { PortalRoutes } from './PortalRoutes';
import type { AppRoute, MenuGroup } from './routes';
import { NotificationsPage, ProfilePage } from './shared-pages';
import { commerceSection } from '../shared/i18n/commerce.section';
import { downloadsSection } from '../features/downloads/downloads.section';
import { lazyMenuIcons } from './menu-icons';

/** the menu's icons load right after the first paint (app/menu-icons.tsx) */
const menuIcon = lazyMenuIcons(() => import('./delivery-menu-icons'));

const ProjectsPage = page(() => import('../features/delivery/projects/ProjectsPage'), 'ProjectsPage', [deliverySection, downloadsSection]);
const ProjectDetailPage = page(() => import('../features/delivery/projects/ProjectDetailPage'), 'ProjectDetailPage', [
  deliverySection,
  downloadsSection,
  commerceSection,
]);
const TemplatesPage = page(() => import('../features/delivery/templates/TemplatesPage'), 'TemplatesPage', [deliverySection]);
const TemplateEditorPage = page(() => import('../features/delivery/templates/TemplateEditorPage'), 'TemplateEditorPage', [deliverySection]);
const QueuePage = page(() => import('../features/delivery/queue/QueuePage'), 'QueuePage', [deliverySection, downloadsSection]);
const ProviderWorkbenchPage = page(() => import('../features/delivery/workbench/ProviderWorkbenchPage'), 'ProviderWorkbenchPage', [deliverySection]);
const EmployeeWorkbenchPage = page(() => import('../features/delivery/workbench/EmployeeWorkbenchPage'), 'EmployeeWorkbenchPage', [deliverySection]);
const ProductProvidersPage = page(() => import('../features/delivery/staff/ProductProvidersPage'), 'ProductProvidersPage', [deliverySection, commerceSection]);
const EmployeesPage = page(() => import('../features/delivery/staff/EmployeesPage'), 'EmployeesPage', [deliverySection]);
const MyDeliveryPage = page(() => import('../features/delivery/staff/MyDeliveryPage'), 'MyDeliveryPage', [deliverySection]);
const DeliveryRolesPage = page(() => import('../features/delivery/staff/PresetPages'), 'RolesPage', [deliverySection]);
const MessageTemplatesPage = page(() => import('../features/delivery/staff/PresetPages'), 'MessageTemplatesPage', [deliverySection]);
const HolidaysPage = page(() => import('../features/delivery/staff/HolidaysPage'), 'HolidaysPage', [deliverySection]);

const deliverySettingsGroup: MenuGroup = { key: 'delivery-settings', labelKey: 'deliverySettings', icon: menuIcon('ToolOutlined') };

/** The delivery center (交付中心)'s part of the route table (see ./routes.tsx): loaded with that console only. */
export const deliveryRoutes: readonly AppRoute[] = [
  // delivery center (交付中心): the shell only, its features come later
  { path: '/delivery', portal: 'delivery', redirectTo: '/delivery/projects' },
  // everyone sees their own work (scope mine); vendor/provider scopes need delivery.projects.view, checked on the page
  { path: '/delivery/projects', portal: 'delivery', page: ProjectsPage, menu: { labelKey: 'deliveryProjects', icon: menuIcon('SolutionOutlined') } },
  { path: '/delivery/projects/:id', portal: 'delivery', page: ProjectDetailPage, menuParent: '/delivery/projects' },
  {
    path: '/delivery/templates',
    portal: 'delivery',
    page: TemplatesPage,
    permission: 'delivery.templates',
    menu: { labelKey: 'deliveryTemplates', icon: menuIcon('ApartmentOutlined') },
  },
  { path: '/delivery/templates/:id', portal: 'delivery', page: TemplateEditorPage, permission: 'delivery.templates', menuParent: '/delivery/templates' },
  {
    path: '/delivery/products',
    portal: 'delivery',
    page: ProductProvidersPage,
    permission: 'delivery.providers',
    menu: { labelKey: 'deliveryProducts', icon: menuIcon('AppstoreOutlined') },
  },
  {
    path: '/delivery/employees',
    portal: 'delivery',
    page: EmployeesPage,
    permission: 'delivery.staff',
    menu: { labelKey: 'deliveryEmployees', icon: menuIcon('UsergroupAddOutlined') },
  },
  {
    path: '/delivery/queue',
    portal: 'delivery',
    page: QueuePage,
    permission: 'delivery.projects.view',
    menu: { labelKey: 'deliveryQueue', icon: menuIcon('FieldTimeOutlined') },
  },
  {
    path: '/delivery/workbench',
    portal: 'delivery',
    page: ProviderWorkbenchPage,
    permission: 'delivery.projects.view',
    menu: { labelKey: 'deliveryWorkbench', icon: menuIcon('DashboardOutlined') },
  },
  // an employee's own pages: only accounts with a delivery profile
  {
    path: '/delivery/my-workbench',
    portal: 'delivery',
    page: EmployeeWorkbenchPage,
    audience: 'deliveryEmployee',
    menu: { labelKey: 'deliveryMyWorkbench', icon: menuIcon('ProfileOutlined') },
  },
  {
    path: '/delivery/me',
    portal: 'delivery',
    page: MyDeliveryPage,
    audience: 'deliveryEmployee',
    menu: { labelKey: 'deliveryMe', icon: menuIcon('IdcardOutlined') },
  },
  {
    path: '/delivery/roles',
    portal: 'delivery',
    page: DeliveryRolesPage,
    menu: { labelKey: 'deliveryRoles', icon: menuIcon('TeamOutlined'), group: deliverySettingsGroup },
  },
  {
    path: '/delivery/holidays',
    portal: 'delivery',
    page: HolidaysPage,
    menu: { labelKey: 'deliveryHolidays', icon: menuIcon('ScheduleOutlined'), group: deliverySettingsGroup },
  },
  {
    path: '/delivery/message-templates',
    portal: 'delivery',
    page: MessageTemplatesPage,
    menu: { labelKey: 'deliveryMessageTemplates', icon: menuIcon('MessageOutlined'), group: deliverySettingsGroup },
  },
  { path: '/delivery/profile', portal: 'delivery', page: ProfilePage, menu: { labelKey: 'profile', icon: menuIcon('UserOutlined') } },
  { path: '/delivery/notifications', portal: 'delivery', page: NotificationsPage },
];

/** The delivery console under its base: the shared console shell around this table. */
export function DeliveryConsole() {
  return <PortalRoutes portal="delivery" routes={deliveryRoutes} />;
}
