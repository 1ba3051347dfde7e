import { Writable } from 'node:stream';
import { and, count, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outboxDeliveries, outboxEvents } from '../../platform/db/platform.tables.js';
import { smtpMailer, type Mailer } from '../../platform/mail.js';
import { MAX_ATTEMPTS, backoffMs } from '../../platform/outbox.js';
import { loggingSms } from '../../platform/sms.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { users } from '../accounts/index.js';
import { handleRequested } from './notifications.service.js';
import { notificationDeliveries, notifications } from './notifications.tables.js';
import { requestNotification, type NotificationRequest } from './notify-request.js';
import { bodyOf, closedPort, startSmtpCapture, type SmtpCapture } from './smtp-capture.js';

const FROM = 'Cloudmart <no-reply@cloudmart.local>';

let t: TestApp;
let smtp: SmtpCapture;
let up: Mailer;
let down: Mailer;
// The app's mailer forwards to whichever server the test wants: one that is up or one that is down.
let current: Mailer;
const smsLog: { phone: string; template: string; text: string }[] = [];

beforeAll(async () => {
  smtp = await startSmtpCapture();
  up = smtpMailer(smtp.url, FROM);
  down = smtpMailer(`smtp://127.0.0.1:${await closedPort()}`, FROM);
  current = up;
  // the real log driver, writing into a logger whose lines we read back
  const sink = new Writable({
    write(line: Buffer, _enc, done) {
      const entry = JSON.parse(line.toString()) as { sms?: { phone: string; template: string; text: string } };
      if (entry.sms) smsLog.push(entry.sms);
      done();
    },
  });
  t = await createTestApp({
    seedOrders: false,
    env: { PUBLIC_URL: 'https://market.example' },
    mailer: { send: (msg) => current.send(msg), close: () => undefined },
    sms: loggingSms(pino({ level: 'info' }, sink)),
  });
});
afterAll(async () => {
  await t.close();
  up.close();
  down.close();
  await smtp.close();
});
beforeEach(() => {
  current = up;
  smtp.mails.length = 0;
  smsLog.length = 0;
});

async function request(req: NotificationRequest): Promise<string> {
  return t.deps.db.transaction((tx) => requestNotification(tx, t.clock.now(), req));
}

async function eventRow(id: string) {
  const [row] = await t.deps.db
    .select({ status: outboxEvents.status, attempts: outboxEvents.attempts, nextAttemptAt: outboxEvents.nextAttemptAt, lastError: outboxEvents.lastError })
    .from(outboxEvents)
    .where(eq(outboxEvents.id, id));
  return row;
}

async function inboxRows(eventId: string) {
  return t.deps.db.select({ id: notifications.id, title: notifications.title }).from(notifications).where(eq(notifications.eventId, eventId));
}

async function deliveries(eventId: string) {
  return t.deps.db
    .select({ channel: notificationDeliveries.channel, status: notificationDeliveries.status, address: notificationDeliveries.address })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .where(eq(notifications.eventId, eventId))
    .orderBy(notificationDeliveries.channel);
}

describe('delivering a requested notification', () => {
  it('e-mails a Chinese-speaking user in Chinese, over SMTP, with an absolute link', async () => {
    const id = await request({
      userId: t.seed.demoMainId,
      template: 'account.password_changed',
      params: { at: t.clock.now().toISOString() },
      link: '/seller/security',
    });
    await t.deps.outbox.drain();
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail?.to).toEqual(['demo@demoisv.example']);
    expect(mail?.from).toBe('no-reply@cloudmart.local');
    expect(mail?.subject).toBe('密码已修改');
    expect(mail && bodyOf(mail)).toContain('2026-06-01 10:00（北京时间）');
    expect(mail && bodyOf(mail)).toContain('https://market.example/seller/security');
    expect(await inboxRows(id)).toEqual([{ id: expect.any(String), title: '密码已修改' }]);
    expect(await deliveries(id)).toEqual([{ channel: 'email', status: 'sent', address: 'demo@demoisv.example' }]);
    expect((await eventRow(id))?.status).toBe('done');
  });

  it('e-mails an English-speaking user in English', async () => {
    await request({ userId: t.seed.acmeMainId, template: 'account.welcome', params: { displayName: 'Acme Admin' } });
    await t.deps.outbox.drain();
    expect(smtp.mails.map((m) => [m.to, m.subject])).toEqual([[['admin@acme.example'], 'Welcome to Cloudmart']]);
  });

  it('adds no second inbox row and sends no second e-mail when the event is delivered again', async () => {
    const id = await request({ userId: t.seed.demoMainId, template: 'system.test', params: { text: 'once' } });
    await t.deps.outbox.drain();
    // as if the process died after sending but before the outbox recorded success
    await t.deps.db.delete(outboxDeliveries).where(eq(outboxDeliveries.eventId, id));
    await t.deps.db.update(outboxEvents).set({ status: 'pending', nextAttemptAt: t.clock.now() }).where(eq(outboxEvents.id, id));
    await t.deps.outbox.drain();
    // and once more, straight through the handler
    const [ev] = await t.deps.db.select({ payload: outboxEvents.payload, createdAt: outboxEvents.createdAt }).from(outboxEvents).where(eq(outboxEvents.id, id));
    await handleRequested(t.deps, { id, topic: 'notification.requested', payload: ev?.payload, attempts: 3, createdAt: ev?.createdAt ?? t.clock.now() });

    expect(await inboxRows(id)).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
    expect(await deliveries(id)).toEqual([{ channel: 'email', status: 'sent', address: 'demo@demoisv.example' }]);
  });

  it('keeps the inbox row when the mail server is down, retries with backoff, and dead-letters after MAX_ATTEMPTS', async () => {
    current = down;
    const id = await request({ userId: t.seed.demoMainId, template: 'system.test', params: { text: 'server down' } });
    await t.deps.outbox.drain();
    expect(await inboxRows(id)).toHaveLength(1);
    expect(await deliveries(id)).toEqual([{ channel: 'email', status: 'failed', address: 'demo@demoisv.example' }]);
    let ev = await eventRow(id);
    expect(ev).toMatchObject({ status: 'pending', attempts: 1 });
    expect(ev?.nextAttemptAt.getTime()).toBe(t.clock.now().getTime() + backoffMs(1));
    expect(ev?.lastError).toMatch(/email: .*ECONNREFUSED/);

    // not yet due: nothing happens
    t.clock.advance(backoffMs(1) - 1000);
    await t.deps.outbox.drain();
    expect((await eventRow(id))?.attempts).toBe(1);

    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      t.clock.advance(backoffMs(attempt - 1));
      await t.deps.outbox.drain();
      ev = await eventRow(id);
      expect(ev?.attempts).toBe(attempt);
    }
    expect(ev?.status).toBe('dead');
    expect(await inboxRows(id)).toHaveLength(1);
  });

  it('sends exactly one e-mail once the mail server is back', async () => {
    current = down;
    const id = await request({ userId: t.seed.demoMainId, template: 'system.test', params: { text: 'comes back' } });
    await t.deps.outbox.drain();
    current = up;
    t.clock.advance(backoffMs(1));
    await t.deps.outbox.drain();
    await t.deps.outbox.drain();
    expect(smtp.mails.map((m) => m.subject)).toEqual(['测试通知']);
    expect(await deliveries(id)).toEqual([{ channel: 'email', status: 'sent', address: 'demo@demoisv.example' }]);
    expect(await eventRow(id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('texts the phone through the SMS log driver, signed, in the user’s language', async () => {
    const id = await request({ userId: t.seed.demoMainId, template: 'system.test', params: { text: '验证码 123456' }, channels: ['sms'] });
    await t.deps.outbox.drain();
    expect(smsLog).toEqual([{ phone: '13800000001', template: 'system.test', text: '【Cloudmart】验证码 123456' }]);
    expect(smtp.mails).toHaveLength(0);
    expect(await deliveries(id)).toEqual([{ channel: 'sms', status: 'sent', address: '13800000001' }]);
  });

  it('retries only the channel that failed', async () => {
    current = down;
    const id = await request({ userId: t.seed.demoMainId, template: 'system.test', params: { text: 'both' }, channels: ['email', 'sms'] });
    await t.deps.outbox.drain();
    expect(smsLog).toHaveLength(1);
    current = up;
    t.clock.advance(backoffMs(1));
    await t.deps.outbox.drain();
    expect(smsLog).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
    expect((await deliveries(id)).map((d) => [d.channel, d.status])).toEqual([
      ['email', 'sent'],
      ['sms', 'sent'],
    ]);
  });

  it('puts it only in the inbox of a user with no e-mail address or phone', async () => {
    const [ops] = await t.deps.db.select({ email: users.email, phone: users.phone }).from(users).where(eq(users.id, t.seed.opsId));
    expect(ops).toEqual({ email: null, phone: null });
    const id = await request({ userId: t.seed.opsId, template: 'system.test', params: { text: 'inbox only' }, channels: ['email', 'sms'] });
    await t.deps.outbox.drain();
    expect(await inboxRows(id)).toHaveLength(1);
    expect(await deliveries(id)).toEqual([]);
    expect(smtp.mails).toHaveLength(0);
    expect(smsLog).toHaveLength(0);
    expect((await eventRow(id))?.status).toBe('done');
  });

  it('treats an unknown template as a failure the outbox retries, recording why', async () => {
    const id = await request({ userId: t.seed.demoMainId, template: 'no.such.template', params: {} });
    await t.deps.outbox.drain();
    expect(await eventRow(id)).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await eventRow(id))?.lastError).toContain('unknown notification template no.such.template');
    expect(await inboxRows(id)).toHaveLength(0);
    await t.deps.db.update(outboxEvents).set({ status: 'dead' }).where(eq(outboxEvents.id, id));
  });

  it('drops a notification for a user that does not exist', async () => {
    const id = await request({ userId: 'usr_gone', template: 'system.test', params: { text: 'nobody' } });
    await t.deps.outbox.drain();
    expect((await eventRow(id))?.status).toBe('done');
    const [n] = await t.deps.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.eventId, id)));
    expect(n?.n).toBe(0);
  });
});
