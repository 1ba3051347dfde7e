import { demandSources, demandStatuses, type DemandSource, type DemandStatus, type OperatorDemandQuery, type RoutingCandidate } from '@cloudmart/contracts';
import { listParams, listStateFrom, type ListState } from '../../../shared/list-state';

/* Pure helpers of 商机路由 (the operator's routing console). */

export const routingPath = '/operator/demands';
export const routingDemandPath = (id: string) => `${routingPath}/${encodeURIComponent(id)}`;

export const routingFilterKeys = ['status', 'source', 'routing', 'q'] as const;
export type RoutingListState = ListState<(typeof routingFilterKeys)[number]>;

const isStatus = (v: string | undefined): v is DemandStatus => demandStatuses.some((s) => s === v);
const isSource = (v: string | undefined): v is DemandSource => demandSources.some((s) => s === v);

/** The list's filters from the URL; unknown values are dropped, the search cut to the contract's 60. */
export function routingStateFrom(params: URLSearchParams): RoutingListState {
  const state = listStateFrom(params, routingFilterKeys);
  const f = state.filters;
  if (!isStatus(f.status)) delete f.status;
  if (!isSource(f.source)) delete f.source;
  if (f.routing !== '1') delete f.routing;
  if (f.q !== undefined) f.q = f.q.slice(0, 60);
  return state;
}

export const routingParams = (state: RoutingListState) => listParams(state, routingFilterKeys);

/** The query GET /operator/demands takes (operatorDemandQuery). */
export function routingQueryOf(state: RoutingListState): Partial<OperatorDemandQuery> {
  const f = state.filters;
  return {
    status: isStatus(f.status) ? f.status : undefined,
    source: isSource(f.source) ? f.source : undefined,
    routing: f.routing === '1' ? true : undefined,
    q: f.q || undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}

/** 剩余X小时Y分 before an answer is due (the guide's 待响应 剩余23小时58分); null once it is past. */
export function remainingOf(dueAt: string, nowMs: number): { hours: number; minutes: number } | null {
  const left = Date.parse(dueAt) - nowMs;
  if (!Number.isFinite(left) || left <= 0) return null;
  const minutes = Math.floor(left / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** Only an open demand (no live lead) is assigned; a won or closed one is not closed again. */
export function canAssign(status: DemandStatus): boolean {
  return status === 'open';
}
export function canClose(status: DemandStatus): boolean {
  return status === 'open' || status === 'taken';
}

/**
 * The assignment list: sellers that may take it first, fewest misses and least work in hand
 * first; those that already had it (hadIt) last, shown but not choosable.
 */
export function orderCandidates(list: readonly RoutingCandidate[]): RoutingCandidate[] {
  return [...list].sort((a, b) => Number(a.hadIt) - Number(b.hadIt) || a.misses - b.misses || a.following - b.following);
}
