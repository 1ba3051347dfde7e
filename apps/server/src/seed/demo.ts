import { count } from 'drizzle-orm';
import { hashPassword } from '../platform/auth/password.js';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/ids.js';
import { groupMembers, groupPermissions, permissionGroups, sellers, users } from '../modules/accounts/accounts.tables.js';
import { orders } from '../modules/orders/orders.tables.js';
import type { OrderStatus, OrderType } from '@cloudmart/contracts';
import { seedCatalog, type CatalogSeedIds } from '../modules/catalog/index.js';
import { demoDeliveryLogins, seedDeliveryDemo } from '../modules/delivery/index.js';

export const DEMO_PASSWORD = 'Demo1234';

export const demoLogins = [
  { role: 'seller main account (Demo ISV)', login: 'demo' },
  { role: 'seller sub-account, orders group', login: 'ops@demoisv' },
  { role: 'seller sub-account, account-admin group', login: 'admin@demoisv' },
  { role: 'second seller (Acme Cloud)', login: 'acme' },
  { role: 'buyer', login: 'buyer' },
  { role: 'operator', login: 'operator' },
  ...demoDeliveryLogins,
] as const;

export interface DemoIds {
  demoSellerId: string;
  acmeSellerId: string;
  demoMainId: string;
  opsId: string;
  adminId: string;
  acmeMainId: string;
  buyerId: string;
  operatorId: string;
  ordersGroupId: string;
  adminGroupId: string;
  catalog: CatalogSeedIds;
}

/** True when the database already has accounts: the demo is seeded on first run only. */
export async function isSeeded(db: Db): Promise<boolean> {
  const [r] = await db.select({ n: count() }).from(users);
  return (r?.n ?? 0) > 0;
}

const PRODUCTS = [
  { code: 'cmapp-00012', name: '智能客服 SaaS', specs: ['标准版', '高级版'], price: 99_900 },
  { code: 'cmapp-00027', name: '网站建设服务', specs: ['企业官网', '商城网站'], price: 498_000 },
  { code: 'cmapi-00031', name: 'OCR 文字识别 API', specs: ['10万次', '100万次'], price: 29_900 },
] as const;

/** `delivery: false` leaves out the delivery staff and flow (tests build their own). */
export async function seedDemo(db: Db, now: Date, opts: { orders?: boolean; delivery?: boolean } = {}): Promise<DemoIds> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: Omit<DemoIds, 'catalog'> = {
    demoSellerId: newId('slr', now),
    acmeSellerId: newId('slr', now),
    demoMainId: newId('usr', now),
    opsId: newId('usr', now),
    adminId: newId('usr', now),
    acmeMainId: newId('usr', now),
    buyerId: newId('usr', now),
    operatorId: newId('usr', now),
    ordersGroupId: newId('grp', now),
    adminGroupId: newId('grp', now),
  };
  await db.transaction(async (tx) => {
    await tx.insert(sellers).values([
      { id: ids.demoSellerId, code: 'demoisv', name: 'Demo ISV', createdAt: now },
      { id: ids.acmeSellerId, code: 'acme', name: 'Acme Cloud', createdAt: now },
    ]);
    const u = { passwordHash, createdAt: now };
    await tx.insert(users).values([
      {
        ...u,
        id: ids.demoMainId,
        kind: 'seller',
        sellerId: ids.demoSellerId,
        isMain: true,
        loginName: 'demo',
        displayName: '演示服务商',
        email: 'demo@demoisv.example',
        phone: '13800000001',
      },
      { ...u, id: ids.opsId, kind: 'seller', sellerId: ids.demoSellerId, loginName: 'ops@demoisv', displayName: '订单专员 小王' },
      { ...u, id: ids.adminId, kind: 'seller', sellerId: ids.demoSellerId, loginName: 'admin@demoisv', displayName: '账号管理员 小李' },
      {
        ...u,
        id: ids.acmeMainId,
        kind: 'seller',
        sellerId: ids.acmeSellerId,
        isMain: true,
        loginName: 'acme',
        displayName: 'Acme Admin',
        locale: 'en-US',
        email: 'admin@acme.example',
      },
      { ...u, id: ids.buyerId, kind: 'buyer', loginName: 'buyer', displayName: '演示买家', email: 'buyer@example.com', phone: '13900000002' },
      { ...u, id: ids.operatorId, kind: 'operator', loginName: 'operator', displayName: '云市场小二' },
    ]);
    await tx.insert(permissionGroups).values([
      { id: ids.ordersGroupId, sellerId: ids.demoSellerId, name: '订单专员', description: '查看和导出订单', createdAt: now },
      { id: ids.adminGroupId, sellerId: ids.demoSellerId, name: '账号管理员', description: '管理子账号和权限组', createdAt: now },
    ]);
    await tx.insert(groupPermissions).values([
      { groupId: ids.ordersGroupId, permission: 'orders.view' },
      { groupId: ids.ordersGroupId, permission: 'orders.export' },
      { groupId: ids.adminGroupId, permission: 'account.admin' },
    ]);
    await tx.insert(groupMembers).values([
      { groupId: ids.ordersGroupId, userId: ids.opsId },
      { groupId: ids.adminGroupId, userId: ids.adminId },
    ]);
    if (opts.orders !== false) {
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
  });
  // products reference the sellers committed above
  const catalog = await seedCatalog(db, now, { demoSellerId: ids.demoSellerId, acmeSellerId: ids.acmeSellerId });
  if (opts.delivery !== false)
    await seedDeliveryDemo(db, now, { demoSellerId: ids.demoSellerId, passwordHash, websiteProductId: catalog.products.websiteBuild });
  return { ...ids, catalog };
}
