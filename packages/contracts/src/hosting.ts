import { z } from 'zod';

/**
 * 托管平台 (guide 1): hosted products, their 架构审核 and 托管审核, the hosting options and the
 * link to a listed product (云原生产品徽章). docs/hosting.md.
 */
export const hostedProductForms = ['saas'] as const;
export type HostedProductForm = (typeof hostedProductForms)[number];

/** Both reviews: 未提交 / 待审核 / 审核通过 / 审核拒绝. */
export const hostingReviewStatuses = ['not_submitted', 'pending', 'approved', 'rejected'] as const;
export type HostingReviewStatus = (typeof hostingReviewStatuses)[number];

export const hostingReviewKinds = ['architecture', 'hosting'] as const;
export type HostingReviewKind = (typeof hostingReviewKinds)[number];

/** 应用托管 (平台功能): Serverless on SAE or Kubernetes on ACK. */
export const appHostingKinds = ['sae', 'ack'] as const;
export type AppHostingKind = (typeof appHostingKinds)[number];

/** The guide's 产品托管 options: the first five are required, the last four (可选) optional. */
export const requiredHostingOptions = ['configAudit', 'actionTrail', 'vulnScan', 'loadTest'] as const;
export const optionalHostingOptions = ['cloudMonitor', 'waf', 'oauth', 'messages'] as const;

export const hostingOptionsSchema = z.object({
  configAudit: z.boolean(),
  actionTrail: z.boolean(),
  /** 应用托管: required, one of SAE / ACK */
  appHosting: z.enum(appHostingKinds).nullable(),
  vulnScan: z.boolean(),
  loadTest: z.boolean(),
  cloudMonitor: z.boolean(),
  waf: z.boolean(),
  oauth: z.boolean(),
  messages: z.boolean(),
});
export type HostingOptions = z.infer<typeof hostingOptionsSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const fileId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id');

export const hostedProductBody = z.object({
  name: text(60),
  form: z.enum(hostedProductForms).default('saas'),
  description: text(2000),
});
export type HostedProductBody = z.input<typeof hostedProductBody>;

export const architectureSubmitBody = z.object({ systemArchFileId: fileId, deployArchFileId: fileId });
export type ArchitectureSubmitBody = z.infer<typeof architectureSubmitBody>;

export const hostingSubmitBody = z.object({
  options: hostingOptionsSchema,
  securityReportFileId: fileId,
  scanReportFileId: fileId,
  loadTestReportFileId: fileId,
});
export type HostingSubmitBody = z.infer<typeof hostingSubmitBody>;

export const hostingLinkBody = z.object({ productId: fileId });
export type HostingLinkBody = z.infer<typeof hostingLinkBody>;

export const hostingDecisionBody = z
  .object({
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(500).default(''),
  })
  .refine((b) => b.decision === 'approve' || b.reason.length > 0, { message: 'a rejection needs a reason', path: ['reason'] });
export type HostingDecisionBody = z.input<typeof hostingDecisionBody>;

export const hostedProductListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** 产品 Code */
  code: z.string().trim().max(20).optional(),
  /** 产品名称 */
  name: z.string().trim().max(60).optional(),
});
export type HostedProductListQuery = z.infer<typeof hostedProductListQuery>;

export const hostingQueueQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  kind: z.enum(hostingReviewKinds).default('architecture'),
});
export type HostingQueueQuery = z.infer<typeof hostingQueueQuery>;

const fileRef = z.object({ id: z.string(), name: z.string(), size: z.number().int() }).nullable();

export const hostedProductRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  form: z.enum(hostedProductForms),
  architectureStatus: z.enum(hostingReviewStatuses),
  hostingStatus: z.enum(hostingReviewStatuses),
  linkedProduct: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type HostedProductRow = z.infer<typeof hostedProductRowSchema>;

export const hostingReviewLogSchema = z.object({
  kind: z.enum(hostingReviewKinds),
  action: z.enum(['submitted', 'approved', 'rejected']),
  reason: z.string(),
  actorName: z.string(),
  at: z.string(),
});
export type HostingReviewLog = z.infer<typeof hostingReviewLogSchema>;

const reviewState = z.object({
  status: z.enum(hostingReviewStatuses),
  reason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** "需要1~3个工作日": the third working day after submission, by the work calendar (pending only) */
  expectedBy: z.string().nullable(),
});

export const hostedProductDetailSchema = hostedProductRowSchema.extend({
  description: z.string(),
  seller: z.object({ id: z.string(), name: z.string() }),
  architecture: reviewState.extend({ systemArchFile: fileRef, deployArchFile: fileRef }),
  hosting: reviewState.extend({
    options: hostingOptionsSchema.nullable(),
    securityReportFile: fileRef,
    scanReportFile: fileRef,
    loadTestReportFile: fileRef,
  }),
  /** what the seller may do now */
  editable: z.boolean(),
  reviews: z.array(hostingReviewLogSchema),
});
export type HostedProductDetail = z.infer<typeof hostedProductDetailSchema>;

/** 概览: see docs/hosting.md for what each count means. */
export const hostingOverviewSchema = z.object({
  products: z.number().int(),
  containers: z.number().int(),
  apps: z.number().int(),
  risks: z.number().int(),
});
export type HostingOverview = z.infer<typeof hostingOverviewSchema>;

export const linkableProductSchema = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type LinkableProduct = z.infer<typeof linkableProductSchema>;

export const hostingQueueRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  seller: z.object({ id: z.string(), name: z.string() }),
  kind: z.enum(hostingReviewKinds),
  submittedAt: z.string(),
  expectedBy: z.string().nullable(),
});
export type HostingQueueRow = z.infer<typeof hostingQueueRowSchema>;
