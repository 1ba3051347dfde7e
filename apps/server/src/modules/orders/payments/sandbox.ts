import { createHmac } from 'node:crypto';
import { sandboxCallbackBody, type SandboxCallbackBody } from '@cloudmart/contracts';
import { safeEqual } from '../../../platform/auth/tokens.js';
import { DomainError } from '../../../platform/errors.js';
import { randomToken } from '../../../platform/ids.js';
import type { CallbackHeaders, PaymentProvider, VerifiedCallback } from './provider.js';

export const SANDBOX_SIGNATURE_HEADER = 'x-sandbox-signature';

/** Fields in a fixed order: the signature never depends on how JSON was serialised. */
function canonical(b: SandboxCallbackBody): string {
  return [b.providerRef, b.orderId, String(b.amountFen), b.status].join('\n');
}

export interface SandboxProvider extends PaymentProvider {
  /** What the sandbox "cashier" sends once the buyer pays: a signed callback. */
  signCallback(body: SandboxCallbackBody): { headers: Record<string, string>; body: SandboxCallbackBody };
}

/**
 * A built-in provider for development, demos and tests: no money moves. Its secret is
 * derived from the session secret so no extra configuration is needed, and callbacks are
 * HMAC-SHA256 signed exactly as a real cashier's would be.
 */
export function sandboxProvider(sessionSecret: string): SandboxProvider {
  const secret = `${sessionSecret}:sandbox-pay`;
  // the web app's pay page, whose sandbox button calls POST /payments/sandbox/:paymentId/complete
  const payUrl = (orderId: string) => `/store/pay/${orderId}`;
  const sign = (b: SandboxCallbackBody) => createHmac('sha256', secret).update(canonical(b)).digest('hex');
  return {
    name: 'sandbox',
    local: true,
    async createPayment(req) {
      return { providerRef: `sbx_${randomToken(16)}`, payUrl: payUrl(req.orderId) };
    },
    payUrlFor: ({ orderId }) => payUrl(orderId),
    verifyCallback(headers: CallbackHeaders, body: unknown): VerifiedCallback {
      const parsed = sandboxCallbackBody.safeParse(body);
      if (!parsed.success) throw new DomainError('invalid_signature', 'malformed callback');
      const sent = headers[SANDBOX_SIGNATURE_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, sign(parsed.data))) throw new DomainError('invalid_signature', 'bad callback signature');
      return parsed.data;
    },
    signCallback: (body) => ({ headers: { [SANDBOX_SIGNATURE_HEADER]: sign(body) }, body }),
  };
}
