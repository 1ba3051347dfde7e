import fc from 'fast-check';
import * as core from 'zod/v4/core';
import { checkOnlyInner } from '../../platform/http/reply-schema.js';

/**
 * Test values for a response schema: valid-looking replies with the awkward parts a writer can
 * get wrong (unknown keys to strip, keys out of order, undefined optionals, nulls, dates, escapes).
 * Not every value passes the schema (refinements, formats); the caller keeps those zod encodes.
 */
export function replyValues(schema: core.$ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const next = (s: core.$ZodType) => replyValues(s, depth + 1);
  if (schema instanceof core.$ZodString) return stringValues(schema);
  if (schema instanceof core.$ZodNumber) return numberValues(schema);
  if (schema instanceof core.$ZodBoolean) return fc.boolean();
  if (schema instanceof core.$ZodDate) return fc.date({ noInvalidDate: true, min: new Date('1000-01-01'), max: new Date('9999-12-31') });
  if (schema instanceof core.$ZodNull) return fc.constant(null);
  if (schema instanceof core.$ZodAny || schema instanceof core.$ZodUnknown) return fc.jsonValue({ maxDepth: 2 });
  if (schema instanceof core.$ZodEnum || schema instanceof core.$ZodLiteral) return fc.constantFrom(...(schema._zod.values ?? [null]));
  if (schema instanceof core.$ZodArray) return fc.array(next(schema._zod.def.element), { maxLength: 3 });
  // a record key `__proto__` is the one known difference: zod's encode drops it (it sets the prototype
  // of the object it builds), fast-json-stringify writes it. Inputs are parsed by zod, which drops it
  // the same way, so no stored record carries one; fast-check offers it among its awkward strings.
  if (schema instanceof core.$ZodRecord)
    return fc.dictionary(
      stringValues(schema._zod.def.keyType).filter((key) => key !== '__proto__'),
      next(schema._zod.def.valueType),
      { maxKeys: 3 },
    );
  if (schema instanceof core.$ZodNullable) return fc.oneof(fc.constant(null), next(schema._zod.def.innerType));
  if (schema instanceof core.$ZodOptional) return fc.oneof(fc.constant(undefined), next(schema._zod.def.innerType));
  if (schema instanceof core.$ZodUnion) return fc.oneof(...schema._zod.def.options.map(next));
  if (schema instanceof core.$ZodObject) return objectValues(schema, next);
  const inner = checkOnlyInner(schema);
  return inner ? next(inner) : fc.constant(undefined);
}

const extraKeys = fc.dictionary(fc.constantFrom('extra', 'passwordHash', 'internal_note', '__x'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });

function objectValues(schema: core.$ZodObject, next: (s: core.$ZodType) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const shape = schema._zod.def.shape;
  const required = Object.keys(shape).filter((key) => shape[key]?._zod.optin !== 'optional');
  const known = fc.record(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, next(value)])), { requiredKeys: required });
  // unknown keys first and last, and the known ones reversed: the writer must follow the schema
  return fc.tuple(extraKeys, known, extraKeys, fc.boolean()).map(([before, value, after, reverse]) => {
    const entries = Object.entries(value);
    return { ...before, ...Object.fromEntries(reverse ? entries.reverse() : entries), ...after };
  });
}

function stringValues(schema: core.$ZodType): fc.Arbitrary<string> {
  const checks = schema._zod.def.checks ?? [];
  const own = 'pattern' in schema._zod.def && schema._zod.def.pattern instanceof RegExp ? [schema._zod.def.pattern] : [];
  const patterns = [...own, ...checks.flatMap((c) => ('pattern' in c._zod.def && c._zod.def.pattern instanceof RegExp ? [c._zod.def.pattern] : []))];
  if (patterns[0]) return fc.stringMatching(patterns[0]);
  if (schema instanceof core.$ZodURL) return fc.constantFrom('https://example.com/a?b=1&c=%20', 'http://127.0.0.1:3400/x');
  let minLength = 0;
  let maxLength = 40;
  for (const check of checks) {
    if (check instanceof core.$ZodCheckMinLength) minLength = check._zod.def.minimum;
    if (check instanceof core.$ZodCheckMaxLength) maxLength = check._zod.def.maximum;
    if (check instanceof core.$ZodCheckLengthEquals) minLength = maxLength = check._zod.def.length;
  }
  maxLength = Math.min(maxLength, minLength + 40);
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ unit: 'binary', minLength, maxLength }),
    fc.constantFrom('"quoted" \\ back', 'line\nbreak\u0000', '中文 💥', '\ud800 lone surrogate', 'x'.repeat(60)),
  );
}

function numberValues(schema: core.$ZodNumber): fc.Arbitrary<number> {
  let min = -1e9;
  let max = 1e12;
  let integer = schema instanceof core.$ZodNumberFormat;
  for (const check of schema._zod.def.checks ?? []) {
    if (check instanceof core.$ZodCheckNumberFormat) integer = true;
    const bound = check instanceof core.$ZodCheckGreaterThan || check instanceof core.$ZodCheckLessThan ? check._zod.def.value : null;
    if (typeof bound !== 'number') continue;
    if (check instanceof core.$ZodCheckGreaterThan) min = Math.max(min, bound);
    else max = Math.min(max, bound);
  }
  const integers = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  if (integer) return integers;
  return fc.oneof(integers, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 0.1, 1e21, 5e-7));
}
