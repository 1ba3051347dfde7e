import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';

// The HTTP surface as a reviewed file: a refactor must leave it byte-identical, and a feature that
// changes it shows the change in its diff (update with `npx vitest run -u --root apps/server api-surface`).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
});
afterAll(() => t.close());

describe('API surface', () => {
  it('keeps the route catalogue (method, url, auth, permission) as reviewed', async () => {
    const lines = t.routes.map((r) => `${r.method} ${r.url} auth=${r.auth}${r.permission ? ` permission=${r.permission}` : ''}`).sort();
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/routes.txt');
  });

  it('keeps the OpenAPI document as reviewed', async () => {
    const res = await t.anonymous().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    await expect(JSON.stringify(res.json(), null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/openapi.json');
  });
});
