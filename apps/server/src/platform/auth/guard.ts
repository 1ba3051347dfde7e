import type { Permission } from '@cloudmart/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.js';
import { hasPermission, type Actor, type AuthRule } from './actor.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, csrfTokenFor, safeEqual } from './tokens.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthRule;
    /** seller-portal permission node the route needs (main accounts hold all) */
    permission?: Permission;
    /** reachable while a generated password still has to be changed (me, logout, change password) */
    allowPendingPasswordChange?: boolean;
    /**
     * `false` skips the CSRF header check for a signed-in caller: only for a write a forged
     * request cannot abuse and a browser sends without headers (navigator.sendBeacon to /track).
     */
    csrf?: false;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

export type ResolveActor = (token: string, req: FastifyRequest) => Promise<Actor | null>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface GuardedRoute {
  method: string;
  url: string;
  auth: AuthRule;
  permission?: Permission;
}

/**
 * Authentication, authorisation and CSRF for every route that declares `config.auth`.
 * Runs in onRequest, before body validation, so an unauthorised caller learns nothing
 * about the shape a route expects. Returns the route catalogue it guards (for tests).
 */
export function registerGuard(app: FastifyInstance, resolveActor: ResolveActor, secret: string): GuardedRoute[] {
  const catalogue: GuardedRoute[] = [];
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const cfg = route.config;
    if (!cfg?.auth) throw new Error(`route ${String(route.method)} ${route.url} declares no config.auth`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) {
      if (m === 'HEAD') continue;
      catalogue.push({ method: m, url: route.url, auth: cfg.auth, ...(cfg.permission ? { permission: cfg.permission } : {}) });
    }
  });

  app.addHook('onRequest', async (req) => {
    const cfg = req.routeOptions.config;
    if (!cfg?.auth) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      req.sessionToken = token;
      req.actor = await resolveActor(token, req);
    }
    if (!SAFE_METHODS.has(req.method) && token && req.actor && cfg.csrf !== false) {
      const sent = req.headers[CSRF_HEADER];
      const expected = csrfTokenFor(token, secret);
      if (typeof sent !== 'string' || !safeEqual(sent, expected)) {
        // only a live session needs the token; a stale cookie must not block logging in again
        throw new DomainError('csrf_failed', `missing or wrong ${CSRF_HEADER} header (copy the ${CSRF_COOKIE} cookie)`);
      }
    }
    if (cfg.auth === 'public') return;
    const actor = req.actor;
    if (!actor) throw new DomainError('unauthenticated');
    if (actor.mustChangePassword && !cfg.allowPendingPasswordChange) {
      throw new DomainError('password_change_required', 'change the generated password first');
    }
    if (cfg.auth !== 'user' && actor.kind !== cfg.auth) throw new DomainError('forbidden', `${cfg.auth} accounts only`);
    if (cfg.permission && !hasPermission(actor, cfg.permission)) {
      throw new DomainError('permission_denied', `needs permission ${cfg.permission}`, { permission: cfg.permission });
    }
  });
  return catalogue;
}
