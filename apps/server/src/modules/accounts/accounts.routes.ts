import { catalogueReply, changePasswordBody, loginBody, loginReply, meSchema, permissionCatalogue, signupBody, updateProfileBody } from '@cloudmart/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.js';
import { CSRF_COOKIE, SESSION_COOKIE, csrfTokenFor } from '../../platform/auth/tokens.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { changePassword, getMe, login, logout, meOf, signup, updateProfile } from './accounts.service.js';
import { listSellers } from './operator.service.js';

function setSessionCookies(deps: Deps, reply: FastifyReply, token: string, expires: Date): string {
  const csrf = csrfTokenFor(token, deps.config.sessionSecret);
  const common = { path: '/', sameSite: 'lax' as const, secure: deps.config.COOKIE_SECURE, expires };
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false });
  return csrf;
}

const tags = ['auth'];

export function accountsRoutes(app: App, deps: Deps): void {
  app.post(
    '/auth/signup',
    { config: { auth: 'public' }, schema: { tags, summary: 'Sign up as a seller or a buyer', body: signupBody, response: { 201: loginReply } } },
    async (req, reply) => {
      const s = await signup(deps, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] });
      const csrfToken = setSessionCookies(deps, reply, s.token, s.expiresAt);
      reply.status(201);
      return { user: await getMe(deps, s.userId), csrfToken };
    },
  );

  app.post(
    '/auth/login',
    { config: { auth: 'public' }, schema: { tags, summary: 'Log in', body: loginBody, response: { 200: loginReply } } },
    async (req, reply) => {
      const s = await login(deps, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] });
      const csrfToken = setSessionCookies(deps, reply, s.token, s.expiresAt);
      return { user: await getMe(deps, s.userId), csrfToken };
    },
  );

  app.post('/auth/logout', { config: { auth: 'public' }, schema: { tags, summary: 'Log out (revokes the session)' } }, async (req, reply) => {
    if (req.sessionToken) await logout(deps, req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get(
    '/auth/me',
    { config: { auth: 'user', allowPendingPasswordChange: true }, schema: { tags, summary: 'The signed-in user', response: { 200: meSchema } } },
    async (req) => {
      const actor = requireActor(req.actor);
      return actor.profile ? meOf({ ...actor, profile: actor.profile }) : getMe(deps, actor.userId);
    },
  );

  app.patch(
    '/auth/me',
    { config: { auth: 'user' }, schema: { tags, summary: 'Edit own profile', body: updateProfileBody, response: { 200: meSchema } } },
    async (req) => updateProfile(deps, requireActor(req.actor), req.body),
  );

  app.post(
    '/auth/password',
    { config: { auth: 'user', allowPendingPasswordChange: true }, schema: { tags, summary: 'Change own password', body: changePasswordBody } },
    async (req, reply) => {
      await changePassword(deps, requireActor(req.actor), req.body);
      return reply.status(204).send();
    },
  );

  app.get(
    '/permissions/catalogue',
    { config: { auth: 'seller' }, schema: { tags: ['sub-accounts'], summary: 'Permission nodes that groups can grant', response: { 200: catalogueReply } } },
    async () => permissionCatalogue.map((m) => ({ module: m.module, keys: [...m.keys] })),
  );

  app.get(
    '/operator/sellers',
    {
      config: { auth: 'operator' },
      schema: {
        tags: ['operator'],
        summary: 'Seller organisations',
        querystring: z.object({
          q: z.string().trim().max(64).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: pageSchema(
            z.object({ id: z.string(), code: z.string(), name: z.string(), mainLoginName: z.string(), subAccountCount: z.number(), createdAt: z.string() }),
          ),
        },
      },
    },
    async (req) => listSellers(deps, req.query),
  );
}
