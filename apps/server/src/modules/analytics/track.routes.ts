import { TRACK_MAX_BODY_BYTES, VISITOR_COOKIE, trackBatch } from '@cloudmart/contracts';
import { DAY } from '../../platform/clock.js';
import { DomainError } from '../../platform/errors.js';
import type { App, Deps } from '../../platform/module.js';
import { TokenBuckets } from './token-bucket.js';
import { isBot, newVisitorId, recordBatch, validVisitorId } from './track.service.js';

/** Several visitors share an address (offices, carrier NAT): the per-IP bucket is this much larger. */
const IP_FACTOR = 10;

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new DomainError('validation_failed', 'the body is not JSON');
  }
}

/**
 * POST /api/v1/track (docs/analytics.md): page events from the storefront, anonymous or signed
 * in. JSON or text/plain (navigator.sendBeacon), ≤ 16 KB (413), bots dropped with a 204, a token
 * bucket per visitor and per IP (429 rate_limited). Sets the first-party `cm_vid` cookie when the
 * request lacks it. No CSRF header: a beacon cannot send one, and a forged call only adds a view.
 */
export function trackRoutes(app: App, deps: Deps): void {
  const perMinute = deps.config.ANALYTICS_TRACK_PER_MINUTE;
  const byVisitor = new TokenBuckets(perMinute, 60_000);
  const byIp = new TokenBuckets(perMinute * IP_FACTOR, 60_000);
  app.post(
    '/track',
    {
      config: { auth: 'public', csrf: false },
      bodyLimit: TRACK_MAX_BODY_BYTES,
      schema: {
        tags: ['analytics'],
        summary: 'Page events of the storefront (product, shop and order pages), batched; 204',
        description:
          'Body: trackBatch (JSON, also as text/plain). 413 beyond 16 KB, 400 on a bad batch, 429 rate_limited per visitor / IP; bots get 204 and are dropped. Sets the cm_vid visitor cookie.',
      },
    },
    async (req, reply) => {
      if (isBot(req.headers['user-agent'])) return reply.status(204).send();
      const cookie = req.cookies[VISITOR_COOKIE];
      let visitorId = validVisitorId(cookie) ? cookie : null;
      const now = deps.clock.now();
      if (!visitorId) {
        visitorId = newVisitorId();
        reply.setCookie(VISITOR_COOKIE, visitorId, {
          path: '/',
          sameSite: 'lax',
          httpOnly: true,
          secure: deps.config.COOKIE_SECURE,
          expires: new Date(now.getTime() + 365 * DAY),
        });
      }
      if (!byIp.take(req.ip, now.getTime()) || !byVisitor.take(visitorId, now.getTime())) {
        throw new DomainError('rate_limited', 'too many tracking requests; slow down');
      }
      const parsed = trackBatch.safeParse(parseBody(req.body));
      if (!parsed.success) {
        const errors = parsed.error.issues.map((i) => ({ field: ['body', ...i.path.map(String)].join('.'), message: i.message }));
        throw new DomainError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
      }
      await recordBatch(deps.db, parsed.data, { visitorId, accountId: req.actor?.userId ?? null, at: now });
      return reply.status(204).send();
    },
  );
}
