import type { WorkbenchReview } from '@cloudmart/contracts';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { reviews } from '../../reviews/index.js';
import { deliveryProjects, deliveryTemplates } from '../delivery.tables.js';
import { flowSteps } from '../templates/index.js';

/* Small pieces both workbenches share: rounding, rates, node names, the review row. */

/** Rows by key, in first-seen order. */
export function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** part / whole as a percentage with one decimal; null when whole = 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((part * 100) / whole);
}

/** The project score: the average of the three ratings, one decimal. */
export function projectScore(r: { quality: number; attitude: number; speed: number }): number {
  return round1((r.quality + r.attitude + r.speed) / 3);
}

/** Node names of the given templates, keyed `templateId:nodeId`. */
export async function nodeNamesOf(db: Db, templateIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(templateIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: deliveryTemplates.id, nodes: deliveryTemplates.nodes }).from(deliveryTemplates).where(inArray(deliveryTemplates.id, ids));
  return new Map(rows.flatMap((r) => flowSteps(r.nodes).map((s) => [`${r.id}:${s.id}`, s.name] as const)));
}

/** Select list for a review joined with its project. */
export const workbenchReviewColumns = {
  projectId: deliveryProjects.id,
  orderNo: deliveryProjects.orderNo,
  productName: deliveryProjects.productName,
  quality: reviews.quality,
  attitude: reviews.attitude,
  speed: reviews.speed,
  comment: reviews.comment,
  createdAt: reviews.createdAt,
};

export function toWorkbenchReview(r: {
  projectId: string;
  orderNo: string;
  productName: string;
  quality: number;
  attitude: number;
  speed: number;
  comment: string | null;
  createdAt: Date;
}): WorkbenchReview {
  return { ...r, score: projectScore(r), createdAt: r.createdAt.toISOString() };
}
