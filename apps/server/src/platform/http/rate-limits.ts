import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import { systemClock } from '../clock.js';
import type { Db } from '../db/client.js';
import { DomainError } from '../errors.js';
import type { Scheduler } from '../scheduler.js';
import { forgetIdleWindows, sharedRateStore } from './shared-rate-store.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The per-minute budget of an anonymous write route, or null for routes not limited here. */
export function publicWriteBudget(
  config: Pick<Config, 'RATE_LIMIT_SIGNUP_PER_MINUTE' | 'RATE_LIMIT_LOGIN_PER_MINUTE' | 'RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE'>,
  method: string,
  url: string,
  route: { auth?: string; csrf?: false; rateLimit?: unknown },
): number | null {
  if (route.auth !== 'public' || SAFE_METHODS.has(method) || route.rateLimit !== undefined) return null;
  // /track keeps its own token bucket per visitor and per address (analytics)
  if (url === '/api/v1/track') return null;
  if (url === '/api/v1/auth/signup') return config.RATE_LIMIT_SIGNUP_PER_MINUTE;
  if (url === '/api/v1/auth/login') return config.RATE_LIMIT_LOGIN_PER_MINUTE;
  return config.RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE;
}

/**
 * Rate limits on sign-up, log-in and every other anonymous write (issue 17 item 5), per client
 * address, counted in the database so every server process of it shares one budget
 * (shared-rate-store.ts; docs/scaling.md). Over budget: 429 `rate_limited` with Retry-After.
 * Must be registered before the routes.
 */
export async function registerRateLimits(app: FastifyInstance, config: Config, deps: { db: Db; scheduler: Scheduler }): Promise<void> {
  // runs before the plugin's own onRoute hook (added below), which reads config.rateLimit
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const cfg = (route.config ?? {}) as { auth?: string; csrf?: false; rateLimit?: unknown };
    const budgets = methods.map((m) => publicWriteBudget(config, m, route.url, cfg)).filter((b): b is number => b !== null);
    if (budgets.length) route.config = { ...cfg, rateLimit: { max: Math.min(...budgets), timeWindow: 60_000 } } as typeof route.config;
  });
  // Windows follow real elapsed time, also under CLOCK=manual (tests, e2e, the dev clock): a manual
  // clock that stands still must not close an address out for good.
  deps.scheduler.register({ name: 'platform.rate-limit-windows', intervalMs: 10 * 60_000, run: ({ tx }) => forgetIdleWindows(tx, systemClock.now()) });
  await app.register(rateLimit, {
    global: false,
    store: sharedRateStore(deps.db, systemClock),
    keyGenerator: (req) => req.ip,
    errorResponseBuilder: (_req, ctx) => new DomainError('rate_limited', `too many requests from this address; retry in ${ctx.after}`),
  });
}
