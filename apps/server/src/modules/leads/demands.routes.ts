import {
  assignDemandBody,
  buyerDemandDetailSchema,
  closeDemandBody,
  demandListQuery,
  demandSchema,
  leadMessageBody,
  leadMessageSchema,
  operatorDemandDetailSchema,
  operatorDemandQuery,
  operatorDemandRowSchema,
  operatorRaiseDemandBody,
  postDemandBody,
  routingCandidateSchema,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { buyerDemandDetail, buyerDemands, operatorDemandDetail, operatorDemands } from './demand-views.js';
import { cancelDemand, closeDemand, operatorRaiseDemand, postDemand } from './demands.service.js';
import { assignDemand, routingCandidates } from './lead-routing.js';
import { operatorReply } from './lead-work.service.js';
import { idParams } from './leads.routes.js';

const buyer = { auth: 'buyer' } as const;
const operator = { auth: 'operator' } as const;

/** The buyer's demands (发布需求, 定向需求 with a shop code) and the operator's routing console. */
export function demandsRoutes(app: App, deps: Deps): void {
  const me = (req: { actor: Parameters<typeof requireActor>[0] }) => requireActor(req.actor).userId;

  app.post(
    '/buyer/demands',
    {
      config: buyer,
      schema: { tags: ['leads'], summary: '发布需求 (sellerCode: 定向需求 to that shop)', body: postDemandBody, response: { 201: demandSchema } },
    },
    async (req, res) => {
      const d = await postDemand(deps, me(req), req.body);
      res.status(201);
      return d;
    },
  );
  app.get(
    '/buyer/demands',
    { config: buyer, schema: { tags: ['leads'], summary: '我的需求', querystring: demandListQuery, response: { 200: pageSchema(demandSchema) } } },
    async (req) => buyerDemands(deps.db, me(req), req.query),
  );
  app.get(
    '/buyer/demands/:id',
    {
      config: buyer,
      schema: { tags: ['leads'], summary: 'A demand with the proposals sent to it', params: idParams, response: { 200: buyerDemandDetailSchema } },
    },
    async (req) => buyerDemandDetail(deps.db, me(req), req.params.id),
  );
  app.post(
    '/buyer/demands/:id/cancel',
    { config: buyer, schema: { tags: ['leads'], summary: 'Cancel a demand (not once won)', params: idParams, response: { 200: demandSchema } } },
    async (req) => cancelDemand(deps, me(req), req.params.id),
  );
  operatorRoutes(app, deps, me);
}

function operatorRoutes(app: App, deps: Deps, me: (req: { actor: Parameters<typeof requireActor>[0] }) => string): void {
  const tags = ['leads-operator'];
  app.get(
    '/operator/demands',
    {
      config: operator,
      schema: {
        tags,
        summary: 'Demands; routing=true: those waiting for routing',
        querystring: operatorDemandQuery,
        response: { 200: pageSchema(operatorDemandRowSchema) },
      },
    },
    async (req) => operatorDemands(deps.db, req.query),
  );
  app.get(
    '/operator/demands/:id',
    {
      config: operator,
      schema: { tags, summary: 'A demand with every lead, log, message and proposal', params: idParams, response: { 200: operatorDemandDetailSchema } },
    },
    async (req) => operatorDemandDetail(deps.db, req.params.id),
  );
  app.post(
    '/operator/demands',
    {
      config: operator,
      schema: { tags, summary: '小二代提 (to routing, or assigned to a seller)', body: operatorRaiseDemandBody, response: { 201: demandSchema } },
    },
    async (req, res) => {
      const d = await operatorRaiseDemand(deps, me(req), req.body);
      res.status(201);
      return d;
    },
  );
  app.get(
    '/operator/demands/:id/candidates',
    {
      config: operator,
      schema: { tags, summary: 'Sellers to route to (a listed service product)', params: idParams, response: { 200: z.array(routingCandidateSchema) } },
    },
    async (req) => {
      await operatorDemandDetail(deps.db, req.params.id);
      return routingCandidates(deps.db, req.params.id);
    },
  );
  app.post(
    '/operator/demands/:id/assign',
    {
      config: operator,
      schema: {
        tags,
        summary: '指派 to a seller (pending, 24 hours to answer)',
        params: idParams,
        body: assignDemandBody,
        response: { 200: operatorDemandDetailSchema },
      },
    },
    async (req) => {
      await assignDemand(deps, me(req), req.params.id, req.body.sellerId);
      return operatorDemandDetail(deps.db, req.params.id);
    },
  );
  app.post(
    '/operator/demands/:id/close',
    {
      config: operator,
      schema: { tags, summary: 'Close a demand (not once won)', params: idParams, body: closeDemandBody, response: { 200: operatorDemandDetailSchema } },
    },
    async (req) => {
      const now = deps.clock.now();
      await deps.db.transaction((tx) => closeDemand(tx, now, req.params.id, { id: me(req), role: 'operator' }, req.body.reason));
      return operatorDemandDetail(deps.db, req.params.id);
    },
  );
  app.post(
    '/operator/demands/:id/messages',
    {
      config: operator,
      schema: {
        tags,
        summary: '联系小二: reply to the seller (its main account is told)',
        params: idParams,
        body: leadMessageBody,
        response: { 201: leadMessageSchema },
      },
    },
    async (req, res) => {
      const m = await operatorReply(deps, me(req), req.params.id, req.body.body);
      res.status(201);
      return m;
    },
  );
}
