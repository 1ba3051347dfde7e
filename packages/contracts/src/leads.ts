import { z } from 'zod';
import { purchaseUnits } from './orders.js';

/* ---------- leads: 商机系统 (guide 4 商机系统使用手册) ---------- */

const isoDate = z.iso.datetime({ offset: true });
const entityId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id');
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
/** Mainland mobile number, as the guide's forms take it */
export const mobilePhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/);
/** free text reaches PostgreSQL, which refuses NUL: no control characters but line breaks (400 at the edge) */
const noControl = (s: string) =>
  [...s].every((c) => {
    const n = c.charCodeAt(0);
    return n === 9 || n === 10 || n === 13 || (n > 31 && n !== 127);
  });
const text = (max: number) => z.string().trim().min(1).max(max).refine(noControl, 'control characters are not allowed');
const optionalText = (max: number) => z.string().trim().max(max).refine(noControl, 'control characters are not allowed').optional();

/** 需求来源: 云市场 (the buyer posted it) / 小二代提 / 服务商代提 */
export const demandSources = ['marketplace', 'operator', 'seller'] as const;
export type DemandSource = (typeof demandSources)[number];
/** 需求类别: 普通需求 / 定向需求 */
export const demandCategories = ['ordinary', 'directed'] as const;
export type DemandCategory = (typeof demandCategories)[number];
/**
 * 需求类型. The guide names 工具软件开发 and 定点推广 in its screens; the rest are the kinds of
 * service the marketplace's service products cover.
 */
export const demandTypes = ['website', 'software_dev', 'mini_program', 'promotion', 'migration', 'ops', 'security', 'data', 'consulting', 'other'] as const;
export type DemandType = (typeof demandTypes)[number];
/** 预期价格 bands (the guide shows 2000以下 and 5000-10000) */
export const demandBudgets = ['under_2000', '2000_5000', '5000_10000', '10000_50000', 'over_50000', 'undecided'] as const;
export type DemandBudget = (typeof demandBudgets)[number];
/** open: in the pool or waiting for routing; taken: a seller works it; won: a proposal paid; closed: cancelled or closed */
export const demandStatuses = ['open', 'taken', 'won', 'closed'] as const;
export type DemandStatus = (typeof demandStatuses)[number];

/** 需求状态 of a seller's lead: 待响应 / 跟进中 / 已成交 / 已拒绝 / 超时未响应 / 已终止 */
export const leadStatuses = ['pending', 'following', 'won', 'rejected', 'expired', 'terminated'] as const;
export type LeadStatus = (typeof leadStatuses)[number];
/** how the lead reached the seller: 抢单 / 小二指派 / 系统匹配 / 定向需求 */
export const leadVias = ['grab', 'assign', 'match', 'directed'] as const;
export type LeadVia = (typeof leadVias)[number];
/** 拒绝类型 (拒绝需求 and 终止服务 dialogs); other needs a written reason */
export const leadRejectReasons = ['not_matching', 'no_capacity', 'budget_too_low', 'contact_unreachable', 'customer_no_need', 'other'] as const;
export type LeadRejectReason = (typeof leadRejectReasons)[number];
/** 项目进度: 了解需求 → 明确需求 → 讨论价格 → 讨论合同 → 准备下单 */
export const leadStages = ['understand', 'clarify', 'price', 'contract', 'ready'] as const;
export type LeadStage = (typeof leadStages)[number];
/** a day's grabs from 商机广场 ("每天可抢5个需求") */
export const DAILY_GRAB_LIMIT = 5;
/** an assigned or directed lead is answered within this many hours ("24小时内…确认是否接受") */
export const ANSWER_HOURS = 24;

/* ---------- demands: posted by buyers, raised on a buyer's behalf ---------- */

const demandFields = {
  name: text(60),
  type: z.enum(demandTypes),
  summary: text(200),
  content: optionalText(2000),
  region: text(60),
  budget: z.enum(demandBudgets),
  contactName: text(30),
  contactPhone: mobilePhone,
};

/** A buyer posts a demand; with sellerCode it is a 定向需求 to that shop. */
export const postDemandBody = z.object({ ...demandFields, sellerCode: text(64).optional() });
export type PostDemandBody = z.infer<typeof postDemandBody>;

/** 代客户提需求: to the seller itself (a directed lead) or to the marketplace (the operator routes it). */
export const sellerRaiseDemandBody = z.object({ ...demandFields, buyerLoginName: text(64), target: z.enum(['self', 'marketplace']) });
export type SellerRaiseDemandBody = z.infer<typeof sellerRaiseDemandBody>;

/** 小二代提: to routing, or assigned straight to a seller (then pending 24 h). */
export const operatorRaiseDemandBody = z.object({ ...demandFields, buyerLoginName: text(64), sellerId: entityId.optional() });
export type OperatorRaiseDemandBody = z.infer<typeof operatorRaiseDemandBody>;

export const demandListQuery = z.object({ ...page, status: z.enum(demandStatuses).optional() });
export type DemandListQuery = z.infer<typeof demandListQuery>;

export const demandSchema = z.object({
  id: z.string(),
  demandNo: z.string(),
  source: z.enum(demandSources),
  category: z.enum(demandCategories),
  type: z.enum(demandTypes),
  name: z.string(),
  summary: z.string(),
  content: z.string().nullable(),
  region: z.string(),
  budget: z.enum(demandBudgets),
  status: z.enum(demandStatuses),
  createdAt: isoDate,
  /** when it enters (entered) 商机广场; null for demands that are not pooled */
  poolAt: isoDate.nullable(),
});
export type Demand = z.infer<typeof demandSchema>;

/* ---------- proposals (方案) and quotes (报价单) ---------- */

export const quoteBody = z.object({
  productId: entityId,
  specId: entityId,
  unit: z.enum(purchaseUnits),
  duration: z.number().int().min(1).max(120),
  quantity: z.number().int().min(1).max(1000).default(1),
  /** the adjusted price of the whole quote (改价), fen */
  priceFen: z.number().int().min(1).max(100_000_000_00),
});
export type QuoteBody = z.infer<typeof quoteBody>;

export const proposalBody = z.object({
  name: text(60),
  quotes: z.array(quoteBody).min(1).max(20),
  contractFileId: entityId.optional(),
  remark: optionalText(500),
});
export type ProposalBody = z.infer<typeof proposalBody>;

export const proposalStatuses = ['sent', 'paying', 'paid'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];
export const quoteStatuses = ['active', 'revoked'] as const;

export const quoteSchema = z.object({
  id: z.string(),
  productId: z.string(),
  specId: z.string(),
  productName: z.string(),
  productType: z.string(),
  specName: z.string(),
  unit: z.enum(purchaseUnits),
  duration: z.number().int(),
  quantity: z.number().int(),
  listPriceFen: z.number().int(),
  priceFen: z.number().int(),
  status: z.enum(quoteStatuses),
  orderId: z.string().nullable(),
  createdAt: isoDate,
  revokedAt: isoDate.nullable(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const proposalSchema = z.object({
  id: z.string(),
  leadId: z.string(),
  demandId: z.string(),
  name: z.string(),
  remark: z.string().nullable(),
  contract: z.object({ fileId: z.string(), name: z.string() }).nullable(),
  status: z.enum(proposalStatuses),
  /** the sum of the active quotes */
  totalFen: z.number().int(),
  quotes: z.array(quoteSchema),
  createdAt: isoDate,
  paidAt: isoDate.nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** The buyer's view of a proposal also names the seller. */
export const buyerProposalSchema = proposalSchema.extend({ sellerName: z.string(), demandName: z.string(), demandNo: z.string() });
export type BuyerProposal = z.infer<typeof buyerProposalSchema>;

export const buyerDemandDetailSchema = demandSchema.extend({
  contactName: z.string(),
  contactPhone: z.string(),
  /** the shop working it, once one has accepted or grabbed it */
  sellerName: z.string().nullable(),
  proposals: z.array(buyerProposalSchema),
});
export type BuyerDemandDetail = z.infer<typeof buyerDemandDetailSchema>;

/** 一键支付: every active quote becomes an order (carrying the lead and proposal ids), paid together. */
export const payProposalReply = z.object({ orderIds: z.array(z.string()), amountFen: z.number().int(), payUrl: z.string() });
export type PayProposalReply = z.infer<typeof payProposalReply>;

/* ---------- the seller's side: 商机广场, 商机管理, 需求详情 ---------- */

export const poolQuery = z.object({
  ...page,
  type: z.enum(demandTypes).optional(),
  q: optionalText(60),
});
export type PoolQuery = z.infer<typeof poolQuery>;

export const poolItemSchema = demandSchema.omit({ content: true }).extend({
  /** masked: 王** */
  contactName: z.string(),
});
export type PoolItem = z.infer<typeof poolItemSchema>;

export const poolPageSchema = z.object({
  items: z.array(poolItemSchema),
  total: z.number().int(),
  grabsToday: z.number().int(),
  grabLimit: z.number().int(),
  /** false until the seller lists a service product (the 前提条件) */
  eligible: z.boolean(),
});
export type PoolPage = z.infer<typeof poolPageSchema>;

export const leadListQuery = z.object({
  ...page,
  category: z.enum(demandCategories).optional(),
  status: z.enum(leadStatuses).optional(),
  /** 需求名称 or 需求ID */
  q: optionalText(60),
});
export type LeadListQuery = z.infer<typeof leadListQuery>;

export const leadRowSchema = z.object({
  id: z.string(),
  demandId: z.string(),
  demandNo: z.string(),
  source: z.enum(demandSources),
  name: z.string(),
  category: z.enum(demandCategories),
  type: z.enum(demandTypes),
  via: z.enum(leadVias),
  assignedAt: isoDate,
  status: z.enum(leadStatuses),
  /** pending: the instant the answer is due (剩余…小时…分 is computed by the page) */
  answerDueAt: isoDate.nullable(),
  latestNote: z.string().nullable(),
  /** 联系人, masked until the lead is accepted (m*****) */
  contactName: z.string(),
  remark: z.string().nullable(),
});
export type LeadRow = z.infer<typeof leadRowSchema>;

export const noteSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  connected: z.boolean(),
  stage: z.enum(leadStages),
  content: z.string(),
  callId: z.string().nullable(),
  createdAt: isoDate,
});
export type LeadNote = z.infer<typeof noteSchema>;

export const leadLogSchema = z.object({
  id: z.string(),
  actorRole: z.enum(['buyer', 'seller', 'operator', 'system']),
  actorName: z.string().nullable(),
  action: z.string(),
  detail: z.string().nullable(),
  createdAt: isoDate,
});
export type LeadLog = z.infer<typeof leadLogSchema>;

export const leadMessageSchema = z.object({
  id: z.string(),
  fromRole: z.enum(['seller', 'operator']),
  authorName: z.string(),
  body: z.string(),
  createdAt: isoDate,
});
export type LeadMessage = z.infer<typeof leadMessageSchema>;

export const callStatuses = ['dialing', 'ringing', 'answered', 'ended', 'failed'] as const;
export const callOutcomes = ['answered', 'no_answer', 'busy', 'failed'] as const;
export const callSchema = z.object({
  id: z.string(),
  callerName: z.string(),
  callerPhoneMasked: z.string(),
  /** the virtual number the caller's phone shows (fresh each call) */
  virtualNumber: z.string(),
  status: z.enum(callStatuses),
  outcome: z.enum(callOutcomes).nullable(),
  durationSec: z.number().int().nullable(),
  createdAt: isoDate,
  endedAt: isoDate.nullable(),
});
export type Call = z.infer<typeof callSchema>;

export const leadDetailSchema = leadRowSchema.extend({
  summary: z.string(),
  content: z.string().nullable(),
  region: z.string(),
  budget: z.enum(demandBudgets),
  /** 客户账号, masked until accepted */
  buyerAccount: z.string(),
  /** masked always: calls go through 双呼 */
  contactPhone: z.string(),
  contactPhoneOfSeller: z.string().nullable(),
  reasonType: z.enum(leadRejectReasons).nullable(),
  reason: z.string().nullable(),
  notes: z.array(noteSchema),
  logs: z.array(leadLogSchema),
  calls: z.array(callSchema),
  proposals: z.array(proposalSchema),
  /** 联系小二 thread; null unless the demand was raised by an operator */
  messages: z.array(leadMessageSchema).nullable(),
  /** what the viewer may do now */
  actions: z.array(z.enum(['accept', 'reject', 'call', 'note', 'propose', 'terminate', 'message', 'remark'])),
});
export type LeadDetail = z.infer<typeof leadDetailSchema>;

export const acceptLeadBody = z.object({ contactPhone: mobilePhone });
export const rejectLeadBody = z
  .object({ reasonType: z.enum(leadRejectReasons), reason: optionalText(200) })
  .refine((b) => b.reasonType !== 'other' || !!b.reason, { message: 'a reason is required for other', path: ['reason'] });
export type RejectLeadBody = z.infer<typeof rejectLeadBody>;
export const leadRemarkBody = z.object({ remark: z.string().trim().max(100).refine(noControl, 'control characters are not allowed') });
export const leadNoteBody = z.object({
  connected: z.boolean(),
  stage: z.enum(leadStages),
  content: text(1000),
  callId: entityId.optional(),
});
export type LeadNoteBody = z.infer<typeof leadNoteBody>;
export const leadMessageBody = z.object({ body: text(1000) });
/** 发起呼叫: the number the provider rings first ("每次双呼前都可以填写不同的电话号码") */
export const placeCallBody = z.object({ callerPhone: mobilePhone });

/** products a quote may name: the seller's listed service, SaaS and API products with prepaid specs */
export const quotableProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  specs: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      prices: z.array(z.object({ unit: z.enum(purchaseUnits), duration: z.number().int(), priceFen: z.number().int() })),
    }),
  ),
});
export type QuotableProduct = z.infer<typeof quotableProductSchema>;

/* ---------- the operator's routing console ---------- */

export const operatorDemandQuery = z.object({
  ...page,
  status: z.enum(demandStatuses).optional(),
  source: z.enum(demandSources).optional(),
  /** routing: open demands not in the pool, or returned by a seller */
  routing: z.coerce.boolean().optional(),
  q: optionalText(60),
});
export type OperatorDemandQuery = z.infer<typeof operatorDemandQuery>;

export const operatorDemandRowSchema = demandSchema.extend({
  buyerAccount: z.string(),
  pooled: z.boolean(),
  /** the live lead's seller and status */
  sellerName: z.string().nullable(),
  leadStatus: z.enum(leadStatuses).nullable(),
  /** how many sellers have let it go (rejected, expired, terminated) */
  returns: z.number().int(),
});
export type OperatorDemandRow = z.infer<typeof operatorDemandRowSchema>;

export const operatorDemandDetailSchema = operatorDemandRowSchema.extend({
  contactName: z.string(),
  contactPhone: z.string(),
  leads: z.array(
    z.object({
      id: z.string(),
      sellerId: z.string(),
      sellerName: z.string(),
      via: z.enum(leadVias),
      status: z.enum(leadStatuses),
      assignedAt: isoDate,
      answerDueAt: isoDate.nullable(),
      reasonType: z.enum(leadRejectReasons).nullable(),
      reason: z.string().nullable(),
      endedAt: isoDate.nullable(),
    }),
  ),
  logs: z.array(leadLogSchema),
  messages: z.array(leadMessageSchema),
  proposals: z.array(proposalSchema),
});
export type OperatorDemandDetail = z.infer<typeof operatorDemandDetailSchema>;

export const assignDemandBody = z.object({ sellerId: entityId });
export const closeDemandBody = z.object({ reason: text(200) });
/** candidate sellers for an assignment: those with a listed service product, with their record */
export const routingCandidateSchema = z.object({
  sellerId: z.string(),
  sellerName: z.string(),
  serviceProducts: z.number().int(),
  following: z.number().int(),
  misses: z.number().int(),
  /** already had this demand (rejected, expired or terminated it) */
  hadIt: z.boolean(),
});
export type RoutingCandidate = z.infer<typeof routingCandidateSchema>;
