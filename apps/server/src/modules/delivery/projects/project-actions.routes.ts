import {
  cancelProjectBody,
  changeOperatorBody,
  changeProviderBody,
  claimOrderBody,
  claimSearchQuery,
  claimSearchReply,
  completeProjectBody,
  completeTaskBody,
  confirmNodeBody,
  pauseProjectBody,
  projectStateSchema,
  rejectNodeBody,
  submitRequirementsBody,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../../platform/auth/actor.js';
import type { App, Deps } from '../../../platform/module.js';
import type { Caller } from '../engine/index.js';
import { searchClaimable } from './claim-search.queries.js';
import { claimOrder, completeProject, completeTask, confirmNode, rejectNode, submitRequirements } from './project-actions.service.js';
import { assignProviderNow, cancelProject, changeOperator, changeProvider, pauseProject, resumeProject } from './project-control.service.js';

const tags = ['delivery'];
const params = z.object({ id: z.string().min(1).max(64) });
const reply = { 200: projectStateSchema };
const buyer = { auth: 'buyer' } as const;
/** employees act on their own tasks: the assignment is the authorisation, not a permission */
const employee = { auth: 'seller' } as const;
const manage = { auth: 'seller', permission: 'delivery.projects.manage' } as const;
const operator = { auth: 'operator' } as const;

const asSeller = (actor: Parameters<typeof sellerOf>[0]): Extract<Caller, { kind: 'seller' }> => {
  const s = sellerOf(actor);
  return { kind: 'seller', actor: s.actor, sellerId: s.sellerId };
};
const asBuyer = (actor: Parameters<typeof requireActor>[0]): Caller => ({ kind: 'buyer', userId: requireActor(actor).userId });

export function projectActionRoutes(app: App, deps: Deps): void {
  // ---- the customer, from the buyer console ----
  app.post(
    '/buyer/delivery/projects/:id/submit-requirements',
    {
      config: buyer,
      schema: { tags, summary: 'Submit the requirement form of the current submit step', params, body: submitRequirementsBody, response: reply },
    },
    async (req) => submitRequirements(deps, asBuyer(req.actor), req.params.id, req.body.nodeId, req.body.answers),
  );
  app.post(
    '/buyer/delivery/projects/:id/confirm',
    { config: buyer, schema: { tags, summary: 'Confirm the current customer-side confirm step', params, body: confirmNodeBody, response: reply } },
    async (req) => confirmNode(deps, asBuyer(req.actor), req.params.id, req.body.nodeId, req.body.comment),
  );
  app.post(
    '/buyer/delivery/projects/:id/reject',
    {
      config: buyer,
      schema: { tags, summary: 'Reject the current step: the flow returns to the previous step', params, body: rejectNodeBody, response: reply },
    },
    async (req) => rejectNode(deps, asBuyer(req.actor), req.params.id, req.body.nodeId, req.body.reason),
  );
  app.post(
    '/buyer/delivery/projects/:id/complete-task',
    { config: buyer, schema: { tags, summary: 'Finish the current customer-side general step', params, body: completeTaskBody, response: reply } },
    async (req) => completeTask(deps, asBuyer(req.actor), req.params.id, req.body.nodeId, req.body.comment),
  );
  app.post(
    '/buyer/delivery/projects/:id/complete-project',
    { config: buyer, schema: { tags, summary: 'Confirm the delivery: the project is completed', params, body: completeProjectBody, response: reply } },
    async (req) => completeProject(deps, requireActor(req.actor).userId, req.params.id, req.body.nodeId),
  );

  // ---- provider employees, on their own steps ----
  app.get(
    '/delivery/claims',
    {
      config: employee,
      schema: {
        tags,
        summary: '订单认领 search: the order among my company’s deliveries, and whether I can claim it now',
        querystring: claimSearchQuery,
        response: { 200: claimSearchReply },
      },
    },
    async (req) => {
      const s = sellerOf(req.actor);
      return searchClaimable(deps.db, s.actor, s.sellerId, req.query.orderNo);
    },
  );
  app.post(
    '/delivery/claims',
    { config: employee, schema: { tags, summary: 'Claim an order by its number at a claim-order step', body: claimOrderBody, response: reply } },
    async (req) => {
      const s = sellerOf(req.actor);
      return claimOrder(deps, s.actor, s.sellerId, req.body.orderNo);
    },
  );
  app.post(
    '/delivery/projects/:id/confirm',
    {
      config: employee,
      schema: { tags, summary: 'Confirm the current provider-side confirm step (its operator only)', params, body: confirmNodeBody, response: reply },
    },
    async (req) => confirmNode(deps, asSeller(req.actor), req.params.id, req.body.nodeId, req.body.comment),
  );
  app.post(
    '/delivery/projects/:id/reject',
    { config: employee, schema: { tags, summary: 'Reject the current provider-side step (its operator only)', params, body: rejectNodeBody, response: reply } },
    async (req) => rejectNode(deps, asSeller(req.actor), req.params.id, req.body.nodeId, req.body.reason),
  );
  app.post(
    '/delivery/projects/:id/complete-task',
    {
      config: employee,
      schema: { tags, summary: 'Finish the current provider-side general step (its operator only)', params, body: completeTaskBody, response: reply },
    },
    async (req) => completeTask(deps, asSeller(req.actor), req.params.id, req.body.nodeId, req.body.comment),
  );

  // ---- provider admin and vendor ----
  app.post(
    '/delivery/projects/:id/pause',
    { config: manage, schema: { tags, summary: 'Pause a running project (its timeout stops)', params, body: pauseProjectBody, response: reply } },
    async (req) => pauseProject(deps, asSeller(req.actor), req.params.id, req.body.reason),
  );
  app.post(
    '/delivery/projects/:id/resume',
    { config: manage, schema: { tags, summary: 'Resume a paused project with the working time it had left', params, response: reply } },
    async (req) => resumeProject(deps, asSeller(req.actor), req.params.id),
  );
  app.post(
    '/delivery/projects/:id/change-operator',
    {
      config: manage,
      schema: { tags, summary: 'Hand a role of the project to another employee with spare capacity', params, body: changeOperatorBody, response: reply },
    },
    async (req) => changeOperator(deps, asSeller(req.actor), req.params.id, req.body),
  );
  app.post(
    '/delivery/projects/:id/change-provider',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Vendor: move the project to another provider (the flow restarts as a new run)',
        params,
        body: changeProviderBody,
        response: reply,
      },
    },
    async (req) => changeProvider(deps, asSeller(req.actor), req.params.id, req.body.providerSellerId),
  );
  app.post(
    '/delivery/projects/:id/assign-provider',
    { config: manage, schema: { tags, summary: 'Vendor: retry the provider choice of a queued project now', params, response: reply } },
    async (req) => assignProviderNow(deps, asSeller(req.actor), req.params.id),
  );

  // ---- operator ----
  app.post(
    '/operator/delivery/projects/:id/cancel',
    { config: operator, schema: { tags, summary: 'Close a disputed delivery flow', params, body: cancelProjectBody, response: reply } },
    async (req) => cancelProject(deps, requireActor(req.actor).userId, req.params.id, req.body.reason),
  );
}
