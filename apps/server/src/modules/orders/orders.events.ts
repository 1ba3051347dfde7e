import { z } from 'zod';

/**
 * Outbox topics the orders module emits, with their payloads. Other modules subscribe to
 * these (ledger posts payments, provisioning calls the seller's SPI endpoint, the delivery
 * center starts projects) and must parse the payload with these schemas.
 */
export const ORDER_PAID = 'order.paid';
export const orderPaidPayload = z.object({
  orderId: z.string(),
  sellerId: z.string(),
  buyerId: z.string(),
  productId: z.string(),
  type: z.enum(['new', 'renew', 'trial', 'trial_to_paid', 'upgrade']),
  amountFen: z.number().int(),
  paidAt: z.string(),
  /** the 方案 the order was placed for; null for the store's; absent in events written before it was carried */
  proposalId: z.string().nullish(),
});
export type OrderPaid = z.infer<typeof orderPaidPayload>;

/**
 * An unpaid order was voided (7 days unpaid, or its instance closed while the buyer paid). The
 * leads module listens: a 方案 whose order is voided unpaid is open for paying again.
 */
export const ORDER_VOIDED = 'order.voided';
export const orderVoidedPayload = z.object({
  orderId: z.string(),
  sellerId: z.string(),
  buyerId: z.string(),
  /** the 方案 the order was placed for (订单来源 定制方案); null for the online store's */
  proposalId: z.string().nullable(),
  voidedAt: z.string(),
});
export type OrderVoided = z.infer<typeof orderVoidedPayload>;

export const spiActions = ['createInstance', 'renewInstance', 'upgradeInstance', 'expireInstance', 'releaseInstance'] as const;
export type SpiAction = (typeof spiActions)[number];

/** SaaS instances only: ask the seller's endpoint to act on an instance. */
export const INSTANCE_PROVISION = 'instance.provision';
export const instanceProvisionPayload = z.object({
  instanceId: z.string(),
  orderId: z.string().nullable(),
  action: z.enum(spiActions),
});
export type InstanceProvision = z.infer<typeof instanceProvisionPayload>;

/** Service products: the instance entered in_service; the delivery center starts a project. */
export const INSTANCE_IN_SERVICE = 'instance.in_service';
export const instanceInServicePayload = z.object({
  instanceId: z.string(),
  orderId: z.string(),
  productId: z.string(),
  sellerId: z.string(),
  buyerId: z.string(),
});
export type InstanceInService = z.infer<typeof instanceInServicePayload>;

/** Any instance was closed (released, e.g. by an approved refund): the service has ended. */
export const INSTANCE_CLOSED = 'instance.closed';
export const instanceClosedPayload = z.object({
  instanceId: z.string(),
  productId: z.string(),
  closedAt: z.string(),
});
export type InstanceClosed = z.infer<typeof instanceClosedPayload>;
