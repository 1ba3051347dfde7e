import { auditModule } from '../platform/audit/index.js';
import { downloadsModule } from '../platform/downloads/index.js';
import { filesModule } from '../platform/files/index.js';
import type { ModuleDef } from '../platform/module.js';
import { accountsModule } from './accounts/index.js';
import { aftersalesModule } from './aftersales/index.js';
import { reviewsModule } from './reviews/index.js';
import { deliveryModule } from './delivery/index.js';
import { distributionModule } from './distribution/index.js';
import { homeModule } from './home/index.js';
import { billingModule } from './billing/index.js';
import { catalogModule } from './catalog/index.js';
import { ledgerModule } from './ledger/index.js';
import { notificationsModule } from './notifications/index.js';
import { ordersModule } from './orders/index.js';
import { provisioningModule } from './provisioning/index.js';
import { promotionsModule } from './promotions/index.js';
import { leadsModule } from './leads/index.js';
import { telephonyModule } from './telephony/index.js';
import { customersModule } from './customers/index.js';
import { analyticsModule } from './analytics/index.js';
import { growthModule } from './growth/index.js';
import { hostingModule } from './hosting/index.js';
import { liveModule } from './live/index.js';

/** Every bounded context of the running system, in registration order. */
export const modules: readonly ModuleDef[] = [
  accountsModule,
  notificationsModule,
  filesModule,
  downloadsModule,
  auditModule,
  catalogModule,
  ordersModule,
  provisioningModule,
  billingModule,
  ledgerModule,
  aftersalesModule,
  reviewsModule,
  promotionsModule,
  telephonyModule,
  leadsModule,
  distributionModule,
  customersModule,
  analyticsModule,
  deliveryModule,
  homeModule,
  growthModule,
  hostingModule,
  liveModule,
];
