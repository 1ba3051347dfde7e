import {
  acceptLeadBody,
  callSchema,
  demandSchema,
  leadDetailSchema,
  leadListQuery,
  leadMessageBody,
  leadMessageSchema,
  leadNoteBody,
  leadRemarkBody,
  leadRowSchema,
  noteSchema,
  placeCallBody,
  poolPageSchema,
  poolQuery,
  rejectLeadBody,
  sellerRaiseDemandBody,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { acceptLead, rejectLead } from './lead-answer.service.js';
import { grabDemand, listPool } from './lead-pool.service.js';
import { leadDetail, listLeads } from './lead-views.js';
import { addNote, callLead, messageOperator, setRemark, terminateLead } from './lead-work.service.js';
import { manageLeads as manage, viewLeads as view } from './leads.permissions.js';
import { sellerRaiseDemand } from './demands.service.js';

const tags = ['leads'];
/** ids are generated: anything else (a NUL above all) is a 400 before it reaches the database */
const anId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id');
export const idParams = z.object({ id: anId });
const demandParams = z.object({ demandId: anId });

/** 商机广场, 商机管理 and 需求详情 (guide 4): GET needs leads.view, every action leads.manage. */
export function leadsRoutes(app: App, deps: Deps): void {
  const by = (req: { actor: Parameters<typeof sellerOf>[0] }) => {
    const s = sellerOf(req.actor);
    return { sellerId: s.sellerId, userId: s.actor.userId };
  };
  const detail = (req: { actor: Parameters<typeof sellerOf>[0] }, id: string) => leadDetail(deps.db, sellerOf(req.actor).sellerId, id);

  app.get(
    '/seller/lead-pool',
    { config: view, schema: { tags, summary: '商机广场: 需求列表每整点更新一次, 每天可抢5个需求', querystring: poolQuery, response: { 200: poolPageSchema } } },
    async (req) => listPool(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.post(
    '/seller/lead-pool/:demandId/grab',
    { config: manage, schema: { tags, summary: '抢单 (5 a Beijing day; one owner per demand)', params: demandParams, response: { 201: leadRowSchema } } },
    async (req, res) => {
      const lead = await grabDemand(deps, by(req), req.params.demandId);
      res.status(201);
      return detail(req, lead.id);
    },
  );
  app.get(
    '/seller/leads',
    { config: view, schema: { tags, summary: '商机管理: the seller’s leads', querystring: leadListQuery, response: { 200: pageSchema(leadRowSchema) } } },
    async (req) => listLeads(deps.db, sellerOf(req.actor).sellerId, req.query),
  );
  app.get('/seller/leads/:id', { config: view, schema: { tags, summary: '需求详情', params: idParams, response: { 200: leadDetailSchema } } }, async (req) =>
    detail(req, req.params.id),
  );
  app.post(
    '/seller/leads/:id/accept',
    {
      config: manage,
      schema: { tags, summary: '接受需求 with a contact phone (within 24 hours)', params: idParams, body: acceptLeadBody, response: { 200: leadDetailSchema } },
    },
    async (req) => {
      await acceptLead(deps, by(req), req.params.id, req.body.contactPhone);
      return detail(req, req.params.id);
    },
  );
  app.post(
    '/seller/leads/:id/reject',
    { config: manage, schema: { tags, summary: '拒绝需求 with a 拒绝类型', params: idParams, body: rejectLeadBody, response: { 200: leadDetailSchema } } },
    async (req) => {
      await rejectLead(deps, by(req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.put(
    '/seller/leads/:id/remark',
    { config: manage, schema: { tags, summary: '设置备注', params: idParams, body: leadRemarkBody, response: { 200: leadDetailSchema } } },
    async (req) => {
      await setRemark(deps, by(req), req.params.id, req.body.remark);
      return detail(req, req.params.id);
    },
  );
  app.post(
    '/seller/leads/:id/calls',
    {
      config: manage,
      schema: { tags, summary: '联系客户 (双呼); the last call’s 小记 first', params: idParams, body: placeCallBody, response: { 201: callSchema } },
    },
    async (req, res) => {
      const call = await callLead(deps, by(req), req.params.id, req.body.callerPhone);
      res.status(201);
      return call;
    },
  );
  app.post(
    '/seller/leads/:id/notes',
    {
      config: manage,
      schema: { tags, summary: '添加小记 (是否接通, 项目进度, 交流内容)', params: idParams, body: leadNoteBody, response: { 201: noteSchema } },
    },
    async (req, res) => {
      const note = await addNote(deps, by(req), req.params.id, req.body);
      res.status(201);
      return note;
    },
  );
  app.post(
    '/seller/leads/:id/messages',
    {
      config: manage,
      schema: {
        tags,
        summary: '联系小二 (小二代提 demands; the operator is e-mailed)',
        params: idParams,
        body: leadMessageBody,
        response: { 201: leadMessageSchema },
      },
    },
    async (req, res) => {
      const m = await messageOperator(deps, by(req), req.params.id, req.body.body);
      res.status(201);
      return m;
    },
  );
  app.post(
    '/seller/leads/:id/terminate',
    {
      config: manage,
      schema: { tags, summary: '终止服务 (not once won); back to routing', params: idParams, body: rejectLeadBody, response: { 200: leadDetailSchema } },
    },
    async (req) => {
      await terminateLead(deps, by(req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    '/seller/demands',
    {
      config: manage,
      schema: {
        tags,
        summary: '代客户提需求 (to itself: a directed lead; to the marketplace: routing)',
        body: sellerRaiseDemandBody,
        response: { 201: demandSchema },
      },
    },
    async (req, res) => {
      const d = await sellerRaiseDemand(deps, by(req), req.body);
      res.status(201);
      return d;
    },
  );
}
