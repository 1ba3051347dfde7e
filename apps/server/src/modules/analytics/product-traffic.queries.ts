import { fromBeijingWall } from '../../platform/beijing-time.js';
import { DAY } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import { productTrafficSums } from './analytics-data.queries.js';

export interface ProductTraffic {
  productId: string;
  /** 商品详情页UV量: the product page's daily UVs summed (a visitor counts once per Beijing day) */
  uv: number;
  /** the product page's views */
  pv: number;
  /** 浏览商品详情页用户数: signed-in accounts that viewed the page, once per day */
  visitors: number;
  /** the product page's stay per view, in seconds (0 without views) */
  avgStaySeconds: number;
}

function dayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return fromBeijingWall(y, m - 1, d);
}

/** Product-page traffic per product of a seller (or of several, in one statement) over Beijing days [fromDay, toDay] inclusive (YYYY-MM-DD), from the rollups. */
export async function productTrafficBetween(db: Db, sellerId: string | readonly string[], fromDay: string, toDay: string): Promise<ProductTraffic[]> {
  const rows = await productTrafficSums(db, sellerId, dayStart(fromDay), new Date(dayStart(toDay).getTime() + DAY));
  return rows.map((r) => ({ productId: r.productId, uv: r.uv, pv: r.pv, visitors: r.buyers, avgStaySeconds: r.pv === 0 ? 0 : r.stayMs / r.pv / 1000 }));
}
