import type { FastifyInstance, onSendAsyncHookHandler } from 'fastify';
import type { Deps } from '../module.js';
import { orderedId } from '../ids.js';
import { auditEntries } from './audit.tables.js';
import { auditDetails, auditedRoutes } from './audited-routes.js';

/**
 * Records each audited route's success (a 2xx/3xx answer) before the answer leaves, so a client
 * that reads the log right after sees it. A failure to record is logged and does not fail the
 * action already committed.
 */
export function registerAuditTrail(app: FastifyInstance, deps: Pick<Deps, 'db' | 'clock'>): void {
  // the hook sits on the audited routes only: the other requests do not pay for it
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.some((m) => auditedRoutes[`${m} ${route.url}`])) return;
    const record: onSendAsyncHookHandler = async (req, reply, payload) => {
      const action = auditedRoutes[`${req.method} ${route.url}`];
      const actor = req.actor;
      if (!action || !actor || reply.statusCode >= 400) return payload;
      const params = (req.params ?? {}) as Record<string, unknown>;
      const answer = parsedAnswer(payload);
      const subject = typeof params.id === 'string' ? params.id : typeof params.sellerId === 'string' ? params.sellerId : createdId(answer);
      try {
        const now = deps.clock.now();
        await deps.db.insert(auditEntries).values({
          id: orderedId('aud', now),
          at: now,
          action,
          actorUserId: actor.userId,
          actorKind: actor.kind,
          actorLogin: actor.loginName,
          actorName: actor.displayName,
          sellerId: actor.kind === 'seller' ? actor.sellerId : sellerNamed(params, answer),
          subjectId: subject,
          method: req.method,
          route: req.routeOptions.url ?? req.url,
          details: auditDetails(req.body, params),
          ip: req.ip ?? null,
          requestId: String(req.id),
        });
      } catch (err) {
        req.log.error({ err, action }, 'audit entry not recorded');
      }
      return payload;
    };
    route.onSend = [...(route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend]), record];
  });
}

/** The answer as an object, parsed once for both readers below; null when it is not a JSON object. */
function parsedAnswer(payload: unknown): Record<string, unknown> | null {
  if (typeof payload !== 'string' || !payload.startsWith('{')) return null;
  try {
    return JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return null;
  }
}

const idOf = (v: unknown): string | null => (v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : null);

/**
 * The seller an operator's decision concerns, so that seller's main account reads it too: the
 * `:sellerId` of the path, else the answer's `sellerId` or `seller.id`. Null: operators only.
 */
function sellerNamed(params: Record<string, unknown>, answer: Record<string, unknown> | null): string | null {
  if (typeof params.sellerId === 'string') return params.sellerId;
  if (typeof answer?.sellerId === 'string') return answer.sellerId;
  return idOf(answer?.seller);
}

/** The id a create answered with (`{ id }` or `{ subAccount: { id } }`), for routes without an :id. */
function createdId(answer: Record<string, unknown> | null): string | null {
  if (!answer) return null;
  if (typeof answer.id === 'string') return answer.id;
  for (const v of Object.values(answer)) {
    const id = idOf(v);
    if (id) return id;
  }
  return null;
}
