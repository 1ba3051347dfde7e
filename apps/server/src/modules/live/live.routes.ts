import {
  applyLivePermissionBody,
  liveBody,
  liveDetailSchema,
  liveIngestBody,
  liveListQuery,
  liveOptionSchema,
  livePermissionSchema,
  liveProductOptionQuery,
  liveProductOptionSchema,
  liveRecordingBody,
  liveSummarySchema,
  operatorLivePermissionQuery,
  operatorLivePermissionSchema,
  operatorLiveQuery,
  operatorLiveSchema,
  publicLiveSchema,
  rejectLiveBody,
} from '@cloudmart/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { applyLivePermission, decideLivePermission, getLivePermission, listLivePermissions } from './live-permission.service.js';
import { authorisePublish, publicLive } from './live-public.service.js';
import { decideLive, getOperatorLive } from './live-review.service.js';
import { manageLive as manage, pickLiveForProduct, viewLive as view } from './live.permissions.js';
import {
  approvedLiveOptions,
  createLive,
  getSellerLive,
  listSellerLives,
  liveProductOptions,
  listOperatorLives,
  rotateStreamKey,
  setRecording,
  updateLive,
} from './lives.service.js';

const tags = ['live'];
const idParams = z.object({ id: z.string().min(1).max(64) });
const sellerParams = z.object({ sellerId: z.string().min(1).max(64) });
const operator = { auth: 'operator' } as const;

function permissionRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/live/permission',
    { config: view, schema: { tags, summary: '直播权限: none, pending, approved or rejected (with the reason)', response: { 200: livePermissionSchema } } },
    async (req) => getLivePermission(deps, sellerOf(req.actor).sellerId),
  );
  app.post(
    '/seller/live/permission',
    {
      config: manage,
      schema: {
        tags,
        summary: '申请权限: sign the 云市场服务协议 (我已阅读，确认签署); a rejected seller may apply again',
        body: applyLivePermissionBody,
        response: { 200: livePermissionSchema },
      },
    },
    async (req) => {
      const s = sellerOf(req.actor);
      return applyLivePermission(deps, { sellerId: s.sellerId, userId: s.actor.userId }, req.body);
    },
  );
}

function liveRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/lives',
    {
      config: view,
      schema: { tags, summary: '直播列表: search by name or id, newest first', querystring: liveListQuery, response: { 200: pageSchema(liveSummarySchema) } },
    },
    async (req) => listSellerLives(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.post(
    '/seller/lives',
    {
      config: manage,
      schema: { tags, summary: '创建直播 (needs approved live permission); waits for review', body: liveBody, response: { 201: liveDetailSchema } },
    },
    async (req, reply) => {
      const s = sellerOf(req.actor);
      reply.status(201);
      return createLive(deps, { sellerId: s.sellerId, userId: s.actor.userId }, req.body);
    },
  );
  app.get(
    '/seller/lives/:id',
    {
      config: view,
      schema: { tags, summary: '直播详情, with the OBS push URL and stream key of a real-time live', params: idParams, response: { 200: liveDetailSchema } },
    },
    async (req) => getSellerLive(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.put(
    '/seller/lives/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '编辑直播: only while pending or rejected (a rejected live returns to review)',
        params: idParams,
        body: liveBody,
        response: { 200: liveDetailSchema },
      },
    },
    async (req) => updateLive(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );
  app.post(
    '/seller/lives/:id/stream-key',
    {
      config: manage,
      schema: { tags, summary: '重置密钥: a new OBS stream key; the old one stops working', params: idParams, response: { 200: liveDetailSchema } },
    },
    async (req) => rotateStreamKey(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.put(
    '/seller/lives/:id/recording',
    {
      config: manage,
      schema: {
        tags,
        summary: '直播视频录制: the recorded live’s video (a live_recording upload)',
        params: idParams,
        body: liveRecordingBody,
        response: { 200: liveDetailSchema },
      },
    },
    async (req) => setRecording(deps, sellerOf(req.actor).sellerId, req.params.id, req.body.fileId),
  );
  app.get(
    '/seller/live/products',
    {
      config: view,
      schema: {
        tags,
        summary: '商品: fuzzy search of the seller’s own products by name or code',
        querystring: liveProductOptionQuery,
        response: { 200: z.array(liveProductOptionSchema) },
      },
    },
    async (req) => liveProductOptions(deps, sellerOf(req.actor).sellerId, req.query.q),
  );
  app.get(
    '/seller/live/options',
    {
      config: pickLiveForProduct,
      schema: { tags, summary: '商品直播ID: the seller’s approved lives a product may bind', response: { 200: z.array(liveOptionSchema) } },
    },
    async (req) => approvedLiveOptions(deps, sellerOf(req.actor).sellerId),
  );
}

function operatorRoutes(app: App, deps: Deps): void {
  const opTags = ['operator', 'live'];
  app.get(
    '/operator/live/permissions',
    {
      config: operator,
      schema: {
        tags: opTags,
        summary: '直播权限审核 queue',
        querystring: operatorLivePermissionQuery,
        response: { 200: pageSchema(operatorLivePermissionSchema) },
      },
    },
    async (req) => listLivePermissions(deps, req.query),
  );
  app.post(
    '/operator/live/permissions/:sellerId/approve',
    { config: operator, schema: { tags: opTags, summary: 'Grant live permission', params: sellerParams, response: { 200: operatorLivePermissionSchema } } },
    async (req) => decideLivePermission(deps, requireActor(req.actor).userId, req.params.sellerId, { approve: true }),
  );
  app.post(
    '/operator/live/permissions/:sellerId/reject',
    {
      config: operator,
      schema: {
        tags: opTags,
        summary: 'Refuse live permission with a reason (the seller may apply again)',
        params: sellerParams,
        body: rejectLiveBody,
        response: { 200: operatorLivePermissionSchema },
      },
    },
    async (req) => decideLivePermission(deps, requireActor(req.actor).userId, req.params.sellerId, { approve: false, reason: req.body.reason }),
  );
  app.get(
    '/operator/lives',
    {
      config: operator,
      schema: { tags: opTags, summary: '直播审核 queue', querystring: operatorLiveQuery, response: { 200: pageSchema(operatorLiveSchema) } },
    },
    async (req) => listOperatorLives(deps, req.query),
  );
  app.get(
    '/operator/lives/:id',
    { config: operator, schema: { tags: opTags, summary: 'One live to review (never its stream key)', params: idParams, response: { 200: liveDetailSchema } } },
    async (req) => getOperatorLive(deps, req.params.id),
  );
  app.post(
    '/operator/lives/:id/approve',
    { config: operator, schema: { tags: opTags, summary: 'Approve a pending live', params: idParams, response: { 200: liveDetailSchema } } },
    async (req) => decideLive(deps, requireActor(req.actor).userId, req.params.id, { approve: true }),
  );
  app.post(
    '/operator/lives/:id/reject',
    {
      config: operator,
      schema: { tags: opTags, summary: 'Reject a pending live with a reason', params: idParams, body: rejectLiveBody, response: { 200: liveDetailSchema } },
    },
    async (req) => decideLive(deps, requireActor(req.actor).userId, req.params.id, { approve: false, reason: req.body.reason }),
  );
}

/** nginx-rtmp posts on_publish as a form; this scope alone parses forms. */
function ingestRoute(app: App, deps: Deps): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 8 * 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
  });
  app.post(
    '/live/ingest/publish',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'RTMP ingest on_publish callback: 2xx for the current key of an approved real-time live in its window, else 403 stream_key_refused',
        body: liveIngestBody,
        response: { 200: z.object({ liveId: z.string() }) },
      },
    },
    async (req) => authorisePublish(deps, req.body.name),
  );
}

export async function liveModuleRoutes(app: App, deps: Deps): Promise<void> {
  permissionRoutes(app, deps);
  liveRoutes(app, deps);
  operatorRoutes(app, deps);
  app.get(
    '/store/lives/:id',
    {
      config: { auth: 'public' },
      schema: { tags, summary: '直播 page: an approved live, its phase, recording and coupon', params: idParams, response: { 200: publicLiveSchema } },
    },
    async (req) => publicLive(deps, req.params.id),
  );
  await app.register(async (scoped) => ingestRoute(scoped.withTypeProvider<ZodTypeProvider>(), deps));
}
