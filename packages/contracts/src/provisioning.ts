import { z } from 'zod';

/* SPI provisioning as the seller portal sees it: calls to the seller's endpoint, their attempts, endpoint settings. */

export const spiCallActions = ['createInstance', 'renewInstance', 'upgradeInstance', 'expireInstance', 'releaseInstance'] as const;
export const spiCallStatuses = ['pending', 'succeeded', 'failed'] as const;
export const spiModes = ['hmac', 'md5'] as const;
export type SpiCallAction = (typeof spiCallActions)[number];
export type SpiCallStatus = (typeof spiCallStatuses)[number];
export type SpiMode = (typeof spiModes)[number];

export const spiCallListQuery = z.object({
  instanceId: z.string().trim().min(1).max(64).optional(),
  status: z.enum(spiCallStatuses).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SpiCallListQuery = z.infer<typeof spiCallListQuery>;

export const spiCallSchema = z.object({
  id: z.string(),
  instanceId: z.string(),
  orderId: z.string().nullable(),
  productId: z.string(),
  action: z.enum(spiCallActions),
  status: z.enum(spiCallStatuses),
  attempts: z.number().int(),
  /** when the next automatic attempt is due; null once succeeded or failed */
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export type SpiCallView = z.infer<typeof spiCallSchema>;

export const spiAttemptSchema = z.object({
  id: z.string(),
  /** 1-based, in time order */
  attemptNo: z.number().int(),
  at: z.string(),
  httpStatus: z.number().int().nullable(),
  durationMs: z.number().int(),
  error: z.string().nullable(),
  /** the endpoint's reply, truncated to 2000 characters */
  responseBody: z.string().nullable(),
});
export type SpiAttemptView = z.infer<typeof spiAttemptSchema>;

export const spiCallDetailSchema = spiCallSchema.extend({ attemptList: z.array(spiAttemptSchema) });
export type SpiCallDetail = z.infer<typeof spiCallDetailSchema>;

const httpUrl = z.url({ protocol: /^https?$/ }).max(500);

export const spiSettingsBody = z.object({
  url: httpUrl,
  /** omitted: keep the current secret (one must exist) */
  secret: z.string().min(16).max(128).optional(),
  mode: z.enum(spiModes).default('hmac'),
});
export type SpiSettingsBody = z.infer<typeof spiSettingsBody>;

/** The secret is write-only: replies only say whether one is set. */
export const spiSettingsSchema = z.object({ url: z.string().nullable(), mode: z.enum(spiModes), secretSet: z.boolean() });
export type SpiSettings = z.infer<typeof spiSettingsSchema>;

export const spiTestReply = z.object({
  ok: z.boolean(),
  httpStatus: z.number().int().nullable(),
  durationMs: z.number().int(),
  error: z.string().optional(),
});
export type SpiTestReply = z.infer<typeof spiTestReply>;
