import type { Download } from '@cloudmart/contracts';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { emit } from '../outbox.js';
import { MAX_PENDING_PER_USER } from './download-status.js';
import { buildDownload } from './downloads.service.js';
import { downloads } from './downloads.tables.js';

// 我的下载 as a platform service, driven through the delivery center's 列表导出 (the first
// export registered). The export's own rows are tested beside it (project-exports.test.ts).
const API = '/api/v1';
const DAY = 24 * 60 * 60_000;
let t: TestApp;
let demo: Agent;
let acme: Agent;

const ask = (a: Agent, body: Record<string, string> = { scope: 'mine' }) => a.post(`${API}/delivery/projects/exports`, body);
const mine = async (a: Agent) => (await a.get(`${API}/downloads?pageSize=100`)).json<{ items: Download[]; total: number }>();
const stored = (key: string) =>
  t.deps.storage.get(key).then(
    () => true,
    () => false,
  );
/** the files stored for an export, whatever build wrote them */
const filesOf = async (id: string) => (await readdir(join(t.config.filesDir, 'downloads')).catch(() => [])).filter((f) => f.startsWith(id));
const keyOf = async (id: string) => (await t.deps.db.select({ k: downloads.storageKey }).from(downloads).where(eq(downloads.id, id)))[0]?.k ?? '';

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.deps.outbox.drain();
  await t.deps.db.delete(downloads);
  // fresh sessions: the expiry test moves the clock past a session's life
  [demo, acme] = await Promise.all([t.agent('demo'), t.agent('acme')]);
});

describe('my downloads', () => {
  it('lists an export as pending, builds it after commit, then serves its file', async () => {
    const res = await ask(demo);
    expect(res.statusCode).toBe(202);
    const d = res.json<Download>();
    expect(d).toMatchObject({ kind: 'delivery.projects', status: 'pending', rows: null, expiresAt: null });
    expect(d.fileName).toBe('delivery-projects-mine-20260601-100000.csv');
    expect((await mine(demo)).items.map((x) => x.id)).toEqual([d.id]);
    const early = await demo.get(`${API}/downloads/${d.id}/file`);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'download_not_ready' });

    await t.deps.outbox.drain();
    const [ready] = (await mine(demo)).items;
    expect(ready).toMatchObject({ id: d.id, status: 'ready', rows: 0, expiresAt: new Date(t.clock.now().getTime() + 7 * DAY).toISOString() });
    const file = await demo.get(`${API}/downloads/${d.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.headers['content-disposition']).toContain('delivery-projects-mine-20260601-100000.csv');
    expect(file.body.startsWith('\uFEFForder_no,')).toBe(true);
    expect(Number(file.headers['content-length'])).toBe(ready?.size);
  });

  it('is nobody else’s: another seller neither lists, downloads nor removes it', async () => {
    const d = (await ask(demo)).json<Download>();
    await t.deps.outbox.drain();
    expect((await mine(acme)).items).toEqual([]);
    const other = await acme.get(`${API}/downloads/${d.id}/file`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'not_found' });
    expect((await acme.delete(`${API}/downloads/${d.id}`)).statusCode).toBe(404);
    expect((await demo.get(`${API}/downloads/${d.id}/file`)).statusCode).toBe(200);
    expect((await t.anonymous().get(`${API}/downloads`)).statusCode).toBe(401);
  });

  it(`lets a user have at most ${MAX_PENDING_PER_USER} building at once, also when the requests race`, async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => ask(demo)));
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes).toEqual([202, 202, 202, 429, 429, 429]);
    expect(answers.find((r) => r.statusCode === 429)?.json()).toMatchObject({ code: 'too_many_downloads', limit: MAX_PENDING_PER_USER });
    // another user is not held up by demo's
    expect((await ask(acme)).statusCode).toBe(202);
    await t.deps.outbox.drain();
    expect((await ask(demo)).statusCode).toBe(202);
  });

  it('expires a file after seven days: the list says so, the file answers 410 and its bytes are deleted', async () => {
    const d = (await ask(demo)).json<Download>();
    await t.deps.outbox.drain();
    const key = await keyOf(d.id);
    expect(await stored(key)).toBe(true);

    t.clock.advance(7 * DAY - 60_000);
    await t.deps.scheduler.runDue();
    demo = await t.agent('demo'); // the session did not live seven days
    expect((await mine(demo)).items[0]?.status).toBe('ready');
    t.clock.advance(60_000 + 60 * 60_000);
    await t.deps.scheduler.runDue();
    await t.deps.outbox.drain();
    expect((await mine(demo)).items[0]?.status).toBe('expired');
    const gone = await demo.get(`${API}/downloads/${d.id}/file`);
    expect(gone.statusCode).toBe(410);
    expect(gone.json()).toMatchObject({ code: 'download_expired' });
    expect(await stored(key)).toBe(false);
  });

  it('removes an export from the list and deletes its file; one removed while building leaves no bytes behind', async () => {
    const built = (await ask(demo)).json<Download>();
    await t.deps.outbox.drain();
    const builtKey = await keyOf(built.id);
    expect((await demo.delete(`${API}/downloads/${built.id}`)).statusCode).toBe(204);
    await t.deps.outbox.drain();
    expect(await stored(builtKey)).toBe(false);
    expect((await mine(demo)).total).toBe(0);

    const building = (await ask(demo)).json<Download>();
    expect((await demo.delete(`${API}/downloads/${building.id}`)).statusCode).toBe(204);
    await t.deps.outbox.drain();
    expect(await filesOf(building.id)).toEqual([]);
    expect((await demo.delete(`${API}/downloads/${building.id}`)).statusCode).toBe(404);
  });

  it('keeps one file when the same export is built twice at once (a redelivered event)', async () => {
    const d = (await ask(demo)).json<Download>();
    await Promise.all([buildDownload(t.deps, d.id), buildDownload(t.deps, d.id), t.deps.outbox.drain()]);
    const [row] = (await mine(demo)).items;
    expect(row).toMatchObject({ id: d.id, status: 'ready' });
    const files = await filesOf(d.id);
    expect(files).toEqual([(await keyOf(d.id)).replace('downloads/', '')]);
    const file = await demo.get(`${API}/downloads/${d.id}/file`);
    expect(Buffer.byteLength(file.body)).toBe(row?.size);
  });

  it('marks an export whose producer fails as failed, with no file and no retry loop', async () => {
    const now = t.clock.now();
    await t.deps.db.transaction(async (tx) => {
      await tx.insert(downloads).values({
        id: 'dl_broken',
        userId: t.seed.demoMainId,
        kind: 'delivery.projects',
        params: { audience: { scope: 'galaxy' }, filters: {} },
        fileName: 'broken.csv',
        status: 'pending',
        storageKey: 'downloads/dl_broken',
        createdAt: now,
      });
      await emit(tx, now, 'download.requested', { id: 'dl_broken' });
    });
    await t.deps.outbox.drain();
    const [row] = (await mine(demo)).items;
    expect(row).toMatchObject({ id: 'dl_broken', status: 'failed', rows: null });
    expect(row?.error).toBeTruthy();
    expect((await demo.get(`${API}/downloads/dl_broken/file`)).json()).toMatchObject({ code: 'download_not_ready', downloadStatus: 'failed' });
    expect(await stored('downloads/dl_broken')).toBe(false);
  });
});
