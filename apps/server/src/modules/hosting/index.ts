import type { ModuleDef } from '../../platform/module.js';
import { hostingRoutes } from './hosting.routes.js';

export { hostedProducts, hostingReviewLogs } from './hosting.tables.js';
export { hostingPermissions } from './hosting.permissions.js';
// the catalog's product page (云原生产品徽章) and 商品成长's hosting bonus
export { cloudNativeProductIds } from './hosting.queries.js';
// demo data through the real services
export { createHostedProduct, decideReview, linkProduct, submitArchitecture, submitHosting } from './hosting.service.js';
export { securityReportTemplatePdf } from './security-report-template.js';

/** 托管平台 (guide 1): hosted products, 架构审核 and 托管审核, the link to a listed product. */
export const hostingModule: ModuleDef = {
  name: 'hosting',
  routes: (app, deps) => hostingRoutes(app, deps),
};
