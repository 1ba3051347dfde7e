import { avatarSchema, employeeWorkbenchSchema, providerWorkbenchSchema } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiSendVoid, isApiError } from '../../../shared/api/client';
import { uploadFile } from '../../../shared/api/files';

/* The two workbenches and the employee's photo (server: modules/delivery/workbench/workbench.routes.ts). */

const providerKey = ['delivery-workbench', 'provider'] as const;
const meKey = ['delivery-workbench', 'me'] as const;

/** 管理工作台 for a Beijing date ('YYYY-MM-DD'; the server's today when absent), optionally one department branch. */
export function useProviderWorkbench(date: string | undefined, departmentId: string | undefined) {
  return useQuery({
    queryKey: [...providerKey, date ?? null, departmentId ?? null],
    queryFn: () => apiGet('/delivery/workbench/provider', providerWorkbenchSchema, { date, departmentId }),
    placeholderData: keepPreviousData,
  });
}

/** 我的工作台; null when the caller has no delivery profile (the server answers 404). */
export function useEmployeeWorkbench(date: string | undefined, productId: string | undefined, months: { month?: string; rankingMonth?: string } = {}) {
  return useQuery({
    queryKey: [...meKey, date ?? null, productId ?? null, months.month ?? null, months.rankingMonth ?? null],
    queryFn: async () => {
      try {
        return await apiGet('/delivery/workbench/me', employeeWorkbenchSchema, { date, productId, month: months.month, rankingMonth: months.rankingMonth });
      } catch (err) {
        if (isApiError(err) && err.status === 404 && err.code === 'not_found') return null;
        throw err;
      }
    },
    placeholderData: keepPreviousData,
  });
}

/** Upload the photo (purpose avatar), then make it mine. */
export function useSetAvatar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const stored = await uploadFile(file, 'avatar');
      return apiSend('PUT', '/delivery/me/avatar', avatarSchema, { fileId: stored.id });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}

export function useRemoveAvatar() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => apiSendVoid('DELETE', '/delivery/me/avatar'), onSettled: () => qc.invalidateQueries({ queryKey: meKey }) });
}
