import { count } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { newId } from '../../platform/ids.js';
import { groupMembers, groupPermissions, permissionGroups, sellers, users } from './accounts.tables.js';

/** The demo marketplace's accounts: two sellers (one with two sub-accounts in two groups), a buyer and an operator. */
export interface DemoAccountIds {
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
}

/** True when the database already has accounts: the demo is seeded on first run only. */
export async function hasAccounts(db: Db): Promise<boolean> {
  const [r] = await db.select({ n: count() }).from(users);
  return (r?.n ?? 0) > 0;
}

/** Inserts the demo accounts in the caller's transaction; every one logs in with `passwordHash`. */
export async function seedDemoAccounts(tx: Db, now: Date, passwordHash: string): Promise<DemoAccountIds> {
  const ids: DemoAccountIds = {
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
  return ids;
}
