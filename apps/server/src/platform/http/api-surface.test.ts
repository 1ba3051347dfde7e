import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createTestApp, openTestDatabase, type TestApp } from '../../test/harness.js';
import { systemClock } from '../clock.js';
import { errorCodes } from '../errors.js';
import { problemOf, statusOf } from './problem.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
});
afterAll(() => t.close());

describe('API surface', () => {
  it('maps every error code to a 4xx status', () => {
    for (const code of errorCodes) expect(statusOf(code)).toBeGreaterThanOrEqual(400);
    expect(problemOf('not_found', 'order not found')).toMatchObject({ status: 404, code: 'not_found', title: 'not found', detail: 'order not found' });
  });

  it('reports health with a database round trip', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: t.deps.dbKind });
  });

  it('publishes OpenAPI with the guarded routes and serves the docs page', async () => {
    const spec = (await t.anonymous().get('/api/openapi.json')).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/seller/sub-accounts', '/api/v1/seller/orders']));
    expect((await t.anonymous().get('/api/docs/')).statusCode).toBe(200);
  });

  it('answers unknown API paths with a problem body and echoes the request id', async () => {
    const res = await t.anonymous().get('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    expect(res.headers['x-request-id']).toMatch(/^req_/);
  });

  it('reads, sets and advances the manual clock', async () => {
    const a = t.anonymous();
    expect((await a.post('/api/v1/dev/clock', { set: '2026-09-30T09:00:00.000Z' })).json().now).toBe('2026-09-30T09:00:00.000Z');
    expect((await a.post('/api/v1/dev/clock', { advance: '36h' })).json().now).toBe('2026-10-01T21:00:00.000Z');
    expect((await a.get('/api/v1/dev/clock')).json().now).toBe('2026-10-01T21:00:00.000Z');
    const bad = await a.post('/api/v1/dev/clock', { advance: 'soon' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('production mode', () => {
  it('refuses CLOCK=manual and has no dev clock route', async () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CLOCK: 'manual', SESSION_SECRET: 'x'.repeat(32) })).toThrow(/refused in production/);
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), LOG_LEVEL: 'silent', DATA_DIR: t.config.DATA_DIR });
    const database = await openTestDatabase();
    const { app } = await buildApp({ config, database, clock: systemClock, logger: false });
    try {
      expect((await app.inject({ method: 'GET', url: '/api/v1/dev/clock' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'POST', url: '/api/v1/dev/clock', payload: { advance: '1d' } })).statusCode).toBe(404);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
