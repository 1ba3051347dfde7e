import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { notificationDeliveries, notifications } from './notifications.tables.js';
import { requestNotification } from './notify-request.js';

let t: TestApp;
let demo: Agent;
let acme: Agent;

/** Ask for a notification the way a module does, then let the outbox deliver it. */
async function notify(userId: string, text: string): Promise<void> {
  await t.deps.db.transaction((tx) => requestNotification(tx, t.clock.now(), { userId, template: 'system.test', params: { text }, link: '/seller/home' }));
  await t.deps.outbox.drain();
  t.clock.advance(MINUTE);
}

async function inbox(agent: Agent, query = '') {
  const res = await agent.get(`/api/v1/notifications${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as {
    items: { id: string; title: string; body: string; link: string | null; readAt: string | null }[];
    total: number;
    page: number;
    pageSize: number;
  };
}

async function unread(agent: Agent): Promise<number> {
  const res = await agent.get('/api/v1/notifications/unread-count');
  expect(res.statusCode).toBe(200);
  return res.json().count;
}

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  [demo, acme] = await Promise.all([t.agent('demo'), t.agent('acme')]);
  for (const text of ['first', 'second', 'third']) await notify(t.seed.demoMainId, text);
});
afterAll(() => t.close());

describe('notification inbox over HTTP', () => {
  it('lists my notifications newest first, rendered in my language', async () => {
    const page = await inbox(demo);
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(page.items.map((n) => n.body)).toEqual(['third', 'second', 'first']);
    expect(page.items[0]).toMatchObject({ title: '测试通知', link: '/seller/home', readAt: null });
  });

  it('pages', async () => {
    const page = await inbox(demo, '?page=2&pageSize=2');
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items.map((n) => n.body)).toEqual(['first']);
  });

  it('shows nobody else my notifications', async () => {
    expect((await inbox(acme)).total).toBe(0);
    expect(await unread(acme)).toBe(0);
  });

  it('counts unread ones and marks one read', async () => {
    expect(await unread(demo)).toBe(3);
    const [newest] = (await inbox(demo)).items;
    const res = await demo.post(`/api/v1/notifications/${newest?.id}/read`);
    expect(res.statusCode).toBe(204);
    expect(await unread(demo)).toBe(2);
    expect((await inbox(demo, '?unread=true')).items.map((n) => n.body)).toEqual(['second', 'first']);
    expect((await inbox(demo, '?unread=false')).items.map((n) => n.body)).toEqual(['third']);
  });

  it('keeps the first read time when a notification is marked read again', async () => {
    const before = (await inbox(demo, '?unread=false')).items[0];
    t.clock.advance(5 * MINUTE);
    expect((await demo.post(`/api/v1/notifications/${before?.id}/read`)).statusCode).toBe(204);
    expect((await inbox(demo, '?unread=false')).items[0]?.readAt).toBe(before?.readAt);
  });

  it('answers 404 when someone else marks my notification read, and leaves it unread', async () => {
    const target = (await inbox(demo, '?unread=true')).items[0];
    const res = await acme.post(`/api/v1/notifications/${target?.id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    expect(await unread(demo)).toBe(2);
  });

  it('answers 404 for an id that does not exist', async () => {
    expect((await demo.post('/api/v1/notifications/ntf_nope/read')).statusCode).toBe(404);
  });

  it('marks all read', async () => {
    expect((await demo.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect(await unread(demo)).toBe(0);
    expect((await inbox(demo, '?unread=true')).total).toBe(0);
  });

  it('needs a session', async () => {
    expect((await t.anonymous().get('/api/v1/notifications')).statusCode).toBe(401);
    expect((await t.anonymous().get('/api/v1/notifications/unread-count')).statusCode).toBe(401);
  });

  it('rejects a page size over 100', async () => {
    expect((await demo.get('/api/v1/notifications?pageSize=101')).statusCode).toBe(400);
  });
});

describe('purging read notifications', () => {
  const purged = async () => (await t.deps.scheduler.runDue()).find((r) => r.name === 'notifications.purge-read');
  const bodiesOf = async (userId: string) =>
    (await t.deps.db.select({ body: notifications.body }).from(notifications).where(eq(notifications.userId, userId))).map((r) => r.body).sort();

  it('deletes read notifications after 180 days with their delivery records, and keeps unread or recent ones', async () => {
    const buyer = await t.agent('buyer');
    await notify(t.seed.buyerId, 'old-read');
    await notify(t.seed.buyerId, 'old-unread');
    const oldRead = (await inbox(buyer)).items.find((n) => n.body === 'old-read');
    expect((await buyer.post(`/api/v1/notifications/${oldRead?.id}/read`)).statusCode).toBe(204);
    await t.deps.db.insert(notificationDeliveries).values({
      id: newId('dlv', t.clock.now()),
      notificationId: oldRead?.id ?? '',
      channel: 'email',
      address: 'buyer@example.com',
      status: 'sent',
      createdAt: t.clock.now(),
    });

    t.clock.advance(179 * DAY);
    expect((await purged())?.affected).toBe(0);
    await notify(t.seed.buyerId, 'recent-read');
    const recent = (await inbox(await t.agent('buyer'), '?unread=true')).items.find((n) => n.body === 'recent-read');
    expect((await (await t.agent('buyer')).post(`/api/v1/notifications/${recent?.id}/read`)).statusCode).toBe(204);

    t.clock.advance(2 * DAY);
    const result = await purged();
    expect(result?.error).toBeUndefined();
    expect(await bodiesOf(t.seed.buyerId)).toEqual(['old-unread', 'recent-read']);
    expect(
      await t.deps.db
        .select({ id: notificationDeliveries.id })
        .from(notificationDeliveries)
        .where(eq(notificationDeliveries.notificationId, oldRead?.id ?? '')),
    ).toEqual([]);
    // the demo user's notifications were read at the start too
    expect(await bodiesOf(t.seed.demoMainId)).toEqual([]);
    expect(result?.affected).toBe(4);
  });
});
