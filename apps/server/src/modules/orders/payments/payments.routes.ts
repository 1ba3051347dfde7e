import { paymentCallbackReply, sandboxCallbackBody, sandboxCompleteReply } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor } from '../../../platform/auth/actor.js';
import type { App, Deps } from '../../../platform/module.js';
import { completeSandboxPayment, handlePaymentCallback, sandboxOf } from '../payment.service.js';

const tags = ['payments'];

export function paymentsRoutes(app: App, deps: Deps): void {
  app.post(
    '/payments/sandbox/:paymentId/complete',
    {
      config: { auth: 'buyer' },
      schema: {
        tags,
        summary: 'Sandbox cashier: the owning buyer pays; the sandbox then calls back',
        params: z.object({ paymentId: z.string().min(1).max(64) }),
        response: { 200: sandboxCompleteReply },
      },
    },
    async (req) => completeSandboxPayment(deps, requireActor(req.actor).userId, req.params.paymentId),
  );

  app.post(
    '/payments/sandbox/callback',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Sandbox provider callback (HMAC-SHA256 in x-sandbox-signature); replays change nothing',
        body: sandboxCallbackBody,
        response: { 200: paymentCallbackReply },
      },
    },
    async (req) => {
      const { changed } = await handlePaymentCallback(deps, sandboxOf(deps), req.headers, req.body);
      return { received: true as const, changed };
    },
  );
}
