import { projectStateSchema, queueReplySchema, queueRetryReplySchema, type QueueQuery } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../shared/api/client';
import { projectPath, projectsKey } from '../projects/projects.queries';

/* 排队情况 (server: modules/delivery/projects/queue.routes.ts). */

export const queueKey = ['delivery-queue'] as const;

export function useDeliveryQueue(query: QueueQuery) {
  return useQuery({
    queryKey: [...queueKey, query],
    queryFn: () => apiGet('/delivery/queue', queueReplySchema, { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** Both the queue and the project lists change when something is placed. */
function useInvalidateQueue() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: queueKey }), qc.invalidateQueries({ queryKey: projectsKey })]);
}

/** 立即重试: the provider and employee queues of my company, now (delivery.projects.manage). */
export function useRetryQueue() {
  const invalidate = useInvalidateQueue();
  return useMutation({
    mutationFn: () => apiSend('POST', '/delivery/queue/retry', queueRetryReplySchema),
    onSettled: invalidate,
  });
}

/** 立即分配: the existing "assign now" of one queued project (vendor, delivery.projects.manage). */
export function useAssignProviderNow() {
  const invalidate = useInvalidateQueue();
  return useMutation({
    mutationFn: (projectId: string) => apiSend('POST', `${projectPath('seller', projectId)}/assign-provider`, projectStateSchema),
    onSettled: invalidate,
  });
}

const DEFAULT_PAGE_SIZE = 20;
function positiveInt(v: string | null, fallback: number, max: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** Each list's page as the URL keeps it, so the back button from a project returns to the same pages. */
export function queueQueryFrom(params: URLSearchParams): QueueQuery {
  return {
    projectsPage: positiveInt(params.get('projectsPage'), 1, 10_000),
    projectsPageSize: positiveInt(params.get('projectsPageSize'), DEFAULT_PAGE_SIZE, 100),
    tasksPage: positiveInt(params.get('tasksPage'), 1, 10_000),
    tasksPageSize: positiveInt(params.get('tasksPageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

export function queueParams(q: QueueQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.projectsPage > 1) p.set('projectsPage', String(q.projectsPage));
  if (q.projectsPageSize !== DEFAULT_PAGE_SIZE) p.set('projectsPageSize', String(q.projectsPageSize));
  if (q.tasksPage > 1) p.set('tasksPage', String(q.tasksPage));
  if (q.tasksPageSize !== DEFAULT_PAGE_SIZE) p.set('tasksPageSize', String(q.tasksPageSize));
  return p;
}
