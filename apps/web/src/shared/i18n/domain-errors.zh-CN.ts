/**
 * Messages of the specific error codes that replaced the generic `invalid_state` in orders,
 * billing, after-sales, ledger and provisioning (issue 11 item 6). errorMessage() looks a code
 * up here before the app-wide `errors` catalogue; en-US is typed against zh-CN.
 */
export const domainErrorsZhCN = {
  // orders and payments
  order_not_payable: '该订单已支付、已作废或已退款，不能再支付',
  instance_action_unavailable: '该实例当前的状态不允许此操作（开通中、已关闭的实例不能续费、升级或转正）',
  trial_not_offered: '该规格不提供试用',
  spec_not_prepaid: '该规格没有包年包月价格，不能按时长购买',
  trial_must_convert: '试用实例请先转正为付费规格',
  instance_without_term: '该实例没有到期时间，无法按剩余时长计算升级费用',
  instance_not_trial: '只有试用实例可以转正',
  // billing
  bill_already_paid: '该账单已支付，无需重复支付',
  product_not_postpaid: '只有按量付费（后付费）商品才能生成计量密钥',
  // ledger
  order_already_settled: '该订单已结算，退款需从已结算资金追回',
  order_not_settled: '该订单尚未结算，退款应从冻结资金退回',
  not_a_refund_order: '这不是一笔退款订单',
  // after-sales
  refund_already_decided: '该退款已处理（已退款或已驳回），不能再次处理',
  refund_wrong_decider: '该退款不由您审核：买家申请由服务商审核，服务商发起的退款由云市场运营审核',
  invoice_already_decided: '该发票申请已处理（已开票或已驳回）',
  order_not_repriceable: '只能修改未支付订单的价格，该订单已支付、已作废或已退款',
  price_flag_already_handled: '该改价记录已处理或无需复核',
  // provisioning
  spi_not_configured: '请先设置商品的 SPI 地址和密钥',
  spi_call_already_succeeded: '该 SPI 调用已成功，无需重试',
  instance_not_open: '实例尚未开通或已关闭，暂不能登录',
  sso_unavailable: '服务商尚未提供该实例的登录地址',
  invalid_signature: '签名校验失败，请检查密钥与签名方式',
  product_already_listed: '商品已通过上架审核并在售，无需再次提交',
  review_pending: '商品已在等待审核，请勿重复提交',
  review_not_pending: '商品当前没有待处理的审核',
  review_decided: '该审核已处理，请刷新后查看结果',
  // promotions (discounts, coupons, real-name check)
  discount_exceeds_price: '直减金额不可大于商品原价（所选版本的最低价格）',
  discount_product_postpaid: '目前仅支持预付费商品设置优惠，后付费商品不支持',
  discount_spec_unknown: '所选版本不属于该商品，请重新选择',
  discount_not_prepublished: '只有预发布状态的优惠可以发布，该优惠已发布',
  coupon_sold_out: '优惠券已被领完',
  coupon_claim_limit: '您已达到该优惠券的领取上限',
  coupon_not_issuing: '优惠券不在发放时间内',
  coupon_grant_only: '该优惠券仅发放给购买过指定商品的用户，不能手动领取',
  coupon_voided: '优惠券已作废',
  coupon_not_applicable: '该优惠券不适用于此订单（商品、业务类型或金额条件不满足）',
  coupon_unavailable: '该优惠券已使用、已过期或不属于您',
  coupon_already_voided: '该优惠券已作废，无需重复操作',
  real_name_invalid: '实名信息不正确，请核对姓名和身份证号',
};
