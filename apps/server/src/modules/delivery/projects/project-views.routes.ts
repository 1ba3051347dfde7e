import { Readable } from 'node:stream';
import {
  attachDeliveryFileBody,
  downloadSchema,
  buyerProjectListQuery,
  deliveryFileSchema,
  operatorProjectListQuery,
  postProjectMessageBody,
  projectDetailSchema,
  projectListFilters,
  projectListQuery,
  projectListReplySchema,
  projectMessageSchema,
  type ProjectScope,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { hasPermission, requireActor, sellerOf, type Actor } from '../../../platform/auth/actor.js';
import { DomainError } from '../../../platform/errors.js';
import { csvOf, registerExport, requestDownload } from '../../../platform/downloads/index.js';
import { registerFileAccess } from '../../../platform/files/index.js';
import type { App, Deps } from '../../../platform/module.js';
import { attachDeliveryFile, deliveryFileAccess } from './delivery-files.service.js';
import { listProjectMessages, postProjectMessage, type MessageKind } from './messages.service.js';
import { beijingStamp } from '../../../platform/beijing-time.js';
import { projectExport } from './project-csv.js';
import { getProjectDetail } from './project-detail.service.js';
import { listProjects, type SellerProjectAudience } from './project-list.queries.js';

const tags = ['delivery'];
const params = z.object({ id: z.string().min(1).max(64) });
/** seller routes: the project access rule (vendor, provider, employee) decides, not one permission */
const seller = { auth: 'seller' } as const;
const buyer = { auth: 'buyer' } as const;
/** the platform reads every project to settle disputes; closing one is project-actions.routes.ts */
const operator = { auth: 'operator' } as const;

/**
 * vendor and provider scopes show the whole company's projects (delivery.projects.view for a
 * sub-account); "mine" is what an employee works on and needs no permission.
 */
function audienceOf(actor: Actor | null, scope: ProjectScope): SellerProjectAudience {
  const s = sellerOf(actor);
  if (scope === 'mine') return { scope, userId: s.actor.userId };
  if (!hasPermission(s.actor, 'delivery.projects.view'))
    throw new DomainError('permission_denied', 'needs permission delivery.projects.view', { permission: 'delivery.projects.view' });
  return { scope, sellerId: s.sellerId };
}

function conversationRoutes(app: App, deps: Deps, prefix: string, kind: MessageKind, config: { auth: 'seller' | 'buyer' }): void {
  const what = kind === 'note' ? 'notes (provider side only, never shown to the customer)' : 'messages';
  app.get(
    `${prefix}/:id/${kind}s`,
    { config, schema: { tags, summary: `The project's ${what}, oldest first`, params, response: { 200: z.array(projectMessageSchema) } } },
    async (req) => listProjectMessages(deps, requireActor(req.actor), req.params.id, kind),
  );
  app.post(
    `${prefix}/:id/${kind}s`,
    { config, schema: { tags, summary: `Add to the project's ${what}`, params, body: postProjectMessageBody, response: { 201: projectMessageSchema } } },
    async (req, reply) => reply.status(201).send(await postProjectMessage(deps, requireActor(req.actor), req.params.id, kind, req.body)),
  );
}

function fileRoute(app: App, deps: Deps, prefix: string, config: { auth: 'seller' | 'buyer' }): void {
  app.post(
    `${prefix}/:id/files`,
    {
      config,
      schema: {
        tags,
        summary: "Attach an uploaded file to the project's current step (its operator only)",
        params,
        body: attachDeliveryFileBody,
        response: { 201: deliveryFileSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await attachDeliveryFile(deps, requireActor(req.actor), req.params.id, req.body.fileId)),
  );
}

export function projectViewRoutes(app: App, deps: Deps): void {
  // a delivery file is readable by everyone who sees its project
  registerFileAccess('delivery.project_files', deliveryFileAccess);
  registerExport('delivery.projects', projectExport);

  // ---- seller back office: vendor, provider admin, employees ----
  app.get(
    '/delivery/projects',
    {
      config: seller,
      schema: {
        tags,
        summary: 'Projects of my products, of my deliveries, or of my own work, with tab counts',
        querystring: projectListQuery,
        response: { 200: projectListReplySchema },
      },
    },
    async (req) => listProjects(deps.db, audienceOf(req.actor, req.query.scope), req.query),
  );
  app.get(
    '/delivery/projects/export.csv',
    { config: seller, schema: { tags, summary: 'CSV export of the project list with its filters (up to 10,000 rows)', querystring: projectListFilters } },
    async (req, reply) => {
      const audience = audienceOf(req.actor, req.query.scope);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="delivery-projects-${deps.clock.now().toISOString().slice(0, 10)}.csv"`);
      return reply.send(Readable.from(csvOf(projectExport, deps, { audience, filters: req.query })));
    },
  );
  app.post(
    '/delivery/projects/exports',
    {
      config: seller,
      schema: {
        tags,
        summary: '列表导出: build a CSV of the list with its filters into my downloads (up to 10,000 rows)',
        description:
          'Answers 202 with the pending download; GET /downloads lists it and /downloads/:id/file serves it once ready. 429 too_many_downloads past 3 building at once.',
        body: projectListFilters,
        response: { 202: downloadSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req.actor);
      const audience = audienceOf(actor, req.body.scope);
      // several exports a day stay apart in a downloads folder: scope and Beijing time in the name
      const stamp = beijingStamp(deps.clock.now());
      const fileName = `delivery-projects-${req.body.scope}-${stamp}.csv`;
      return reply.status(202).send(await requestDownload(deps, actor.userId, 'delivery.projects', { audience, filters: req.body }, fileName));
    },
  );
  app.get(
    '/delivery/projects/:id',
    {
      config: seller,
      schema: {
        tags,
        summary: 'Project detail: timeline, live step, instance, requirements, log, files, messages and notes',
        params,
        response: { 200: projectDetailSchema },
      },
    },
    async (req) => getProjectDetail(deps, requireActor(req.actor), req.params.id),
  );
  conversationRoutes(app, deps, '/delivery/projects', 'message', seller);
  conversationRoutes(app, deps, '/delivery/projects', 'note', seller);
  fileRoute(app, deps, '/delivery/projects', seller);

  // ---- the customer, from the buyer console ----
  app.get(
    '/buyer/delivery/projects',
    {
      config: buyer,
      schema: { tags, summary: 'My delivery projects, with tab counts', querystring: buyerProjectListQuery, response: { 200: projectListReplySchema } },
    },
    async (req) => listProjects(deps.db, { scope: 'buyer', buyerId: requireActor(req.actor).userId }, req.query),
  );
  app.get(
    '/buyer/delivery/projects/:id',
    {
      config: buyer,
      schema: {
        tags,
        summary: 'My project: timeline, live step, instance, requirements, log, files and messages (no notes)',
        params,
        response: { 200: projectDetailSchema },
      },
    },
    async (req) => getProjectDetail(deps, requireActor(req.actor), req.params.id),
  );
  conversationRoutes(app, deps, '/buyer/delivery/projects', 'message', buyer);
  fileRoute(app, deps, '/buyer/delivery/projects', buyer);

  // ---- the operator, from the operator console (纠纷处理): read-only ----
  app.get(
    '/operator/delivery/projects',
    {
      config: operator,
      schema: {
        tags,
        summary: "Every seller's projects (optionally one vendor's or provider's), with tab counts",
        querystring: operatorProjectListQuery,
        response: { 200: projectListReplySchema },
      },
    },
    async (req) => {
      const { vendorSellerId, providerSellerId, ...query } = req.query;
      return listProjects(deps.db, { scope: 'operator', vendorSellerId, providerSellerId }, query);
    },
  );
  app.get(
    '/operator/delivery/projects/:id',
    {
      config: operator,
      schema: {
        tags,
        summary: 'Any project: timeline, live step, instance, requirements, log, files and messages (no notes)',
        params,
        response: { 200: projectDetailSchema },
      },
    },
    async (req) => getProjectDetail(deps, requireActor(req.actor), req.params.id),
  );
}
