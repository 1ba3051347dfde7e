import type { FlowNode, LeafNode, PublishProblem, PublishRuleCode } from '@cloudmart/contracts';

/*
 * Pure edits of a template's node list (the editor keeps the whole document and PUTs it).
 * A node is addressed by its position: `index` among the top-level nodes, `child` inside a
 * container. The built-in assign-provider node stays first: it is never moved or deleted.
 */

export interface NodePath {
  index: number;
  child?: number;
}
/** Where a new node goes: position `at` among the top level, or among a container's children. */
export interface InsertPoint {
  at: number;
  container?: number;
}

export type LeafType = LeafNode['type'];
export type AddableType = LeafType | 'container';
export const leafTypes: readonly LeafType[] = ['submit', 'claim', 'assign', 'confirm', 'general', 'complete'];
export const addableTypes: readonly AddableType[] = ['container', ...leafTypes];

/** Every id in the document, container children included. */
export function allIds(nodes: readonly FlowNode[]): Set<string> {
  return new Set(nodes.flatMap((n) => (n.type === 'container' ? [n.id, ...n.children.map((c) => c.id)] : [n.id])));
}

/** A stable id unique in this document (`n-` + random). */
export function newNodeId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `n-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.has(id)) return id;
  }
}

/** A fresh node of a type with the schema's defaults; the seller fills the rest in. */
export function newNode(type: AddableType, id: string, name: string): FlowNode {
  const base = { id, name, reminders: [] };
  switch (type) {
    case 'container':
      return { ...base, type, children: [] };
    case 'submit':
      return { ...base, type, timeoutDays: 0 };
    case 'claim':
      return { ...base, type, timeoutDays: 0 };
    case 'assign':
      return { ...base, type, rule: 'provider_first' };
    case 'confirm':
      return { ...base, type, rejectable: false, timeoutDays: 0, autoAdvance: false };
    case 'general':
      return { ...base, type, uploadRequired: false, uploadKind: 'any', timeoutDays: 0 };
    case 'complete':
      return { ...base, type, rejectable: false, timeoutDays: 0, autoAdvance: false, untilWarrantyEnds: false };
  }
}

export function isLeaf(node: FlowNode): node is LeafNode {
  return node.type !== 'container' && node.type !== 'assign_provider';
}

export function nodeAt(nodes: readonly FlowNode[], p: NodePath): FlowNode | undefined {
  const top = nodes[p.index];
  if (p.child === undefined) return top;
  return top?.type === 'container' ? top.children[p.child] : undefined;
}

function withChildren(nodes: readonly FlowNode[], index: number, edit: (children: LeafNode[]) => LeafNode[]): FlowNode[] {
  return nodes.map((n, i) => (i === index && n.type === 'container' ? { ...n, children: edit([...n.children]) } : n));
}

export function insertNode(nodes: readonly FlowNode[], point: InsertPoint, node: FlowNode): FlowNode[] {
  if (point.container === undefined) return [...nodes.slice(0, point.at), node, ...nodes.slice(point.at)];
  if (!isLeaf(node)) return [...nodes];
  return withChildren(nodes, point.container, (c) => [...c.slice(0, point.at), node, ...c.slice(point.at)]);
}

export function replaceNode(nodes: readonly FlowNode[], p: NodePath, node: FlowNode): FlowNode[] {
  if (p.child === undefined) return nodes.map((n, i) => (i === p.index ? node : n));
  const child = p.child;
  if (!isLeaf(node)) return [...nodes];
  return withChildren(nodes, p.index, (c) => c.map((n, i) => (i === child ? node : n)));
}

export function canDelete(nodes: readonly FlowNode[], p: NodePath): boolean {
  return nodeAt(nodes, p)?.type !== 'assign_provider';
}

export function removeNode(nodes: readonly FlowNode[], p: NodePath): FlowNode[] {
  if (!canDelete(nodes, p)) return [...nodes];
  if (p.child === undefined) return nodes.filter((_, i) => i !== p.index);
  const child = p.child;
  return withChildren(nodes, p.index, (c) => c.filter((_, i) => i !== child));
}

/** The assign-provider node never moves, and nothing moves above it. */
export function canMove(nodes: readonly FlowNode[], p: NodePath, delta: -1 | 1): boolean {
  const node = nodeAt(nodes, p);
  if (!node || node.type === 'assign_provider') return false;
  if (p.child === undefined) {
    const to = p.index + delta;
    return to >= 0 && to < nodes.length && nodes[to]?.type !== 'assign_provider';
  }
  const top = nodes[p.index];
  const to = p.child + delta;
  return top?.type === 'container' && to >= 0 && to < top.children.length;
}

function swap<T>(list: readonly T[], i: number, j: number): T[] {
  const next = [...list];
  const a = next[i];
  const b = next[j];
  if (a === undefined || b === undefined) return next;
  next[i] = b;
  next[j] = a;
  return next;
}

export function moveNode(nodes: readonly FlowNode[], p: NodePath, delta: -1 | 1): FlowNode[] {
  if (!canMove(nodes, p, delta)) return [...nodes];
  if (p.child === undefined) return swap(nodes, p.index, p.index + delta);
  const child = p.child;
  return withChildren(nodes, p.index, (c) => swap(c, child, child + delta));
}

/** Broken rules per node id (rules naming no node are under `null`). */
export function problemsByNode(problems: readonly PublishProblem[]): Map<string | null, PublishRuleCode[]> {
  const map = new Map<string | null, PublishRuleCode[]>();
  for (const p of problems) map.set(p.nodeId, [...(map.get(p.nodeId) ?? []), p.rule]);
  return map;
}

const stepsOf = (list: readonly FlowNode[]): FlowNode[] => list.flatMap((n) => (n.type === 'container' ? n.children : [n]));

/** The step the engine walks right before a position (containers flattened away). */
export function stepBefore(nodes: readonly FlowNode[], point: InsertPoint): FlowNode | undefined {
  if (point.container !== undefined) {
    const c = nodes[point.container];
    if (c?.type === 'container' && point.at > 0) return c.children[point.at - 1];
    return stepsOf(nodes.slice(0, point.container)).at(-1);
  }
  return stepsOf(nodes.slice(0, point.at)).at(-1);
}

/** The position a node stands at, as an insert point (for stepBefore). */
export function pointOf(p: NodePath): InsertPoint {
  return p.child === undefined ? { at: p.index } : { at: p.child, container: p.index };
}
