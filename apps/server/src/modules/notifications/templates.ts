import type { Locale } from '@cloudmart/contracts';

/**
 * The catalogue of notification texts. Each template lists the params it needs; the
 * texts use `{param}` placeholders. Keys are stable (they are stored with each inbox
 * row and travel in outbox events), so rename only with a migration of old rows.
 */
interface TemplateText {
  title: string;
  body: string;
}

interface TemplateDef {
  params: readonly string[];
  'zh-CN': TemplateText;
  'en-US': TemplateText;
}

export const templates = {
  'orders.payment_returned': {
    params: ['orderNo', 'productName', 'amount'],
    'zh-CN': { title: '付款已退回', body: '订单 {orderNo}（{productName}）在付款到账前已关闭，您支付的 ¥{amount} 已原路退回。' },
    'en-US': {
      title: 'Payment returned',
      body: 'Order {orderNo} ({productName}) was closed before your payment arrived; the ¥{amount} you paid has been returned.',
    },
  },
  'account.welcome': {
    params: ['displayName'],
    'zh-CN': { title: '欢迎加入 Cloudmart', body: '{displayName}，您好！您的账号已创建，现在可以登录使用了。' },
    'en-US': { title: 'Welcome to Cloudmart', body: 'Hello {displayName}, your account is ready. You can sign in now.' },
  },
  'account.password_changed': {
    params: ['at'],
    'zh-CN': { title: '密码已修改', body: '您的登录密码已于 {at} 修改。如非本人操作，请立即联系平台客服。' },
    'en-US': { title: 'Your password was changed', body: 'Your password was changed at {at}. If this was not you, contact support at once.' },
  },
  'account.subaccount_created': {
    params: ['loginName', 'by'],
    'zh-CN': { title: '已创建子账号', body: '{by} 创建了子账号 {loginName}。' },
    'en-US': { title: 'Sub-account created', body: '{by} created the sub-account {loginName}.' },
  },
  'account.subaccount_disabled': {
    params: ['loginName'],
    'zh-CN': { title: '子账号已停用', body: '子账号 {loginName} 已被停用，其登录会话已全部失效。' },
    'en-US': { title: 'Sub-account disabled', body: 'The sub-account {loginName} was disabled and signed out everywhere.' },
  },
  'account.password_reset': {
    params: ['loginName'],
    'zh-CN': { title: '密码已重置', body: '账号 {loginName} 的密码已被重置，下次登录时需要设置新密码。' },
    'en-US': { title: 'Password reset', body: 'The password of {loginName} was reset; a new one must be set at the next sign-in.' },
  },
  'live.permission_approved': {
    params: [],
    'zh-CN': { title: '直播权限已开通', body: '您的直播权限申请已通过审核，现在可以在 营销 > 直播列表 创建直播了。' },
    'en-US': { title: 'Live permission granted', body: 'Your live permission was approved; you can now create lives under Marketing > Lives.' },
  },
  'live.permission_rejected': {
    params: ['reason'],
    'zh-CN': { title: '直播权限审核未通过', body: '您的直播权限申请未通过审核，原因：{reason}。您可以重新申请权限。' },
    'en-US': { title: 'Live permission refused', body: 'Your live permission application was refused: {reason}. You may apply again.' },
  },
  'live.approved': {
    params: ['liveName'],
    'zh-CN': { title: '直播审核通过', body: '您的直播“{liveName}”已通过审核，可将直播链接发送给您的用户。' },
    'en-US': { title: 'Live approved', body: 'Your live "{liveName}" was approved; share its link with your users.' },
  },
  'live.rejected': {
    params: ['liveName', 'reason'],
    'zh-CN': { title: '直播审核未通过', body: '您的直播“{liveName}”未通过审核，原因：{reason}。修改后保存即可重新提交审核。' },
    'en-US': { title: 'Live rejected', body: 'Your live "{liveName}" was rejected: {reason}. Edit and save it to submit it again.' },
  },
  'catalog.listing_approved': {
    params: ['productName'],
    'zh-CN': { title: '商品已上架', body: '您的商品“{productName}”已通过审核并上架。' },
    'en-US': { title: 'Product listed', body: 'Your product "{productName}" passed review and is now listed.' },
  },
  'catalog.listing_rejected': {
    params: ['productName', 'reason'],
    'zh-CN': { title: '商品上架审核未通过', body: '您的商品“{productName}”未通过上架审核，原因：{reason}。修改后可重新提交。' },
    'en-US': { title: 'Listing rejected', body: 'Your product "{productName}" was not approved for listing: {reason}. Fix it and submit again.' },
  },
  'catalog.delisting_approved': {
    params: ['productName'],
    'zh-CN': { title: '商品已下架', body: '您的商品“{productName}”的下架申请已通过，商品已下架且不能再次上架。' },
    'en-US': { title: 'Product delisted', body: 'The delisting request for "{productName}" was approved; the product is delisted and cannot be listed again.' },
  },
  'catalog.delisting_rejected': {
    params: ['productName', 'reason'],
    'zh-CN': { title: '商品下架申请未通过', body: '您的商品“{productName}”的下架申请未通过，原因：{reason}。' },
    'en-US': { title: 'Delisting request rejected', body: 'The delisting request for "{productName}" was rejected: {reason}.' },
  },
  'aftersales.price_changed': {
    params: ['orderNo', 'oldAmount', 'newAmount'],
    'zh-CN': { title: '订单已改价', body: '卖家已将订单 {orderNo} 的价格由 ¥{oldAmount} 改为 ¥{newAmount}，请按新价格支付。' },
    'en-US': {
      title: 'Order price changed',
      body: 'The seller changed the price of order {orderNo} from ¥{oldAmount} to ¥{newAmount}; please pay the new amount.',
    },
  },
  'aftersales.invoice_applied': {
    params: ['invoiceId', 'amount'],
    'zh-CN': { title: '新的发票申请', body: '买家提交了发票申请 {invoiceId}，金额 ¥{amount}，请及时处理。' },
    'en-US': { title: 'New invoice application', body: 'A buyer applied for invoice {invoiceId} of ¥{amount}; please handle it.' },
  },
  'aftersales.invoice_issued': {
    params: ['invoiceId', 'carrier', 'trackingNo'],
    'zh-CN': { title: '发票已开具', body: '您的发票申请 {invoiceId} 已开具并寄出，快递公司：{carrier}，运单号：{trackingNo}。' },
    'en-US': { title: 'Invoice issued', body: 'Your invoice {invoiceId} was issued and mailed by {carrier}, tracking number {trackingNo}.' },
  },
  'aftersales.refund_requested': {
    params: ['productName', 'amount'],
    'zh-CN': { title: '新的退款申请', body: '买家申请退款：商品“{productName}”，金额 ¥{amount}，请及时处理；逾期未处理将自动同意。' },
    'en-US': {
      title: 'New refund request',
      body: 'A buyer asked for a refund of ¥{amount} for "{productName}"; please decide, or it is approved automatically.',
    },
  },
  'aftersales.refund_approved': {
    params: ['productName', 'amount'],
    'zh-CN': { title: '退款成功', body: '您的商品“{productName}”的退款 ¥{amount} 已通过，款项将原路退回。' },
    'en-US': { title: 'Refund approved', body: 'Your refund of ¥{amount} for "{productName}" was approved; the money returns the way you paid.' },
  },
  'aftersales.refund_rejected': {
    params: ['productName', 'reason'],
    'zh-CN': { title: '退款申请未通过', body: '您的商品“{productName}”的退款申请未通过，原因：{reason}。' },
    'en-US': { title: 'Refund rejected', body: 'Your refund request for "{productName}" was rejected: {reason}.' },
  },
  'reviews.replied': {
    params: ['productName'],
    'zh-CN': { title: '商家回复了您的评价', body: '商家已回复您对“{productName}”的评价，快去看看吧。' },
    'en-US': { title: 'The seller replied to your review', body: 'The seller replied to your review of "{productName}".' },
  },
  // delivery center: the preset message templates of flow nodes (contracts messageTemplateKeys)
  'delivery.demand_submit_customer': {
    params: ['orderNo', 'productName', 'nodeName'],
    'zh-CN': { title: '请提交服务需求', body: '您购买的“{productName}”（订单号 {orderNo}）已进入“{nodeName}”环节，请尽快提交需求。' },
    'en-US': { title: 'Please submit your requirements', body: 'Your order {orderNo} of "{productName}" is at "{nodeName}". Please submit your requirements.' },
  },
  'delivery.assigned_employee': {
    params: ['orderNo', 'productName', 'nodeName'],
    'zh-CN': { title: '您有新的交付项目', body: '订单 {orderNo}（{productName}）已分配给您，当前环节：“{nodeName}”。' },
    'en-US': { title: 'A delivery project was assigned to you', body: 'Order {orderNo} ("{productName}") was assigned to you; current step: "{nodeName}".' },
  },
  'delivery.node_enter_employee': {
    params: ['orderNo', 'productName', 'nodeName'],
    'zh-CN': { title: '交付项目待处理', body: '订单 {orderNo}（{productName}）已进入“{nodeName}”环节，请及时处理。' },
    'en-US': { title: 'A delivery step needs you', body: 'Order {orderNo} ("{productName}") entered "{nodeName}". Please act on it.' },
  },
  'delivery.node_timeout_employee': {
    params: ['orderNo', 'productName', 'nodeName'],
    'zh-CN': { title: '交付环节已超时', body: '订单 {orderNo}（{productName}）的“{nodeName}”环节已超时，请尽快处理。' },
    'en-US': { title: 'A delivery step is overdue', body: 'The step "{nodeName}" of order {orderNo} ("{productName}") is overdue. Please act on it now.' },
  },
  'delivery.node_timeout_customer': {
    params: ['orderNo', 'productName', 'nodeName'],
    'zh-CN': { title: '服务环节已超时', body: '您购买的“{productName}”（订单号 {orderNo}）的“{nodeName}”环节已超时。' },
    'en-US': { title: 'A service step is overdue', body: 'The step "{nodeName}" of your order {orderNo} ("{productName}") is overdue.' },
  },
  'delivery.confirm_customer': {
    params: ['orderNo', 'productName', 'nodeName'],
    'zh-CN': { title: '请确认服务进展', body: '您购买的“{productName}”（订单号 {orderNo}）已进入“{nodeName}”环节，请查看并确认。' },
    'en-US': { title: 'Please confirm the delivery', body: 'Your order {orderNo} of "{productName}" is at "{nodeName}". Please review and confirm.' },
  },
  'delivery.rejected_employee': {
    params: ['orderNo', 'productName', 'nodeName'],
    'zh-CN': { title: '交付环节被驳回', body: '订单 {orderNo}（{productName}）的“{nodeName}”环节被驳回，流程已退回上一步，请重新处理。' },
    'en-US': {
      title: 'A delivery step was rejected',
      body: 'The step "{nodeName}" of order {orderNo} ("{productName}") was rejected; the flow went back one step.',
    },
  },
  'delivery.project_completed_customer': {
    params: ['orderNo', 'productName', 'nodeName'],
    'zh-CN': { title: '服务项目已完成', body: '您购买的“{productName}”（订单号 {orderNo}）已在“{nodeName}”环节完成交付。' },
    'en-US': { title: 'Your service project is complete', body: 'Your order {orderNo} of "{productName}" was completed at "{nodeName}".' },
  },
  // delivery center: a flow ended early (the operator closed it, or a refund released the instance)
  'delivery.flow_closed_customer': {
    params: ['orderNo', 'productName', 'reason'],
    'zh-CN': { title: '交付流程已由平台关闭', body: '您购买的“{productName}”（订单号 {orderNo}）的交付流程已由平台关闭。原因：{reason}' },
    'en-US': {
      title: 'The platform closed your delivery',
      body: 'The delivery of your order {orderNo} ("{productName}") was closed by the platform. Reason: {reason}',
    },
  },
  'delivery.flow_closed_provider': {
    params: ['orderNo', 'productName', 'reason'],
    'zh-CN': { title: '交付项目已被平台关闭', body: '订单 {orderNo}（{productName}）的交付项目已由平台关闭，无需继续处理。原因：{reason}' },
    'en-US': {
      title: 'The platform closed a delivery project',
      body: 'The delivery project of order {orderNo} ("{productName}") was closed by the platform; no further work is needed. Reason: {reason}',
    },
  },
  'delivery.refunded_provider': {
    params: ['orderNo', 'productName'],
    'zh-CN': { title: '交付项目已因退款取消', body: '订单 {orderNo}（{productName}）已退款，实例已释放，交付项目已自动取消，无需继续处理。' },
    'en-US': {
      title: 'A delivery project was cancelled by a refund',
      body: 'Order {orderNo} ("{productName}") was refunded and its instance released; the delivery project was cancelled, no further work is needed.',
    },
  },
  // delivery center: a project message (留言) for the other side
  'delivery.message_to_customer': {
    params: ['orderNo', 'productName', 'author'],
    'zh-CN': { title: '服务商给您留言', body: '{author} 在“{productName}”（订单号 {orderNo}）的交付项目中给您留言，请查看。' },
    'en-US': { title: 'A message from your provider', body: '{author} left a message on the delivery project of order {orderNo} ("{productName}").' },
  },
  'delivery.message_to_provider': {
    params: ['orderNo', 'productName', 'author'],
    'zh-CN': { title: '客户留言', body: '客户 {author} 在订单 {orderNo}（{productName}）的交付项目中留言，请及时回复。' },
    'en-US': {
      title: 'A message from the customer',
      body: 'The customer {author} left a message on the delivery project of order {orderNo} ("{productName}"). Please reply.',
    },
  },
  // promotions (guide 2.10): a coupon claimed, granted by the purchased-products rule, or sent by the seller
  'promotions.coupon_received': {
    params: ['couponName', 'productNames', 'validTo'],
    'zh-CN': { title: '优惠券已到账', body: '您已领取优惠券「{couponName}」，适用商品：{productNames}，有效期至 {validTo}。' },
    'en-US': { title: 'You have a coupon', body: 'You received the coupon "{couponName}" for {productNames}, valid until {validTo}.' },
  },
  'promotions.coupon_received_shop': {
    params: ['couponName', 'shopName', 'validTo'],
    'zh-CN': { title: '优惠券已到账', body: '您已领取优惠券「{couponName}」，适用商品：{shopName} 店铺全部商品，有效期至 {validTo}。' },
    'en-US': { title: 'You have a coupon', body: 'You received the coupon "{couponName}" for every product of {shopName}, valid until {validTo}.' },
  },
  // leads (guide 4): an assigned or directed lead waits for the seller's answer; the 联系小二 thread
  'leads.assigned': {
    params: ['demandName', 'demandNo', 'dueAt'],
    'zh-CN': {
      title: '您有新的需求待响应',
      body: '云市场向您分派了需求“{demandName}”（需求编号 {demandNo}），请在 {dueAt} 前接受或拒绝，超时未响应将转派给其他服务商。',
    },
    'en-US': {
      title: 'A demand waits for your answer',
      body: 'The marketplace assigned the demand "{demandName}" (no. {demandNo}) to you. Accept or reject it before {dueAt}; unanswered, it goes to another seller.',
    },
  },
  'leads.seller_message': {
    params: ['sellerName', 'demandName', 'demandNo'],
    'zh-CN': { title: '服务商给您留言', body: '{sellerName} 在需求“{demandName}”（需求编号 {demandNo}）的联系小二中给您留言，请在工作台查看并回复。' },
    'en-US': {
      title: 'A seller left you a message',
      body: '{sellerName} left a message on the demand "{demandName}" (no. {demandNo}). Read and reply in the console.',
    },
  },
  'leads.operator_reply': {
    params: ['demandName', 'demandNo'],
    'zh-CN': { title: '小二回复了您的留言', body: '云市场小二回复了需求“{demandName}”（需求编号 {demandNo}）中的留言，请在需求详情的联系小二页签查看。' },
    'en-US': {
      title: 'The operator replied',
      body: 'The marketplace operator replied on the demand "{demandName}" (no. {demandNo}). See the contact-operator tab of the demand.',
    },
  },
  // 商机 (guide 4 提交方案): "方案配置后，会直接发送给用户，用户会收到短信提醒"
  'leads.proposal_sent': {
    params: ['sellerName', 'proposalName', 'demandName', 'amount'],
    'zh-CN': {
      title: '您收到一个新方案',
      body: '{sellerName} 针对您的需求「{demandName}」发送了方案「{proposalName}」，合计 ¥{amount}。请登录客户控制台查看方案并一键支付。',
    },
    'en-US': {
      title: 'You have a new proposal',
      body: '{sellerName} sent the proposal "{proposalName}" (¥{amount} in total) for your demand "{demandName}". Sign in to review it and pay in one click.',
    },
  },
  // 托管平台 (guide 1.2): the operator's decision on 架构审核 / 托管审核
  'hosting.architecture_approved': {
    params: ['productName', 'productCode'],
    'zh-CN': { title: '架构审核已通过', body: '托管产品「{productName}」（产品 Code {productCode}）的架构审核已通过，请在产品列表中继续提交产品托管。' },
    'en-US': {
      title: 'Architecture review passed',
      body: 'The architecture review of the hosted product "{productName}" (code {productCode}) passed. Continue with hosting from the product list.',
    },
  },
  'hosting.architecture_rejected': {
    params: ['productName', 'productCode', 'reason'],
    'zh-CN': { title: '架构审核未通过', body: '托管产品「{productName}」（产品 Code {productCode}）的架构审核未通过：{reason}。修改后可重新提交。' },
    'en-US': {
      title: 'Architecture review rejected',
      body: 'The architecture review of the hosted product "{productName}" (code {productCode}) was rejected: {reason}. Edit and submit again.',
    },
  },
  'hosting.hosting_approved': {
    params: ['productName', 'productCode'],
    'zh-CN': {
      title: '托管审核已通过',
      body: '托管产品「{productName}」（产品 Code {productCode}）的托管审核已通过，现在可以关联已上架的商品，获得云原生产品徽章。',
    },
    'en-US': {
      title: 'Hosting review passed',
      body: 'The hosting review of "{productName}" (code {productCode}) passed. Link it to a listed product to get the cloud-native badge.',
    },
  },
  'hosting.hosting_rejected': {
    params: ['productName', 'productCode', 'reason'],
    'zh-CN': { title: '托管审核未通过', body: '托管产品「{productName}」（产品 Code {productCode}）的托管审核未通过：{reason}。修改后可重新提交。' },
    'en-US': {
      title: 'Hosting review rejected',
      body: 'The hosting review of "{productName}" (code {productCode}) was rejected: {reason}. Edit and submit again.',
    },
  },
  'system.test': {
    params: ['text'],
    'zh-CN': { title: '测试通知', body: '{text}' },
    'en-US': { title: 'Test notification', body: '{text}' },
  },
} as const satisfies Record<string, TemplateDef>;

export type TemplateKey = keyof typeof templates;
export type TemplateParams<K extends TemplateKey> = Record<(typeof templates)[K]['params'][number], string | number>;

export const templateKeys = Object.keys(templates) as TemplateKey[];

export function isTemplateKey(key: string): key is TemplateKey {
  return Object.hasOwn(templates, key);
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Timestamps travel as ISO strings in events; people read them in their own terms.
 * The marketplace's users are in China, so zh-CN shows Beijing time; en-US readers are
 * anywhere, so they get UTC, labelled.
 */
function formatValue(value: string | number, locale: Locale): string {
  if (typeof value === 'number') return value.toLocaleString(locale);
  if (!ISO_DATETIME.test(value)) return value;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const timeZone = locale === 'zh-CN' ? 'Asia/Shanghai' : 'UTC';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const text = `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  return locale === 'zh-CN' ? `${text}（北京时间）` : `${text} UTC`;
}

function fill(text: string, params: Readonly<Record<string, string | number>>, locale: Locale, key: string): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    // a caller that forgets a param is a bug; sending "{loginName}" to a user is worse than failing
    if (value === undefined) throw new Error(`notification template ${key} needs param "${name}"`);
    return formatValue(value, locale);
  });
}

/**
 * Render a template for one reader. An unknown key or a missing param is a programming
 * error and throws; the outbox then retries and finally dead-letters the event, where
 * an operator sees it.
 */
export function render(key: string, locale: Locale, params: Readonly<Record<string, string | number>>): TemplateText {
  if (!isTemplateKey(key)) throw new Error(`unknown notification template ${key}`);
  const text = templates[key][locale];
  return { title: fill(text.title, params, locale, key), body: fill(text.body, params, locale, key) };
}

/** Every placeholder name a text uses, for the catalogue's own consistency test. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
