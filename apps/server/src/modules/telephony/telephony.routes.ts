import { z } from 'zod';
import type { App, Deps } from '../../platform/module.js';
import { handleCallback } from './calls.service.js';
import { simulatedOf } from './drivers.js';
import { SIMULATED_SIGNATURE_HEADER, simulatedCallbackBody } from './simulated-driver.js';

const tags = ['telephony'];

/** Provider webhooks: public, authenticated by the provider's signature, idempotent. */
export function telephonyRoutes(app: App, deps: Deps): void {
  if (deps.config.TELEPHONY_DRIVER !== 'simulated') return;
  app.post(
    '/telephony/callbacks/simulated',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: `Simulated provider's call status callback (HMAC-SHA256 in ${SIMULATED_SIGNATURE_HEADER}); replays change nothing`,
        body: simulatedCallbackBody,
        response: { 200: z.object({ received: z.literal(true), changed: z.boolean() }) },
      },
    },
    async (req) => {
      const { changed } = await handleCallback(deps, simulatedOf(deps), req.headers, req.body);
      return { received: true as const, changed };
    },
  );
}
