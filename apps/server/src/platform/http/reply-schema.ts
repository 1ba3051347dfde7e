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

/** Any value, written by JSON.stringify. */
const ANY: ReplySchema = {};

export function replySchemaOf(schema: core.$ZodType): ReplySchema | null {
  if (changesValue(schema)) return null;
  if (schema instanceof core.$ZodString) return schema._zod.def.coerce ? null : { type: 'string' };
  // z.coerce.number() and z.coerce.boolean() convert as fast-json-stringify does (Number(), truthiness)
  if (schema instanceof core.$ZodNumber) return { type: 'number' };
  if (schema instanceof core.$ZodBoolean) return { type: 'boolean' };
  if (schema instanceof core.$ZodDate) return schema._zod.def.coerce ? null : { type: 'string', format: 'date-time' };
  if (schema instanceof core.$ZodNull) return { type: 'null' };
  if (schema instanceof core.$ZodAny || schema instanceof core.$ZodUnknown) return ANY;
  if (schema instanceof core.$ZodEnum || schema instanceof core.$ZodLiteral) return scalarValues(schema);
  if (schema instanceof core.$ZodObject) return objectSchema(schema);
  if (schema instanceof core.$ZodArray) {
    const items = replySchemaOf(schema._zod.def.element);
    return items && { type: 'array', items };
  }
  if (schema instanceof core.$ZodRecord) return recordSchema(schema);
  if (schema instanceof core.$ZodNullable) {
    const inner = replySchemaOf(schema._zod.def.innerType);
    return inner && nullable(inner);
  }
  if (schema instanceof core.$ZodUnion) return unionSchema(schema);
  // these only check or fill in on parse; on encode a valid value comes out as it went in
  if (
    schema instanceof core.$ZodOptional ||
    schema instanceof core.$ZodDefault ||
    schema instanceof core.$ZodPrefault ||
    schema instanceof core.$ZodCatch ||
    schema instanceof core.$ZodReadonly ||
    schema instanceof core.$ZodNonOptional
  ) {
    return replySchemaOf(schema._zod.def.innerType);
  }
  // transforms, pipes and codecs, lazy (recursive), tuples, intersections, bigint, maps, sets…
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
  const rest = replySchemaOf(catchall);
  return rest && { type: 'object', properties, additionalProperties: rest === ANY ? true : rest };
}

function recordSchema(schema: core.$ZodRecord): ReplySchema | null {
  const { keyType, valueType } = schema._zod.def;
  // an enum key makes zod write the enum's keys in the enum's order, not the value's; keep zod then
  if (!(keyType instanceof core.$ZodString) || keyType._zod.values || keyType._zod.def.coerce || changesValue(keyType)) return null;
  const values = replySchemaOf(valueType);
  return values && { type: 'object', additionalProperties: values === ANY ? true : values };
}

function unionSchema(schema: core.$ZodUnion): ReplySchema | null {
  if (schema instanceof core.$ZodDiscriminatedUnion) return null;
  const options = schema._zod.def.options;
  const others = options.filter((option) => !(option instanceof core.$ZodNull));
  if (others.length === 1 && others.length < options.length) {
    const inner = replySchemaOf(others[0]!);
    return inner && nullable(inner);
  }
  return options.every(writtenAsIs) ? ANY : null;
}

/** A scalar whose valid values JSON.stringify writes as zod's encode returns them. */
function writtenAsIs(schema: core.$ZodType): boolean {
  if (changesValue(schema)) return false;
  if (schema instanceof core.$ZodString || schema instanceof core.$ZodNumber || schema instanceof core.$ZodBoolean || schema instanceof core.$ZodDate) {
    return !schema._zod.def.coerce;
  }
  return schema instanceof core.$ZodNull || schema instanceof core.$ZodEnum || schema instanceof core.$ZodLiteral;
}

function scalarValues(schema: core.$ZodEnum | core.$ZodLiteral): ReplySchema {
  const kinds = new Set([...(schema._zod.values ?? [])].map((v) => (v === null ? 'null' : typeof v)));
  if (kinds.size === 1) {
    const [kind] = kinds;
    if (kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'null') return { type: kind };
  }
  return ANY;
}

function nullable(inner: ReplySchema): ReplySchema {
  if (inner === ANY) return ANY;
  return { ...inner, nullable: true };
}
