import { z } from 'zod';

/**
 * The SPI wire protocol: what the marketplace sends to a seller's endpoint and what it
 * accepts back. Replies are a boundary: anything that does not parse is a failed attempt.
 */
export const spiRequestActions = ['createInstance', 'renewInstance', 'upgradeInstance', 'expireInstance', 'releaseInstance', 'verify'] as const;
export type SpiRequestAction = (typeof spiRequestActions)[number];

export const spiRequestSchema = z.object({
  action: z.enum(spiRequestActions),
  /** the call id: the same value on every retry of one call, so the ISV can deduplicate */
  requestId: z.string(),
  instanceId: z.string().optional(),
  /** the ISV's own id, once createInstance answered */
  externalId: z.string().nullable().optional(),
  orderId: z.string().nullable().optional(),
  productCode: z.string(),
  specName: z.string().optional(),
  buyer: z.object({ uid: z.number().int(), loginName: z.string() }).optional(),
  trial: z.boolean().optional(),
  expiresAt: z.string().nullable().optional(),
});
export type SpiRequest = z.infer<typeof spiRequestSchema>;

const url = z.url({ protocol: /^https?$/ });

export const appInfoSchema = z.object({
  frontEndUrl: url,
  adminUrl: url.optional(),
  username: z.string().max(200).optional(),
  password: z.string().max(200).optional(),
  ssoUrl: url.optional(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const createInstanceReplySchema = z.object({
  instanceId: z.string().min(1).max(128),
  appInfo: appInfoSchema,
});
export type CreateInstanceReply = z.infer<typeof createInstanceReplySchema>;

export const actionReplySchema = z.object({ success: z.literal(true) });

export function replySchemaFor(action: SpiRequestAction): z.ZodType<CreateInstanceReply | { success: true }> {
  return action === 'createInstance' ? createInstanceReplySchema : actionReplySchema;
}

/** appInfo as the instance stores it: string values only, absent keys dropped. */
export function appInfoRecord(info: AppInfo): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(info)) if (typeof v === 'string') out[k] = v;
  return out;
}
