import type { FlowNode, StepNode } from '@cloudmart/contracts';

/**
 * The nodes the engine walks, in flow order: containers only group their children, so
 * they are flattened away (the guide: "容器节点无实际意义"). Both the publish rules and
 * the engine read templates through this.
 */
export function flowSteps(nodes: readonly FlowNode[]): StepNode[] {
  return nodes.flatMap((n): StepNode[] => (n.type === 'container' ? n.children : [n]));
}

/** The step after `nodeId`, or null at the end (or for an unknown id). */
export function nextStep(steps: readonly StepNode[], nodeId: string): StepNode | null {
  const i = steps.findIndex((s) => s.id === nodeId);
  return i >= 0 && i + 1 < steps.length ? (steps[i + 1] ?? null) : null;
}

/** The step before `nodeId` (where a rejection returns to), or null at the start. */
export function previousStep(steps: readonly StepNode[], nodeId: string): StepNode | null {
  const i = steps.findIndex((s) => s.id === nodeId);
  return i > 0 ? (steps[i - 1] ?? null) : null;
}
