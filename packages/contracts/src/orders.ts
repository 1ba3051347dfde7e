import { z } from 'zod';

export const orderTypes = ['new', 'renew', 'trial', 'trial_to_paid', 'upgrade', 'refund'] as const;
export const orderStatuses = ['unpaid', 'paid', 'voided', 'refunded'] as const;
export type OrderType = (typeof orderTypes)[number];
export type OrderStatus = (typeof orderStatuses)[number];

const isoDate = z.iso.datetime({ offset: true });

export const sellerOrderListQuery = z.object({
  orderNo: z.string().trim().regex(/^[0-9]{1,20}$/, 'digits only').optional(),
  productCode: z.string().trim().max(64).optional(),
  productName: z.string().trim().max(100).optional(),
  type: z.enum(orderTypes).optional(),
  status: z.enum(orderStatuses).optional(),
  specName: z.string().trim().max(100).optional(),
  buyerUid: z.coerce.number().int().positive().optional(),
  createdFrom: isoDate.optional(),
  createdTo: isoDate.optional(),
  paidFrom: isoDate.optional(),
  paidTo: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SellerOrderListQuery = z.infer<typeof sellerOrderListQuery>;

export const sellerOrderSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  productCode: z.string(),
  productName: z.string(),
  specName: z.string(),
  type: z.enum(orderTypes),
  status: z.enum(orderStatuses),
  listPriceFen: z.number().int(),
  paidFen: z.number().int(),
  buyerUid: z.number().int(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
});
export type SellerOrder = z.infer<typeof sellerOrderSchema>;

export const sellerOrderDetailSchema = sellerOrderSchema.extend({
  buyerLoginName: z.string(),
  buyerContact: z.object({ email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  source: z.enum(['online_store', 'proposal']),
  remark: z.string().nullable(),
  settledAt: z.string().nullable(),
});
export type SellerOrderDetail = z.infer<typeof sellerOrderDetailSchema>;
