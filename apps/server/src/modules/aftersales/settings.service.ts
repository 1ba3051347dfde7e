import type { AftersalesSettings } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { Deps } from '../../platform/module.js';
import { aftersalesSettings } from './aftersales.tables.js';

const SETTINGS_ID = 'default';

/** DOMAIN 2.5: a 5-day no-reason window; an undecided buyer refund is approved after 3 days. */
export const DEFAULT_AFTERSALES_SETTINGS: AftersalesSettings = { refundWindowDays: 5, autoApproveDays: 3 };

const columns = { refundWindowDays: aftersalesSettings.refundWindowDays, autoApproveDays: aftersalesSettings.autoApproveDays };

/** The marketplace's after-sales settings; the first read creates the row with the defaults. */
export async function getSettings(db: Db, now: Date): Promise<AftersalesSettings> {
  const [row] = await db.select(columns).from(aftersalesSettings).where(eq(aftersalesSettings.id, SETTINGS_ID));
  if (row) return row;
  await db
    .insert(aftersalesSettings)
    .values({ id: SETTINGS_ID, ...DEFAULT_AFTERSALES_SETTINGS, updatedAt: now })
    .onConflictDoNothing();
  return DEFAULT_AFTERSALES_SETTINGS;
}

/** Create-or-replace the one settings row. Takes effect for the next request (no caching). */
export async function saveSettings(deps: Pick<Deps, 'db' | 'clock'>, operatorId: string, body: AftersalesSettings): Promise<AftersalesSettings> {
  const now = deps.clock.now();
  const values = { refundWindowDays: body.refundWindowDays, autoApproveDays: body.autoApproveDays, updatedAt: now, updatedBy: operatorId };
  await deps.db
    .insert(aftersalesSettings)
    .values({ id: SETTINGS_ID, ...values })
    .onConflictDoUpdate({ target: aftersalesSettings.id, set: values });
  return getSettings(deps.db, now);
}
