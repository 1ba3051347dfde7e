// Helpers for the catalog's HTTP tests (not a test file itself).
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { multipartBody } from './files.js';
import type { Agent, TestApp } from '../harness.js';
import { products } from '../../modules/catalog/catalog.tables.js';
import { seedCatalog, type CatalogSeedIds } from '../../modules/catalog/catalog.seed.js';

export const API = '/api/v1';

/**
 * The catalog's demo data: taken from the demo seed once it seeds the catalog too
 * (as `seed.catalog`), seeded here until then — seeding twice would clash on category codes.
 */
export function withCatalog(t: TestApp): Promise<CatalogSeedIds> {
  const seeded = (t.seed as { catalog?: CatalogSeedIds }).catalog;
  return seeded ? Promise.resolve(seeded) : seedCatalog(t.deps.db, t.clock.now(), t.seed);
}

export async function uploadAs(agent: Agent, purpose: string, name: string, data: Buffer): Promise<string> {
  const { payload, headers } = multipartBody({ purpose }, { name, data });
  const res = await agent.post(`${API}/files`, payload, headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** The SPI endpoint is configured through another module's route; tests set it directly. */
export async function setSpiUrl(t: TestApp, productId: string, url: string | null): Promise<void> {
  await t.deps.db.update(products).set({ spiUrl: url }).where(eq(products.id, productId));
}

/** A draft that passes the listing checks: service, described, one priced visible spec. */
export async function readyDraft(agent: Agent, categoryId: string, name: string): Promise<{ id: string; code: string; specId: string }> {
  const created = await agent.post(`${API}/seller/products`, { type: 'service', categoryId, name, description: `${name} — description` });
  expect(created.statusCode, created.body).toBe(201);
  const { id, code } = created.json<{ id: string; code: string }>();
  const spec = await agent.post(`${API}/seller/products/${id}/specs`, { name: '标准版', prices: [{ unit: 'month', duration: 1, priceFen: 1000 }] });
  expect(spec.statusCode, spec.body).toBe(201);
  return { id, code, specId: spec.json<{ id: string }>().id };
}

export function fieldsOf(res: { json: <T>() => T }): string[] {
  return (res.json<{ errors?: { field: string }[] }>().errors ?? []).map((e) => e.field);
}
