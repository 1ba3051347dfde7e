import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProblemHandler } from './problem.js';
import { registerSecurityHeaders } from './security-headers.js';
import { IMMUTABLE, registerWebStatic } from './web-static.js';

// A built web app in miniature, laid out and precompressed as apps/web's build does.
const js = `export const answer = ${'"cloudmart" + '.repeat(400)}42;\n`;
const html = `<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div>${' '.repeat(2000)}</body></html>`;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let app: FastifyInstance;
let root: string;
let port: number;

/** A plain HTTP GET that leaves the body encoded, so the test sees what went over the wire. */
function get(path: string, headers: Record<string, string>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cm-web-'));
  await mkdir(join(root, 'assets'));
  const files: Record<string, string> = { 'index.html': html, 'assets/index-AbC123.js': js };
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    await writeFile(join(root, name), data);
    await writeFile(join(root, `${name}.br`), brotliCompressSync(data));
    await writeFile(join(root, `${name}.gz`), gzipSync(data));
  }
  app = Fastify({ logger: false });
  registerProblemHandler(app, root);
  registerSecurityHeaders(app);
  await registerWebStatic(app, root);
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

describe('web app delivery over HTTP', () => {
  it('sends a hashed asset brotli-encoded to a browser that accepts br, cached for a year, and it decodes to the file', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(js) / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(js);
  });

  it('sends gzip when that is all the browser accepts', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(gunzipSync(res.body).toString()).toBe(js);
  });

  it('sends the plain file when no encoding is accepted', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(js);
  });

  it('serves index.html compressed and not cached without revalidation, also for a client-side route', async () => {
    for (const path of ['/index.html', '/store/products/demo-ocr']) {
      const res = await get(path, { accept: 'text/html', 'accept-encoding': 'br' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(/text\/html/);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(brotliDecompressSync(res.body).toString(), path).toBe(html);
      // issue 17.5: the app's own scripts only, inline styles (antd), never framed
      const csp = String(res.headers['content-security-policy']);
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });
});
