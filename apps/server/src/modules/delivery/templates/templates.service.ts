import type { CreateTemplateBody, FlowNode, Template, UpdateTemplateBody } from '@cloudmart/contracts';
import { flowNodesSchema } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor.js';
import { DomainError } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import type { Deps } from '../../../platform/module.js';
import { deliveryTemplates } from '../delivery.tables.js';
import { publishProblems } from './template-rules.js';
import { toTemplate, visibleTemplate, type TemplateRow } from './templates.queries.js';

/*
 * Service-flow templates of a vendor (guide 5.2.2): create, copy, edit as a whole while a
 * draft, publish once every rule holds. Published templates are immutable — checked here, and
 * refused by a database trigger whatever the caller (migration 0003), mapped back to the same
 * template_published error.
 */

type D = Pick<Deps, 'db' | 'clock'>;

/** a new draft: the built-in first node and a default last node; the seller adds the rest */
const starterNodes = (): FlowNode[] =>
  flowNodesSchema.parse([
    { id: 'assign_provider', type: 'assign_provider', name: '分配服务商' },
    { id: 'complete', type: 'complete', name: '完成项目', confirmLabel: '确认完成' },
  ]);

const COPY_SUFFIX = '（副本）';
const NAME_MAX = 50;

/** The immutability trigger's refusal (SQLSTATE P0001, hint template_published), anywhere in drizzle's cause chain. */
export function isTemplateImmutableError(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = 'cause' in e ? e.cause : undefined) {
    const hint = 'hint' in e ? e.hint : undefined;
    if (hint === 'template_published') return true;
    if (e instanceof Error && /published template .* is immutable/.test(e.message)) return true;
  }
  return false;
}

async function refusingImmutable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isTemplateImmutableError(err)) throw new DomainError('template_published', 'a published template cannot be changed; create or copy a new one');
    throw err;
  }
}

/** The seller's own draft, locked; public or published templates are refused with 409. */
function ownDraft(row: TemplateRow, sellerId: string): TemplateRow {
  if (row.status === 'published' || row.kind === 'public' || row.sellerId !== sellerId) {
    throw new DomainError('template_published', 'a published template cannot be changed; create or copy a new one');
  }
  return row;
}

async function insertDraft(
  deps: D,
  actor: Actor,
  sellerId: string,
  values: { name: string; description: string | null; nodes: FlowNode[]; copiedFrom: string | null },
): Promise<Template> {
  const now = deps.clock.now();
  const row: TemplateRow = {
    id: newId('tpl', now),
    sellerId,
    kind: 'private',
    presetKey: null,
    status: 'draft',
    publishedAt: null,
    createdAt: now,
    updatedAt: now,
    ...values,
  };
  await deps.db.insert(deliveryTemplates).values({ ...row, createdBy: actor.userId });
  return toTemplate(row, sellerId);
}

export function createTemplate(deps: D, actor: Actor, sellerId: string, body: CreateTemplateBody): Promise<Template> {
  return insertDraft(deps, actor, sellerId, { name: body.name, description: body.description || null, nodes: starterNodes(), copiedFrom: null });
}

/** Copy a public or own template (any status) into a new own draft. */
export async function copyTemplate(deps: D, actor: Actor, sellerId: string, id: string): Promise<Template> {
  const source = await visibleTemplate(deps.db, sellerId, id);
  const name = source.name.slice(0, NAME_MAX - COPY_SUFFIX.length) + COPY_SUFFIX;
  return insertDraft(deps, actor, sellerId, { name, description: source.description, nodes: source.nodes, copiedFrom: source.id });
}

/** Save a draft as a whole; the document may still break publish rules. */
export function updateTemplate(deps: D, sellerId: string, id: string, body: UpdateTemplateBody): Promise<Template> {
  return refusingImmutable(() =>
    deps.db.transaction(async (tx) => {
      const row = ownDraft(await visibleTemplate(tx, sellerId, id, { lock: true }), sellerId);
      const next: TemplateRow = { ...row, name: body.name, description: body.description || null, nodes: body.nodes, updatedAt: deps.clock.now() };
      await tx
        .update(deliveryTemplates)
        .set({ name: next.name, description: next.description, nodes: next.nodes, updatedAt: next.updatedAt })
        .where(eq(deliveryTemplates.id, id));
      return toTemplate(next, sellerId);
    }),
  );
}

/** Publish when every rule holds (422 template_invalid names each broken one); then immutable. */
export function publishTemplate(deps: D, sellerId: string, id: string): Promise<Template> {
  return refusingImmutable(() =>
    deps.db.transaction(async (tx) => {
      const row = ownDraft(await visibleTemplate(tx, sellerId, id, { lock: true }), sellerId);
      const problems = publishProblems(row.nodes);
      if (problems.length > 0) throw new DomainError('template_invalid', `${problems.length} publish rule(s) broken`, { problems });
      const now = deps.clock.now();
      await tx.update(deliveryTemplates).set({ status: 'published', publishedAt: now, updatedAt: now }).where(eq(deliveryTemplates.id, id));
      return toTemplate({ ...row, status: 'published', publishedAt: now, updatedAt: now }, sellerId);
    }),
  );
}

/** Delete an own draft (drafts are never linked to products: only published templates are). */
export function deleteTemplate(deps: D, sellerId: string, id: string): Promise<void> {
  return refusingImmutable(() =>
    deps.db.transaction(async (tx) => {
      ownDraft(await visibleTemplate(tx, sellerId, id, { lock: true }), sellerId);
      await tx.delete(deliveryTemplates).where(eq(deliveryTemplates.id, id));
    }),
  );
}
