// Every table of every module, for drizzle's relational queries and drizzle-kit.
// drizzle.config.ts points at the *.tables.ts files directly; this index must list the same.
import * as platform from './platform.tables.js';
import * as files from '../files/files.tables.js';
import * as downloads from '../downloads/downloads.tables.js';
import * as audit from '../audit/audit.tables.js';
import * as notifications from '../../modules/notifications/notifications.tables.js';
import * as accounts from '../../modules/accounts/accounts.tables.js';
import * as orders from '../../modules/orders/orders.tables.js';
import * as catalog from '../../modules/catalog/catalog.tables.js';
import * as provisioning from '../../modules/provisioning/provisioning.tables.js';
import * as billing from '../../modules/billing/billing.tables.js';
import * as ledger from '../../modules/ledger/ledger.tables.js';
import * as aftersales from '../../modules/aftersales/aftersales.tables.js';
import * as reviews from '../../modules/reviews/reviews.tables.js';
import * as delivery from '../../modules/delivery/delivery.tables.js';
import * as promotions from '../../modules/promotions/promotions.tables.js';
import * as leads from '../../modules/leads/leads.tables.js';
import * as telephony from '../../modules/telephony/telephony.tables.js';
import * as distribution from '../../modules/distribution/distribution.tables.js';
import * as customers from '../../modules/customers/customers.tables.js';
import * as analytics from '../../modules/analytics/analytics.tables.js';
import * as growth from '../../modules/growth/growth.tables.js';
import * as hosting from '../../modules/hosting/hosting.tables.js';
import * as live from '../../modules/live/live.tables.js';

export const schema = {
  ...platform,
  ...files,
  ...downloads,
  ...audit,
  ...notifications,
  ...accounts,
  ...orders,
  ...catalog,
  ...provisioning,
  ...billing,
  ...ledger,
  ...aftersales,
  ...reviews,
  ...delivery,
  ...promotions,
  ...leads,
  ...telephony,
  ...distribution,
  ...customers,
  ...analytics,
  ...growth,
  ...hosting,
  ...live,
};
