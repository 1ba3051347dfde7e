import { payProposalBody, payProposalReply, proposalBody, proposalSchema, quotableProductSchema, quoteBody } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { registerFileAccess } from '../../platform/files/index.js';
import type { App, Deps } from '../../platform/module.js';
import { quotableProducts } from '../catalog/index.js';
import { manageLeads, viewLeads } from './leads.permissions.js';
import { proposalContractAccess } from './proposal-files.js';
import { payProposal } from './proposal-pay.service.js';
import { addQuote, createProposal, revokeQuote } from './proposals.service.js';

const tags = ['leads'];
const buyer = { auth: 'buyer' } as const;
/** ids are generated: anything else (a NUL above all) is a 400 before it reaches the database */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id');
const leadParams = z.object({ id });
const proposalParams = z.object({ id, proposalId: id });
const quoteParams = z.object({ id, proposalId: id, quoteId: id });

/** 方案 and 报价单 (guide 4 提交方案): the seller sends them, the buyer pays one in one click. */
export function proposalsRoutes(app: App, deps: Deps): void {
  // the buyer a proposal was sent to reads its 方案合同
  registerFileAccess('leads.proposal_contract', proposalContractAccess);

  app.get(
    '/seller/quotable-products',
    {
      config: viewLeads,
      schema: {
        tags,
        summary: '添加报价单: my listed service, SaaS and API products with their prepaid specs and prices',
        response: { 200: z.array(quotableProductSchema) },
      },
    },
    async (req) => quotableProducts(deps.db, sellerOf(req.actor).sellerId),
  );
  app.post(
    '/seller/leads/:id/proposals',
    {
      config: manageLeads,
      schema: {
        tags,
        summary: '提交方案 on a lead I follow: sent to the buyer at once (SMS + inbox)',
        params: leadParams,
        body: proposalBody,
        response: { 201: proposalSchema },
      },
    },
    async (req, res) => {
      const { actor, sellerId } = sellerOf(req.actor);
      res.status(201);
      return createProposal(deps, sellerId, actor.userId, req.params.id, req.body);
    },
  );
  app.post(
    '/seller/leads/:id/proposals/:proposalId/quotes',
    {
      config: manageLeads,
      schema: { tags, summary: '添加报价单 to a proposal not being paid', params: proposalParams, body: quoteBody, response: { 201: proposalSchema } },
    },
    async (req, res) => {
      const { actor, sellerId } = sellerOf(req.actor);
      res.status(201);
      return addQuote(deps, sellerId, actor.userId, req.params.id, req.params.proposalId, req.body);
    },
  );
  app.post(
    '/seller/leads/:id/proposals/:proposalId/quotes/:quoteId/revoke',
    {
      config: manageLeads,
      schema: { tags, summary: '撤销报价单: a revoked quote is never paid', params: quoteParams, response: { 200: proposalSchema } },
    },
    async (req) => {
      const { actor, sellerId } = sellerOf(req.actor);
      return revokeQuote(deps, sellerId, actor.userId, req.params.id, req.params.proposalId, req.params.quoteId);
    },
  );
  app.post(
    '/buyer/proposals/:id/pay',
    {
      config: buyer,
      schema: {
        tags,
        summary: '一键支付: every active quote becomes an order (订单来源 定制方案) and the buyer goes to the cashier',
        params: leadParams,
        // the web's one click may post no body at all
        body: payProposalBody.nullish(),
        response: { 200: payProposalReply },
      },
    },
    async (req) => payProposal(deps, requireActor(req.actor).userId, req.params.id, req.body ?? {}),
  );
}
