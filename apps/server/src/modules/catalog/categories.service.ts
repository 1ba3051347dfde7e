import type { Category, StoreCategory } from '@cloudmart/contracts';
import { and, asc, count, eq } from 'drizzle-orm';
import { notFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { categories, products } from './catalog.tables.js';

const columns = {
  id: categories.id,
  code: categories.code,
  nameZh: categories.nameZh,
  nameEn: categories.nameEn,
  commissionBp: categories.commissionBp,
  sort: categories.sort,
};

export async function listCategories(deps: Pick<Deps, 'db'>): Promise<Category[]> {
  return deps.db.select(columns).from(categories).orderBy(asc(categories.sort), asc(categories.code));
}

/** The platform's commission for products of a category; applies to orders settled from now on. */
export async function setCommission(deps: Pick<Deps, 'db'>, id: string, commissionBp: number): Promise<Category> {
  const [row] = await deps.db.update(categories).set({ commissionBp }).where(eq(categories.id, id)).returning(columns);
  if (!row) throw notFound('category');
  return row;
}

/**
 * Categories that show at least one listed, visible product, with the count; an empty category
 * is left out of the store (issue 11: no dead ends). Commissions are not public.
 */
export async function listStoreCategories(deps: Pick<Deps, 'db'>): Promise<StoreCategory[]> {
  const counts = await deps.db
    .select({ categoryId: products.categoryId, n: count() })
    .from(products)
    .where(and(eq(products.status, 'listed'), eq(products.visible, true)))
    .groupBy(products.categoryId);
  const rows = await listCategories(deps);
  return rows
    .map(({ commissionBp: _c, ...c }) => ({ ...c, productCount: counts.find((x) => x.categoryId === c.id)?.n ?? 0 }))
    .filter((c) => c.productCount > 0);
}
