// Workbench room: the provider's and the employee's workbench figures. What other rooms use.
export { providerWorkbench } from './provider-workbench.queries.js';
export { workbenchRoutes } from './workbench.routes.js';
