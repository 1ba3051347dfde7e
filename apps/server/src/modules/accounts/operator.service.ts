import { and, count, desc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import { offsetOf } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { sellers, users } from './accounts.tables.js';

export async function listSellers(deps: Pick<Deps, 'db'>, q: { q?: string; page: number; pageSize: number }) {
  const where = q.q ? or(ilike(sellers.name, `%${q.q}%`), ilike(sellers.code, `%${q.q}%`)) : undefined;
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(sellers).where(where);
  const main = deps.db.select({ sellerId: users.sellerId, loginName: users.loginName }).from(users).where(eq(users.isMain, true)).as('main');
  const rows = await deps.db
    .select({
      id: sellers.id,
      code: sellers.code,
      name: sellers.name,
      createdAt: sellers.createdAt,
      mainLoginName: main.loginName,
      subAccountCount: sql<number>`(select count(*)::int from ${users} where ${and(eq(users.sellerId, sellers.id), eq(users.isMain, false), ne(users.status, 'deleted'))})`,
    })
    .from(sellers)
    .leftJoin(main, eq(main.sellerId, sellers.id))
    .where(where)
    .orderBy(desc(sellers.createdAt))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return {
    items: rows.map((r) => ({ ...r, mainLoginName: r.mainLoginName ?? '', subAccountCount: Number(r.subAccountCount), createdAt: r.createdAt.toISOString() })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
