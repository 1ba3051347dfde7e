import { auditEntrySchema, type AuditAction } from '@cloudmart/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, pageOf } from '../../shared/api/client';

/* 操作日志 (issue 17 item 5): the seller's main account reads its organisation's; operators read all. */

const auditPage = pageOf(auditEntrySchema);

export interface AuditFilters {
  page: number;
  pageSize: number;
  action?: AuditAction | undefined;
  actor?: string | undefined;
  sellerId?: string | undefined;
}

export function useAuditLog(audience: 'seller' | 'operator', filters: AuditFilters) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string | number>;
  return useQuery({
    queryKey: ['audit', audience, query],
    queryFn: () => apiGet(`/${audience}/audit-log`, auditPage, query),
    placeholderData: keepPreviousData,
  });
}
