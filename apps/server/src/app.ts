import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import type { DestinationStream } from 'pino';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { modules } from './modules/index.js';
import { resolveActorFromSession, sessionCache, type SessionCache } from './modules/accounts/index.js';
import { registerGuard, type GuardedRoute } from './platform/auth/guard.js';
import type { Clock } from './platform/clock.js';
import type { Database } from './platform/db/client.js';
import { registerAuditTrail } from './platform/audit/index.js';
import { registerDevClock } from './platform/dev-clock.routes.js';
import type { FileStorage } from './platform/files/storage.js';
import { storageFor } from './platform/files/storage-for.js';
import { loggerOptions, OneLineRequestLog } from './platform/logging.js';
import { registerProblemHandler } from './platform/http/problem.js';
import { replySerializers, type ReplyRoute } from './platform/http/reply-serializer.js';
import { registerRateLimits } from './platform/http/rate-limits.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { registerWebStatic } from './platform/http/web-static.js';
import { smtpMailer, type Mailer } from './platform/mail.js';
import type { App, Deps } from './platform/module.js';
import { Outbox } from './platform/outbox.js';
import { Scheduler } from './platform/scheduler.js';
import { loggingSms, type SmsSender } from './platform/sms.js';
import { requestId } from './platform/ids.js';
import { largestAllowedBytes } from './platform/files/index.js';

export interface BuildOptions {
  config: Config;
  database: Database;
  clock: Clock;
  /** false: no log at all (tests); otherwise the redacting logger of platform/logging.ts */
  logger?: boolean;
  /** where the log goes (default stdout); tests read it back */
  logStream?: DestinationStream;
  storage?: FileStorage;
  mailer?: Mailer | null;
  sms?: SmsSender;
}

export interface Built {
  app: App;
  deps: Deps;
  /** every guarded /api/v1 route with its auth rule and permission */
  routes: GuardedRoute[];
  /** every route's response schemas and whether production writes them with fast-json-stringify */
  replies: ReplyRoute[];
  /** the sessions this app keeps between requests (platform/db/kept-reads.ts) */
  actors: SessionCache;
}

// the parser's ceiling follows the largest per-purpose limit, so no purpose is cut short
export const MAX_UPLOAD_BYTES = largestAllowedBytes;

export async function buildApp(opts: BuildOptions): Promise<Built> {
  const { config, database, clock } = opts;
  const app = Fastify({
    logger: opts.logger === false ? false : loggerOptions(config.LOG_LEVEL, opts.logStream),
    logController: new OneLineRequestLog(),
    genReqId: requestId,
    requestIdHeader: 'x-request-id',
    bodyLimit: 1024 * 1024,
    trustProxy: config.TRUST_PROXY,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  const replies = replySerializers(config.NODE_ENV === 'production' ? 'fast' : 'checked');
  app.setSerializerCompiler(replies.compiler);
  registerSecurityHeaders(app);

  const log = app.log;
  const outbox = new Outbox(database.db, clock, log, undefined, database.kind === 'pg' ? config.OUTBOX_LANES : 1);
  const scheduler = new Scheduler(database.db, clock, log, () => outbox.drain());
  const deps: Deps = {
    db: database.db,
    dbKind: database.kind,
    changes: database.changes,
    clock,
    config,
    log,
    outbox,
    scheduler,
    storage: opts.storage ?? (await storageFor(config)),
    mailer: opts.mailer !== undefined ? opts.mailer : config.SMTP_URL ? smtpMailer(config.SMTP_URL, config.MAIL_FROM) : null,
    sms: opts.sms ?? loggingSms(log),
  };

  for (const m of modules) await m.init?.(deps);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Cloudmart API',
        version: '0.1.0',
        description: 'Cloud software marketplace: seller back office, buyer console, operator console, delivery center.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cm_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerProblemHandler(app, webIndexOf(config));
  await registerRateLimits(app, config, deps);
  const actors = sessionCache(database.changes, { max: config.SESSION_CACHE_SIZE, ttlMs: config.CACHE_SECONDS * 1000 });
  const routes = registerGuard(app, (token) => resolveActorFromSession(deps, token, actors), config.sessionSecret);
  registerAuditTrail(app, deps);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { schema: { hide: true } }, async (_req, reply) => {
    const started = performance.now();
    try {
      await database.db.execute(sql`select 1`);
      return { status: 'ok', database: database.kind, dbMs: Math.round((performance.now() - started) * 10) / 10, time: clock.now().toISOString() };
    } catch (err) {
      reply.status(503);
      return { status: 'down', database: database.kind, error: err instanceof Error ? err.message : String(err) };
    }
  });

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      if (clock.kind === 'manual' && config.NODE_ENV !== 'production') registerDevClock(typed, deps);
      for (const m of modules) await m.routes?.(typed, deps);
    },
    { prefix: '/api/v1' },
  );
  for (const m of modules) {
    m.handlers?.(outbox, deps);
    for (const s of m.sweeps?.(deps) ?? []) scheduler.register(s);
  }

  const webRoot = webIndexOf(config);
  if (webRoot) await registerWebStatic(app, webRoot);

  app.addHook('onClose', async () => {
    await scheduler.stop();
    actors.close();
    deps.mailer?.close();
  });
  return { app, deps, routes, replies: replies.routes, actors };
}

/** The built web app folder, when there is one to serve. */
export function webIndexOf(config: Config): string | null {
  const dir = resolve(config.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname);
  return existsSync(`${dir}/index.html`) ? dir : null;
}
