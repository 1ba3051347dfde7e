import { sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Hashed build output: the name changes with the content, so a browser keeps it for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html first): revalidate on every load, so a new build is picked up. */
export const REVALIDATE = 'no-cache';

function isHashedAsset(path: string): boolean {
  return path.includes(`${sep}assets${sep}`);
}

/**
 * The built web app. The build writes `x.br` / `x.gz` beside each file (apps/web/vite.config.ts),
 * sent with Content-Encoding to a browser that accepts it; `/assets/*` is cached for good,
 * index.html (also served for client-side routes by the not-found handler) never without asking.
 */
export async function registerWebStatic(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    serve: true,
    prefix: '/',
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', isHashedAsset(path) ? IMMUTABLE : REVALIDATE);
    },
  });
}
