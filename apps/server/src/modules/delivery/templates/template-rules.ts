import type { FlowNode, LeafNode, PublishProblem, PublishRuleCode, StepNode } from '@cloudmart/contracts';
import { flowSteps } from './flow-steps.js';

/*
 * The publish rules of a service-flow template (guide 5.2.2; DOMAIN 5 "Validation on
 * publish"). Drafts may break any of them; publishing reports every broken rule at once,
 * each naming its node, so the editor can point at it.
 */

type Check = (ctx: Ctx) => Iterable<PublishProblem>;
interface Ctx {
  nodes: readonly FlowNode[];
  steps: readonly StepNode[];
  /** top-level nodes and container children, in document order */
  all: readonly FlowNode[];
}

const problem = (rule: PublishRuleCode, nodeId: string | null): PublishProblem => ({ rule, nodeId });
const blank = (s: string | undefined) => !s || s.trim() === '';
/** 1.5 is fine, 1.25 is not ("精确到小数点后1位") */
const tooPrecise = (days: number) => Math.abs(days * 10 - Math.round(days * 10)) > 1e-9;
const rejectable = (s: StepNode) => (s.type === 'confirm' || s.type === 'complete') && s.rejectable;
/** confirm/general nodes operated by the provider side need a role */
const providerSide = (s: StepNode): s is Extract<LeafNode, { type: 'confirm' | 'general' }> =>
  (s.type === 'confirm' || s.type === 'general') && s.side === 'provider';

function* structure({ nodes, steps }: Ctx): Iterable<PublishProblem> {
  const first = nodes[0];
  if (first?.type !== 'assign_provider') yield problem('first_not_assign_provider', first?.id ?? null);
  for (const n of nodes.slice(1)) if (n.type === 'assign_provider') yield problem('assign_provider_twice', n.id);
  const last = steps.at(-1);
  if (last?.type !== 'complete') yield problem('last_not_complete', last?.id ?? null);
  for (const s of steps.slice(0, -1)) if (s.type === 'complete') yield problem('complete_not_last', s.id);
  if (!steps.some((s) => s.type !== 'assign_provider' && s.type !== 'complete')) yield problem('no_work_nodes', null);
  for (const n of nodes) if (n.type === 'container' && n.children.length === 0) yield problem('container_empty', n.id);
}

function* identity({ all }: Ctx): Iterable<PublishProblem> {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const n of all) {
    if (seen.has(n.id) && !reported.has(n.id)) {
      reported.add(n.id);
      yield problem('duplicate_node_id', n.id);
    }
    seen.add(n.id);
    if (blank(n.name)) yield problem('name_missing', n.id);
  }
}

function* roles({ steps }: Ctx): Iterable<PublishProblem> {
  const assigned = new Set<string>();
  let claimed = false;
  for (const s of steps) {
    if ((s.type === 'claim' || s.type === 'assign') && !s.role) yield problem('role_missing', s.id);
    if ((s.type === 'confirm' || s.type === 'general') && !s.side) yield problem('side_missing', s.id);
    if (providerSide(s)) {
      if (!s.role) yield problem('role_missing', s.id);
      else if (!assigned.has(s.role)) yield problem('role_not_assigned', s.id);
    }
    if (s.type === 'assign' && s.rule === 'department_first' && !claimed) yield problem('department_first_without_claim', s.id);
    if (s.type === 'claim') claimed = true;
    if ((s.type === 'claim' || s.type === 'assign') && s.role) assigned.add(s.role);
  }
}

function* rejection({ steps }: Ctx): Iterable<PublishProblem> {
  let before: StepNode | undefined;
  for (const s of steps) {
    if (rejectable(s)) {
      // the guide: "认领订单节点/分配订单节点的下一个节点不可以含有驳回功能"
      if (before?.type === 'claim' || before?.type === 'assign') yield problem('reject_after_assign', s.id);
      if ((s.type === 'confirm' || s.type === 'complete') && blank(s.rejectLabel)) yield problem('reject_label_missing', s.id);
    }
    before = s;
  }
}

function labelsMissing(s: StepNode): boolean {
  switch (s.type) {
    case 'submit':
      return blank(s.submitLabel) || blank(s.viewLabel);
    case 'confirm':
    case 'complete':
      return blank(s.confirmLabel);
    case 'general':
      return blank(s.confirmLabel) || (s.uploadRequired && (blank(s.uploadLabel) || blank(s.viewLabel)));
    default:
      return false;
  }
}

function* settings({ steps }: Ctx): Iterable<PublishProblem> {
  for (const s of steps) {
    if (labelsMissing(s)) yield problem('label_missing', s.id);
    if (s.type === 'submit' && !s.form) yield problem('form_missing', s.id);
    if ('timeoutDays' in s && tooPrecise(s.timeoutDays)) yield problem('timeout_precision', s.id);
    if ((s.type === 'confirm' || s.type === 'complete') && s.autoAdvance && s.timeoutDays <= 0) yield problem('auto_advance_without_timeout', s.id);
  }
}

const checks: readonly Check[] = [structure, identity, roles, rejection, settings];

/** Every broken publish rule of a template, in document order per rule group; empty = publishable. */
export function publishProblems(nodes: readonly FlowNode[]): PublishProblem[] {
  const all = nodes.flatMap((n): FlowNode[] => (n.type === 'container' ? [n, ...n.children] : [n]));
  const ctx: Ctx = { nodes, steps: flowSteps(nodes), all };
  return checks.flatMap((check) => [...check(ctx)]);
}
