/**
 * Every expected failure has a stable string code (the server's DomainError codes). The
 * server maps each to an HTTP status; the web app words each in both languages — the list
 * lives here so the web's catalogue test can check that none is left unworded.
 */
export const errorCodes = [
  // request shape
  'validation_failed',
  'payload_too_large',
  'unsupported_media_type',
  // authentication
  'unauthenticated',
  'invalid_credentials',
  'login_locked',
  'account_disabled',
  'password_change_required',
  'wrong_current_password',
  'weak_password',
  'csrf_failed',
  // authorisation and tenancy
  'forbidden',
  'permission_denied',
  'not_found',
  // conflicts
  'login_taken',
  'name_taken',
  'conflict',
  'invalid_state',
  // accounts
  'unknown_permission',
  'main_account_protected',
  // files
  'file_too_large',
  'file_type_not_allowed',
  'unknown_file_purpose',
  // my downloads
  'download_not_ready',
  'download_expired',
  'too_many_downloads',
  // ledger
  'refund_exceeds_balance',
  // billing
  'bill_already_paid',
  'product_not_postpaid',
  // orders and payments
  'idempotency_conflict',
  'trial_already_used',
  'invalid_signature',
  'amount_mismatch',
  'order_not_payable',
  'instance_action_unavailable',
  'trial_not_offered',
  'spec_not_prepaid',
  'trial_must_convert',
  'instance_without_term',
  'instance_not_trial',
  'order_already_settled',
  'order_not_settled',
  'not_a_refund_order',
  // catalog
  'product_read_only',
  'field_locked',
  'product_delisted',
  'product_not_listed',
  'listing_incomplete',
  'last_visible_spec',
  'spec_locked',
  'spec_not_orderable',
  'price_not_found',
  'renewal_not_allowed',
  'delisting_pending',
  'product_already_listed',
  'review_pending',
  'review_not_pending',
  'review_decided',
  // after-sales: invoices
  'invoice_mixed_sellers',
  'order_not_invoiceable',
  'order_already_invoiced',
  'postage_must_be_prepaid',
  // after-sales: refunds
  'refund_window_closed',
  'order_not_refundable',
  'refund_pending',
  'refund_already_decided',
  'refund_wrong_decider',
  'invoice_already_decided',
  'order_not_repriceable',
  'price_flag_already_handled',
  // provisioning
  'spi_not_configured',
  'spi_call_already_succeeded',
  'instance_not_open',
  'sso_unavailable',
  // reviews
  'order_not_reviewable',
  'already_reviewed',
  'review_window_closed',
  'already_replied',
  'reply_window_closed',
  // delivery center
  'template_published',
  'template_invalid',
  'template_not_published',
  'provider_not_linked',
  'role_mismatch',
  'employee_unavailable',
  'not_your_task',
  'upload_required',
  'project_paused',
  'claim_not_allowed',
  'department_not_empty',
  // delivery center: calendar, engine, templates (issue 11)
  'step_not_in_flow',
  'step_not_rejectable',
  'no_previous_step',
  'assign_step_incomplete',
  'project_not_running',
  'not_a_service_product',
  'project_not_paused',
  'project_not_active',
  'role_not_operated',
  'already_operator',
  'already_provider',
  'project_not_queued',
  'step_action_mismatch',
  'no_step_takes_files',
  'employee_busy',
  'leave_over',
  'department_cycle',
  // dev
  'clock_not_manual',
] as const;

export type ErrorCode = (typeof errorCodes)[number];
