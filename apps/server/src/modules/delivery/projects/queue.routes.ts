import { queueQuery, queueReplySchema, queueRetryReplySchema } from '@cloudmart/contracts';
import { sellerOf } from '../../../platform/auth/actor.js';
import type { App, Deps } from '../../../platform/module.js';
import { getQueue, retryQueue } from './queue.service.js';

const tags = ['delivery'];
const view = { auth: 'seller', permission: 'delivery.projects.view' } as const;
const manage = { auth: 'seller', permission: 'delivery.projects.manage' } as const;

/** 排队情况: projects waiting for a provider and tasks waiting for an employee. */
export function queueRoutes(app: App, deps: Deps): void {
  app.get(
    '/delivery/queue',
    {
      config: view,
      schema: {
        tags,
        summary: 'My queued projects (waiting for a provider) and the waiting tasks of my deliveries (waiting for an employee), oldest first',
        querystring: queueQuery,
        response: { 200: queueReplySchema },
      },
    },
    async (req) => getQueue(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.post(
    '/delivery/queue/retry',
    {
      config: manage,
      schema: { tags, summary: 'Retry my provider queue and employee queue now, oldest first (立即重试)', response: { 200: queueRetryReplySchema } },
    },
    async (req) => {
      const s = sellerOf(req.actor);
      return retryQueue(deps, s.actor.userId, s.sellerId);
    },
  );
}
