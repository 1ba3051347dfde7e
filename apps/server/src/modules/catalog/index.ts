import { registerFileAccess } from '../../platform/files/index.js';
import type { ModuleDef } from '../../platform/module.js';
import { listedProductMediaAccess } from './catalog.files.js';
import { operatorCatalogRoutes } from './operator.routes.js';
import { sellerProductRoutes } from './products.routes.js';
import { storeRoutes } from './store.routes.js';

// read-only joins and foreign keys; catalog's rows change only through its own functions
export { categories, productSpecs, products, specMeters, specPrices } from './catalog.tables.js';
export { getCommissionBp, resolvePurchase, resolvePurchaseKept, type PurchaseRequest, type ResolvedPurchase } from './purchase.js';
export { purchasePurposes, renewableAfterDelisting, type PurchasePurpose } from './purchase-rules.js';
export { seedCatalog, type CatalogSeedIds } from './catalog.seed.js';
export { setMeteringKey, setSpiEndpoint, type SpiEndpoint } from './product-integration.js';
export { catalogHomeCounts } from './home-counts.queries.js';
// 商机's 前提条件: at least one listed service product
export { listedServiceProductCounts } from './service-products.queries.js';
// 报价单 (leads): the seller's products a quote may name
export { quotableProducts, quotableProductTypes } from './quotable.queries.js';

export const catalogModule: ModuleDef = {
  name: 'catalog',
  routes: (app, deps) => {
    // product pages show their images and video to everyone signed in
    registerFileAccess('catalog.listed_product_media', listedProductMediaAccess);
    sellerProductRoutes(app, deps);
    operatorCatalogRoutes(app, deps);
    storeRoutes(app, deps);
  },
};
