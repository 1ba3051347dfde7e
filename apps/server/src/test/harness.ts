import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp, type Built } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { ManualClock } from '../platform/clock.js';
import { openPglite, openPostgres, type Database } from '../platform/db/client.js';
import type { Mailer } from '../platform/mail.js';
import type { SmsSender } from '../platform/sms.js';
import { CSRF_COOKIE, CSRF_HEADER } from '../platform/auth/tokens.js';
import { DEMO_PASSWORD, seedDemo, type DemoIds } from '../seed/demo.js';
import { withDatabase } from './global-setup.js';

export const TEST_START = new Date('2026-06-01T02:00:00.000Z'); // a Monday, 10:00 in Beijing

export interface TestApp extends Built {
  clock: ManualClock;
  config: Config;
  seed: DemoIds;
  database: Database;
  /** log in over HTTP and get an agent that keeps the cookies and sends the CSRF header */
  agent(loginName: string, password?: string): Promise<Agent>;
  /** an agent with no session */
  anonymous(): Agent;
  close(): Promise<void>;
}

export interface TestAppOptions {
  mailer?: Mailer | null;
  sms?: SmsSender;
  env?: Record<string, string>;
  seedOrders?: boolean;
  /** log (at env LOG_LEVEL, default info) into this stream instead of not logging */
  logStream?: DestinationStream;
}

/** A fresh database for this test file: PGlite from the migrated template, or PostgreSQL. */
export async function openTestDatabase(): Promise<Database> {
  const pgTemplate = inject('pgTemplateDb');
  const url = process.env.TEST_DATABASE_URL;
  if (pgTemplate && url) {
    const name = `${pgTemplate}_f_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${pgTemplate}`);
    await admin.end();
    return openPostgres(withDatabase(url, name), 10);
  }
  const dump = await readFile(inject('pgliteTemplate'));
  return openPglite(undefined, { loadDataDir: new Blob([dump]) });
}

export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cm-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    CLOCK: 'manual',
    LOG_LEVEL: opts.logStream ? 'info' : 'silent',
    DATA_DIR: dataDir,
    // tests log in and sign up many times a minute from one address; rate-limits.test.ts sets its own
    RATE_LIMIT_SIGNUP_PER_MINUTE: '100000',
    RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '100000',
    ...opts.env,
  });
  const database = await openTestDatabase();
  const clock = new ManualClock(TEST_START);
  const built = await buildApp({
    config,
    database,
    clock,
    ...(opts.logStream ? { logStream: opts.logStream } : { logger: false }),
    ...(opts.mailer !== undefined ? { mailer: opts.mailer } : {}),
    ...(opts.sms ? { sms: opts.sms } : {}),
  });
  const seed = await seedDemo(built.deps.db, clock.now(), { orders: opts.seedOrders ?? false, delivery: false, config, dbKind: database.kind });
  await built.app.ready();
  const t: TestApp = {
    ...built,
    clock,
    config,
    seed,
    database,
    anonymous: () => new Agent(built),
    async agent(loginName, password = DEMO_PASSWORD) {
      const a = new Agent(built);
      const res = await a.post('/api/v1/auth/login', { loginName, password });
      if (res.statusCode !== 200) throw new Error(`login ${loginName} failed: ${res.statusCode} ${res.body}`);
      return a;
    },
    async close() {
      await built.app.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An HTTP client over app.inject that behaves like a browser with cookies. */
export class Agent {
  readonly cookies = new Map<string, string>();
  constructor(private readonly built: Built) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (method !== 'GET' && csrf && !(CSRF_HEADER in h)) h[CSRF_HEADER] = csrf;
    const isRaw = Buffer.isBuffer(body) || typeof body === 'string';
    const res = await this.built.app.inject({
      method,
      url,
      headers: h,
      ...(body === undefined ? {} : isRaw ? { payload: body } : { payload: JSON.stringify(body), headers: { ...h, 'content-type': 'application/json' } }),
    });
    for (const c of res.cookies) {
      // a cleared cookie comes back empty
      if (c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, body ?? {}, headers);
  }
  put(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('PUT', url, body ?? {}, headers);
  }
  patch(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('PATCH', url, body ?? {}, headers);
  }
  delete(url: string, headers?: Record<string, string>) {
    return this.request('DELETE', url, undefined, headers);
  }
}
