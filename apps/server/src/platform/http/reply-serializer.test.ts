import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as core from 'zod/v4/core';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { fastSerializer, replySerializers } from './reply-serializer.js';
import { replyValues } from '../../test/kits/reply-values.js';

/** What fastify-type-provider-zod writes today: zod's encode, then JSON.stringify. */
function zodWrites(schema: core.$ZodType, value: unknown): string | null {
  const encoded = core.safeEncode(schema, value);
  return encoded.success ? JSON.stringify(encoded.data) : null;
}

function fastWrites(schema: core.$ZodType, value: unknown): string {
  const fast = fastSerializer(schema);
  if (!fast) throw new Error('no fast serializer');
  return fast(value);
}

describe('the fast reply serializer', () => {
  it('writes what zod writes: unknown keys stripped, the schema’s key order, undefined optionals left out', () => {
    const schema = z.object({ id: z.string(), name: z.string().optional(), nested: z.object({ a: z.number(), b: z.boolean() }) });
    const value = { secret: 'x', nested: { b: true, extra: 1, a: 2 }, name: undefined, id: 'o_1' };
    expect(fastWrites(schema, value)).toBe(zodWrites(schema, value));
    expect(fastWrites(schema, value)).toBe('{"id":"o_1","nested":{"a":2,"b":true}}');
  });

  it('writes dates, nulls, enums, records, loose objects and scalar unions as zod does', () => {
    const schema = z.object({
      at: z.date(),
      maybeAt: z.date().nullable(),
      iso: z.iso.datetime(),
      status: z.enum(['draft', 'published']),
      kind: z.literal('order'),
      appInfo: z.record(z.string(), z.string()).nullable(),
      details: z.record(z.string(), z.unknown()),
      loose: z.looseObject({ a: z.number() }),
      amount: z.union([z.string(), z.number()]),
      items: z.array(z.object({ n: z.number().int().nullable() })),
      text: z.string(),
    });
    const value = {
      at: new Date('2026-06-01T02:00:00.000Z'),
      maybeAt: null,
      iso: '2026-06-01T02:00:00Z',
      status: 'draft',
      kind: 'order',
      appInfo: { z: '1', a: '2' },
      details: { deep: { list: [1, null, 'x'] }, gone: undefined },
      loose: { c: 3, a: 1, b: { x: 1 } },
      amount: '12.50',
      items: [{ n: 1 }, { n: null, junk: true }],
      text: '"quoted" \\ line\nbreak \u0000 中文 💥 \ud800',
    };
    expect(fastWrites(schema, value)).toBe(zodWrites(schema, value));
  });

  it('leaves out what JSON.stringify leaves out among a record’s unknown values', () => {
    const schema = z.object({ details: z.record(z.string(), z.unknown()), loose: z.looseObject({}) });
    const value = { details: { a: undefined, f: () => 1, s: Symbol('s'), d: new Date(0), n: [undefined, () => 1] }, loose: { u: undefined, f: () => 1 } };
    expect(fastWrites(schema, value)).toBe(zodWrites(schema, value));
  });

  it('converts what z.coerce converts the same way', () => {
    const schema = z.object({ total: z.coerce.number(), flag: z.coerce.boolean() });
    for (const value of [
      { total: '12.50', flag: 1 },
      { total: 3, flag: '' },
    ])
      expect(fastWrites(schema, value)).toBe(zodWrites(schema, value));
  });

  it('keeps zod where the output differs from the value: trims, transforms, discriminated unions, object unions, enum-keyed records', () => {
    const shape = { id: z.string() };
    for (const schema of [
      z.object({ name: z.string().trim() }),
      z.object({ n: z.string().transform((s) => s.length) }),
      z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })]),
      z.union([z.object(shape), z.object({ other: z.number() })]),
      z.record(z.enum(['a', 'b']), z.number()),
      z.object({ when: z.coerce.date() }),
      z.tuple([z.string()]),
      z.bigint(),
      // fast-json-stringify would write `undefined` for an undefined item or a function value
      z.object({ payload: z.unknown() }),
      z.array(z.string().optional()),
      z.object({ nothing: z.literal(undefined) }),
    ]) {
      expect(fastSerializer(schema)).toBeNull();
    }
  });
});

describe('reply writing outside production', () => {
  const schema = z.object({ id: z.string(), total: z.number() });
  const route = { schema, method: 'GET', url: '/x', httpStatus: '200' };

  it('still refuses a reply that breaks its contract', () => {
    const write = replySerializers('checked').compiler(route);
    expect(() => write({ id: 'o_1' })).toThrow();
    expect(write({ id: 'o_1', total: 1, extra: 2 })).toBe('{"id":"o_1","total":1}');
  });

  it('fails a reply the fast serializer would write differently', () => {
    // a reply zod accepts through a getter it reads once and fast-json-stringify reads again: the
    // second read differs, as a fast writer that drops or changes a field would
    let reads = 0;
    const value = {
      id: 'o_1',
      get total() {
        reads++;
        return reads === 1 ? 1 : 2;
      },
    };
    const write = replySerializers('checked').compiler(route);
    expect(() => write(value)).toThrow(
      'the fast reply serializer of GET /x (200) wrote …{"id":"o_1","total":2}… where zod wrote …{"id":"o_1","total":1}… (at 20)',
    );
  });

  it('writes with fast-json-stringify in production, without validating', () => {
    const write = replySerializers('fast').compiler(route);
    expect(write({ id: 'o_1', total: 1, extra: 2 })).toBe('{"id":"o_1","total":1}');
  });
});

/** A 32-bit seed from a text (FNV-1a). */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

describe('every response schema of the app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seedOrders: false });
  });
  afterAll(() => t.close());

  it('is written by the fast serializer as zod writes it, for generated replies', () => {
    const fast = t.replies.filter((r) => r.fast);
    expect(t.replies.length).toBeGreaterThan(100);
    let checked = 0;
    for (const route of fast) {
      const write = fastSerializer(route.schema);
      if (!write) throw new Error(`${route.method} ${route.url}: no fast serializer`);
      fc.assert(
        fc.property(replyValues(route.schema), (value) => {
          const expected = zodWrites(route.schema, value);
          if (expected === null) return;
          checked++;
          expect(write(value), `${route.method} ${route.url} (${route.status})`).toBe(expected);
        }),
        // one seed per route, so a CI run is repeatable; REPLY_SEED=<n> explores other values
        { numRuns: 40, seed: seedOf(`${process.env.REPLY_SEED ?? ''}${route.method} ${route.url} ${route.status}`) },
      );
    }
    // refinements and formats refuse some generated values; most must get through to be compared
    expect(checked).toBeGreaterThan(fast.length * 20);
  });

  it('keeps zod for few routes, each for a reason in reply-schema.ts', () => {
    const kept = t.replies.filter((r) => !r.fast).map((r) => `${r.method} ${r.url} ${r.status}`);
    expect(kept.length).toBeLessThan(t.replies.length / 5);
  });
});
