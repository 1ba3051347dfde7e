// Order load for the crash bench: a few loops each doing place → pay → sandbox complete as the
// demo buyer. A request that gets no answer (the server was killed under it) is sent again,
// unchanged, until the restarted server answers; a place keeps its idempotency key, so a retry
// must answer the order the first attempt placed, never a second one.
import { randomUUID } from 'node:crypto';
import { sleep } from './server.js';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface OrderTarget {
  productId: string;
  specId: string;
}

/** What the server acknowledged and what the bench sent, for the checks after the run. */
export interface LoadRecord {
  /** every idempotency key sent with a place */
  sentKeys: Set<string>;
  /** idempotency key → order id, for every place answered 201 (or 200 on a retry) */
  placed: Map<string, string>;
  /** order ids whose sandbox complete answered 200 with the order paid */
  completed: Set<string>;
  /** requests of any kind sent again after no answer (or a 5xx / 429) */
  resent: number;
  /** requests the server died under (answered only on a later attempt), by step */
  interrupted: { place: number; pay: number; complete: number };
  /** places sent again after no answer */
  placeRetries: number;
  /** …of which the restarted server answered 200 with the order the lost attempt had placed */
  placeRetriesSameOrder: number;
  /** …of which the first attempt had not committed, so the retry placed it (201) */
  placeRetriesNewOrder: number;
  /** acknowledged places sent again on purpose after a restart, and how many answered the same order */
  replays: number;
  replaysSameOrder: number;
  /** 5xx answers (retried) */
  serverErrors: number;
  /** answers no correct server gives (a 4xx on a valid request, another order for a replayed key) */
  failures: string[];
}

export function newLoadRecord(): LoadRecord {
  return {
    sentKeys: new Set(),
    placed: new Map(),
    completed: new Set(),
    resent: 0,
    interrupted: { place: 0, pay: 0, complete: 0 },
    placeRetries: 0,
    placeRetriesSameOrder: 0,
    placeRetriesNewOrder: 0,
    replays: 0,
    replaysSameOrder: 0,
    serverErrors: 0,
    failures: [],
  };
}

interface Answer {
  status: number;
  body: unknown;
  /** how many times the request was sent */
  attempts: number;
}

/** A request that got no answer is sent again unchanged for up to this long (the server restarts meanwhile). */
const GIVE_UP_MS = 180_000;

export async function login(baseUrl: string, loginName: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName, password }),
  });
  if (res.status !== 200) throw new Error(`log-in as ${loginName} answered ${res.status}`);
  const pairs = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = pairs.find((p) => p.startsWith('cm_csrf='))?.slice('cm_csrf='.length) ?? '';
  return { cookie: pairs.join('; '), csrf };
}

export class OrderLoad {
  private stopping = false;
  private readonly loops: Promise<void>[] = [];
  /** keys acknowledged most recently, for the replays after a restart */
  private readonly recent: string[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly session: Session,
    private readonly target: OrderTarget,
    readonly record: LoadRecord,
  ) {}

  start(concurrency: number): void {
    for (let i = 0; i < concurrency; i++) this.loops.push(this.loop(i));
  }

  /** Let every loop finish the order it is on, then resolve. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
  }

  /** Place again, with the same key and body, the last `n` acknowledged orders: each must answer 200 and the same order. */
  async replayRecent(n: number): Promise<void> {
    for (const key of this.recent.slice(-n)) {
      const first = this.record.placed.get(key);
      const a = await this.send('/api/v1/buyer/orders', this.placeBody(), key);
      this.record.replays++;
      const id = idOf(a.body);
      if (a.status === 200 && id === first) this.record.replaysSameOrder++;
      else this.record.failures.push(`replayed key ${key} (order ${String(first)}) answered ${a.status} ${JSON.stringify(a.body)}`);
    }
  }

  private placeBody(): string {
    return JSON.stringify({ productId: this.target.productId, specId: this.target.specId, unit: 'month', duration: 1, quantity: 1, showContact: false });
  }

  private async loop(worker: number): Promise<void> {
    while (!this.stopping) {
      try {
        await this.oneOrder();
      } catch (err) {
        this.record.failures.push(`loop ${worker}: ${err instanceof Error ? err.message : String(err)}`);
        await sleep(500);
      }
    }
  }

  private async oneOrder(): Promise<void> {
    const key = randomUUID();
    this.record.sentKeys.add(key);
    const placed = await this.send('/api/v1/buyer/orders', this.placeBody(), key);
    if (placed.attempts > 1) {
      this.record.interrupted.place++;
      this.record.placeRetries++;
      if (placed.status === 200) this.record.placeRetriesSameOrder++;
      if (placed.status === 201) this.record.placeRetriesNewOrder++;
    } else if (placed.status !== 201) {
      this.record.failures.push(`place with a new key answered ${placed.status} ${JSON.stringify(placed.body)}`);
      return;
    }
    const orderId = idOf(placed.body);
    if ((placed.status !== 201 && placed.status !== 200) || !orderId) {
      this.record.failures.push(`place answered ${placed.status} ${JSON.stringify(placed.body)}`);
      return;
    }
    this.record.placed.set(key, orderId);
    this.recent.push(key);
    if (this.recent.length > 100) this.recent.shift();

    const pay = await this.send(`/api/v1/buyer/orders/${orderId}/pay`, '{}');
    if (pay.attempts > 1) this.record.interrupted.pay++;
    const paymentId = field(pay.body, 'paymentId');
    if (pay.status !== 200 || !paymentId) {
      this.record.failures.push(`pay ${orderId} answered ${pay.status} ${JSON.stringify(pay.body)}`);
      return;
    }
    const done = await this.send(`/api/v1/payments/sandbox/${paymentId}/complete`, '{}');
    if (done.attempts > 1) this.record.interrupted.complete++;
    if (done.status !== 200 || field(done.body, 'orderStatus') !== 'paid') {
      this.record.failures.push(`complete ${paymentId} (order ${orderId}) answered ${done.status} ${JSON.stringify(done.body)}`);
      return;
    }
    this.record.completed.add(orderId);
  }

  /** POST until the server answers with something other than a 5xx or 429; a lost answer is sent again unchanged. */
  private async send(path: string, body: string, idempotencyKey?: string): Promise<Answer> {
    const headers: Record<string, string> = { cookie: this.session.cookie, 'x-csrf-token': this.session.csrf, 'content-type': 'application/json' };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const giveUp = performance.now() + GIVE_UP_MS;
    for (let attempts = 1; ; attempts++) {
      try {
        const res = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
        const text = await res.text();
        if (res.status < 500 && res.status !== 429) return { status: res.status, body: parse(text), attempts };
        if (res.status >= 500) this.record.serverErrors++;
      } catch {
        // no answer: the server died under the request (or is not up again yet)
      }
      if (performance.now() > giveUp) throw new Error(`${path}: no answer after ${attempts} attempts`);
      this.record.resent++;
      await sleep(100 + Math.random() * 200);
    }
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const v: unknown = Reflect.get(body, name);
  return typeof v === 'string' ? v : undefined;
}

function idOf(body: unknown): string | undefined {
  return field(body, 'id');
}
