import { hashPassword } from '../platform/auth/password.js';
import type { Db } from '../platform/db/client.js';
import { hasAccounts, seedDemoAccounts, type DemoAccountIds } from '../modules/accounts/index.js';
import { seedCatalog, type CatalogSeedIds } from '../modules/catalog/index.js';
import { seedDemoOrders } from '../modules/orders/index.js';
import { demoDeliveryLogins, seedDeliveryDemo } from '../modules/delivery/index.js';

export const DEMO_PASSWORD = 'Demo1234';

export const demoLogins = [
  { role: 'seller main account (Demo ISV)', login: 'demo' },
  { role: 'seller sub-account, orders group', login: 'ops@demoisv' },
  { role: 'seller sub-account, account-admin group', login: 'admin@demoisv' },
  { role: 'second seller (Acme Cloud)', login: 'acme' },
  { role: 'buyer', login: 'buyer' },
  { role: 'operator', login: 'operator' },
  ...demoDeliveryLogins,
] as const;

export interface DemoIds extends DemoAccountIds {
  catalog: CatalogSeedIds;
}

/** True when the database already has accounts: the demo is seeded on first run only. */
export function isSeeded(db: Db): Promise<boolean> {
  return hasAccounts(db);
}

/** `delivery: false` leaves out the delivery staff and flow (tests build their own). */
export async function seedDemo(db: Db, now: Date, opts: { orders?: boolean; delivery?: boolean } = {}): Promise<DemoIds> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = await db.transaction(async (tx) => {
    const accounts = await seedDemoAccounts(tx, now, passwordHash);
    if (opts.orders !== false) await seedDemoOrders(tx, now, accounts);
    return accounts;
  });
  // products reference the sellers committed above
  const catalog = await seedCatalog(db, now, { demoSellerId: ids.demoSellerId, acmeSellerId: ids.acmeSellerId });
  if (opts.delivery !== false)
    await seedDeliveryDemo(db, now, { demoSellerId: ids.demoSellerId, passwordHash, websiteProductId: catalog.products.websiteBuild });
  return { ...ids, catalog };
}
