import type { Db } from '../../platform/db/client.js';
import { cloudNativeProductIds } from '../hosting/index.js';

/**
 * 品牌绿色通道 and the hosting (托管) bonus. Guide 1.1 平台权益: "获得商品力 — 商品会获得更高的商品力因子"
 * for a product linked to a hosted product that passed 托管审核: `hosted` is read from the hosting
 * module. 品牌绿色通道 does not exist in Cloudmart yet: false, so its factor is 0. docs/growth.md.
 */
export interface ProductPrivileges {
  brandGreenChannel: boolean;
  hosted: boolean;
}

/** points added to a hosted product's total (capped at 100) */
export const HOSTED_BONUS_POINTS = 5;

/** The privileges of each product asked about, in one query. */
export async function productPrivileges(db: Db, productIds: readonly string[]): Promise<Map<string, ProductPrivileges>> {
  const hosted = await cloudNativeProductIds(db, productIds);
  return new Map(productIds.map((id) => [id, { brandGreenChannel: false, hosted: hosted.has(id) }]));
}
