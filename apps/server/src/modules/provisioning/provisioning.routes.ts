import { spiCallDetailSchema, spiCallListQuery, spiCallSchema, spiSettingsBody, spiSettingsSchema, spiTestReply } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { retryCallNow } from './spi-calls.service.js';
import { getSpiCall, listSpiCalls } from './spi-calls.queries.js';
import { getSpiSettings, testSpiEndpoint, updateSpiSettings } from './spi-settings.service.js';
import { instanceOpenUrl } from './sso.service.js';

const idParams = z.object({ id: z.string().min(1).max(64) });
const tags = ['provisioning'];

export function provisioningRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/spi-calls',
    {
      config: { auth: 'seller', permission: 'instances.view' },
      schema: { tags, summary: 'SPI calls to the seller endpoint', querystring: spiCallListQuery, response: { 200: pageSchema(spiCallSchema) } },
    },
    async (req) => listSpiCalls(deps, sellerOf(req.actor).sellerId, req.query),
  );

  app.get(
    '/seller/spi-calls/:id',
    {
      config: { auth: 'seller', permission: 'instances.view' },
      schema: { tags, summary: 'An SPI call with its attempts', params: idParams, response: { 200: spiCallDetailSchema } },
    },
    async (req) => getSpiCall(deps, sellerOf(req.actor).sellerId, req.params.id),
  );

  app.post(
    '/seller/spi-calls/:id/retry',
    {
      config: { auth: 'seller', permission: 'instances.manage' },
      schema: { tags, summary: 'Attempt a pending or failed SPI call now', params: idParams, response: { 200: spiCallDetailSchema } },
    },
    async (req) => {
      const { sellerId } = sellerOf(req.actor);
      await retryCallNow(deps, sellerId, req.params.id);
      return getSpiCall(deps, sellerId, req.params.id);
    },
  );

  app.get(
    '/seller/products/:id/spi',
    {
      config: { auth: 'seller', permission: 'products.view' },
      schema: { tags, summary: 'SPI endpoint settings of a product (the secret is never returned)', params: idParams, response: { 200: spiSettingsSchema } },
    },
    async (req) => getSpiSettings(deps, sellerOf(req.actor).sellerId, req.params.id),
  );

  app.patch(
    '/seller/products/:id/spi',
    {
      config: { auth: 'seller', permission: 'products.manage' },
      schema: {
        tags,
        summary: 'Set the SPI endpoint URL, secret and signing mode',
        params: idParams,
        body: spiSettingsBody,
        response: { 200: spiSettingsSchema },
      },
    },
    async (req) => updateSpiSettings(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );

  app.post(
    '/seller/products/:id/spi/test',
    {
      config: { auth: 'seller', permission: 'products.manage' },
      schema: { tags, summary: 'Send a signed verify request to the SPI endpoint', params: idParams, response: { 200: spiTestReply } },
    },
    async (req) => testSpiEndpoint(deps, sellerOf(req.actor).sellerId, req.params.id),
  );

  app.get(
    '/buyer/instances/:id/open',
    { config: { auth: 'buyer' }, schema: { tags, summary: 'Sign on to an opened SaaS instance (302 to the ISV with a 5-minute token)', params: idParams } },
    async (req, reply) => reply.redirect(await instanceOpenUrl(deps, requireActor(req.actor), req.params.id), 302),
  );
}
