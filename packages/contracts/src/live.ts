import { z } from 'zod';

/**
 * 直播 (guide 2.11–2.12). A seller signs the 云市场服务协议 to apply for live permission
 * (pending → approved | rejected by an operator, a rejected one may apply again); with it,
 * the seller creates lives, each reviewed by an operator and editable only while pending or
 * rejected. A real-time live streams from OBS with a push URL and a stream key.
 */
export const LIVE_AGREEMENT_VERSION = '2026-12';
export const livePermissionStatuses = ['none', 'pending', 'approved', 'rejected'] as const;
export type LivePermissionStatus = (typeof livePermissionStatuses)[number];
export const liveReviewStatuses = ['pending', 'approved', 'rejected'] as const;
export type LiveReviewStatus = (typeof liveReviewStatuses)[number];
/** recorded: 上传录制视频; realtime: 实时直播, 通过OBS推流 */
export const liveModes = ['recorded', 'realtime'] as const;
export type LiveMode = (typeof liveModes)[number];
/** by the clock, for an approved live's public page */
export const livePhases = ['upcoming', 'live', 'ended'] as const;
export type LivePhase = (typeof livePhases)[number];

/** 直播关键字: "以空格分割。不超过8个" */
export const LIVE_MAX_KEYWORDS = 8;
/** 直播简介: "200-500字较为适宜", at most 500 */
export const LIVE_INTRO_MAX = 500;
/** 直播海报封面: "尺寸：552*280 支持.jpg .png格式" */
export const LIVE_COVER_WIDTH = 552;
export const LIVE_COVER_HEIGHT = 280;

const id = z.string().trim().min(1).max(64);
const pageFields = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const livePermissionSchema = z.object({
  status: z.enum(livePermissionStatuses),
  agreementVersion: z.string().nullable(),
  signedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
});
export type LivePermission = z.infer<typeof livePermissionSchema>;

/** 我已阅读，确认签署: the version of the agreement the seller read, and the tick. */
export const applyLivePermissionBody = z.object({
  agreementVersion: z.literal(LIVE_AGREEMENT_VERSION),
  accepted: z.literal(true),
});
export type ApplyLivePermissionBody = z.infer<typeof applyLivePermissionBody>;

export const liveKeywords = z
  .string()
  .trim()
  .max(200)
  .refine((s) => s === '' || s.split(/\s+/).length <= LIVE_MAX_KEYWORDS, { message: `at most ${LIVE_MAX_KEYWORDS} keywords, separated by spaces` });

export const liveBody = z
  .object({
    name: z.string().trim().min(1).max(60),
    startsAt: z.string().datetime({ offset: true }),
    endsAt: z.string().datetime({ offset: true }),
    mode: z.enum(liveModes),
    keywords: liveKeywords.default(''),
    intro: z.string().trim().max(LIVE_INTRO_MAX).default(''),
    productId: id.nullable().default(null),
    couponId: id.nullable().default(null),
    coverFileId: id,
  })
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), { path: ['endsAt'], message: 'the end must be after the start' });
export type LiveBody = z.input<typeof liveBody>;

export const liveListQuery = z.object({
  ...pageFields,
  q: z.string().trim().max(100).optional(),
  status: z.enum(liveReviewStatuses).optional(),
});
export type LiveListQuery = z.infer<typeof liveListQuery>;

export const liveSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(liveModes),
  status: z.enum(liveReviewStatuses),
  createdAt: z.string(),
});
export type LiveSummary = z.infer<typeof liveSummarySchema>;

const productRef = z.object({ id: z.string(), name: z.string(), code: z.string() }).nullable();
const couponRef = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['percent', 'threshold']),
    rateTenths: z.number().int().nullable(),
    reduceFen: z.number().int().nullable(),
    thresholdFen: z.number().int().nullable(),
  })
  .nullable();

export const liveDetailSchema = liveSummarySchema.extend({
  keywords: z.string(),
  intro: z.string(),
  product: productRef,
  coupon: couponRef,
  coverFileId: z.string(),
  recordingFileId: z.string().nullable(),
  rejectReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** 直播渠道: where the live page lives */
  channel: z.string(),
  /** the shareable 直播链接 (path of the store's live page) */
  livePath: z.string(),
  /** OBS 推流地址 and 推流密钥: only real-time lives, only on the seller's own routes */
  pushUrl: z.string().nullable(),
  streamKey: z.string().nullable(),
  streamKeyRotatedAt: z.string().nullable(),
  sellerName: z.string(),
});
export type LiveDetail = z.infer<typeof liveDetailSchema>;

export const liveRecordingBody = z.object({ fileId: id });
export const liveProductOptionQuery = z.object({ q: z.string().trim().max(100).default('') });
export const liveProductOptionSchema = z.object({ id: z.string(), name: z.string(), code: z.string(), status: z.string() });
export type LiveProductOption = z.infer<typeof liveProductOptionSchema>;
/** an approved live a product may bind (商品直播ID) */
export const liveOptionSchema = z.object({ id: z.string(), name: z.string(), startsAt: z.string(), endsAt: z.string() });
export type LiveOption = z.infer<typeof liveOptionSchema>;

/** The public 直播 page: an approved live only. */
export const publicLiveSchema = z.object({
  id: z.string(),
  name: z.string(),
  intro: z.string(),
  keywords: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(liveModes),
  phase: z.enum(livePhases),
  coverFileId: z.string(),
  recordingFileId: z.string().nullable(),
  sellerName: z.string(),
  product: productRef,
  coupon: couponRef,
  /** the coupon may be claimed now: during the live (guide 2.12: 在观看直播期间即可领取到优惠券) */
  couponClaimable: z.boolean(),
});
export type PublicLive = z.infer<typeof publicLiveSchema>;

export const operatorLiveQuery = z.object({ ...pageFields, status: z.enum(liveReviewStatuses).optional() });
export const operatorLivePermissionQuery = z.object({ ...pageFields, status: z.enum(['pending', 'approved', 'rejected']).optional() });
export const operatorLivePermissionSchema = z.object({
  sellerId: z.string(),
  sellerName: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  agreementVersion: z.string(),
  signedAt: z.string(),
  signedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
});
export type OperatorLivePermission = z.infer<typeof operatorLivePermissionSchema>;
export const operatorLiveSchema = liveSummarySchema.extend({
  sellerId: z.string(),
  sellerName: z.string(),
  rejectReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type OperatorLive = z.infer<typeof operatorLiveSchema>;
export const rejectLiveBody = z.object({ reason: z.string().trim().min(1).max(500) });

/**
 * The ingest's authorisation callback, nginx-rtmp `on_publish` style: `name` is the stream
 * key OBS was given (nginx-rtmp posts form fields app, name, addr…).
 */
export const liveIngestBody = z.object({ name: z.string().trim().min(1).max(128), app: z.string().max(64).optional() }).passthrough();
