import { liveTask, loadFlow, stepOf, tryAssignEmployee, tryAssignProvider, type FlowCtx } from './flow-runner.js';

/*
 * One step of draining a queue, shared by the sweeps (delivery.jobs.ts) and the seller's
 * 立即重试 (queue.service.ts). The project row is locked by loadFlow and its state checked
 * again under that lock, so a sweep, "assign now" and a retry never place one project twice.
 */

/** A queued project (optionally only of this vendor): try the provider choice again. True when placed. */
export async function retryQueuedProject(fc: FlowCtx, projectId: string, vendorSellerId?: string): Promise<boolean> {
  const flow = await loadFlow(fc.tx, projectId);
  if (flow.project.status !== 'queued' || (vendorSellerId !== undefined && flow.project.vendorSellerId !== vendorSellerId)) return false;
  const task = await liveTask(fc.tx, projectId);
  if (task?.status !== 'waiting') return false;
  await tryAssignProvider(fc, flow, task);
  return flow.project.providerSellerId !== null;
}

/** A running project waiting at an assign-order step (optionally only of this provider): try the employee choice again. */
export async function retryWaitingTask(fc: FlowCtx, projectId: string, providerSellerId?: string): Promise<boolean> {
  const flow = await loadFlow(fc.tx, projectId);
  if (flow.project.status !== 'running' || (providerSellerId !== undefined && flow.project.providerSellerId !== providerSellerId)) return false;
  const task = await liveTask(fc.tx, projectId);
  if (task?.status !== 'waiting' || stepOf(flow, task.nodeId).type !== 'assign') return false;
  return tryAssignEmployee(fc, flow, task);
}
