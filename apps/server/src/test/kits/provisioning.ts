// Helpers for the provisioning tests (not a test file itself): rows inserted directly, so the
// tests do not depend on the catalog's or the orders module's flows.
import { eq } from 'drizzle-orm';
import { newId } from '../../platform/ids.js';
import { emit } from '../../platform/outbox.js';
import type { TestApp } from '../harness.js';
import { categories, productSpecs, products } from '../../modules/catalog/index.js';
import { INSTANCE_PROVISION, instances, type InstanceProvision } from '../../modules/orders/index.js';

export const API = '/api/v1';
export const SECRET = 'receiver-secret-0123456789';

export interface SaasFixture {
  productId: string;
  code: string;
  specId: string;
}

export async function seedSaas(
  t: TestApp,
  o: { sellerId: string; spiUrl: string | null; secret?: string | null; mode?: 'hmac' | 'md5' },
): Promise<SaasFixture> {
  const now = t.clock.now();
  const tag = Math.random().toString(36).slice(2, 8);
  const categoryId = newId('cat', now);
  await t.deps.db.insert(categories).values({ id: categoryId, code: `prov-${tag}`, nameZh: '测试', nameEn: 'Test' });
  const f: SaasFixture = { productId: newId('prd', now), code: `cmapp-p${tag}`, specId: newId('spc', now) };
  await t.deps.db.insert(products).values({
    id: f.productId,
    code: f.code,
    sellerId: o.sellerId,
    type: 'saas',
    categoryId,
    name: `SaaS ${tag}`,
    status: 'listed',
    spiUrl: o.spiUrl,
    spiSecret: o.secret === undefined ? SECRET : o.secret,
    spiMode: o.mode ?? 'hmac',
    createdAt: now,
    updatedAt: now,
  });
  await t.deps.db.insert(productSpecs).values({ id: f.specId, productId: f.productId, name: '标准版', createdAt: now });
  return f;
}

export async function seedInstance(t: TestApp, f: SaasFixture, o: { sellerId: string; buyerId: string; status?: 'opening' | 'opened' }): Promise<string> {
  const now = t.clock.now();
  const id = newId('ins', now);
  await t.deps.db.insert(instances).values({
    id,
    sellerId: o.sellerId,
    buyerId: o.buyerId,
    productId: f.productId,
    specId: f.specId,
    productName: 'SaaS',
    specName: '标准版',
    status: o.status ?? 'opening',
    createdAt: now,
  });
  return id;
}

/** What the orders module does on payment: emit the event; then the outbox delivers it. */
export async function provision(t: TestApp, instanceId: string, orderId: string | null, action: InstanceProvision['action'] = 'createInstance'): Promise<void> {
  const payload: InstanceProvision = { instanceId, orderId, action };
  await t.deps.db.transaction((tx) => emit(tx, t.clock.now(), INSTANCE_PROVISION, payload));
  await t.deps.outbox.drain();
}

export async function instanceRow(t: TestApp, id: string) {
  const [row] = await t.deps.db.select().from(instances).where(eq(instances.id, id));
  return row;
}
