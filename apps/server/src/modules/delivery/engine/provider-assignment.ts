import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { deliveryProductProviders } from '../delivery.tables.js';
import { providerLoads } from './load.js';

/** A source of uniform numbers in [0, 1): Math.random in production, seeded in tests. */
export type Random = () => number;

export interface ProviderCandidate {
  providerSellerId: string;
  weight: number;
  /** null = unlimited (the vendor serving its own product without a capacity row) */
  maxOpen: number | null;
  open: number;
}

/**
 * Pick a provider by weight among those with spare capacity (DOMAIN 5 "Providers and
 * capacity"): the chance of each is weight / total weight of the eligible ones. Null when
 * nobody has room — the project then queues at the assign-provider node.
 */
export function pickProvider(candidates: readonly ProviderCandidate[], random: Random): string | null {
  const eligible = candidates.filter((c) => c.weight > 0 && (c.maxOpen === null || c.open < c.maxOpen));
  const total = eligible.reduce((s, c) => s + c.weight, 0);
  if (total === 0) return null;
  let x = random() * total;
  for (const c of eligible) {
    x -= c.weight;
    if (x < 0) return c.providerSellerId;
  }
  return eligible[eligible.length - 1]?.providerSellerId ?? null;
}

/**
 * Choose the provider of a project of `productId`, inside the caller's transaction. The
 * product's capacity rows are locked FOR UPDATE so two concurrent assignments cannot both
 * take the last free place of a provider (the second waits and recounts). Without rows the
 * vendor delivers its own product, unlimited.
 */
export async function chooseProvider(tx: Db, productId: string, vendorSellerId: string, random: Random): Promise<string | null> {
  const rows = await tx
    .select({ providerSellerId: deliveryProductProviders.providerSellerId, weight: deliveryProductProviders.weight, maxOpen: deliveryProductProviders.maxOpen })
    .from(deliveryProductProviders)
    .where(eq(deliveryProductProviders.productId, productId))
    .orderBy(asc(deliveryProductProviders.providerSellerId))
    .for('update');
  if (rows.length === 0) return vendorSellerId;
  const loads = await providerLoads(tx, productId);
  return pickProvider(
    rows.map((r) => ({ ...r, open: loads.get(r.providerSellerId) ?? 0 })),
    random,
  );
}
