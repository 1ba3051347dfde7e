import { downloadSchema, type Download } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiSendVoid, apiUrl, pageOf } from '../../shared/api/client';

export const downloadsKey = ['downloads'] as const;
const downloadPage = pageOf(downloadSchema);
/** while something is building, the list asks again this often */
export const BUILDING_POLL_MS = 2_000;

export function useMyDownloads(page: { page: number; pageSize: number }, enabled: boolean) {
  return useQuery({
    queryKey: [...downloadsKey, page],
    queryFn: () => apiGet('/downloads', downloadPage, page),
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === 'pending') ? BUILDING_POLL_MS : false),
  });
}

/** Ask for an export; the list is refreshed so the new (pending) row shows at once. */
export function useRequestExport<B>(path: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: B): Promise<Download> => apiSend('POST', path, downloadSchema, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: downloadsKey }),
  });
}

export function useRemoveDownload() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSendVoid('DELETE', `/downloads/${encodeURIComponent(id)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: downloadsKey }),
  });
}

/** A plain link: the browser downloads the file with the session cookie. */
export function downloadFileUrl(id: string): string {
  return apiUrl(`/downloads/${encodeURIComponent(id)}/file`);
}
