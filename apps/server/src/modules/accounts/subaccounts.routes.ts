import {
  createGroupBody,
  createSubAccountBody,
  generatedPasswordReply,
  permissionGroupSchema,
  setMembersBody,
  subAccountListQuery,
  subAccountSchema,
  updateGroupBody,
  updateSubAccountBody,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { createGroup, deleteGroup, listGroups, setGroupMembers, updateGroup } from './groups.service.js';
import {
  createSubAccountAs,
  deleteSubAccount,
  getOwnSubAccount,
  listSubAccounts,
  resetSubAccountPassword,
  setSubAccountStatus,
  subAccountLoginUrl,
  updateSubAccountAs,
} from './subaccounts.service.js';

const guard = { auth: 'seller', permission: 'account.admin' } as const;
const idParams = z.object({ id: z.string().min(1).max(64) });
const subTags = ['sub-accounts'];
const groupTags = ['permission-groups'];

export function subAccountsRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/sub-accounts',
    { config: guard, schema: { tags: subTags, querystring: subAccountListQuery, response: { 200: pageSchema(subAccountSchema) } } },
    async (req) => listSubAccounts(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.get(
    '/seller/sub-accounts/login-url',
    { config: guard, schema: { tags: subTags, summary: 'The log-in address to hand to sub-accounts', response: { 200: z.object({ url: z.string() }) } } },
    async (req) => ({ url: await subAccountLoginUrl(deps, sellerOf(req.actor).sellerId, `${req.protocol}://${req.host}`) }),
  );
  app.get('/seller/sub-accounts/:id', { config: guard, schema: { tags: subTags, params: idParams, response: { 200: subAccountSchema } } }, async (req) =>
    getOwnSubAccount(deps.db, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.post(
    '/seller/sub-accounts',
    {
      config: guard,
      schema: {
        tags: subTags,
        summary: 'Create a sub-account; its generated password is shown once',
        body: createSubAccountBody,
        response: { 201: generatedPasswordReply },
      },
    },
    async (req, reply) => {
      const { actor, sellerId } = sellerOf(req.actor);
      reply.status(201);
      return createSubAccountAs(deps, actor, sellerId, req.body);
    },
  );
  app.patch(
    '/seller/sub-accounts/:id',
    { config: guard, schema: { tags: subTags, params: idParams, body: updateSubAccountBody, response: { 200: subAccountSchema } } },
    async (req) => {
      const { actor, sellerId } = sellerOf(req.actor);
      return updateSubAccountAs(deps, actor, sellerId, req.params.id, req.body);
    },
  );
  app.post(
    '/seller/sub-accounts/:id/disable',
    { config: guard, schema: { tags: subTags, summary: 'Disable; its sessions stop at once', params: idParams, response: { 200: subAccountSchema } } },
    async (req) => setSubAccountStatus(deps, sellerOf(req.actor).sellerId, req.params.id, 'disabled'),
  );
  app.post(
    '/seller/sub-accounts/:id/enable',
    { config: guard, schema: { tags: subTags, params: idParams, response: { 200: subAccountSchema } } },
    async (req) => setSubAccountStatus(deps, sellerOf(req.actor).sellerId, req.params.id, 'active'),
  );
  app.post(
    '/seller/sub-accounts/:id/reset-password',
    { config: guard, schema: { tags: subTags, params: idParams, response: { 200: generatedPasswordReply } } },
    async (req) => resetSubAccountPassword(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.delete('/seller/sub-accounts/:id', { config: guard, schema: { tags: subTags, params: idParams } }, async (req, reply) => {
    await deleteSubAccount(deps, sellerOf(req.actor).sellerId, req.params.id);
    return reply.status(204).send();
  });

  app.get('/seller/permission-groups', { config: guard, schema: { tags: groupTags, response: { 200: z.array(permissionGroupSchema) } } }, async (req) =>
    listGroups(deps.db, sellerOf(req.actor).sellerId),
  );
  app.post(
    '/seller/permission-groups',
    { config: guard, schema: { tags: groupTags, body: createGroupBody, response: { 201: permissionGroupSchema } } },
    async (req, reply) => {
      reply.status(201);
      const { actor, sellerId } = sellerOf(req.actor);
      return createGroup(deps, actor, sellerId, req.body);
    },
  );
  app.patch(
    '/seller/permission-groups/:id',
    { config: guard, schema: { tags: groupTags, params: idParams, body: updateGroupBody, response: { 200: permissionGroupSchema } } },
    async (req) => {
      const { actor, sellerId } = sellerOf(req.actor);
      return updateGroup(deps, actor, sellerId, req.params.id, req.body);
    },
  );
  app.delete('/seller/permission-groups/:id', { config: guard, schema: { tags: groupTags, params: idParams } }, async (req, reply) => {
    await deleteGroup(deps, sellerOf(req.actor).sellerId, req.params.id);
    return reply.status(204).send();
  });
  app.put(
    '/seller/permission-groups/:id/members',
    { config: guard, schema: { tags: groupTags, params: idParams, body: setMembersBody, response: { 200: permissionGroupSchema } } },
    async (req) => {
      const { actor, sellerId } = sellerOf(req.actor);
      return setGroupMembers(deps, actor, sellerId, req.params.id, req.body.userIds);
    },
  );
}
