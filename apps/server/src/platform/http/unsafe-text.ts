/**
 * Text PostgreSQL refuses: a NUL character (text columns cannot hold it, jsonb neither as \u0000)
 * and a lone UTF-16 surrogate (not encodable as UTF-8). Found at the edge, the request is refused
 * with a 400 naming the field, instead of failing in the database with a 500.
 */
// eslint-disable-next-line no-control-regex -- the NUL is exactly what is looked for
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Deep enough for every body the API takes; deeper nesting is refused as unsafe too. */
const MAX_DEPTH = 32;

export function hasUnsafeText(s: string): boolean {
  return UNSAFE.test(s);
}

/**
 * The dotted path of the first string (value or object key) holding unsafe text, or null.
 * Objects and arrays are walked; other values (streams, buffers, numbers) are not text.
 */
export function findUnsafeText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return hasUnsafeText(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH) return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findUnsafeText(value[i], `${path}.${i}`, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  // bytes, streams (a multipart upload) and dates are not text; Fastify's params and query are
  // objects over a null-prototype object, so any other object is walked
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Date || 'pipe' in value) return null;
  for (const [key, v] of Object.entries(value)) {
    if (hasUnsafeText(key)) return `${path}.${key.replace(UNSAFE, '?')}`;
    const hit = findUnsafeText(v, `${path}.${key}`, depth + 1);
    if (hit) return hit;
  }
  return null;
}
