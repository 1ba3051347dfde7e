import { Readable } from 'node:stream';
import { sellerOrderDetailSchema, sellerOrderListQuery, sellerOrderSchema } from '@cloudmart/contracts';
import { z } from 'zod';
import { sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { csvHeader } from '../../platform/http/csv.js';
import { CSV_HEADER, orderCsvRow } from './orders-csv.js';
import { exportSellerOrders, getSellerOrder, listSellerOrders } from './orders.service.js';

const tags = ['orders'];

export function ordersRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/orders',
    {
      config: { auth: 'seller', permission: 'orders.view' },
      schema: { tags, summary: 'Seller order list', querystring: sellerOrderListQuery, response: { 200: pageSchema(sellerOrderSchema) } },
    },
    async (req) => listSellerOrders(deps, sellerOf(req.actor).sellerId, req.query),
  );

  app.get(
    '/seller/orders/export.csv',
    {
      config: { auth: 'seller', permission: 'orders.export' },
      schema: { tags, summary: 'CSV export with the list filters', querystring: sellerOrderListQuery.omit({ page: true, pageSize: true }) },
    },
    async (req, reply) => {
      const { sellerId } = sellerOf(req.actor);
      const filters = req.query;
      async function* lines() {
        yield csvHeader(CSV_HEADER);
        for await (const batch of exportSellerOrders(deps.db, sellerId, filters)) yield batch.map(orderCsvRow).join('');
      }
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="orders-${deps.clock.now().toISOString().slice(0, 10)}.csv"`);
      return reply.send(Readable.from(lines()));
    },
  );

  app.get(
    '/seller/orders/:id',
    {
      config: { auth: 'seller', permission: 'orders.view' },
      schema: { tags, summary: 'Order detail', params: z.object({ id: z.string().min(1).max(64) }), response: { 200: sellerOrderDetailSchema } },
    },
    async (req) => getSellerOrder(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
}
