import type { FlowNode, StepNode } from '@cloudmart/contracts';

/**
 * The nodes the engine walks, in flow order: containers only group their children, so
 * they are flattened away (the guide: "容器节点无实际意义"). Both the publish rules and
 * the engine read templates through this.
 */
export function flowSteps(nodes: readonly FlowNode[]): StepNode[] {
  return nodes.flatMap((n): StepNode[] => (n.type === 'container' ? n.children : [n]));
}

/** A step that runs until the product's warranty ends (the warranty flow's complete node). */
export function runsUntilWarrantyEnds(step: StepNode): boolean {
  return step.type === 'complete' && step.untilWarrantyEnds;
}

/** A confirm or complete step that moves on by itself when its time is up. */
export function advancesOnTimeout(step: StepNode): boolean {
  return (step.type === 'confirm' || step.type === 'complete') && (step.autoAdvance || runsUntilWarrantyEnds(step));
}

/** The template ends with a warranty: linking a product to it needs the warranty period. */
export function hasWarranty(nodes: readonly FlowNode[]): boolean {
  return flowSteps(nodes).some(runsUntilWarrantyEnds);
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
