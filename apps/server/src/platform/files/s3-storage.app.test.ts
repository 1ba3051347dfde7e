import type { Download } from '@cloudmart/contracts';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { uploadAs } from '../../test/kits/catalog.js';
import { addStaff } from '../../test/kits/delivery/views.fixtures.js';
import { jpegBytes, multipartBody, pdfBytes, pngBytes, textBytes } from '../../test/kits/files.js';
import { startS3, type TestS3 } from '../../test/kits/s3rver.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { downloads } from '../downloads/downloads.tables.js';
import { findFile } from './files.service.js';

// The whole app on STORAGE=s3, configured the way an operator does (environment variables),
// against a real S3-protocol server: every byte of uploads, file downloads, the outbox's
// file removal and 我的下载's CSV exports goes through s3rver's bucket.
const API = '/api/v1';
const DAY = 24 * 60 * 60_000;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let s3: TestS3;
let t: TestApp;
let demo: Agent;

beforeAll(async () => {
  s3 = await startS3();
  const o = s3.options;
  t = await createTestApp({
    env: { STORAGE: 's3', S3_BUCKET: o.bucket, S3_ENDPOINT: o.endpoint ?? '', S3_ACCESS_KEY_ID: o.accessKeyId, S3_SECRET_ACCESS_KEY: o.secretAccessKey },
  });
});
afterAll(async () => {
  await t.close();
  await s3.stop();
});
beforeEach(async () => {
  await t.deps.outbox.drain();
  // fresh session: the expiry test moves the clock past a session's life
  demo = await t.agent('demo');
});

const upload = (agent: Agent, purpose: string, name: string, data: Buffer) => {
  const { payload, headers } = multipartBody({ purpose }, { name, data });
  return agent.post(`${API}/files`, payload, headers);
};
const keyOfDownload = async (id: string) => (await t.deps.db.select({ k: downloads.storageKey }).from(downloads).where(eq(downloads.id, id)))[0]?.k ?? '';

describe('the app on STORAGE=s3', () => {
  it('takes the s3 driver from the configuration and writes nothing under FILES_DIR', async () => {
    expect(t.deps.storage.driver).toBe('s3');
    expect(t.config.s3).toMatchObject({ bucket: s3.options.bucket, forcePathStyle: true });
    const res = await upload(demo, 'image', 'logo.png', pngBytes());
    expect(res.statusCode, res.body).toBe(201);
    expect(await readdir(t.config.filesDir).catch(() => [])).toEqual([]);
  });

  it('stores an uploaded 8 MB PDF as one object under its generated key and downloads the same bytes', async () => {
    const pdf = pdfBytes(8 * 1024 * 1024);
    const res = await upload(demo, 'architecture', '系统架构说明.pdf', pdf);
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json<{ id: string }>();
    expect(await s3.keys()).toContain(`architecture/${id}`);

    const dl = await demo.get(`${API}/files/${id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.rawPayload.length).toBe(pdf.length);
    expect(sha(dl.rawPayload)).toBe(sha(pdf));
  });

  it('leaves nothing in the bucket for a refused upload: a wrong type, or too large after parts were sent', async () => {
    const before = await s3.keys();
    const wrong = await upload(demo, 'architecture', 'x.pdf', textBytes());
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json()).toMatchObject({ code: 'file_type_not_allowed' });
    const huge = await upload(demo, 'architecture', 'huge.pdf', pdfBytes(21 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'file_too_large' });
    expect(await s3.keys()).toEqual(before);
  });

  it('answers 404 not_found for a file whose object is missing from the bucket', async () => {
    const res = await upload(demo, 'document', 'cv.pdf', pdfBytes());
    const { id } = res.json<{ id: string }>();
    await t.deps.storage.remove(`document/${id}`);
    const dl = await demo.get(`${API}/files/${id}`);
    expect(dl.statusCode).toBe(404);
    expect(dl.json()).toMatchObject({ code: 'not_found' });
  });

  it('deletes the object of a replaced and of a removed avatar through the outbox', async () => {
    const staff = await addStaff(t, { sellerId: t.seed.demoSellerId, roles: ['developer'] });
    const me = await t.agent(staff.loginName);
    const first = await uploadAs(me, 'avatar', 'one.png', pngBytes());
    const second = await uploadAs(me, 'avatar', 'two.jpg', jpegBytes());
    const [firstKey, secondKey] = [(await findFile(t.deps, first))?.storageKey, (await findFile(t.deps, second))?.storageKey];
    expect(await s3.keys()).toEqual(expect.arrayContaining([firstKey, secondKey]));

    expect((await me.put(`${API}/delivery/me/avatar`, { fileId: first })).statusCode).toBe(200);
    expect((await me.put(`${API}/delivery/me/avatar`, { fileId: second })).statusCode).toBe(200);
    await t.deps.outbox.drain();
    expect(await s3.keys()).not.toContain(firstKey);
    expect((await me.get(`${API}/files/${first}`)).statusCode).toBe(404);
    expect((await me.get(`${API}/files/${second}`)).rawPayload).toEqual(jpegBytes());

    expect((await me.delete(`${API}/delivery/me/avatar`)).statusCode).toBe(204);
    await t.deps.outbox.drain();
    expect(await s3.keys()).not.toContain(secondKey);
  });

  it('builds a CSV export into the bucket, serves it from there, and deletes it when taken off the list', async () => {
    const d = (await demo.post(`${API}/delivery/projects/exports`, { scope: 'mine' })).json<Download>();
    await t.deps.outbox.drain();
    const key = await keyOfDownload(d.id);
    expect(key).toMatch(new RegExp(`^downloads/${d.id}-`));
    expect(await s3.keys()).toContain(key);

    const [ready] = (await demo.get(`${API}/downloads`)).json<{ items: Download[] }>().items;
    expect(ready).toMatchObject({ id: d.id, status: 'ready' });
    const file = await demo.get(`${API}/downloads/${d.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.body.startsWith('\uFEFForder_no,')).toBe(true);
    expect(file.rawPayload.length).toBe(ready?.size);

    expect((await demo.delete(`${API}/downloads/${d.id}`)).statusCode).toBe(204);
    await t.deps.outbox.drain();
    expect(await s3.keys()).not.toContain(key);
  });

  it('deletes an export’s object when it expires after seven days', async () => {
    const d = (await demo.post(`${API}/delivery/projects/exports`, { scope: 'mine' })).json<Download>();
    await t.deps.outbox.drain();
    const key = await keyOfDownload(d.id);
    expect(await s3.keys()).toContain(key);

    t.clock.advance(7 * DAY + 60 * 60_000);
    await t.deps.scheduler.runDue();
    await t.deps.outbox.drain();
    expect(await s3.keys()).not.toContain(key);
    demo = await t.agent('demo');
    expect((await demo.get(`${API}/downloads/${d.id}/file`)).statusCode).toBe(410);
  });
});
