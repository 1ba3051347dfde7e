import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { registerFileAccess, unregisterFileAccess } from './access.js';
import { files } from './files.tables.js';
import { docxBytes, multipartBody, pdfBytes, pngBytes, textBytes, zipBytes } from '../../test/kits/files.js';

let t: TestApp;
let demo: Agent;
let ops: Agent;
let acme: Agent;
let buyer: Agent;
let operator: Agent;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function upload(agent: Agent, purpose: string | null, file: { name: string; type?: string; data: Buffer } | null, via: 'field' | 'query' = 'field') {
  const { payload, headers } = multipartBody(purpose !== null && via === 'field' ? { purpose } : {}, file);
  const url = via === 'query' && purpose !== null ? `/api/v1/files?purpose=${encodeURIComponent(purpose)}` : '/api/v1/files';
  return agent.post(url, payload, headers);
}

async function storedPaths(): Promise<string[]> {
  const root = t.config.filesDir;
  try {
    return (await readdir(root, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  } catch {
    return [];
  }
}

async function rowCount(): Promise<number> {
  const [r] = await t.deps.db.select({ n: count() }).from(files);
  return r?.n ?? 0;
}

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  [demo, ops, acme, buyer, operator] = await Promise.all([t.agent('demo'), t.agent('ops@demoisv'), t.agent('acme'), t.agent('buyer'), t.agent('operator')]);
});
afterAll(() => t.close());

describe('POST /files', () => {
  it('stores a PDF for architecture and gives back exactly the same bytes on download', async () => {
    const pdf = pdfBytes(300_000);
    const res = await upload(demo, 'architecture', { name: '系统架构说明.pdf', type: 'application/pdf', data: pdf });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ purpose: 'architecture', name: '系统架构说明.pdf', mime: 'application/pdf', size: pdf.length, sha256: sha(pdf) });
    expect(body.id).toMatch(/^fil_/);
    // stored under a generated key, never under the client's name
    expect((await storedPaths()).some((p) => p.endsWith(`/architecture/${body.id}`))).toBe(true);

    const dl = await demo.get(`/api/v1/files/${body.id}`);
    expect(dl.statusCode).toBe(200);
    expect(sha(dl.rawPayload)).toBe(sha(pdf));
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-disposition']).toBe(`attachment; filename="______.pdf"; filename*=UTF-8''${encodeURIComponent('系统架构说明.pdf')}`);
  });

  it('takes the purpose from the query string too', async () => {
    const res = await upload(demo, 'image', { name: 'logo.png', data: pngBytes() }, 'query');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ purpose: 'image', mime: 'image/png' });
  });

  it('judges by content, not by the declared type: a DOCX sent as application/pdf is stored as DOCX', async () => {
    const res = await upload(demo, 'contract', { name: 'contract.docx', type: 'application/pdf', data: docxBytes() });
    expect(res.statusCode).toBe(201);
    expect(res.json().mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('answers 415 to a text file named x.pdf and keeps nothing', async () => {
    const before = { rows: await rowCount(), paths: (await storedPaths()).length };
    const res = await upload(demo, 'architecture', { name: 'x.pdf', type: 'application/pdf', data: textBytes() });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'file_type_not_allowed', status: 415 });
    expect({ rows: await rowCount(), paths: (await storedPaths()).length }).toEqual(before);
  });

  it('answers 413 to a 21 MB PDF for architecture and leaves no row and no stored bytes', async () => {
    const before = { rows: await rowCount(), paths: (await storedPaths()).length };
    const res = await upload(demo, 'architecture', { name: 'huge.pdf', data: pdfBytes(21 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('file_too_large');
    expect({ rows: await rowCount(), paths: (await storedPaths()).length }).toEqual(before);
  });

  it('answers 413 when the upload passes the server-wide ceiling (the parser cuts it short)', async () => {
    const before = { rows: await rowCount(), paths: (await storedPaths()).length };
    const res = await upload(demo, 'scan_archive', { name: 'scan.zip', data: zipBytes({ 'scan.bin': Buffer.alloc(50 * 1024 * 1024, 0x50) }) });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('file_too_large');
    expect({ rows: await rowCount(), paths: (await storedPaths()).length }).toEqual(before);
  });

  it('answers 400 unknown_file_purpose to a missing or unknown purpose', async () => {
    const missing = await upload(demo, null, { name: 'a.pdf', data: pdfBytes() });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('unknown_file_purpose');
    const unknown = await upload(demo, 'selfie', { name: 'a.pdf', data: pdfBytes() });
    expect(unknown.json().code).toBe('unknown_file_purpose');
  });

  it('ignores a purpose field sent after the file part', async () => {
    const boundary = 'xyz';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n`),
      pdfBytes(),
      Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\narchitecture\r\n--${boundary}--\r\n`),
    ]);
    const res = await demo.post('/api/v1/files', payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect(res.json().code).toBe('unknown_file_purpose');
  });

  it('refuses a request that is not multipart', async () => {
    const res = await demo.post('/api/v1/files?purpose=architecture', { file: 'nope' });
    expect(res.statusCode).toBe(415);
  });

  it('appends the real extension to a misleading name', async () => {
    const res = await upload(buyer, 'document', { name: 'invoice.html', data: pdfBytes() });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('invoice.html.pdf');
  });

  it('needs a session', async () => {
    const res = await upload(t.anonymous(), 'architecture', { name: 'a.pdf', data: pdfBytes() });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /files/:id', () => {
  let fileId: string;
  beforeAll(async () => {
    const res = await upload(demo, 'architecture', { name: 'arch.pdf', data: pdfBytes() });
    fileId = res.json().id;
  });
  afterEach(() => unregisterFileAccess('test.buyer'));

  it('lets another account of the same seller read it', async () => {
    expect((await ops.get(`/api/v1/files/${fileId}`)).statusCode).toBe(200);
  });

  it('lets an operator read it', async () => {
    expect((await operator.get(`/api/v1/files/${fileId}`)).statusCode).toBe(200);
  });

  it('answers 404 to another seller, exactly as for a file that does not exist', async () => {
    const foreign = await acme.get(`/api/v1/files/${fileId}`);
    const missing = await acme.get('/api/v1/files/fil_doesnotexist');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('not_found');
    expect(foreign.json()).toEqual(missing.json());
  });

  it('answers 404 to a buyer until a module registers a rule that lets them read', async () => {
    expect((await buyer.get(`/api/v1/files/${fileId}`)).statusCode).toBe(404);
    registerFileAccess('test.buyer', async (_deps, actor, file) => actor?.kind === 'buyer' && file.purpose === 'architecture');
    expect((await buyer.get(`/api/v1/files/${fileId}`)).statusCode).toBe(200);
    expect((await acme.get(`/api/v1/files/${fileId}`)).statusCode).toBe(404);
    expect((await t.anonymous().get(`/api/v1/files/${fileId}`)).statusCode).toBe(404);
  });

  it('lets a buyer read their own upload', async () => {
    const res = await upload(buyer, 'avatar', { name: 'me.png', data: pngBytes() });
    expect(res.statusCode).toBe(201);
    const [row] = await t.deps.db.select({ sellerId: files.sellerId }).from(files).where(eq(files.id, res.json().id));
    expect(row?.sellerId).toBeNull();
    expect((await buyer.get(`/api/v1/files/${res.json().id}`)).statusCode).toBe(200);
    expect((await demo.get(`/api/v1/files/${res.json().id}`)).statusCode).toBe(404);
  });
});

describe('GET /files/purposes', () => {
  it('lists every purpose with its types and limit', async () => {
    const res = await demo.get('/api/v1/files/purposes');
    expect(res.statusCode).toBe(200);
    const rules = res.json() as { purpose: string; extensions: string[]; maxBytes: number }[];
    expect(rules.find((r) => r.purpose === 'architecture')).toEqual({ purpose: 'architecture', extensions: ['pdf'], maxBytes: 20 * 1024 * 1024 });
    expect(rules).toHaveLength(13);
  });
});
