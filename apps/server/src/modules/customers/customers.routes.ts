import { Readable } from 'node:stream';
import {
  batchTagBody,
  callSchema,
  createTagBody,
  customerDetailSchema,
  customerListQuery,
  customerRowSchema,
  customerTagSchema,
  editCustomerBody,
  linkCustomerBody,
  placeCallBody,
  privateCustomerBody,
  sendCustomerCouponBody,
  sendCustomerCouponReply,
  setCustomerTagsBody,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { sellerOf } from '../../platform/auth/actor.js';
import { csvHeader } from '../../platform/http/csv.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { callCustomer } from './customer-calls.service.js';
import { sendCouponToCustomers } from './customer-coupons.service.js';
import { getCustomerDetail } from './customer-detail.service.js';
import { exportCustomers, listCustomers } from './customer-list.queries.js';
import { batchTagCustomers, createTag, deleteTag, listTags, setCustomerTags } from './customer-tags.service.js';
import { CUSTOMER_CSV_HEADER, customerCsvRow } from './customers-csv.js';
import { manageCustomers as manage, viewCustomers as view } from './customers.permissions.js';
import { addPrivateCustomer, deletePrivateCustomer, editCustomer, linkCustomer } from './customers.service.js';

const tags = ['customers'];
/** ids are generated: anything else (a NUL above all) is a 400 before it reaches the database */
const idParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id') });

/** 客户中心 (guide 2.8): GET needs customers.view, every write customers.manage. */
export function customersRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/customers',
    {
      config: view,
      schema: {
        tags,
        summary: '客户中心: 平台客户 / 私有客户 with tags, search and 最近下单时间',
        querystring: customerListQuery,
        response: { 200: pageSchema(customerRowSchema) },
      },
    },
    async (req) => listCustomers(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.get(
    '/seller/customers/export.csv',
    { config: view, schema: { tags, summary: 'CSV export with the list filters', querystring: customerListQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const { sellerId } = sellerOf(req.actor);
      const filters = req.query;
      async function* lines() {
        yield csvHeader(CUSTOMER_CSV_HEADER);
        for await (const batch of exportCustomers(deps.db, sellerId, filters)) yield batch.map(customerCsvRow).join('');
      }
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="customers-${deps.clock.now().toISOString().slice(0, 10)}.csv"`);
      return reply.send(Readable.from(lines()));
    },
  );
  app.get(
    '/seller/customers/:id',
    {
      config: view,
      schema: { tags, summary: '客户详情: 基本信息、交易、订单、业务、需求、优惠券、双呼记录', params: idParams, response: { 200: customerDetailSchema } },
    },
    async (req) => getCustomerDetail(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.post(
    '/seller/customers',
    { config: manage, schema: { tags, summary: '添加用户 (私有客户)', body: privateCustomerBody, response: { 201: customerDetailSchema } } },
    async (req, res) => {
      res.status(201);
      return addPrivateCustomer(deps, sellerOf(req.actor).sellerId, req.body);
    },
  );
  app.patch(
    '/seller/customers/:id',
    {
      config: manage,
      schema: { tags, summary: '编辑信息 (the seller’s own record)', params: idParams, body: editCustomerBody, response: { 200: customerDetailSchema } },
    },
    async (req) => editCustomer(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );
  app.post(
    '/seller/customers/:id/link',
    {
      config: manage,
      schema: {
        tags,
        summary: '关联账号: a private customer becomes (or merges into) a platform customer',
        params: idParams,
        body: linkCustomerBody,
        response: { 200: customerDetailSchema },
      },
    },
    async (req) => linkCustomer(deps, sellerOf(req.actor).sellerId, req.params.id, req.body.buyerLoginName),
  );
  app.delete('/seller/customers/:id', { config: manage, schema: { tags, summary: 'Delete a private customer', params: idParams } }, async (req, reply) => {
    await deletePrivateCustomer(deps, sellerOf(req.actor).sellerId, req.params.id);
    return reply.status(204).send();
  });
  app.put(
    '/seller/customers/:id/tags',
    {
      config: manage,
      schema: { tags, summary: '为单个客户设置标签 (replaces)', params: idParams, body: setCustomerTagsBody, response: { 200: customerDetailSchema } },
    },
    async (req) => setCustomerTags(deps, sellerOf(req.actor).sellerId, req.params.id, req.body.tagIds),
  );
  app.post(
    '/seller/customers/batch-tags',
    {
      config: manage,
      schema: { tags, summary: '批量添加标签 (all or nothing)', body: batchTagBody, response: { 200: z.object({ updated: z.number().int() }) } },
    },
    async (req) => batchTagCustomers(deps, sellerOf(req.actor).sellerId, req.body.customerIds, req.body.tagIds),
  );
  app.post(
    '/seller/customers/coupons',
    { config: manage, schema: { tags, summary: '发放优惠券 / 批量发送优惠券', body: sendCustomerCouponBody, response: { 200: sendCustomerCouponReply } } },
    async (req) => sendCouponToCustomers(deps, sellerOf(req.actor).sellerId, req.body.couponId, req.body.customerIds),
  );
  app.post(
    '/seller/customers/:id/calls',
    {
      config: manage,
      schema: { tags, summary: '呼叫客户 (双呼: neither side sees the other’s number)', params: idParams, body: placeCallBody, response: { 201: callSchema } },
    },
    async (req, res) => {
      const s = sellerOf(req.actor);
      const call = await callCustomer(deps, { sellerId: s.sellerId, userId: s.actor.userId }, req.params.id, req.body.callerPhone);
      res.status(201);
      return call;
    },
  );
  tagRoutes(app, deps);
}

function tagRoutes(app: App, deps: Deps): void {
  app.get('/seller/customer-tags', { config: view, schema: { tags, summary: '客户标签', response: { 200: z.array(customerTagSchema) } } }, async (req) =>
    listTags(deps, sellerOf(req.actor).sellerId),
  );
  app.post(
    '/seller/customer-tags',
    { config: manage, schema: { tags, summary: 'New tag (≤ 20 characters, unique per seller)', body: createTagBody, response: { 201: customerTagSchema } } },
    async (req, res) => {
      res.status(201);
      return createTag(deps, sellerOf(req.actor).sellerId, req.body.name);
    },
  );
  app.delete(
    '/seller/customer-tags/:id',
    { config: manage, schema: { tags, summary: 'Delete a tag (off every customer)', params: idParams } },
    async (req, reply) => {
      await deleteTag(deps, sellerOf(req.actor).sellerId, req.params.id);
      return reply.status(204).send();
    },
  );
}
