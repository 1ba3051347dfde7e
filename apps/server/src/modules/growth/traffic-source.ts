import type { Db } from '../../platform/db/client.js';

export type ProductTraffic = { productId: string; uv: number; pv: number; visitors: number; avgStaySeconds: number };

/**
 * 营销力's traffic factors (近30天商品详情页UV量 / 浏览商品详情页用户数 / 平均访问商品详情页的时间) come
 * from the analytics module's daily rollups, built in parallel (branch issue15-analytics). SEAM:
 * at merge the lead replaces this body with a re-export of `productTrafficBetween` from
 * `../analytics/index.js`, which has exactly this signature. Until then: no traffic (zeros).
 * `fromDay` and `toDay` are Beijing dates (YYYY-MM-DD), both inclusive.
 */
export async function productTrafficBetween(db: Db, sellerId: string, fromDay: string, toDay: string): Promise<ProductTraffic[]> {
  void db;
  void sellerId;
  void fromDay;
  void toDay;
  return [];
}
