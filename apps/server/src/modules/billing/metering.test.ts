import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { products } from '../catalog/index.js';
import { usageRecords } from './billing.tables.js';
import { API, newMeteringKey, push, seedApiInstance, seedPostpaid, type Postpaid } from '../../test/kits/billing.js';

let t: TestApp;
let demo: Agent;
let p: Postpaid;
let key: string;
let inst: string;

const usedAt = '2026-06-01T01:00:00.000Z';

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  demo = await t.agent('demo');
  p = await seedPostpaid(t, t.seed.demoSellerId);
  inst = await seedApiInstance(t, p, t.seed.demoSellerId, t.seed.buyerId);
  key = await newMeteringKey(demo, p.productId);
});
afterAll(() => t.close());

const stored = async () =>
  t.deps.db
    .select({ recordId: usageRecords.recordId, quantity: usageRecords.quantity, buyerId: usageRecords.buyerId })
    .from(usageRecords)
    .where(eq(usageRecords.productId, p.productId));

describe('metering keys', () => {
  it('shows a new key once and replaces the previous one', async () => {
    const other = await seedPostpaid(t, t.seed.demoSellerId);
    const first = await newMeteringKey(demo, other.productId);
    const second = await newMeteringKey(demo, other.productId);
    expect(second).not.toBe(first);
    expect((await t.deps.db.select({ k: products.meteringKey }).from(products).where(eq(products.id, other.productId)))[0]?.k).toBe(second);
  });

  it('refuses prepaid products (409) and other sellers’ products (404)', async () => {
    const prepaid = await seedPostpaid(t, t.seed.demoSellerId, 'prepaid');
    expect((await demo.post(`${API}/seller/products/${prepaid.productId}/metering-key`)).statusCode).toBe(409);
    const acme = await t.agent('acme');
    expect((await acme.post(`${API}/seller/products/${p.productId}/metering-key`)).statusCode).toBe(404);
  });
});

describe('usage push', () => {
  it('stores signed records with the instance’s buyer', async () => {
    const res = await push(t, { code: p.code, key, records: [{ recordId: 'r1', instanceId: inst, dimension: 'calls', quantity: 5, usedAt }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0 });
    expect(await stored()).toContainEqual({ recordId: 'r1', quantity: 5, buyerId: t.seed.buyerId });
  });

  it('counts a re-sent record once, whatever it now says', async () => {
    const records = [{ recordId: 'r2', instanceId: inst, dimension: 'calls', quantity: 7, usedAt }];
    expect((await push(t, { code: p.code, key, records })).json()).toEqual({ accepted: 1, duplicates: 0 });
    expect(
      (
        await push(t, {
          code: p.code,
          key,
          records: [
            { ...records[0]!, quantity: 700 },
            { ...records[0]!, recordId: 'r3' },
          ],
        })
      ).json(),
    ).toEqual({ accepted: 1, duplicates: 1 });
    expect((await stored()).find((r) => r.recordId === 'r2')?.quantity).toBe(7);
  });

  it('refuses a bad signature, a stale or future timestamp, an old key and an unknown product', async () => {
    const records = [{ recordId: 'sig', instanceId: inst, dimension: 'calls', quantity: 1, usedAt }];
    const now = Math.floor(t.clock.now().getTime() / 1000);
    const refused = [
      await push(t, { code: p.code, key: 'mk_wrong', records }),
      await push(t, { code: p.code, key, records, timestamp: now - 301 }),
      await push(t, { code: p.code, key, records, timestamp: now + 301 }),
      await push(t, { code: 'cmapi-nope', key, records }),
      await push(t, { code: p.code, key, records, signature: '' }),
    ];
    expect(refused.map((r) => [r.statusCode, r.json().code])).toEqual(Array(5).fill([400, 'invalid_signature']));
    expect((await push(t, { code: p.code, key, records, timestamp: now - 300 })).statusCode).toBe(200);
  });

  it('checks the signature before the body shape', async () => {
    const res = await push(t, { code: p.code, key: 'mk_wrong', records: [], raw: '{"records":"nope"}' });
    expect(res.json().code).toBe('invalid_signature');
    const shaped = await push(t, { code: p.code, key, records: [], raw: '{"records":[]}' });
    expect(shaped.json().code).toBe('validation_failed');
  });

  it('refuses the whole batch when an instance is not this product’s or a dimension is not metered', async () => {
    const foreignProduct = await seedPostpaid(t, t.seed.acmeSellerId);
    const foreign = await seedApiInstance(t, foreignProduct, t.seed.acmeSellerId, t.seed.buyerId);
    const res = await push(t, {
      code: p.code,
      key,
      records: [
        { recordId: 'ok-1', instanceId: inst, dimension: 'calls', quantity: 1, usedAt },
        { recordId: 'bad-1', instanceId: foreign, dimension: 'calls', quantity: 1, usedAt },
        { recordId: 'bad-2', instanceId: inst, dimension: 'gpu_hours', quantity: 1, usedAt },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.records.1.instanceId', 'body.records.2.dimension']);
    expect((await stored()).some((r) => r.recordId === 'ok-1')).toBe(false);
  });

  it('refuses zero quantities and batches over 100 records', async () => {
    expect((await push(t, { code: p.code, key, records: [{ recordId: 'z', instanceId: inst, dimension: 'calls', quantity: 0, usedAt }] })).statusCode).toBe(
      400,
    );
    const many = Array.from({ length: 101 }, (_, i) => ({ recordId: `m${i}`, instanceId: inst, dimension: 'calls', quantity: 1, usedAt }));
    expect((await push(t, { code: p.code, key, records: many })).statusCode).toBe(400);
  });
});
