// Providers room: vendor ↔ provider links and each product's providers. What other rooms use.
export { providerRoutes } from './providers.routes.js';
export { productProviderRows } from './providers.service.js';
