import type { AuditAction } from '@cloudmart/contracts';

/**
 * The sensitive actions kept in 操作日志 (issue 17 item 5: "price changes, refunds, permission
 * grants, sub-account changes"), by route. One list, so what is audited reads in one place;
 * audit.test.ts checks every entry names a real route.
 */
export const auditedRoutes: Readonly<Record<string, AuditAction>> = {
  // price changes
  'POST /api/v1/seller/orders/:id/price': 'order.price_change',
  'POST /api/v1/seller/products/:id/specs': 'spec.create',
  'PATCH /api/v1/seller/products/:id/specs/:specId': 'spec.update',
  'DELETE /api/v1/seller/products/:id/specs/:specId': 'spec.delete',
  'POST /api/v1/seller/products/:id/specs/:specId/visibility': 'spec.visibility',
  'POST /api/v1/operator/price-flags/:id/confirm': 'price_flag.confirm',
  'POST /api/v1/operator/price-flags/:id/clear': 'price_flag.clear',
  // refunds
  'POST /api/v1/seller/instances/:id/refunds': 'refund.seller_initiate',
  'POST /api/v1/seller/refunds/:id/approve': 'refund.seller_approve',
  'POST /api/v1/seller/refunds/:id/reject': 'refund.seller_reject',
  'POST /api/v1/operator/refunds/:id/approve': 'refund.operator_approve',
  'POST /api/v1/operator/refunds/:id/reject': 'refund.operator_reject',
  // permission grants
  'POST /api/v1/seller/permission-groups': 'group.create',
  'PATCH /api/v1/seller/permission-groups/:id': 'group.update',
  'DELETE /api/v1/seller/permission-groups/:id': 'group.delete',
  'PUT /api/v1/seller/permission-groups/:id/members': 'group.members',
  // sub-account changes
  'POST /api/v1/seller/sub-accounts': 'subaccount.create',
  'PATCH /api/v1/seller/sub-accounts/:id': 'subaccount.update',
  'POST /api/v1/seller/sub-accounts/:id/disable': 'subaccount.disable',
  'POST /api/v1/seller/sub-accounts/:id/enable': 'subaccount.enable',
  'POST /api/v1/seller/sub-accounts/:id/reset-password': 'subaccount.reset_password',
  'DELETE /api/v1/seller/sub-accounts/:id': 'subaccount.delete',
  // operators' decisions on hosting reviews and live permissions (the seller concerned reads them
  // too) and on lives (operators only: a live's answer does not name its seller)
  'POST /api/v1/operator/hosting/products/:id/reviews/:kind': 'hosting.review_decision',
  'POST /api/v1/operator/live/permissions/:sellerId/approve': 'live_permission.approve',
  'POST /api/v1/operator/live/permissions/:sellerId/reject': 'live_permission.reject',
  'POST /api/v1/operator/lives/:id/approve': 'live.approve',
  'POST /api/v1/operator/lives/:id/reject': 'live.reject',
};

const SECRET_KEY = /pass(word)?|secret|token|key$/i;
const MAX_DETAIL_CHARS = 4000;

/**
 * What the request asked, as the log keeps it: path parameters other than the subject's `id`
 * (kept in its own column) and the body, secret-looking fields dropped, long text cut.
 */
export function auditDetails(body: unknown, params: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const add = (src: unknown) => {
    if (!src || typeof src !== 'object' || Array.isArray(src)) return;
    for (const [k, v] of Object.entries(src)) if (!SECRET_KEY.test(k)) out[k] = v;
  };
  if (params && typeof params === 'object') add(Object.fromEntries(Object.entries(params).filter(([k]) => k !== 'id')));
  add(body);
  const text = JSON.stringify(out);
  return text.length <= MAX_DETAIL_CHARS ? out : { truncated: text.slice(0, MAX_DETAIL_CHARS) };
}
