import { notificationListQuery, notificationSchema, unreadCountSchema } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { listNotifications, markAllRead, markRead, unreadCount } from './notifications.service.js';

const tags = ['notifications'];

/** The signed-in user's own inbox; every account kind has one. */
export function notificationsRoutes(app: App, deps: Deps): void {
  app.get(
    '/notifications',
    {
      config: { auth: 'user' },
      schema: { tags, summary: 'My notifications, newest first', querystring: notificationListQuery, response: { 200: pageSchema(notificationSchema) } },
    },
    async (req) => listNotifications(deps, requireActor(req.actor).userId, req.query),
  );

  app.get(
    '/notifications/unread-count',
    { config: { auth: 'user' }, schema: { tags, summary: 'How many of my notifications are unread', response: { 200: unreadCountSchema } } },
    async (req) => ({ count: await unreadCount(deps, requireActor(req.actor).userId) }),
  );

  app.post('/notifications/read-all', { config: { auth: 'user' }, schema: { tags, summary: 'Mark all my notifications read' } }, async (req, reply) => {
    await markAllRead(deps, requireActor(req.actor).userId);
    return reply.status(204).send();
  });

  app.post(
    '/notifications/:id/read',
    { config: { auth: 'user' }, schema: { tags, summary: 'Mark one notification read', params: z.object({ id: z.string().max(64) }) } },
    async (req, reply) => {
      await markRead(deps, requireActor(req.actor).userId, req.params.id);
      return reply.status(204).send();
    },
  );
}
