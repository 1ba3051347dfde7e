import type { SpiSettings, SpiSettingsBody, SpiTestReply } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { products, setSpiEndpoint } from '../catalog/index.js';
import { callSpi } from './spi-client.js';

async function ownProduct(deps: Deps, sellerId: string, productId: string) {
  const [p] = await deps.db
    .select({ id: products.id, code: products.code, spiUrl: products.spiUrl, spiSecret: products.spiSecret, spiMode: products.spiMode })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.sellerId, sellerId)));
  if (!p) throw notFound('product');
  return p;
}

export async function getSpiSettings(deps: Deps, sellerId: string, productId: string): Promise<SpiSettings> {
  const p = await ownProduct(deps, sellerId, productId);
  return { url: p.spiUrl, mode: p.spiMode, secretSet: Boolean(p.spiSecret) };
}

export async function updateSpiSettings(deps: Deps, sellerId: string, productId: string, body: SpiSettingsBody): Promise<SpiSettings> {
  const p = await ownProduct(deps, sellerId, productId);
  const secret = body.secret ?? p.spiSecret;
  if (!secret) throw new DomainError('validation_failed', 'secret: required when none is set yet', { errors: [{ field: 'body.secret', message: 'required' }] });
  await setSpiEndpoint(deps.db, sellerId, productId, { url: body.url, secret, mode: body.mode }, deps.clock.now());
  return { url: body.url, mode: body.mode, secretSet: true };
}

/** Sends a signed `verify` request, as the seller's endpoint will receive real ones. Nothing is stored. */
export async function testSpiEndpoint(deps: Deps, sellerId: string, productId: string): Promise<SpiTestReply> {
  const p = await ownProduct(deps, sellerId, productId);
  if (!p.spiUrl || !p.spiSecret) throw new DomainError('spi_not_configured', 'set the SPI URL and secret first');
  const now = deps.clock.now();
  const outcome = await callSpi({
    url: p.spiUrl,
    secret: p.spiSecret,
    mode: p.spiMode,
    payload: { action: 'verify', requestId: newId('spt', now), productCode: p.code },
    unixSeconds: Math.floor(now.getTime() / 1000),
  });
  return { ok: outcome.ok, httpStatus: outcome.httpStatus, durationMs: outcome.durationMs, ...(outcome.error ? { error: outcome.error } : {}) };
}
