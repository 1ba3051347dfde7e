import type { domainErrorsZhCN } from './domain-errors.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const domainErrorsEnUS: typeof domainErrorsZhCN = {
  order_not_payable: 'This order is already paid, voided or refunded and cannot be paid',
  instance_action_unavailable: 'The instance’s status does not allow this (an opening or closed instance cannot be renewed, upgraded or converted)',
  trial_not_offered: 'This spec offers no trial',
  spec_not_prepaid: 'This spec has no prepaid price and cannot be bought for a term',
  trial_must_convert: 'Convert the trial instance to a paid spec first',
  instance_without_term: 'The instance has no expiry, so an upgrade cannot be prorated',
  instance_not_trial: 'Only a trial instance can be converted',
  bill_already_paid: 'This bill is already paid',
  product_not_postpaid: 'Metering keys are for postpaid (pay-as-you-go) products only',
  order_already_settled: 'The order has settled; a refund is clawed back from settled funds',
  order_not_settled: 'The order has not settled; a refund comes from frozen funds',
  not_a_refund_order: 'This is not a refund order',
  refund_already_decided: 'This refund has already been decided (refunded or rejected)',
  refund_wrong_decider: 'You do not decide this refund: sellers decide buyer requests, marketplace operators decide seller refunds',
  invoice_already_decided: 'This invoice application has already been issued or rejected',
  order_not_repriceable: 'Only unpaid orders can be repriced; this one is paid, voided or refunded',
  price_flag_already_handled: 'This price change has already been handled or needs no review',
  spi_not_configured: 'Set the product’s SPI URL and secret first',
  spi_call_already_succeeded: 'This SPI call already succeeded; there is nothing to retry',
  instance_not_open: 'The instance is not open (still opening or closed); sign-on is not available',
  sso_unavailable: 'The seller has not provided a sign-on address for this instance yet',
};
