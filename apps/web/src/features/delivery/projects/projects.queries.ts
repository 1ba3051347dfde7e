import {
  availableProviderSchema,
  employeeSchema,
  projectDetailSchema,
  projectListReplySchema,
  projectMessageSchema,
  projectScopes,
  projectTabs,
  requirementFormSchema,
  type DeliveryRole,
  type PostProjectMessageBody,
  type ProjectListFilters,
  type ProjectScope,
  type ProjectTab,
  type SellerProjectTab,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, pageOf } from '../../../shared/api/client';
import { useRequestExport } from '../../downloads/downloads.queries';

/* Delivery projects (server: modules/delivery/projects/project-views.routes.ts). */

/** Who is looking: the seller back office (vendor, provider, employee), the customer, or the platform's operator (read-only). */
export type ProjectAudience = 'seller' | 'buyer' | 'operator';

export const projectsKey = ['delivery-projects'] as const;
const bases: Record<ProjectAudience, string> = {
  seller: '/delivery/projects',
  buyer: '/buyer/delivery/projects',
  operator: '/operator/delivery/projects',
};
export const projectPath = (audience: ProjectAudience, id: string) => `${bases[audience]}/${encodeURIComponent(id)}`;

/** The list filters as the URL keeps them (strings); tab and scope have their own controls. */
export const projectFilterKeys = ['orderNo', 'operatorName', 'operatorId', 'customerUid', 'productId', 'from', 'to'] as const;
/** The operator's list spans sellers: it also filters by the project's vendor or provider. */
export const operatorFilterKeys = [...projectFilterKeys, 'vendorSellerId', 'providerSellerId'] as const;
export type ProjectFilterKey = (typeof operatorFilterKeys)[number];
export type ProjectFilters = Partial<Record<ProjectFilterKey, string>>;

export interface ProjectListState {
  scope: ProjectScope;
  tab: SellerProjectTab;
  filters: ProjectFilters;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;

/** A list without 我的项目's tabs (the buyer's): 待处理/已处理 fall back to 全部. */
export const statusTabOf = (tab: SellerProjectTab): ProjectTab => (tab === 'pending' || tab === 'handled' ? 'all' : tab);

const isTabOf = (tabs: readonly SellerProjectTab[], v: string | null): v is SellerProjectTab => v !== null && (tabs as readonly string[]).includes(v);
const isScope = (v: string | null): v is ProjectScope => v !== null && (projectScopes as readonly string[]).includes(v);
function positiveInt(v: string | null, fallback: number, max: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** State from the URL, so the back button from a detail page keeps tab, scope and filters. */
export function projectListStateFrom(
  params: URLSearchParams,
  defaultScope: ProjectScope,
  keys: readonly ProjectFilterKey[] = projectFilterKeys,
  /** the tabs this list has: 待处理/已处理 only where 我的项目 is offered */
  tabs: readonly SellerProjectTab[] = projectTabs,
): ProjectListState {
  const filters: ProjectFilters = {};
  for (const key of keys) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v;
  }
  const scope = params.get('scope');
  const tab = params.get('tab');
  return {
    scope: isScope(scope) ? scope : defaultScope,
    tab: isTabOf(tabs, tab) ? tab : 'all',
    filters,
    page: positiveInt(params.get('page'), 1, 10_000),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

export function projectListParams(state: ProjectListState): URLSearchParams {
  const p = new URLSearchParams();
  p.set('scope', state.scope);
  if (state.tab !== 'all') p.set('tab', state.tab);
  for (const key of operatorFilterKeys) {
    const v = state.filters[key];
    if (v) p.set(key, v);
  }
  if (state.page > 1) p.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(state.pageSize));
  return p;
}

function filterQuery(state: Pick<ProjectListState, 'scope' | 'tab' | 'filters'>): Partial<Record<keyof ProjectListFilters, string>> {
  return { scope: state.scope, tab: state.tab, ...state.filters };
}

export function useSellerProjects(state: ProjectListState) {
  return useQuery({
    queryKey: [...projectsKey, 'seller', 'list', state],
    queryFn: () => apiGet('/delivery/projects', projectListReplySchema, { ...filterQuery(state), page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** 列表导出: the list with its current filters, built into 我的下载. */
export function useProjectExport() {
  return useRequestExport<ReturnType<typeof filterQuery>>('/delivery/projects/exports');
}

/** What 列表导出 sends: the list's scope, tab and filters, as the list query has them. */
export const projectExportBody = filterQuery;

export function useBuyerProjects(query: { tab: ProjectTab; page: number; pageSize: number; orderId?: string }) {
  return useQuery({
    queryKey: [...projectsKey, 'buyer', 'list', query],
    queryFn: () => apiGet('/buyer/delivery/projects', projectListReplySchema, { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** Every seller's projects, for the operator's disputes page (no scope: the operator sees all). */
export function useOperatorProjects(state: ProjectListState) {
  return useQuery({
    queryKey: [...projectsKey, 'operator', 'list', state],
    queryFn: () => apiGet(bases.operator, projectListReplySchema, { tab: state.tab, ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useProjectDetail(audience: ProjectAudience, id: string) {
  return useQuery({
    queryKey: [...projectsKey, audience, 'detail', id],
    queryFn: () => apiGet(projectPath(audience, id), projectDetailSchema),
  });
}

export function useInvalidateProjects() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: projectsKey });
}

/** Post a message (both sides) or a note (provider side only). */
export function usePostConversation(audience: ProjectAudience, id: string, kind: 'message' | 'note') {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: (body: PostProjectMessageBody) => apiSend('POST', `${projectPath(audience, id)}/${kind}s`, projectMessageSchema, body),
    onSuccess: invalidate,
  });
}

export function useRequirementForms() {
  return useQuery({
    queryKey: ['delivery-requirement-forms'],
    queryFn: () => apiGet('/delivery/requirement-forms', z.array(requirementFormSchema)),
    staleTime: Infinity,
  });
}

const employeePage = pageOf(employeeSchema);

/** Employees of a role, for 更换操作人 (needs delivery.staff on the server). */
export function useEmployeesOfRole(role: DeliveryRole | undefined) {
  return useQuery({
    queryKey: ['delivery-employees', 'role', role],
    enabled: role !== undefined,
    queryFn: () => apiGet('/delivery/employees', employeePage, { role, pageSize: 100 }),
  });
}

/** Providers the vendor may pick (itself and the linked ones), for 更换服务商. */
export function useAvailableProviders(enabled: boolean) {
  return useQuery({
    queryKey: ['delivery-providers', 'available'],
    enabled,
    queryFn: () => apiGet('/delivery/providers', z.array(availableProviderSchema)),
  });
}
