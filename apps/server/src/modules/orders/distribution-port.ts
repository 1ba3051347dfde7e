/**
 * The orders module's only door into distribution (分销): whether a new purchase came through a
 * reseller's link, and the 分销商信息 of a distribution order. Orders keeps the facts on its own
 * rows (reseller_id, distribution_rate_pct, fixed at placing); distribution names the reseller
 * and reads the commission from the ledger.
 */
export { orderResellerOf, resolveReferral, type DistributionOrderFacts, type Referral } from '../distribution/index.js';
