import {
  avatarSchema,
  employeeWorkbenchQuery,
  employeeWorkbenchSchema,
  providerWorkbenchQuery,
  providerWorkbenchSchema,
  setAvatarBody,
  setWorkbenchProductsBody,
  workbenchProductsReply,
} from '@cloudmart/contracts';
import { requireActor, sellerOf } from '../../../platform/auth/actor.js';
import type { App, Deps } from '../../../platform/module.js';
import { removeMyAvatar, setMyAvatar } from '../staff/index.js';
import { beijingDay } from '../calendar/index.js';
import { employeeWorkbench } from './employee-workbench.queries.js';
import { providerWorkbench } from './provider-workbench.queries.js';
import { getWorkbenchProducts, setWorkbenchProducts } from './workbench-products.service.js';

const tags = ['delivery'];
/** the caller's seller is the provider whose figures these are */
const provider = { auth: 'seller', permission: 'delivery.projects.view' } as const;
/** any seller user with a delivery profile (none → 404) */
const anyEmployee = { auth: 'seller' } as const;
/** 配置产品在工作台展示 is the provider admin's, beside its staff settings (guide 5.4.10) */
const staff = { auth: 'seller', permission: 'delivery.staff' } as const;

/** The provider's management workbench and the employee's own workbench (DOMAIN 5 Dashboards). */
export function workbenchRoutes(app: App, deps: Deps): void {
  app.get(
    '/delivery/workbench/provider',
    {
      config: provider,
      schema: {
        tags,
        summary: '管理工作台: the day’s tasks, deliveries, queue, capacity, rejections, overdue and paused projects, bad reviews',
        querystring: providerWorkbenchQuery,
        response: { 200: providerWorkbenchSchema },
      },
    },
    async (req) => {
      const now = deps.clock.now();
      return providerWorkbench(deps.db, {
        sellerId: sellerOf(req.actor).sellerId,
        date: req.query.date ?? beijingDay(now),
        departmentId: req.query.departmentId ?? null,
        now,
      });
    },
  );
  app.get(
    '/delivery/workbench/products',
    {
      config: staff,
      schema: {
        tags,
        summary: '配置产品在工作台展示: the products shown on the employees’ workbenches, and those that may be chosen',
        response: { 200: workbenchProductsReply },
      },
    },
    async (req) => getWorkbenchProducts(deps.db, sellerOf(req.actor).sellerId),
  );
  app.put(
    '/delivery/workbench/products',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Set the products shown on the employees’ workbenches, in order (empty: every product they work on)',
        body: setWorkbenchProductsBody,
        response: { 200: workbenchProductsReply },
      },
    },
    async (req) => setWorkbenchProducts(deps, sellerOf(req.actor).sellerId, req.body.productIds),
  );
  app.get(
    '/delivery/workbench/me',
    {
      config: anyEmployee,
      schema: {
        tags,
        summary: '我的工作台: my tasks of the day by product, my month and year, my ranking and my last reviews',
        querystring: employeeWorkbenchQuery,
        response: { 200: employeeWorkbenchSchema },
      },
    },
    async (req) => {
      const { actor, sellerId } = sellerOf(req.actor);
      return employeeWorkbench(deps.db, {
        userId: actor.userId,
        sellerId,
        date: req.query.date ?? beijingDay(deps.clock.now()),
        productId: req.query.productId ?? null,
        month: req.query.month,
        rankingMonth: req.query.rankingMonth,
      });
    },
  );
  app.put(
    '/delivery/me/avatar',
    {
      config: anyEmployee,
      schema: { tags, summary: 'Set my workbench photo: a file I uploaded with purpose avatar', body: setAvatarBody, response: { 200: avatarSchema } },
    },
    async (req) => setMyAvatar(deps, requireActor(req.actor), req.body.fileId),
  );
  app.delete('/delivery/me/avatar', { config: anyEmployee, schema: { tags, summary: 'Remove my workbench photo' } }, async (req, reply) => {
    await removeMyAvatar(deps, requireActor(req.actor));
    return reply.status(204).send();
  });
}
