import { applyInvoiceBody, invoiceDetailSchema, invoiceListQuery, invoiceSummarySchema, issueInvoiceBody, rejectInvoiceBody } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { listInvoices, loadInvoice } from './invoice.queries.js';
import { applyInvoice, issueInvoice, rejectInvoice } from './invoice.service.js';

const tags = ['invoices'];
const idParams = z.object({ id: z.string().min(1).max(64) });
const buyer = { auth: 'buyer' } as const;
const manage = { auth: 'seller', permission: 'invoices.manage' } as const;

export function invoiceRoutes(app: App, deps: Deps): void {
  app.post(
    '/buyer/invoices',
    {
      config: buyer,
      schema: { tags, summary: 'Apply for a VAT invoice over paid orders of one seller', body: applyInvoiceBody, response: { 201: invoiceDetailSchema } },
    },
    async (req, reply) => reply.status(201).send(await applyInvoice(deps, requireActor(req.actor).userId, req.body)),
  );
  app.get(
    '/buyer/invoices',
    { config: buyer, schema: { tags, summary: 'My invoice applications', querystring: invoiceListQuery, response: { 200: pageSchema(invoiceSummarySchema) } } },
    async (req) => listInvoices(deps.db, { buyerId: requireActor(req.actor).userId }, req.query),
  );
  app.get(
    '/buyer/invoices/:id',
    { config: buyer, schema: { tags, summary: 'My invoice application with its orders', params: idParams, response: { 200: invoiceDetailSchema } } },
    async (req) => loadInvoice(deps.db, { buyerId: requireActor(req.actor).userId }, req.params.id),
  );

  app.get(
    '/seller/invoices',
    {
      config: manage,
      schema: { tags, summary: 'Invoice applications to handle', querystring: invoiceListQuery, response: { 200: pageSchema(invoiceSummarySchema) } },
    },
    async (req) => listInvoices(deps.db, { sellerId: sellerOf(req.actor).sellerId }, req.query),
  );
  app.get(
    '/seller/invoices/:id',
    { config: manage, schema: { tags, summary: 'Invoice application with its orders', params: idParams, response: { 200: invoiceDetailSchema } } },
    async (req) => loadInvoice(deps.db, { sellerId: sellerOf(req.actor).sellerId }, req.params.id),
  );
  app.post(
    '/seller/invoices/:id/reject',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Reject with a reason; the orders can be invoiced again',
        params: idParams,
        body: rejectInvoiceBody,
        response: { 200: invoiceDetailSchema },
      },
    },
    async (req) => rejectInvoice(deps, sellerOf(req.actor).sellerId, req.params.id, req.body.reason),
  );
  app.post(
    '/seller/invoices/:id/issue',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record the issued invoice and its mailing (over ¥200: postage prepaid)',
        params: idParams,
        body: issueInvoiceBody,
        response: { 200: invoiceDetailSchema },
      },
    },
    async (req) => issueInvoice(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );
}
