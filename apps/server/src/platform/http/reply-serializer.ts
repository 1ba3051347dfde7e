import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import * as core from 'zod/v4/core';
import { replySchemaOf, type ReplySchema } from './reply-schema.js';

/**
 * How replies are written:
 * - `fast` (production): fast-json-stringify compiled once per route from its zod response schema;
 *   zod's encode (a full parse of every reply) is skipped. A route whose schema cannot be compiled
 *   to the same output (reply-schema.ts) keeps the zod serializer.
 * - `checked` (development, tests): zod validates and writes every reply as before, so a reply
 *   that breaks its contract still fails; then the fast serializer writes the same value and the
 *   reply fails if the two differ, so every API test also checks the production writer.
 */
export type ReplyWriting = 'fast' | 'checked';

type ResponseSchema = core.$ZodType | { properties: core.$ZodType };
type Serialize = (data: unknown) => string;

/** One route's response schema for one status, as Fastify asked for its serializer. */
export interface ReplyRoute {
  method: string;
  url: string;
  status: string;
  schema: core.$ZodType;
  /** false: the route keeps zod in production */
  fast: boolean;
}

export interface ReplySerializers {
  compiler: FastifySerializerCompiler<ResponseSchema>;
  /** every response schema compiled so far (all of them once the app is ready) */
  routes: ReplyRoute[];
}

export function replySerializers(writing: ReplyWriting): ReplySerializers {
  const routes: ReplyRoute[] = [];
  const compiler: FastifySerializerCompiler<ResponseSchema> = (route) => {
    const zod: Serialize = zodSerializerCompiler(route);
    const schema = route.schema instanceof core.$ZodType ? route.schema : null;
    const json = schema && replySchemaOf(schema);
    const status = route.httpStatus ?? 'default';
    if (schema) routes.push({ method: route.method, url: route.url, status, schema, fast: json !== null });
    if (!json) return zod;
    if (writing === 'fast') return compiled(json);
    // built on the first reply: a test app compiles only the routes its tests call
    let fast: Serialize | null = null;
    return (data) => {
      const written = zod(data);
      const writeFast = (fast ??= compiled(json));
      const fastWritten = attempt(() => writeFast(data));
      if (fastWritten !== written)
        throw new Error(`the fast reply serializer of ${route.method} ${route.url} (${status}) wrote ${difference(written, fastWritten)}`);
      return written;
    };
  };
  return { compiler, routes };
}

/** fast-json-stringify for the schema, or null when only zod writes it faithfully. */
export function fastSerializer(schema: core.$ZodType): Serialize | null {
  const json = replySchemaOf(schema);
  return json && compiled(json);
}

function compiled(json: ReplySchema): Serialize {
  const stringify = fastJson(json);
  return (data) => String(stringify(data));
}

function attempt(write: () => string): string {
  try {
    return write();
  } catch (err) {
    return `<threw ${err instanceof Error ? err.message : String(err)}>`;
  }
}

/** Where two writings part, with a little context, short enough for an error message. */
export function difference(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const from = Math.max(0, at - 40);
  return `…${actual.slice(from, at + 40)}… where zod wrote …${expected.slice(from, at + 40)}… (at ${at})`;
}
