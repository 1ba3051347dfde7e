import { z } from 'zod';
import { ManualClock } from './clock.js';
import { DomainError } from './errors.js';
import type { App, Deps } from './module.js';

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export function parseDuration(s: string): number | null {
  const m = DURATION.exec(s.trim());
  if (!m) return null;
  return Math.round(Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS]);
}

const clockBody = z
  .object({
    set: z.iso.datetime({ offset: true }).optional(),
    advance: z
      .string()
      .refine((s) => parseDuration(s) !== null, 'a duration like 90s, 15m, 36h or 7d')
      .optional(),
  })
  .refine((b) => b.set || b.advance, 'give set (ISO time) or advance (duration)');

const clockReply = z.object({
  now: z.string(),
  sweeps: z.array(z.object({ name: z.string(), affected: z.number(), error: z.string().optional() })),
});

/** CLOCK=manual only (never in production): read, set or advance time and run due sweeps. */
export function registerDevClock(app: App, deps: Deps): void {
  const clock = deps.clock;
  if (!(clock instanceof ManualClock)) return;
  app.get('/dev/clock', { config: { auth: 'public' }, schema: { tags: ['dev'], response: { 200: z.object({ now: z.string() }) } } }, async () => ({
    now: clock.now().toISOString(),
  }));
  app.post('/dev/clock', { config: { auth: 'public' }, schema: { tags: ['dev'], body: clockBody, response: { 200: clockReply } } }, async (req) => {
    if (req.body.set) clock.set(new Date(req.body.set));
    if (req.body.advance) {
      const ms = parseDuration(req.body.advance);
      if (ms === null || ms < 0) throw new DomainError('validation_failed', 'bad duration');
      clock.advance(ms);
    }
    const sweeps = await deps.scheduler.runDue();
    return { now: clock.now().toISOString(), sweeps };
  });
}
