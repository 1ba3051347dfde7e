import * as core from 'zod/v4/core';

/**
 * The JSON schema fast-json-stringify needs to write a reply exactly as zod's encode + JSON.stringify
 * writes it (what fastify-type-provider-zod's serializer does), or null when it cannot: then the
 * route keeps the zod serializer.
 *
 * Built from the zod schema directly rather than from z.toJSONSchema: this walk knows which zod
 * types only check a value (their output is the input) and which change it, and it leaves out
 * every keyword that would make fast-json-stringify differ from JSON.stringify:
 * - no `required`: fast-json-stringify writes required properties first (zod keeps the shape's
 *   order) and throws on a missing one; without it an undefined property is left out, as
 *   JSON.stringify leaves it out;
 * - no `default`: fast-json-stringify would write it for an undefined value; zod's encode refuses;
 * - no `format` but date-time for z.date(): a Date is written as toISOString(), as JSON.stringify does;
 * - unions only where the branch cannot change the output (`X | null`, unions of scalars written
 *   as they are); object unions pick a branch by validation in fast-json-stringify and by parsing
 *   in zod, and an unknown key decides differently, so they keep zod.
 */
export type ReplySchema = { [keyword: string]: ReplySchemaValue };
type ReplySchemaValue = string | boolean | ReplySchema | { [name: string]: ReplySchema };

/**
 * Written by JSON.stringify: only for values that are never undefined, a function or a symbol
 * (scalars), because fast-json-stringify would then write `undefined` where JSON.stringify leaves
 * the property out or writes null.
 */
const AS_IS: ReplySchema = {};

export function replySchemaOf(schema: core.$ZodType): ReplySchema | null {
  if (changesValue(schema)) return null;
  if (schema instanceof core.$ZodString) return schema._zod.def.coerce ? null : { type: 'string' };
  // z.coerce.number() and z.coerce.boolean() convert as fast-json-stringify does (Number(), truthiness)
  if (schema instanceof core.$ZodNumber) return { type: 'number' };
  if (schema instanceof core.$ZodBoolean) return { type: 'boolean' };
  if (schema instanceof core.$ZodDate) return schema._zod.def.coerce ? null : { type: 'string', format: 'date-time' };
  if (schema instanceof core.$ZodNull) return { type: 'null' };
  if (schema instanceof core.$ZodEnum || schema instanceof core.$ZodLiteral) return literalValues(schema);
  if (schema instanceof core.$ZodObject) return objectSchema(schema);
  if (schema instanceof core.$ZodArray) {
    // an undefined item is written null by JSON.stringify, and not by fast-json-stringify
    if (schema._zod.def.element._zod.optout === 'optional') return null;
    const items = replySchemaOf(schema._zod.def.element);
    return items && { type: 'array', items };
  }
  if (schema instanceof core.$ZodRecord) return recordSchema(schema);
  if (schema instanceof core.$ZodNullable) {
    const inner = replySchemaOf(schema._zod.def.innerType);
    return inner && nullable(inner);
  }
  if (schema instanceof core.$ZodUnion) return unionSchema(schema);
  const inner = schema instanceof core.$ZodOptional ? schema._zod.def.innerType : checkOnlyInner(schema);
  if (inner) return replySchemaOf(inner);
  // z.unknown() outside a record or a loose object (see rest()), transforms, pipes and codecs, lazy
  // (recursive), tuples, intersections, bigint, maps, sets…
  return null;
}

/**
 * The wrapped schema of a wrapper that only checks or fills in on parse (default, prefault, catch,
 * readonly, non-optional): on encode a valid value comes out as it went in. Null for any other.
 */
export function checkOnlyInner(schema: core.$ZodType): core.$ZodType | null {
  if (
    schema instanceof core.$ZodDefault ||
    schema instanceof core.$ZodPrefault ||
    schema instanceof core.$ZodCatch ||
    schema instanceof core.$ZodReadonly ||
    schema instanceof core.$ZodNonOptional
  ) {
    return schema._zod.def.innerType;
  }
  return null;
}

/** `.trim()`, `.toLowerCase()`, `.overwrite()`: checks that rewrite the value, also on encode. */
function changesValue(schema: core.$ZodType): boolean {
  return (schema._zod.def.checks ?? []).some((check) => check instanceof core.$ZodCheckOverwrite);
}

function objectSchema(schema: core.$ZodObject): ReplySchema | null {
  const properties: Record<string, ReplySchema> = {};
  for (const [key, value] of Object.entries(schema._zod.def.shape)) {
    const property = replySchemaOf(value);
    if (!property) return null;
    properties[key] = property;
  }
  const { catchall } = schema._zod.def;
  // no catchall strips unknown keys, z.never() (strict) refuses them: either way none is written
  if (!catchall || catchall instanceof core.$ZodNever) return { type: 'object', properties, additionalProperties: false };
  const additionalProperties = rest(catchall);
  return additionalProperties && { type: 'object', properties, additionalProperties };
}

/**
 * The schema of a record's values or a loose object's other keys. z.unknown() there is `true`:
 * fast-json-stringify then writes each value with JSON.stringify and leaves out undefined,
 * functions and symbols, as JSON.stringify does with an object's properties.
 */
function rest(schema: core.$ZodType): ReplySchema | true | null {
  if (schema instanceof core.$ZodAny || schema instanceof core.$ZodUnknown) return true;
  const values = replySchemaOf(schema);
  return values === AS_IS ? true : values;
}

function recordSchema(schema: core.$ZodRecord): ReplySchema | null {
  const { keyType, valueType } = schema._zod.def;
  // an enum key makes zod write the enum's keys in the enum's order, not the value's; keep zod then
  if (!(keyType instanceof core.$ZodString) || keyType._zod.values || keyType._zod.def.coerce || changesValue(keyType)) return null;
  const additionalProperties = rest(valueType);
  return additionalProperties && { type: 'object', additionalProperties };
}

function unionSchema(schema: core.$ZodUnion): ReplySchema | null {
  if (schema instanceof core.$ZodDiscriminatedUnion) return null;
  const options = schema._zod.def.options;
  const others = options.filter((option) => !(option instanceof core.$ZodNull));
  if (others.length === 1 && others.length < options.length) {
    const inner = replySchemaOf(others[0]!);
    return inner && nullable(inner);
  }
  return options.every(writtenAsIs) ? AS_IS : null;
}

/** A scalar whose valid values JSON.stringify writes as zod's encode returns them. */
function writtenAsIs(schema: core.$ZodType): boolean {
  if (changesValue(schema)) return false;
  if (schema instanceof core.$ZodString || schema instanceof core.$ZodNumber || schema instanceof core.$ZodBoolean || schema instanceof core.$ZodDate) {
    return !schema._zod.def.coerce;
  }
  if (schema instanceof core.$ZodEnum || schema instanceof core.$ZodLiteral) return literalValues(schema) !== null;
  return schema instanceof core.$ZodNull;
}

/** Enum and literal values of JSON's scalar kinds (not undefined, bigint or symbol). */
function literalValues(schema: core.$ZodEnum | core.$ZodLiteral): ReplySchema | null {
  const kinds = new Set([...(schema._zod.values ?? [])].map((v) => (v === null ? 'null' : typeof v)));
  const scalar = ['string', 'number', 'boolean', 'null'];
  if (kinds.size === 0 || ![...kinds].every((kind) => scalar.includes(kind))) return null;
  const [kind] = kinds;
  return kinds.size === 1 && kind ? { type: kind } : AS_IS;
}

function nullable(inner: ReplySchema): ReplySchema {
  if (inner === AS_IS) return AS_IS;
  return { ...inner, nullable: true };
}
