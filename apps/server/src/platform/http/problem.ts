import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, assertUnreachable, type ErrorCode } from '../errors.js';
import { findUnsafeText } from './unsafe-text.js';

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
    case 'invalid_characters':
    case 'weak_password':
    case 'wrong_current_password':
    case 'unknown_permission':
    case 'unknown_file_purpose':
    case 'price_not_found':
    case 'invalid_signature':
    case 'amount_mismatch':
    case 'invoice_mixed_sellers':
      return 400;
    case 'template_invalid':
    case 'provider_not_linked':
    case 'role_mismatch':
    case 'upload_required':
    case 'discount_exceeds_price':
    case 'discount_product_postpaid':
    case 'discount_spec_unknown':
    case 'real_name_invalid':
    case 'quote_product_not_quotable':
    case 'buyer_account_unknown':
    case 'referral_code_unknown':
    case 'hosting_options_incomplete':
    case 'hosting_link_not_eligible':
    case 'live_product_unknown':
    case 'live_coupon_unknown':
    case 'live_not_approved':
    case 'image_dimensions_not_allowed':
      return 422;
    case 'unauthenticated':
    case 'invalid_credentials':
      return 401;
    case 'forbidden':
    case 'permission_denied':
    case 'csrf_failed':
    case 'account_disabled':
    case 'password_change_required':
    case 'main_account_protected':
    case 'clock_not_manual':
    case 'not_your_task':
    case 'grant_exceeds_own':
    case 'grant_to_self':
    case 'stream_key_refused':
      return 403;
    case 'not_found':
      return 404;
    case 'login_taken':
    case 'name_taken':
    case 'conflict':
    case 'invalid_state':
    case 'refund_exceeds_balance':
    case 'bill_already_paid':
    case 'discount_not_prepublished':
    case 'coupon_sold_out':
    case 'coupon_claim_limit':
    case 'coupon_not_issuing':
    case 'coupon_grant_only':
    case 'coupon_voided':
    case 'coupon_not_applicable':
    case 'coupon_unavailable':
    case 'coupon_already_voided':
    case 'needs_service_product':
    case 'grab_limit_reached':
    case 'demand_not_in_pool':
    case 'demand_already_taken':
    case 'demand_had_before':
    case 'lead_not_pending':
    case 'lead_answer_expired':
    case 'lead_not_following':
    case 'lead_already_won':
    case 'demand_not_open':
    case 'demand_not_cancellable':
    case 'not_operator_raised':
    case 'quote_revoked':
    case 'proposal_already_paid':
    case 'proposal_has_no_quotes':
    case 'call_failed':
    case 'call_note_required':
    case 'proposal_changed':
    case 'proposal_being_paid':
    case 'distribution_rate_locked':
    case 'distribution_product_not_eligible':
    case 'already_reseller':
    case 'not_a_reseller':
    case 'customer_not_private':
    case 'customer_already_linked':
    case 'customer_has_no_account':
    case 'customer_no_phone':
    case 'growth_product_not_listed':
    case 'hosted_product_not_editable':
    case 'architecture_not_approved':
    case 'hosting_review_not_pending':
    case 'hosting_not_approved':
    case 'hosting_product_already_linked':
    case 'product_not_postpaid':
    case 'order_not_payable':
    case 'instance_action_unavailable':
    case 'trial_not_offered':
    case 'spec_not_prepaid':
    case 'trial_must_convert':
    case 'instance_without_term':
    case 'instance_not_trial':
    case 'order_already_settled':
    case 'order_not_settled':
    case 'not_a_refund_order':
    case 'refund_already_decided':
    case 'refund_wrong_decider':
    case 'invoice_already_decided':
    case 'order_not_repriceable':
    case 'price_flag_already_handled':
    case 'spi_not_configured':
    case 'spi_call_already_succeeded':
    case 'instance_not_open':
    case 'sso_unavailable':
    case 'product_read_only':
    case 'field_locked':
    case 'product_delisted':
    case 'product_not_listed':
    case 'listing_incomplete':
    case 'last_visible_spec':
    case 'spec_locked':
    case 'spec_not_orderable':
    case 'renewal_not_allowed':
    case 'delisting_pending':
    case 'product_already_listed':
    case 'review_pending':
    case 'review_not_pending':
    case 'review_decided':
    case 'idempotency_conflict':
    case 'trial_already_used':
    case 'order_not_invoiceable':
    case 'order_already_invoiced':
    case 'postage_must_be_prepaid':
    case 'refund_window_closed':
    case 'order_not_refundable':
    case 'refund_pending':
    case 'order_not_reviewable':
    case 'already_reviewed':
    case 'review_window_closed':
    case 'already_replied':
    case 'reply_window_closed':
    case 'template_published':
    case 'template_not_published':
    case 'employee_unavailable':
    case 'project_paused':
    case 'claim_not_allowed':
    case 'department_not_empty':
    case 'step_not_in_flow':
    case 'step_not_rejectable':
    case 'no_previous_step':
    case 'assign_step_incomplete':
    case 'project_not_running':
    case 'not_a_service_product':
    case 'project_not_paused':
    case 'project_not_active':
    case 'role_not_operated':
    case 'already_operator':
    case 'already_provider':
    case 'project_not_queued':
    case 'step_action_mismatch':
    case 'no_step_takes_files':
    case 'employee_busy':
    case 'leave_over':
    case 'department_cycle':
    case 'download_not_ready':
    case 'live_permission_required':
    case 'live_permission_exists':
    case 'live_not_editable':
    case 'live_mode_mismatch':
      return 409;
    case 'download_expired':
      return 410;
    case 'payload_too_large':
    case 'file_too_large':
      return 413;
    case 'unsupported_media_type':
    case 'file_type_not_allowed':
      return 415;
    case 'login_locked':
    case 'too_many_downloads':
    case 'rate_limited':
      return 429;
    default:
      return assertUnreachable(code);
  }
}

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, with our stable `code` and, for validation, the failing fields. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export function problemOf(code: ErrorCode, detail?: string, extra?: Record<string, unknown>): Problem {
  return {
    type: `https://cloudmart.dev/problems/${code.replace(/_/g, '-')}`,
    title: code.replace(/_/g, ' '),
    status: statusOf(code),
    code,
    ...(detail ? { detail } : {}),
    // extras never override the standard members
    ...Object.fromEntries(Object.entries(extra ?? {}).filter(([k]) => !['type', 'title', 'status', 'code', 'detail'].includes(k))),
  };
}

export function registerProblemHandler(app: FastifyInstance, webRoot: string | null): void {
  // a NUL or a lone surrogate anywhere in path, query or body: 400 naming the field, before any
  // route hook or the database sees it (PostgreSQL would refuse it with a 500). Path and query are
  // checked as the request arrives, the body once parsed.
  const refuseUnsafe = (field: string | null) => {
    if (field) {
      throw new DomainError('invalid_characters', `${field}: contains a NUL character or an unpaired surrogate`, {
        errors: [{ field, message: 'invalid characters' }],
      });
    }
  };
  app.addHook('onRequest', async (req) => refuseUnsafe(findUnsafeText(req.params, 'params') ?? findUnsafeText(req.query, 'query')));
  app.addHook('preValidation', async (req) => refuseUnsafe(findUnsafeText(req.body, 'body')));
  app.setErrorHandler((err: FastifyError | DomainError | Error, req, reply) => {
    let problem: Problem;
    if (err instanceof DomainError) {
      problem = problemOf(err.code, err.detail, err.extra);
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) => ({
        field: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      problem = problemOf('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
    } else if ('statusCode' in err && typeof err.statusCode === 'number' && err.statusCode < 500) {
      const code: ErrorCode =
        err.statusCode === 413
          ? 'payload_too_large'
          : err.statusCode === 415
            ? 'unsupported_media_type'
            : err.statusCode === 404
              ? 'not_found'
              : 'validation_failed';
      problem = problemOf(code, err.message);
    } else {
      req.log.error({ err }, 'unhandled error');
      reply.status(500).type('application/problem+json');
      return reply.send({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal', detail: `request ${req.id}` });
    }
    reply.status(problem.status).type('application/problem+json');
    return reply.send(problem);
  });

  app.setNotFoundHandler((req, reply) => {
    // client-side routes of the single-page app: any other GET that wants HTML gets index.html
    const path = req.url.split('?')[0] ?? '';
    if (webRoot && req.method === 'GET' && !path.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html')) {
      return reply.type('text/html').sendFile('index.html', webRoot);
    }
    reply.status(404).type('application/problem+json');
    return reply.send(problemOf('not_found', `no route ${req.method} ${req.url.split('?')[0]}`));
  });
}
