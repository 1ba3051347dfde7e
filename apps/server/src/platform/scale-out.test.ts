// Issue 17 item 7: several server instances on one PostgreSQL database, as `npm run
// start:cluster` runs them (docs/scaling.md). Three apps are built in this process, each with its
// own connection pool and clock, so each stands for one worker process: the database is all they
// share. Sweeps and outbox dispatch run in every instance; these tests show the database keeps
// their effects to exactly once, and that a buyer's requests may land on any instance.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startReceiver, type RunningReceiver } from '../../../../examples/isv-receiver/receiver.js';
import { buildApp, type Built } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { DEMO_PASSWORD, seedDemo, type DemoIds } from '../seed/demo.js';
import { withDatabase } from '../test/global-setup.js';
import { Agent, TEST_START } from '../test/harness.js';
import { newKey, order, sandboxOf, seedTestCatalog } from '../test/kits/orders.js';
import { SECRET } from '../test/kits/provisioning.js';
import { HOUR, ManualClock } from './clock.js';
import { openPostgres, type Database } from './db/client.js';
import { emit } from './outbox.js';
import { rowsOf, type SweepResult } from './scheduler.js';

interface Instance extends Built {
  name: string;
  clock: ManualClock;
  database: Database;
}

/** An empty, migrated database of its own (global teardown drops it with the template's copies). */
async function createSharedDatabase(): Promise<string> {
  const template = inject('pgTemplateDb');
  const url = process.env.TEST_DATABASE_URL ?? '';
  const name = `${template}_f_scale_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  return withDatabase(url, name);
}

async function startInstance(name: string, url: string, config: Config): Promise<Instance> {
  const database = await openPostgres(url, 10);
  const clock = new ManualClock(TEST_START);
  const built = await buildApp({ config, database, clock, logger: false });
  await built.app.ready();
  return { ...built, name, clock, database };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function count(i: Instance, query: ReturnType<typeof sql>): Promise<number> {
  return Number(rowsOf<{ n: number | string }>(await i.deps.db.execute(query))[0]?.n ?? 0);
}

// PostgreSQL only: the point is separate connections racing on one database. PGlite is one
// embedded database behind one connection in one process, where these races cannot happen (and
// the cluster refuses WORKERS>1 on it).
describe.skipIf(!process.env.TEST_DATABASE_URL)('three instances on one PostgreSQL database', () => {
  let dataDir: string;
  let a: Instance;
  let b: Instance;
  let c: Instance;
  let all: Instance[];
  let seed: DemoIds;

  /** Every instance's clock moves together, as the system clock does for real processes. */
  const advance = (ms: number) => all.forEach((i) => i.clock.advance(ms));
  /** Every instance runs its due sweeps and then its outbox dispatcher, all at the same time. */
  const tickAll = () => Promise.all(all.map((i) => i.deps.scheduler.runDue()));

  async function login(on: Instance, loginName: string): Promise<Agent> {
    const agent = new Agent(on);
    const res = await agent.post('/api/v1/auth/login', { loginName, password: DEMO_PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    return agent;
  }
  /** The same browser (its cookies) talking to another instance: no sticky sessions. */
  function moveTo(agent: Agent, to: Instance): Agent {
    const moved = new Agent(to);
    for (const [k, v] of agent.cookies) moved.cookies.set(k, v);
    return moved;
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cm-scale-'));
    const url = await createSharedDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      CLOCK: 'manual',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      RATE_LIMIT_SIGNUP_PER_MINUTE: '100000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
      RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '100000',
    });
    all = await Promise.all(['A', 'B', 'C'].map((n) => startInstance(n, url, config)));
    [a, b, c] = all as [Instance, Instance, Instance];
    seed = await seedDemo(a.deps.db, TEST_START, { orders: false, delivery: false, config, dbKind: 'pg' });
  });
  afterAll(async () => {
    for (const i of all ?? []) {
      await i.app.close();
      await i.database.close();
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('runs every due sweep exactly once per round while all three tick together, and deletes each expired session once', async () => {
    // a sweep whose effect is not idempotent: it counts its own runs
    let counted = 0;
    for (const i of all) {
      i.deps.scheduler.register({
        name: 'test.scale-counter',
        intervalMs: 60_000,
        run: async () => {
          counted++;
          await sleep(30); // long enough for the other instances to try meanwhile
          return 1;
        },
      });
    }
    // sessions on every instance; a day after they expire the sessions sweep deletes them
    for (const [i, name] of [
      [a, 'buyer'],
      [b, 'demo'],
      [c, 'ops@demoisv'],
    ] as const)
      await login(i, name);
    const sessionsBefore = await count(a, sql`select count(*) as n from sessions`);
    expect(sessionsBefore).toBeGreaterThanOrEqual(3);
    const runsOf = async () =>
      new Map(rowsOf<{ name: string; runs: number }>(await a.deps.db.execute(sql`select name, runs from sweep_state`)).map((r) => [r.name, Number(r.runs)]));
    const runsBefore = await runsOf();

    const names = a.deps.scheduler.list().map((s) => s.name);
    // every sweep is due again after the longest interval; the first step also passes TTL + 1 day
    const step = Math.max(...a.deps.scheduler.list().map((s) => s.intervalMs), (a.deps.config.SESSION_TTL_HOURS + 25) * HOUR);
    const ROUNDS = 4;
    const sessionsDeleted: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      advance(step);
      const results: SweepResult[][] = await tickAll();
      // each sweep ran on exactly one instance this round, without an error
      const ran = results.flat();
      expect(ran.filter((r) => r.error)).toEqual([]);
      expect(ran.map((r) => r.name).sort()).toEqual([...names].sort());
      sessionsDeleted.push(ran.filter((r) => r.name === 'accounts.expired-sessions').reduce((n, r) => n + r.affected, 0));
      // ticking again at the same time finds nothing due anywhere
      expect((await tickAll()).flat()).toEqual([]);
    }

    expect(counted).toBe(ROUNDS);
    const runsAfter = await runsOf();
    for (const name of names) expect([name, (runsAfter.get(name) ?? 0) - (runsBefore.get(name) ?? 0)]).toEqual([name, ROUNDS]);
    expect(sessionsDeleted).toEqual([sessionsBefore, 0, 0, 0]);
    expect(await count(a, sql`select count(*) as n from sessions`)).toBe(0);
  });

  it('delivers each of 300 outbox events to its handler exactly once while three dispatchers drain together', async () => {
    const TOPIC = 'test.scale-out';
    const K = 300;
    const effects = new Map<string, string[]>(); // event id → the instances whose handler ran it
    for (const i of all) {
      i.deps.outbox.on(TOPIC, 'scale.count', async (event) => {
        effects.set(event.id, [...(effects.get(event.id) ?? []), i.name]);
        await sleep(1); // a handler that takes a moment keeps the three dispatchers overlapping
      });
    }
    const now = a.clock.now();
    await a.deps.db.transaction(async (tx) => {
      for (let n = 0; n < K; n++) await emit(tx, now, TOPIC, { n });
    });

    await Promise.all(all.map((i) => i.deps.outbox.drain()));
    await Promise.all(all.map((i) => i.deps.outbox.drain())); // nothing left for a second pass

    expect(effects.size).toBe(K);
    expect([...effects.values()].filter((by) => by.length !== 1)).toEqual([]);
    // the work was shared, not done by one instance while the others waited
    expect(new Set([...effects.values()].flat()).size).toBeGreaterThan(1);
    const [state] = rowsOf<{ done: number | string; claimedOnce: number | string; deliveries: number | string }>(
      await a.deps.db.execute(sql`select
        count(*) filter (where status = 'done') as done,
        count(*) filter (where attempts = 1) as "claimedOnce",
        (select count(*) from outbox_deliveries d join outbox_events e on e.id = d.event_id where e.topic = ${TOPIC}) as deliveries
        from outbox_events where topic = ${TOPIC}`),
    );
    expect(state).toEqual({ done: String(K), claimedOnce: String(K), deliveries: String(K) });
  });

  it('takes an order on A, its payment on B and the provider callback on C, and provisions the instance once', async () => {
    const receiver: RunningReceiver = await startReceiver({ port: 0, secret: SECRET, now: () => a.clock.now(), log: false });
    try {
      const catalog = await seedTestCatalog(a.deps.db, a.clock.now(), seed);
      const seller = await login(b, 'demo');
      const spi = await seller.patch(`/api/v1/seller/products/${catalog.saas}/spi`, { url: receiver.spiUrl, secret: SECRET, mode: 'hmac' });
      expect(spi.statusCode, spi.body).toBe(200);

      const buyerOnA = await login(a, 'buyer');
      const placed = await order(buyerOnA, { productId: catalog.saas, specId: catalog.std, unit: 'month', duration: 1 }, newKey());
      const paying = await moveTo(buyerOnA, b).post(`/api/v1/buyer/orders/${placed.id}/pay`);
      expect(paying.statusCode, paying.body).toBe(200);
      const [payment] = rowsOf<{ providerRef: string }>(
        await c.deps.db.execute(sql`select provider_ref as "providerRef" from payments where id = ${paying.json().paymentId}`),
      );
      const signed = sandboxOf(c.deps).signCallback({
        providerRef: payment?.providerRef ?? '',
        orderId: placed.id,
        amountFen: placed.paidFen,
        status: 'succeeded',
      });
      // the provider's callback reaches C, and its retries reach A and B at the same moment
      const callbacks = await Promise.all([c, a, b].map((i) => new Agent(i).post('/api/v1/payments/sandbox/callback', signed.body, signed.headers)));
      expect(callbacks.map((r) => r.statusCode)).toEqual([200, 200, 200]);
      expect(callbacks.filter((r) => r.json().changed)).toHaveLength(1);

      // every instance dispatches the outbox (and runs the SPI retry sweep) at once, a few times
      for (let round = 0; round < 3; round++) {
        advance(60_000);
        await tickAll();
      }

      const detail = (await moveTo(buyerOnA, c).get(`/api/v1/buyer/orders/${placed.id}`)).json();
      expect(detail).toMatchObject({ status: 'paid', instances: [expect.objectContaining({ status: 'opened' })] });
      const instanceId: string = detail.instances[0].id;
      expect(receiver.requests.filter((r) => r.body.instanceId === instanceId).map((r) => r.action)).toEqual(['createInstance']);
      expect(await count(a, sql`select count(*) as n from spi_calls where instance_id = ${instanceId}`)).toBe(1);
      expect(await count(a, sql`select count(*) as n from outbox_events where topic = 'order.paid' and payload->>'orderId' = ${placed.id}`)).toBe(1);
    } finally {
      await receiver.close();
    }
  });
});
