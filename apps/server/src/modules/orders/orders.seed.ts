import type { OrderStatus, OrderType } from '@cloudmart/contracts';
import type { Db } from '../../platform/db/client.js';
import { newId } from '../../platform/ids.js';
import { orders } from './orders.tables.js';

const PRODUCTS = [
  { code: 'cmapp-00012', name: '智能客服 SaaS', specs: ['标准版', '高级版'], price: 99_900 },
  { code: 'cmapp-00027', name: '网站建设服务', specs: ['企业官网', '商城网站'], price: 498_000 },
  { code: 'cmapi-00031', name: 'OCR 文字识别 API', specs: ['10万次', '100万次'], price: 29_900 },
] as const;

/** The demo's 36 historical orders of one buyer (snapshots only: they predate the catalog's products). */
export async function seedDemoOrders(tx: Db, now: Date, ids: { demoSellerId: string; acmeSellerId: string; buyerId: string }): Promise<void> {
  const types: OrderType[] = ['new', 'new', 'renew', 'new', 'upgrade', 'trial'];
  const statuses: OrderStatus[] = ['paid', 'paid', 'unpaid', 'paid', 'voided', 'refunded'];
  const rows = Array.from({ length: 36 }, (_, i) => {
    const p = PRODUCTS[i % PRODUCTS.length] as (typeof PRODUCTS)[number];
    const type = types[i % types.length] as OrderType;
    const status = statuses[(i * 5) % statuses.length] as OrderStatus;
    const createdAt = new Date(now.getTime() - (i + 1) * 9 * 3_600_000);
    const listPriceFen = type === 'trial' ? 0 : p.price;
    return {
      id: newId('ord', createdAt),
      sellerId: i % 6 === 5 ? ids.acmeSellerId : ids.demoSellerId,
      buyerId: ids.buyerId,
      productCode: p.code,
      productName: p.name,
      specName: p.specs[i % 2] as string,
      type,
      status,
      listPriceFen,
      paidFen: i % 4 === 0 ? Math.round(listPriceFen * 0.9) : listPriceFen,
      showContact: i % 2 === 0 ? ('yes' as const) : ('no' as const),
      remark: i % 3 === 0 ? '请尽快开通' : null,
      createdAt,
      paidAt: status === 'unpaid' || status === 'voided' ? null : new Date(createdAt.getTime() + 600_000),
    };
  });
  await tx.insert(orders).values(rows);
}
