import type { ProductQueueState, ProviderCapacity, QueueQuery, QueueReply, QueueRetryReply } from '@cloudmart/contracts';
import type { Deps } from '../../../platform/module.js';
import { loadCalendar } from '../calendar/index.js';
import { stepNames } from './project-list.queries.js';
import { productProviderRows } from '../providers/index.js';
import { type Random, retryQueuedProject, retryWaitingTask } from '../engine/index.js';
import {
  countQueued,
  countWaiting,
  employeesByRole,
  queuedProducts,
  queuedProjectIds,
  queuedProjectRows,
  waitingByRole,
  waitingProjectIds,
  waitingTaskRows,
} from './queue.queries.js';

/*
 * 排队情况 (guide 5.2.5 / 5.4.5): what waits, why, and "立即重试" — the two queue sweeps
 * (delivery.jobs.ts) run now for one seller. The sweeps take no seller filter, so the retry
 * walks the same rows in the same order with the same per-project functions, narrowed to the
 * caller: the vendor's queued projects, then the provider's waiting assign-order tasks.
 */

/** As many as one sweep run takes (delivery.jobs.ts BATCH). */
const RETRY_BATCH = 500;
/** Capacity summaries for the products with the most queued projects (one providers query each). */
const CAPACITY_PRODUCTS = 50;

/**
 * Why a product's projects queue, by the provider rule (pickProvider): providers with a
 * weight above 0 and open < max are eligible. No rows at all means the vendor delivers its
 * own product without a limit, so the next retry places the project.
 */
export function productQueueState(providers: readonly Pick<ProviderCapacity, 'weight' | 'maxOpen' | 'open'>[]): ProductQueueState {
  if (providers.length === 0) return 'room';
  const weighted = providers.filter((p) => p.weight > 0);
  if (weighted.length === 0) return 'no_provider';
  return weighted.some((p) => p.open < p.maxOpen) ? 'room' : 'full';
}

const offset = (page: number, pageSize: number) => (page - 1) * pageSize;

export async function getQueue(deps: Deps, sellerId: string, q: QueueQuery): Promise<QueueReply> {
  const db = deps.db;
  const now = deps.clock.now();
  const since = (at: Date) => Math.max(0, now.getTime() - at.getTime());

  const [queuedTotal, projectRows, products] = await Promise.all([
    countQueued(db, sellerId),
    queuedProjectRows(db, sellerId, q.projectsPageSize, offset(q.projectsPage, q.projectsPageSize)),
    queuedProducts(db, sellerId, CAPACITY_PRODUCTS),
  ]);
  const capacity = [];
  const providerRows = await productProviderRows(
    db,
    products.map((x) => x.productId),
  );
  for (const product of products) {
    const providers = (providerRows.get(product.productId) ?? []).map((x) => ({
      providerSellerId: x.sellerId,
      providerName: x.name,
      weight: x.weight,
      maxOpen: x.maxOpen,
      open: x.open,
    }));
    capacity.push({
      productId: product.productId,
      productName: product.productName,
      queued: Number(product.queued),
      state: productQueueState(providers),
      providers,
    });
  }

  const [waitingTotal, taskRows, waiting] = await Promise.all([
    countWaiting(db, sellerId),
    waitingTaskRows(db, sellerId, q.tasksPageSize, offset(q.tasksPage, q.tasksPageSize)),
    waitingByRole(db, sellerId),
  ]);
  const roles = [...waiting.keys()].sort();
  const people = await employeesByRole(db, sellerId, roles, now);
  const names = await stepNames(
    db,
    taskRows.map((r) => r.templateId),
  );

  return {
    projects: {
      items: projectRows.map((r) => {
        // a queued project always has queuedAt (startProject, tryAssignProvider); createdAt is the fallback
        const queuedAt = r.queuedAt ?? r.createdAt;
        return {
          id: r.id,
          orderNo: r.orderNo,
          productId: r.productId,
          productName: r.productName,
          customer: { id: r.customerId, uid: r.customerUid, name: r.customerName ?? '' },
          queuedAt: queuedAt.toISOString(),
          waitedMs: since(queuedAt),
          place: r.place,
        };
      }),
      total: queuedTotal,
      page: q.projectsPage,
      pageSize: q.projectsPageSize,
      capacity,
    },
    tasks: {
      items: taskRows.map((r) => ({
        taskId: r.taskId,
        projectId: r.projectId,
        orderNo: r.orderNo,
        productName: r.productName,
        nodeId: r.nodeId,
        nodeName: names.get(r.templateId)?.get(r.nodeId) ?? r.nodeId,
        role: r.role ?? '',
        enteredAt: r.enteredAt.toISOString(),
        waitedMs: since(r.enteredAt),
      })),
      total: waitingTotal,
      page: q.tasksPage,
      pageSize: q.tasksPageSize,
      roles: roles.map((role) => ({
        role,
        waiting: waiting.get(role) ?? 0,
        employees: people.get(role)?.employees ?? 0,
        available: people.get(role)?.available ?? 0,
      })),
    },
  };
}

/**
 * 立即重试: the provider queue for the caller's queued projects, then the employee queue for
 * the tasks of projects it delivers, each oldest first, each project in its own short
 * transaction with the sweep's own step (queue-drain.ts). Answers how many were placed.
 */
export async function retryQueue(deps: Deps, actorId: string, sellerId: string, random: Random = Math.random): Promise<QueueRetryReply> {
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.db);

  let providersAssigned = 0;
  for (const id of await queuedProjectIds(deps.db, sellerId, RETRY_BATCH)) {
    const placed = await deps.db.transaction((tx) => retryQueuedProject({ tx, now, cal, random, actorId }, id, sellerId));
    if (placed) providersAssigned++;
  }

  let employeesAssigned = 0;
  for (const id of await waitingProjectIds(deps.db, sellerId, RETRY_BATCH)) {
    const placed = await deps.db.transaction((tx) => retryWaitingTask({ tx, now, cal, random, actorId }, id, sellerId));
    if (placed) employeesAssigned++;
  }

  return { providersAssigned, employeesAssigned };
}
