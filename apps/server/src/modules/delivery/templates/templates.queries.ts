import type { FlowNode, Template, TemplateListQuery, TemplateSummary } from '@cloudmart/contracts';
import { publicTemplateKeys, type PublicTemplateKey } from '@cloudmart/contracts';
import { and, asc, count, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { offsetOf, type Page } from '../../../platform/http/pagination.js';
import { deliveryTemplates } from '../delivery.tables.js';
import { flowSteps, hasWarranty } from './flow-steps.js';

/* Reads of service-flow templates, as a seller sees them: the public ones and its own. */

export const templateColumns = {
  id: deliveryTemplates.id,
  sellerId: deliveryTemplates.sellerId,
  kind: deliveryTemplates.kind,
  presetKey: deliveryTemplates.presetKey,
  name: deliveryTemplates.name,
  description: deliveryTemplates.description,
  status: deliveryTemplates.status,
  nodes: deliveryTemplates.nodes,
  copiedFrom: deliveryTemplates.copiedFrom,
  publishedAt: deliveryTemplates.publishedAt,
  createdAt: deliveryTemplates.createdAt,
  updatedAt: deliveryTemplates.updatedAt,
};
export interface TemplateRow {
  id: string;
  sellerId: string | null;
  kind: 'public' | 'private';
  presetKey: string | null;
  name: string;
  description: string | null;
  status: 'draft' | 'published';
  nodes: FlowNode[];
  copiedFrom: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const presetKeyOf = (key: string | null): PublicTemplateKey | null => publicTemplateKeys.find((k) => k === key) ?? null;

/** Own drafts are the only editable templates. */
export function isEditable(row: Pick<TemplateRow, 'kind' | 'sellerId' | 'status'>, sellerId: string): boolean {
  return row.kind === 'private' && row.sellerId === sellerId && row.status === 'draft';
}

export function toSummary(row: TemplateRow, sellerId: string): TemplateSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    presetKey: presetKeyOf(row.presetKey),
    status: row.status,
    stepCount: flowSteps(row.nodes).length,
    warranty: hasWarranty(row.nodes),
    copiedFrom: row.copiedFrom,
    editable: isEditable(row, sellerId),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toTemplate(row: TemplateRow, sellerId: string): Template {
  return { ...toSummary(row, sellerId), nodes: row.nodes };
}

/** public templates, or the seller's own */
const visibleTo = (sellerId: string): SQL | undefined => or(eq(deliveryTemplates.kind, 'public'), eq(deliveryTemplates.sellerId, sellerId));

export async function listTemplates(db: Db, sellerId: string, q: TemplateListQuery): Promise<Page<TemplateSummary>> {
  const scope =
    q.scope === 'public'
      ? eq(deliveryTemplates.kind, 'public')
      : q.scope === 'mine'
        ? and(eq(deliveryTemplates.kind, 'private'), eq(deliveryTemplates.sellerId, sellerId))
        : visibleTo(sellerId);
  const where = and(scope, q.status ? eq(deliveryTemplates.status, q.status) : undefined);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(deliveryTemplates).where(where);
  const rows = await db
    .select(templateColumns)
    .from(deliveryTemplates)
    .where(where)
    // public presets first ('public' > 'private'), then the newest own templates
    .orderBy(desc(deliveryTemplates.kind), desc(deliveryTemplates.updatedAt), asc(deliveryTemplates.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map((r) => toSummary(r, sellerId)), total, page: q.page, pageSize: q.pageSize };
}

/** A template the seller may see (public or own), locked for update when asked; else 404. */
export async function visibleTemplate(db: Db, sellerId: string, id: string, opts: { lock?: boolean } = {}): Promise<TemplateRow> {
  const query = db
    .select(templateColumns)
    .from(deliveryTemplates)
    .where(and(eq(deliveryTemplates.id, id), visibleTo(sellerId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw notFound('template');
  return row;
}

export async function getTemplate(db: Db, sellerId: string, id: string): Promise<Template> {
  return toTemplate(await visibleTemplate(db, sellerId, id), sellerId);
}
