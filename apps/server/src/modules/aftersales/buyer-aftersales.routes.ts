import { aftersalesSettingsSchema, invoiceableOrderSchema } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.js';
import type { App, Deps } from '../../platform/module.js';
import { listInvoiceableOrders } from './invoiceable.queries.js';
import { getSettings } from './settings.service.js';

const buyer = { auth: 'buyer' } as const;

/** Reads the buyer console needs before acting: what can be invoiced, how long refunds stay open. */
export function buyerAftersalesRoutes(app: App, deps: Deps): void {
  app.get(
    '/buyer/invoiceable-orders',
    {
      config: buyer,
      schema: {
        tags: ['invoices'],
        summary: 'My paid orders an invoice application would accept now, with the cash each would cover',
        response: { 200: z.array(invoiceableOrderSchema) },
      },
    },
    async (req) => listInvoiceableOrders(deps.db, requireActor(req.actor).userId),
  );
  app.get(
    '/buyer/refund-policy',
    {
      config: buyer,
      schema: { tags: ['refunds'], summary: 'The no-reason refund window and the auto-approve delay', response: { 200: aftersalesSettingsSchema } },
    },
    async () => getSettings(deps.db, deps.clock.now()),
  );
}
