import type { Config } from '../config.js';
import { hashPassword } from '../platform/auth/password.js';
import { DAY } from '../platform/clock.js';
import type { Db } from '../platform/db/client.js';
import { hasAccounts, seedDemoAccounts, type DemoAccountIds } from '../modules/accounts/index.js';
import { seedCatalog, setSpiEndpoint, type CatalogSeedIds } from '../modules/catalog/index.js';
import { demoDeliveryLogins, seedDeliveryDemo } from '../modules/delivery/index.js';
import { DEMO_SPI, startDemoIsvEndpoint } from './demo-isv-endpoint.js';
import { DemoSession, type DemoUser } from './demo-session.js';
import { STORY_DAYS, tellDemoStory } from './demo-story.js';

export const DEMO_PASSWORD = 'Demo1234';

/** Buyers who sign up during the story (besides `buyer`), with the demo password. */
export const demoStoryBuyers = [
  { login: 'xinghe', displayName: '星河科技 李娜', email: 'xinghe@example.com' },
  { login: 'lanjing', displayName: '蓝鲸物流 王磊', email: 'lanjing@example.com' },
] as const;

export const demoLogins = [
  { role: 'seller main account (Demo ISV)', login: 'demo' },
  { role: 'seller sub-account, orders group', login: 'ops@demoisv' },
  { role: 'seller sub-account, account-admin group', login: 'admin@demoisv' },
  { role: 'second seller (Acme Cloud)', login: 'acme' },
  { role: 'buyer', login: 'buyer' },
  { role: 'buyer (more orders in the demo)', login: 'xinghe' },
  { role: 'operator', login: 'operator' },
  ...demoDeliveryLogins,
] as const;

export interface DemoIds extends DemoAccountIds {
  catalog: CatalogSeedIds;
}

export interface SeedDemoOptions {
  /** the demo's orders and everything that follows them (false: accounts and catalogue only) */
  orders?: boolean;
  /** `false` leaves out the delivery staff and flow (tests build their own) */
  delivery?: boolean;
  /** the running server's configuration (its files directory keeps the seeded uploads) */
  config?: Config;
  dbKind?: 'pglite' | 'pg';
}

/** True when the database already has accounts: the demo is seeded on first run only. */
export function isSeeded(db: Db): Promise<boolean> {
  return hasAccounts(db);
}

/**
 * The demo marketplace. Accounts, the catalogue and the delivery staff are inserted; every
 * order and what follows it is made by the real routes and services on a manual clock that
 * runs from {@link STORY_DAYS} days ago to `now` (see demo-story.ts), so every page's
 * figures agree with each other.
 */
export async function seedDemo(db: Db, now: Date, opts: SeedDemoOptions = {}): Promise<DemoIds> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const origin = new Date(now.getTime() - (STORY_DAYS + 4) * DAY);
  const ids = await db.transaction((tx) => seedDemoAccounts(tx, origin, passwordHash));
  const catalog = await seedCatalog(db, now, { demoSellerId: ids.demoSellerId, acmeSellerId: ids.acmeSellerId });
  const delivery = opts.delivery !== false;
  if (delivery) await seedDeliveryDemo(db, origin, { demoSellerId: ids.demoSellerId, passwordHash, websiteProductId: catalog.products.websiteBuild });
  if (opts.orders !== false) await seedDemoStory(db, now, origin, { ids, catalog, delivery, ...opts });
  return { ...ids, catalog };
}

async function seedDemoStory(
  db: Db,
  now: Date,
  origin: Date,
  o: { ids: DemoAccountIds; catalog: CatalogSeedIds; delivery: boolean; config?: Config; dbKind?: 'pglite' | 'pg' },
): Promise<void> {
  const cs = o.catalog.products.customerService;
  // the demo ISV's system answers the SaaS product's SPI calls while the story runs; the
  // product then points at examples/isv-receiver's address, as the README describes
  const isv = await startDemoIsvEndpoint();
  await setSpiEndpoint(db, o.ids.demoSellerId, cs, { ...DEMO_SPI, url: isv.url }, origin);
  const session = await DemoSession.open(db, origin, { ...(o.config ? { config: o.config } : {}), ...(o.dbKind ? { dbKind: o.dbKind } : {}) });
  const users: DemoUser[] = [];
  try {
    const login = async (name: string) => {
      const u = await session.login(name, DEMO_PASSWORD);
      users.push(u);
      return u;
    };
    for (const b of demoStoryBuyers) {
      await session
        .anonymous()
        .post('/auth/signup', { kind: 'buyer', loginName: b.login, password: DEMO_PASSWORD, displayName: b.displayName, email: b.email });
    }
    const cast = {
      buyer: await login('buyer'),
      xinghe: await login('xinghe'),
      lanjing: await login('lanjing'),
      demo: await login('demo'),
      acme: await login('acme'),
      operator: await login('operator'),
      designers: o.delivery ? [await login('designer1@demoisv'), await login('designer2@demoisv')] : null,
    };
    await tellDemoStory(session, now, o.catalog, cast);
    for (const u of users) await u.post('/auth/logout');
  } finally {
    await session.close();
    await isv.close();
    await setSpiEndpoint(db, o.ids.demoSellerId, cs, DEMO_SPI, origin);
  }
}
