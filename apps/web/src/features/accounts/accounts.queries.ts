import {
  catalogueReply,
  generatedPasswordReply,
  permissionGroupSchema,
  subAccountSchema,
  type createGroupBody,
  type createSubAccountBody,
  type updateGroupBody,
  type updateSubAccountBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, apiSendVoid, pageOf } from '../../shared/api/client';

// ---- sub-accounts ----

const subAccountsKey = ['sub-accounts'] as const;
const groupsKey = ['permission-groups'] as const;
const subAccountPage = pageOf(subAccountSchema);

export interface SubAccountFilter {
  q?: string;
  status?: 'active' | 'disabled';
  page: number;
  pageSize: number;
}

export function useSubAccounts(f: SubAccountFilter) {
  return useQuery({
    queryKey: [...subAccountsKey, 'list', f],
    queryFn: () => apiGet('/seller/sub-accounts', subAccountPage, { q: f.q, status: f.status, page: f.page, pageSize: f.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Every sub-account (for the members editor): walks the pages, 100 at a time. */
export function useAllSubAccounts(enabled: boolean) {
  return useQuery({
    queryKey: [...subAccountsKey, 'all'],
    enabled,
    queryFn: async () => {
      const first = await apiGet('/seller/sub-accounts', subAccountPage, { page: 1, pageSize: 100 });
      const items = [...first.items];
      for (let page = 2; items.length < first.total && page <= 50; page++) {
        const next = await apiGet('/seller/sub-accounts', subAccountPage, { page, pageSize: 100 });
        if (next.items.length === 0) break;
        items.push(...next.items);
      }
      return items;
    },
  });
}

/** Both lists show memberships, so a change to either refreshes both. */
function useInvalidateAccounts() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: subAccountsKey }), qc.invalidateQueries({ queryKey: groupsKey })]);
}

export type CreateSubAccountInput = z.input<typeof createSubAccountBody>;
export type UpdateSubAccountInput = z.input<typeof updateSubAccountBody>;

export function useCreateSubAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (body: CreateSubAccountInput) => apiSend('POST', '/seller/sub-accounts', generatedPasswordReply, body),
    onSuccess: invalidate,
  });
}

export function useUpdateSubAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSubAccountInput }) =>
      apiSend('PATCH', `/seller/sub-accounts/${encodeURIComponent(id)}`, subAccountSchema, body),
    onSuccess: invalidate,
  });
}

export type SubAccountAction = 'disable' | 'enable' | 'delete';

export function useSubAccountAction() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: SubAccountAction }) => {
      const path = `/seller/sub-accounts/${encodeURIComponent(id)}`;
      return action === 'delete' ? apiSendVoid('DELETE', path) : apiSendVoid('POST', `${path}/${action}`);
    },
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (id: string) => apiSend('POST', `/seller/sub-accounts/${encodeURIComponent(id)}/reset-password`, generatedPasswordReply),
    onSuccess: invalidate,
  });
}

const loginUrlReply = z.object({ url: z.string() });

export function useLoginUrl() {
  return useQuery({
    queryKey: [...subAccountsKey, 'login-url'],
    queryFn: () => apiGet('/seller/sub-accounts/login-url', loginUrlReply),
    staleTime: Infinity,
  });
}

/** The seller code (login-name suffix), read from the login URL's `?seller=` parameter. */
export function sellerCodeFromLoginUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, window.location.origin).searchParams.get('seller');
  } catch {
    return null;
  }
}

// ---- permission groups ----

export function usePermissionGroups() {
  return useQuery({ queryKey: groupsKey, queryFn: () => apiGet('/seller/permission-groups', z.array(permissionGroupSchema)) });
}

export type CreateGroupInput = z.input<typeof createGroupBody>;
export type UpdateGroupInput = z.input<typeof updateGroupBody>;

export function useCreateGroup() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (body: CreateGroupInput) => apiSend('POST', '/seller/permission-groups', permissionGroupSchema, body),
    onSuccess: invalidate,
  });
}

export function useUpdateGroup() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateGroupInput }) =>
      apiSend('PATCH', `/seller/permission-groups/${encodeURIComponent(id)}`, permissionGroupSchema, body),
    onSuccess: invalidate,
  });
}

export function useDeleteGroup() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (id: string) => apiSendVoid('DELETE', `/seller/permission-groups/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
}

export function useSetGroupMembers() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, userIds }: { id: string; userIds: string[] }) =>
      apiSend('PUT', `/seller/permission-groups/${encodeURIComponent(id)}/members`, permissionGroupSchema, { userIds }),
    onSuccess: invalidate,
  });
}

export function usePermissionCatalogue() {
  return useQuery({ queryKey: ['permissions', 'catalogue'], queryFn: () => apiGet('/permissions/catalogue', catalogueReply), staleTime: Infinity });
}
