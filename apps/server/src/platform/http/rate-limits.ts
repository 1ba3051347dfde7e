import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import { DomainError } from '../errors.js';

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
 * address, with @fastify/rate-limit's in-process store: each server process counts its own (with
 * several processes behind a proxy the budget is per process; docs/scaling.md). Over budget: 429
 * `rate_limited` with Retry-After. Must be registered before the routes.
 */
export async function registerRateLimits(app: FastifyInstance, config: Config): Promise<void> {
  // runs before the plugin's own onRoute hook (added below), which reads config.rateLimit
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const cfg = (route.config ?? {}) as { auth?: string; csrf?: false; rateLimit?: unknown };
    const budgets = methods.map((m) => publicWriteBudget(config, m, route.url, cfg)).filter((b): b is number => b !== null);
    if (budgets.length) route.config = { ...cfg, rateLimit: { max: Math.min(...budgets), timeWindow: 60_000 } } as typeof route.config;
  });
  await app.register(rateLimit, {
    global: false,
    keyGenerator: (req) => req.ip,
    errorResponseBuilder: (_req, ctx) => new DomainError('rate_limited', `too many requests from this address; retry in ${ctx.after}`),
  });
}
