import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from './harness.js';

// Issue 17.1: a NUL character or a lone surrogate anywhere (path, query, body) is refused at the edge
// with 400 invalid_characters naming the field — never a 500 from PostgreSQL. Table-driven over the
// live route catalogue, each route called by an actor it admits, so a route added later is covered.
let t: TestApp;
const actors: Partial<Record<string, Agent>> = {};

beforeAll(async () => {
  t = await createTestApp();
  [actors.seller, actors.buyer, actors.operator] = await Promise.all([t.agent('demo'), t.agent('buyer'), t.agent('operator')]);
});
afterAll(() => t.close());

const actorFor = (auth: string): Agent => actors[auth] ?? actors.buyer ?? t.anonymous();
const withNul = (url: string) => url.replace(/:[a-zA-Z]+/g, 'id%00x');
const body = (method: string) => (method === 'GET' || method === 'DELETE' ? undefined : { name: 'a\u0000b', note: 'x\ud800', items: ['\u0000'] });

describe('unsafe text at the edge', () => {
  it('the issue’s two requests: an anonymous log-in and a path parameter answer 400 naming the field', async () => {
    const login = await t.anonymous().post('/api/v1/auth/login', { loginName: 'a\u0000b', password: 'x' });
    expect(login.statusCode).toBe(400);
    expect(login.json()).toMatchObject({ code: 'invalid_characters', errors: [{ field: 'body.loginName' }] });
    const path = await actors.seller?.get('/api/v1/delivery/projects/%00');
    expect([path?.statusCode, path?.json().code]).toEqual([400, 'invalid_characters']);
    const query = await actors.seller?.get('/api/v1/seller/orders?q=%ED%A0%80');
    expect(query?.statusCode).toBeLessThan(500);
  });

  it('a lone surrogate in a JSON body is refused (400), a real emoji is not', async () => {
    const bad = await t.anonymous().request('POST', '/api/v1/auth/login', '{"loginName":"a\\ud800","password":"x"}', { 'content-type': 'application/json' });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'invalid_characters']);
    const fine = await t.anonymous().post('/api/v1/auth/login', { loginName: 'a😀', password: 'x' });
    expect(fine.json().code).not.toBe('invalid_characters');
  });

  it('no route answers 5xx to NUL in its path, query and body, called by an actor it admits', async () => {
    const failures: string[] = [];
    let refused = 0;
    for (const r of t.routes) {
      const url = `${withNul(r.url)}${r.url.includes('?') ? '&' : '?'}q=%00`;
      const res = await actorFor(r.auth).request(r.method as 'GET', url, body(r.method));
      if (res.statusCode >= 500) failures.push(`${r.method} ${r.url} → ${res.statusCode}`);
      if (res.statusCode === 400 && res.json().code === 'invalid_characters') refused++;
    }
    expect(failures).toEqual([]);
    // every route past its guard refuses the text itself (a few answer 401/403/404 first)
    expect(refused).toBeGreaterThan(t.routes.length * 0.8);
  });
});
