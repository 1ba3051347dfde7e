// Projects room: starting projects, the actions and views on them, messages, files and the queue page. What other rooms use.
export { projectActionRoutes } from './project-actions.routes.js';
export { closeProjectsOfInstance } from './project-control.service.js';
export { projectExport } from './project-csv.js';
export { projectViewRoutes } from './project-views.routes.js';
export { deliveryHandlers } from './projects.handlers.js';
export { startProject } from './projects.service.js';
export { queueRoutes } from './queue.routes.js';
export { buyerProjectActions, overdueProjectCount } from './home-counts.queries.js';
