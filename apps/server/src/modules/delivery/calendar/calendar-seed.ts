import { createRequire } from 'node:module';
import { and, eq, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../../../platform/module.js';
import { workCalendarDays } from '../delivery.tables.js';

/** The preset calendar starts here; older years matter to no timeout. */
const FIRST_PRESET_DAY = '2024-01-01';

export interface PresetCalendarDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
}

// chinese-days' lookup functions build their tables with local-time Dates, so getDayDetail()
// answers a day off in time zones west of UTC. Its JSON build of the same arrangement is a
// plain { 'YYYY-MM-DD': 'English,中文,n' } map and does not depend on the server's zone.
const presetFile = z.object({ holidays: z.record(z.string(), z.string()), workdays: z.record(z.string(), z.string()) });

/** 'National Day,国庆节,3' → '国庆节' (the name the holiday view shows). */
function chineseName(raw: string): string {
  const parts = raw.split(',');
  return (parts[1] ?? parts[0] ?? raw).trim() || raw;
}

let presets: readonly PresetCalendarDay[] | undefined;

/**
 * Every holiday (weekend days inside a holiday included, so the view can show 放假天数) and
 * every make-up workday from chinese-days, from 2024 on, sorted by day.
 */
export function presetCalendarDays(): readonly PresetCalendarDay[] {
  if (presets) return presets;
  const data = presetFile.parse(createRequire(import.meta.url)('chinese-days/dist/chinese-days.json'));
  const rows: PresetCalendarDay[] = [];
  for (const [day, raw] of Object.entries(data.holidays)) if (day >= FIRST_PRESET_DAY) rows.push({ day, kind: 'holiday', name: chineseName(raw) });
  for (const [day, raw] of Object.entries(data.workdays)) if (day >= FIRST_PRESET_DAY) rows.push({ day, kind: 'workday', name: chineseName(raw) });
  presets = rows.sort((a, b) => (a.day < b.day ? -1 : 1));
  return presets;
}

/**
 * Inserts the preset days of every year that has no preset row yet. Runs at each start: one
 * small query when seeded. A year counts as seeded once any preset row of it exists, so an
 * operator's deletion of a preset day is never undone, and `on conflict do nothing` never
 * overwrites a day the operator set; a newer chinese-days adds its new years on next start.
 */
export async function ensureCalendarSeeded(deps: Pick<Deps, 'db' | 'clock'>): Promise<void> {
  const seeded = await deps.db
    .selectDistinct({ year: sql<string>`substr(${workCalendarDays.day}, 1, 4)` })
    .from(workCalendarDays)
    .where(and(eq(workCalendarDays.source, 'preset'), gte(workCalendarDays.day, FIRST_PRESET_DAY)));
  const seededYears = new Set(seeded.map((r) => r.year));
  const missing = presetCalendarDays().filter((r) => !seededYears.has(r.day.slice(0, 4)));
  if (missing.length === 0) return;
  const now = deps.clock.now();
  await deps.db
    .insert(workCalendarDays)
    .values(missing.map((r) => ({ ...r, source: 'preset' as const, updatedAt: now })))
    .onConflictDoNothing({ target: workCalendarDays.day });
}
