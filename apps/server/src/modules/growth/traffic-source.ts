/**
 * 营销力's traffic factors (近30天商品详情页UV量 / 浏览商品详情页用户数 / 平均访问商品详情页的时间) come
 * from the analytics module's daily rollups (docs/analytics.md): product-page UV as visitor-days,
 * signed-in viewers, and the average stay. `fromDay` and `toDay` are Beijing dates, both inclusive.
 */
export { productTrafficBetween, type ProductTraffic } from '../analytics/index.js';
