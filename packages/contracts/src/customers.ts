import { z } from 'zod';
import { callSchema, mobilePhone } from './leads.js';

/* ---------- customers: 客户中心 (guide 2.8 管理客户信息) ---------- */

const isoDate = z.iso.datetime({ offset: true });
/** ids are generated (`cus_01…`): anything else, a NUL above all, is refused before it reaches the database */
const entityId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id');
/** no control characters (NUL first of all) in free text; line breaks only where a field allows them */
const noControl = (s: string) =>
  [...s].every((c) => {
    const n = c.charCodeAt(0);
    return n === 9 || n === 10 || n === 13 || (n > 31 && n !== 127);
  });
const singleLine = (s: string) => noControl(s) && !/[\r\n\t]/.test(s);
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** 平台客户 / 私有客户 */
export const customerKinds = ['platform', 'private'] as const;
export type CustomerKind = (typeof customerKinds)[number];
export const customerSources = ['order', 'demand', 'manual'] as const;
export type CustomerSource = (typeof customerSources)[number];

export const customerListQuery = z.object({
  ...page,
  kind: z.enum(customerKinds).default('platform'),
  /** account, name or company */
  q: z.string().trim().max(60).refine(singleLine, 'control characters are not allowed').optional(),
  tagId: entityId.optional(),
  /** 最近下单时间 within [lastOrderFrom, lastOrderTo) */
  lastOrderFrom: isoDate.optional(),
  lastOrderTo: isoDate.optional(),
});
export type CustomerListQuery = z.infer<typeof customerListQuery>;

export const customerTagSchema = z.object({ id: z.string(), name: z.string() });
export type CustomerTag = z.infer<typeof customerTagSchema>;

export const customerRowSchema = z.object({
  id: z.string(),
  kind: z.enum(customerKinds),
  source: z.enum(customerSources),
  /** 客户账号 (login name) and UID of a platform customer; null for an unlinked private one */
  buyerAccount: z.string().nullable(),
  buyerUid: z.number().int().nullable(),
  /** 联系人: the name the buyer keeps on the account ("可能为空"), or the seller's record of a private customer */
  contactName: z.string().nullable(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  lastOrderAt: isoDate.nullable(),
  /** paid orders minus refunds with this seller */
  spendFen: z.number().int(),
  /**
   * The buyer's phone and e-mail, only when the buyer consented on an order ("如果客户同意将联系方式展示给服务商，
   * 则会显示客户的电话和邮箱"); for a private customer, the seller's own record. Otherwise null: call by 双呼.
   */
  contact: z.object({ phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
  tags: z.array(customerTagSchema),
  createdAt: isoDate,
});
export type CustomerRow = z.infer<typeof customerRowSchema>;

export const customerDetailSchema = customerRowSchema.extend({
  remark: z.string().nullable(),
  /** 交易信息 */
  trade: z.object({
    orderCount: z.number().int(),
    paidFen: z.number().int(),
    refundedFen: z.number().int(),
    firstOrderAt: isoDate.nullable(),
    lastOrderAt: isoDate.nullable(),
  }),
  /** 订单信息: the latest orders with this seller */
  orders: z.array(
    z.object({
      id: z.string(),
      orderNo: z.string(),
      productName: z.string(),
      type: z.string(),
      status: z.string(),
      paidFen: z.number().int(),
      createdAt: isoDate,
    }),
  ),
  /** 业务信息: instances */
  instances: z.array(z.object({ id: z.string(), productName: z.string(), specName: z.string(), status: z.string(), expiresAt: isoDate.nullable() })),
  /** 需求信息 */
  demands: z.array(z.object({ id: z.string(), demandNo: z.string(), name: z.string(), status: z.string(), createdAt: isoDate })),
  /** 持有的优惠券 (this seller's) */
  coupons: z.array(z.object({ holdingId: z.string(), couponId: z.string(), name: z.string(), status: z.string(), validTo: isoDate })),
  calls: z.array(callSchema),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

const optText = (max: number) => z.string().trim().max(max).refine(singleLine, 'control characters are not allowed').optional();
/** 备注 may span lines */
const optNote = (max: number) => z.string().trim().max(max).refine(noControl, 'control characters are not allowed').optional();

/** 添加用户 (私有客户) */
export const privateCustomerBody = z.object({
  name: z.string().trim().min(1).max(40).refine(singleLine, 'control characters are not allowed'),
  company: optText(60),
  phone: mobilePhone.optional(),
  email: z.email().max(120).optional(),
  remark: optNote(200),
});
export type PrivateCustomerBody = z.infer<typeof privateCustomerBody>;

/** 编辑信息: the seller's own record */
export const editCustomerBody = z.object({
  name: optText(40),
  company: optText(60),
  /** null clears the seller's record */
  phone: mobilePhone.nullable().optional(),
  email: z.email().max(120).nullable().optional(),
  remark: optNote(200),
});
export type EditCustomerBody = z.infer<typeof editCustomerBody>;

/** 关联账号: the customer's marketplace account (login name) */
export const linkCustomerBody = z.object({ buyerLoginName: z.string().trim().min(1).max(64).refine(singleLine, 'control characters are not allowed') });

export const createTagBody = z.object({ name: z.string().trim().min(1).max(20).refine(singleLine, 'control characters are not allowed') });
/** 设置标签 for one customer: replaces its tags */
export const setCustomerTagsBody = z.object({ tagIds: z.array(entityId).max(20) });
/** 批量添加标签 */
export const batchTagBody = z.object({ customerIds: z.array(entityId).min(1).max(200), tagIds: z.array(entityId).min(1).max(20) });
/** 发放优惠券 / 批量发送优惠券 */
export const sendCustomerCouponBody = z.object({ customerIds: z.array(entityId).min(1).max(200), couponId: entityId });
export const sendCustomerCouponReply = z.object({
  sent: z.array(z.string()),
  refused: z.array(z.object({ customerId: z.string(), code: z.string() })),
});
export type SendCustomerCouponReply = z.infer<typeof sendCustomerCouponReply>;
