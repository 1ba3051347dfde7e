import { silentChangeFeed } from '../platform/db/change-feed.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type Built } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { CSRF_COOKIE, CSRF_HEADER } from '../platform/auth/tokens.js';
import { ManualClock } from '../platform/clock.js';
import type { Database, Db } from '../platform/db/client.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** A signed-in user of the seeding app: every call goes through the same route a click uses. */
export class DemoUser {
  private readonly cookies = new Map<string, string>();
  private keys = 0;
  /** the user's id, known once signed in */
  id = '';
  constructor(
    private readonly built: Built,
    readonly loginName: string,
  ) {}

  async call<T>(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const res = await this.send(method, url, body, headers);
    if (res.statusCode >= 300) throw new Error(`demo seed: ${this.loginName} ${method} ${url} answered ${res.statusCode} ${res.body}`);
    return res.body ? res.json<T>() : (undefined as T);
  }
  get<T>(url: string): Promise<T> {
    return this.call<T>('GET', url);
  }
  post<T>(url: string, body: unknown = {}, headers?: Record<string, string>): Promise<T> {
    return this.call<T>('POST', url, body, headers);
  }
  /** an order-placing call: each click carries its own Idempotency-Key */
  place<T>(url: string, body: unknown): Promise<T> {
    return this.call<T>('POST', url, body, { 'idempotency-key': `demo-${this.loginName}-${++this.keys}` });
  }

  async send(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (method !== 'GET' && csrf) h[CSRF_HEADER] = csrf;
    const raw = Buffer.isBuffer(body);
    if (body !== undefined && !raw && !h['content-type']) h['content-type'] = 'application/json';
    const res = await this.built.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: h,
      ...(body === undefined ? {} : { payload: raw ? body : JSON.stringify(body) }),
    });
    for (const c of res.cookies) {
      if (c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
}

/**
 * The app the demo is made with: the real routes, services, outbox handlers and sweeps over
 * the caller's database, on a manual clock the story moves forward. It is closed when the
 * story is told; the running server then finds every event handled and every sweep's last run.
 */
export class DemoSession {
  private constructor(
    readonly built: Built,
    readonly clock: ManualClock,
    private readonly scratch: string | null,
  ) {}

  static async open(db: Db, start: Date, opts: { config?: Config; dbKind?: 'pglite' | 'pg' }): Promise<DemoSession> {
    const scratch = opts.config ? null : await mkdtemp(join(tmpdir(), 'cm-demo-'));
    const config = opts.config ?? loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: scratch ?? '' });
    const clock = new ManualClock(start);
    const database: Database = { db, kind: opts.dbKind ?? 'pglite', changes: silentChangeFeed, close: async () => undefined };
    // no mailer: the demo's notifications stay in the inbox instead of going out as e-mail
    const built = await buildApp({
      // the story signs up and logs in faster than any person could: no per-address limits here
      config: {
        ...config,
        SCHEDULER: false,
        WEB_DIST: '/nonexistent',
        SESSION_TTL_HOURS: 24 * 90,
        RATE_LIMIT_SIGNUP_PER_MINUTE: 1e9,
        RATE_LIMIT_LOGIN_PER_MINUTE: 1e9,
        RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: 1e9,
      },
      database,
      clock,
      logger: false,
      mailer: null,
    });
    await built.app.ready();
    return new DemoSession(built, clock, scratch);
  }

  /** someone not signed in (sign-up) */
  anonymous(): DemoUser {
    return new DemoUser(this.built, 'anonymous');
  }

  async login(loginName: string, password: string): Promise<DemoUser> {
    const u = new DemoUser(this.built, loginName);
    u.id = (await u.post<{ user: { id: string } }>('/auth/login', { loginName, password })).user.id;
    return u;
  }

  /** Hand the events of a click to their handlers (ledger, provisioning, delivery, notifications) as the dispatcher does. */
  async settle(): Promise<void> {
    await this.built.deps.outbox.drain();
  }

  /** One scheduler tick: every sweep that is due, then the outbox. */
  async tick(): Promise<void> {
    const results = await this.built.deps.scheduler.runDue();
    const failed = results.find((r) => r.error);
    if (failed) throw new Error(`demo seed: sweep ${failed.name} failed: ${failed.error ?? ''}`);
    this.ticks++;
  }
  ticks = 0;

  /**
   * Move the clock to `to` (never back). The scheduler ticks at every `tickAt` instant on the
   * way (the story ticks every other day after the 17:30 close of the working day).
   */
  async advanceTo(to: Date, tickEvery: number, tickPhase: number): Promise<void> {
    for (;;) {
      const now = this.clock.now().getTime();
      const next = Math.floor((now - tickPhase) / tickEvery) * tickEvery + tickPhase + tickEvery;
      if (next > to.getTime()) break;
      this.clock.set(new Date(next));
      await this.tick();
    }
    if (to.getTime() > this.clock.now().getTime()) this.clock.set(to);
  }

  async close(): Promise<void> {
    await this.built.app.close();
    if (this.scratch) await rm(this.scratch, { recursive: true, force: true });
  }
}
