import { claimSearchReply, deliveryFileSchema, projectStateSchema, type ChangeOperatorBody, type FilePurpose } from '@cloudmart/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../shared/api/client';
import { uploadFile } from '../../../shared/api/files';
import { projectPath, useInvalidateProjects, type ProjectAudience } from './projects.queries';

/*
 * Actions on a project (server: modules/delivery/projects/project-actions.routes.ts). Every node
 * action names the node the caller saw; a stale one answers 409 conflict. Each success or
 * failure refreshes the project, so the buttons always follow the live step.
 */

export type NodeAction =
  | { kind: 'confirm'; nodeId: string; comment?: string }
  | { kind: 'reject'; nodeId: string; reason: string }
  | { kind: 'complete-task'; nodeId: string; comment?: string }
  | { kind: 'complete-project'; nodeId: string }
  | { kind: 'submit-requirements'; nodeId: string; answers: Record<string, unknown> };

export function useNodeAction(audience: ProjectAudience, id: string) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: ({ kind, ...body }: NodeAction) => apiSend('POST', `${projectPath(audience, id)}/${kind}`, projectStateSchema, body),
    onSettled: invalidate,
  });
}

/** Upload through /files, then attach the file to the current step. */
export function useUploadStepFile(audience: ProjectAudience, id: string) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: async ({ file, purpose }: { file: File; purpose: FilePurpose }) => {
      const stored = await uploadFile(file, purpose);
      return apiSend('POST', `${projectPath(audience, id)}/files`, deliveryFileSchema, { fileId: stored.id });
    },
    onSettled: invalidate,
  });
}

export type ManageAction =
  | { kind: 'pause'; reason: string }
  | { kind: 'resume' }
  | { kind: 'change-operator'; body: ChangeOperatorBody }
  | { kind: 'change-provider'; providerSellerId: string }
  | { kind: 'assign-provider' };

function manageBody(a: ManageAction): unknown {
  switch (a.kind) {
    case 'pause':
      return { reason: a.reason };
    case 'change-operator':
      return a.body;
    case 'change-provider':
      return { providerSellerId: a.providerSellerId };
    case 'resume':
    case 'assign-provider':
      return undefined;
  }
}

/** Provider admin and vendor (delivery.projects.manage). */
export function useManageAction(id: string) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: (a: ManageAction) => apiSend('POST', `${projectPath('seller', id)}/${a.kind}`, projectStateSchema, manageBody(a)),
    onSettled: invalidate,
  });
}

/** 认领订单: an account manager claims an order at a claim step by its number. */
/** 订单认领's search: the order among my company's deliveries, and whether I can claim it (null: not searched yet). */
export function useClaimSearch(orderNo: string | null) {
  return useQuery({
    queryKey: ['delivery-projects', 'claim-search', orderNo],
    queryFn: () => apiGet('/delivery/claims', claimSearchReply, { orderNo: orderNo ?? '' }),
    enabled: orderNo !== null,
  });
}

export function useClaimOrder() {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: (orderNo: string) => apiSend('POST', '/delivery/claims', projectStateSchema, { orderNo }),
    onSuccess: invalidate,
  });
}

/** 关闭流程: the operator ends a disputed flow for both sides (cannot be undone). */
export function useCancelFlow(id: string) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: (reason: string) => apiSend('POST', `${projectPath('operator', id)}/cancel`, projectStateSchema, { reason }),
    onSettled: invalidate,
  });
}
