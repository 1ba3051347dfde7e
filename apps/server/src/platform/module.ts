import type { ChangeFeed } from './db/change-feed.js';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Clock } from './clock.js';
import type { Db } from './db/client.js';
import type { FileStorage } from './files/storage.js';
import type { Mailer } from './mail.js';
import type { Outbox } from './outbox.js';
import type { Scheduler, Sweep } from './scheduler.js';
import type { SmsSender } from './sms.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What every module may use. Built once in app.ts and passed explicitly. */
export interface Deps {
  db: Db;
  dbKind: 'pglite' | 'pg';
  /** committed changes the database announces, for reads kept between requests (db/kept-reads.ts) */
  changes: ChangeFeed;
  clock: Clock;
  config: Config;
  log: FastifyBaseLogger;
  outbox: Outbox;
  scheduler: Scheduler;
  storage: FileStorage;
  mailer: Mailer | null;
  sms: SmsSender;
}

/** A bounded context's contribution to the running system. */
export interface ModuleDef {
  name: string;
  /** idempotent start-up work on platform data (preset rows), run before routes are registered */
  init?: (deps: Deps) => Promise<void>;
  /** registered under /api/v1 */
  routes?: (app: App, deps: Deps) => void | Promise<void>;
  sweeps?: (deps: Deps) => Sweep[];
  handlers?: (outbox: Outbox, deps: Deps) => void;
}
