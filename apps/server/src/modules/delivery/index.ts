import type { ModuleDef } from '../../platform/module.js';
import { calendarRoutes, ensureCalendarSeeded } from './calendar/index.js';
import { deliverySweeps } from './delivery.jobs.js';
import { simulationRoutes } from './engine/index.js';
import { deliveryHandlers, projectActionRoutes, projectViewRoutes, queueRoutes } from './projects/index.js';
import { providerRoutes } from './providers/index.js';
import { staffRoutes } from './staff/index.js';
import { ensurePublicTemplates, templateRoutes } from './templates/index.js';
import { workbenchRoutes } from './workbench/index.js';

// tables stay inside: other modules reach delivery through the functions below (test kits and the bench import delivery.tables.ts directly)
export { demoDeliveryLogins, seedDeliveryDemo } from './delivery.seed.js';
// measured by bench/ (assignment, export, workbench) and used by the test kits (src/test/kits/delivery)
export { beijingDay } from './calendar/index.js';
// 托管平台's "审核需要1~3个工作日": the expected review date by the work calendar
export { addWorkingDays, loadCalendar } from './calendar/index.js';
export { chooseEmployee, type Random } from './engine/index.js';
export { projectExport, startProject } from './projects/index.js';
export { providerWorkbench } from './workbench/index.js';
// read-only counts for the portals' home pages
export { buyerProjectActions, overdueProjectCount } from './projects/index.js';
// read-only, for 商品成长's 交付力 factors
export { productProjectCounts, type ProductProjectCounts } from './projects/product-project-counts.queries.js';

/** Delivery center (DOMAIN 5): templates, providers and people, projects run by a small workflow engine. */
export const deliveryModule: ModuleDef = {
  name: 'delivery',
  async init(deps) {
    await ensureCalendarSeeded(deps);
    await ensurePublicTemplates(deps);
  },
  routes(app, deps) {
    calendarRoutes(app, deps);
    templateRoutes(app, deps);
    simulationRoutes(app, deps);
    providerRoutes(app, deps);
    staffRoutes(app, deps);
    projectActionRoutes(app, deps);
    projectViewRoutes(app, deps);
    queueRoutes(app, deps);
    workbenchRoutes(app, deps);
  },
  handlers: deliveryHandlers,
  sweeps: deliverySweeps,
};
