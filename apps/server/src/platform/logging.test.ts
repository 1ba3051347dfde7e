import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { registerProblemHandler } from './http/problem.js';
import { censored, loggerOptions, REDACTED, safeError, withoutParams } from './logging.js';

/** A log destination the test reads back, line by line. */
class LogSink extends Writable {
  lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

// issue 17 item 4: "The error log prints a failing query's parameters — an anonymous sign-up … logged the
// new user's password hash, e-mail and phone: log no query parameters, redact secrets and personal data
// by field name (pino redaction), and test it by reading the log."
describe('the log keeps no query parameters, secrets or personal data', () => {
  let t: TestApp;
  const sink = new LogSink();
  beforeAll(async () => {
    t = await createTestApp({ logStream: sink });
  });
  afterAll(async () => t.close());

  it('a failing query logs its SQL and code, never its parameters nor the values the driver quotes', async () => {
    // a bare app with the server's logger and error handler, whose routes fail inside the real database
    const probeSink = new LogSink();
    const app = Fastify({ logger: loggerOptions('info', probeSink) });
    registerProblemHandler(app, null);
    await t.deps.db.execute(sql.raw('create table log_probe (email text primary key)'));
    app.get('/missing-table', async () => t.deps.db.execute(sql`select ${'hunter2-password-hash'} as x from no_such_table`));
    app.get('/duplicate', async () => {
      await t.deps.db.execute(sql`insert into log_probe (email) values (${'secret.person@example.com'})`);
      return t.deps.db.execute(sql`insert into log_probe (email) values (${'secret.person@example.com'})`);
    });
    for (const url of ['/missing-table', '/duplicate']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(500);
    }
    await app.close();
    const errors = probeSink.lines
      .map((l) => JSON.parse(l) as { msg: string; err?: { message: string; query?: string; code?: string; cause?: { code?: string } } })
      .filter((l) => l.err);
    expect(errors).toHaveLength(2);
    expect(errors[0]?.err?.query).toContain('no_such_table');
    expect(errors[1]?.err?.cause?.code).toBe('23505'); // the driver's code stays: unique_violation
    expect(probeSink.text).not.toContain('hunter2-password-hash');
    expect(probeSink.text).not.toContain('secret.person@example.com');
  });

  it('request lines carry the path without the query string', async () => {
    const res = await t.anonymous().get('/api/v1/store/products?search=13800138000');
    expect(res.statusCode).toBe(200);
    expect(sink.text).toContain('/api/v1/store/products');
    expect(sink.text).not.toContain('13800138000');
  });

  // issue 17 item 10: "cheaper logging per request"
  it('writes one line per request, with its method, path, status and time', async () => {
    const before = sink.lines.length;
    const res = await t.anonymous().get('/api/v1/store/products?page=2');
    expect(res.statusCode).toBe(200);
    const lines = sink.lines
      .slice(before)
      .map((l) => JSON.parse(l) as { msg: string; req?: { method: string; path: string }; res?: { statusCode: number }; responseTime?: number });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request completed', req: { method: 'GET', path: '/api/v1/store/products' }, res: { statusCode: 200 } });
    expect(lines[0]?.responseTime).toBeGreaterThan(0);
  });

  it('a log call holding secret or personal fields prints them censored, by field name', () => {
    t.app.log.info({ user: { password: 'pw-1', passwordHash: 'ph-1', email: 'e@x.cn', phone: '13900001111', name: 'kept' } }, 'probe');
    const line = sink.lines.find((l) => l.includes('"probe"'));
    expect(line).toBeDefined();
    expect(line).toContain('kept');
    for (const secret of ['pw-1', 'ph-1', 'e@x.cn', '13900001111']) expect(line).not.toContain(secret);
  });

  it('a sign-up, accepted then repeated, logs neither the password nor the contact details', async () => {
    const before = sink.lines.length;
    const body = {
      kind: 'buyer',
      loginName: 'log-probe-user',
      password: 'Sup3r-Secret-pw!',
      email: 'probe.person@example.com',
      phone: '13712345678',
      displayName: 'Probe',
    };
    expect((await t.anonymous().post('/api/v1/auth/signup', body)).statusCode).toBe(201);
    expect((await t.anonymous().post('/api/v1/auth/signup', body)).statusCode).toBe(409);
    const added = sink.lines.slice(before).join('\n');
    for (const secret of ['Sup3r-Secret-pw!', 'probe.person@example.com', '13712345678']) expect(added).not.toContain(secret);
  });
});

describe('censored', () => {
  it('censors secret fields at the top level and two levels down, in objects and arrays, and leaves deeper ones', () => {
    const input = {
      password: 'p1',
      user: { email: 'e@x.cn', name: 'kept', headers: { cookie: 'c', 'x-csrf-token': 't', accept: '*/*' } },
      list: [{ phone: '139' }],
      deep: { a: { b: { token: 'four-levels' } } },
    };
    expect(censored(input)).toEqual({
      password: REDACTED,
      user: { email: REDACTED, name: 'kept', headers: { cookie: REDACTED, 'x-csrf-token': REDACTED, accept: '*/*' } },
      list: [{ phone: REDACTED }],
      // pino's redact paths reached three levels (`*.*.token`); the fourth was never searched
      deep: { a: { b: { token: 'four-levels' } } },
    });
  });

  it('never changes the object a log call passed, and returns it unchanged when there is nothing to censor', () => {
    const user = { email: 'e@x.cn', name: 'kept' };
    const input = { user, at: new Date(0) };
    const out = censored(input) as { user: { email: string } };
    expect(out.user.email).toBe(REDACTED);
    expect(user.email).toBe('e@x.cn');
    const clean = { a: { b: [1, 2] }, at: new Date(0) };
    expect(censored(clean)).toBe(clean);
  });
});

describe('safeError', () => {
  it('drops the params line of a Drizzle error from message and stack, keeping the stack frames', () => {
    const e = new Error('Failed query: select $1\nparams: secret,other');
    e.stack = 'Error: Failed query: select $1\nparams: secret,other\n    at f (x.ts:1:1)';
    const s = safeError(e);
    expect(s.message).toBe('Failed query: select $1\nparams: [redacted]');
    expect(s.stack).toContain('at f (x.ts:1:1)');
    expect(s.stack).not.toContain('secret');
    expect(withoutParams('no params here')).toBe('no params here');
  });

  it('keeps the driver code but not the detail quoting values', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "u"'), {
      code: '23505',
      detail: 'Key (email)=(a@b.c) already exists.',
      constraint: 'u',
    });
    const s = safeError(new Error('Failed query: insert\nparams: a@b.c', { cause }));
    expect(JSON.stringify(s)).not.toContain('a@b.c');
    expect(s.cause?.code).toBe('23505');
    expect(s.cause?.constraint).toBe('u');
  });
});
