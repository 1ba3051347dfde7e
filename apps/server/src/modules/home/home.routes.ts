import { buyerHomeSchema, operatorHomeSchema, sellerHomeSchema } from '@cloudmart/contracts';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import type { App, Deps } from '../../platform/module.js';
import { buyerHome, operatorHome, sellerHome } from './home.service.js';

const tags = ['home'];

/** The three portals' home pages: one read each, scoped to the caller. */
export function homeRoutes(app: App, deps: Deps): void {
  app.get(
    '/home/seller',
    {
      config: { auth: 'seller' },
      schema: {
        tags,
        summary:
          'Seller portal home: today’s orders, GMV (paid minus refunded) with a 30-day trend, refunds, invoices, reviews, overdue projects — the cards the caller’s permissions allow',
        response: { 200: sellerHomeSchema },
      },
    },
    async (req) => {
      const { actor, sellerId } = sellerOf(req.actor);
      return sellerHome(deps.db, actor, sellerId, deps.clock.now());
    },
  );
  app.get(
    '/home/operator',
    {
      config: { auth: 'operator' },
      schema: { tags, summary: 'Operator console home: review queues and platform totals', response: { 200: operatorHomeSchema } },
    },
    async () => operatorHome(deps.db, deps.clock.now()),
  );
  app.get(
    '/home/buyer',
    {
      config: { auth: 'buyer' },
      schema: {
        tags,
        summary: 'Buyer console home: orders to pay, instances (expiring soon), projects waiting on the buyer',
        response: { 200: buyerHomeSchema },
      },
    },
    async (req) => buyerHome(deps.db, requireActor(req.actor).userId, deps.clock.now()),
  );
}
