import {
  createTemplateBody,
  deliveryRoleInfoSchema,
  messageTemplateInfoSchema,
  productTemplateBody,
  productTemplateSchema,
  requirementFormSchema,
  templateListQuery,
  templateSchema,
  templateSummarySchema,
  updateTemplateBody,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { sellerOf } from '../../../platform/auth/actor.js';
import { pageSchema } from '../../../platform/http/pagination.js';
import type { App, Deps } from '../../../platform/module.js';
import { messageTemplateList, roleList } from './preset-lists.js';
import { getProductTemplate, linkProductTemplate } from './product-flow.service.js';
import { requirementFormList } from './requirement-forms.js';
import { getTemplate, listTemplates } from './templates.queries.js';
import { copyTemplate, createTemplate, deleteTemplate, publishTemplate, updateTemplate } from './templates.service.js';

const tags = ['delivery-templates'];
const idParams = z.object({ id: z.string().min(1).max(64) });
const vendor = { auth: 'seller', permission: 'delivery.templates' } as const;

export function templateRoutes(app: App, deps: Deps): void {
  app.get(
    '/delivery/templates',
    {
      config: vendor,
      schema: {
        tags,
        summary: 'Service-flow templates: the public presets and the seller’s own',
        querystring: templateListQuery,
        response: { 200: pageSchema(templateSummarySchema) },
      },
    },
    async (req) => listTemplates(deps.db, sellerOf(req.actor).sellerId, req.query),
  );
  app.get(
    '/delivery/templates/:id',
    { config: vendor, schema: { tags, summary: 'A public or own template with its nodes', params: idParams, response: { 200: templateSchema } } },
    async (req) => getTemplate(deps.db, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.post(
    '/delivery/templates',
    {
      config: vendor,
      schema: {
        tags,
        summary: 'New draft: the built-in assign-provider node and a complete-project node',
        body: createTemplateBody,
        response: { 201: templateSchema },
      },
    },
    async (req, reply) => {
      const { actor, sellerId } = sellerOf(req.actor);
      reply.status(201);
      return createTemplate(deps, actor, sellerId, req.body);
    },
  );
  app.post(
    '/delivery/templates/:id/copy',
    { config: vendor, schema: { tags, summary: 'Copy a public or own template into a new own draft', params: idParams, response: { 201: templateSchema } } },
    async (req, reply) => {
      const { actor, sellerId } = sellerOf(req.actor);
      reply.status(201);
      return copyTemplate(deps, actor, sellerId, req.params.id);
    },
  );
  app.put(
    '/delivery/templates/:id',
    {
      config: vendor,
      schema: {
        tags,
        summary: 'Save a draft as a whole (published templates are immutable)',
        params: idParams,
        body: updateTemplateBody,
        response: { 200: templateSchema },
      },
    },
    async (req) => updateTemplate(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );
  app.post(
    '/delivery/templates/:id/publish',
    {
      config: vendor,
      schema: { tags, summary: 'Publish a draft; 422 template_invalid lists every broken rule', params: idParams, response: { 200: templateSchema } },
    },
    async (req) => publishTemplate(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.delete('/delivery/templates/:id', { config: vendor, schema: { tags, summary: 'Delete an own draft', params: idParams } }, async (req, reply) => {
    await deleteTemplate(deps, sellerOf(req.actor).sellerId, req.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/seller/products/:id/delivery-template',
    {
      config: vendor,
      schema: {
        tags,
        summary: 'The service flow of an own service product (the public basic one when none is linked)',
        params: idParams,
        response: { 200: productTemplateSchema },
      },
    },
    async (req) => getProductTemplate(deps.db, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.put(
    '/seller/products/:id/delivery-template',
    {
      config: vendor,
      schema: {
        tags,
        summary: 'Link an own service product to a published template; new projects follow it',
        params: idParams,
        body: productTemplateBody,
        response: { 200: productTemplateSchema },
      },
    },
    async (req) => linkProductTemplate(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );

  // read-only presets of the delivery center
  app.get(
    '/delivery/requirement-forms',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'The preset requirement forms and their fields (preview; customers fill them in)',
        response: { 200: z.array(requirementFormSchema) },
      },
    },
    async () => [...requirementFormList],
  );
  app.get(
    '/delivery/roles',
    { config: { auth: 'seller' }, schema: { tags, summary: 'The preset roles of provider employees', response: { 200: z.array(deliveryRoleInfoSchema) } } },
    async () => [...roleList],
  );
  app.get(
    '/delivery/message-templates',
    {
      config: { auth: 'seller' },
      schema: { tags, summary: 'The preset message templates of node reminders', response: { 200: z.array(messageTemplateInfoSchema) } },
    },
    async () => messageTemplateList(),
  );
}
