import type { auditZhCN } from '../../features/audit/audit.zh-CN';
import type { analyticsZhCN } from '../../features/analytics/analytics.zh-CN';
import type { customersZhCN } from '../../features/customers/customers.zh-CN';
import type { growthZhCN } from '../../features/growth/growth.zh-CN';
import type { hostingZhCN } from '../../features/hosting/hosting.zh-CN';
import type { liveZhCN } from '../../features/live/live.zh-CN';
import type { deliveryCatalogueZhCN } from '../../features/delivery/delivery-catalogue.zh-CN';
import type { distributionZhCN } from '../../features/distribution/distribution.zh-CN';
import type { leadsSellerZhCN } from '../../features/leads/seller/leads-seller.zh-CN';
import type { leadsBuyerZhCN } from '../../features/leads/buyer/leads-buyer.zh-CN';
import type { leadsOperatorZhCN } from '../../features/leads/operator/leads-operator.zh-CN';
import type { promotionsZhCN } from '../../features/promotions/promotions.zh-CN';
import type { storeZhCN } from '../../features/store/store.zh-CN';
import type { promotionsBuyerZhCN } from '../../features/promotions-buyer/promotions-buyer.zh-CN';
import type { buyerAftersalesZhCN } from '../../features/aftersales/buyer/buyer-aftersales.zh-CN';
import type { commerceZhCN } from './commerce.zh-CN';
import type { aftersalesZhCN } from '../../features/aftersales/aftersales.zh-CN';
import type { refundBalanceZhCN } from '../../features/aftersales/refund-balance.zh-CN';
import type { billPayZhCN } from '../../features/billing/bill-pay.zh-CN';
import type { appInfoZhCN } from '../../features/orders/app-info.zh-CN';
import type { downloadsZhCN } from '../../features/downloads/downloads.zh-CN';

/**
 * The shapes of the lazily loaded sections (./sections.ts), taken from their zh-CN files by
 * `import type` only (nothing here is loaded at run time). A feature adds its line here and a
 * `<name>.section.ts` beside its strings.
 */
type DeliveryCatalogue = typeof deliveryCatalogueZhCN;
export interface LazySections extends DeliveryCatalogue {
  promotions: typeof promotionsZhCN;
  distribution: typeof distributionZhCN;
  customers: typeof customersZhCN;
  growth: typeof growthZhCN;
  hosting: typeof hostingZhCN;
  live: typeof liveZhCN;
  leadsSeller: typeof leadsSellerZhCN;
  leadsBuyer: typeof leadsBuyerZhCN;
  leadsOperator: typeof leadsOperatorZhCN;
  analytics: typeof analyticsZhCN;
  audit: typeof auditZhCN;
  store: typeof storeZhCN;
  promotionsBuyer: typeof promotionsBuyerZhCN;
  buyerAftersales: typeof buyerAftersalesZhCN;
  commerce: typeof commerceZhCN;
  aftersales: typeof aftersalesZhCN;
  refundBalance: typeof refundBalanceZhCN;
  billPay: typeof billPayZhCN;
  appInfo: typeof appInfoZhCN;
  downloads: typeof downloadsZhCN;
}
