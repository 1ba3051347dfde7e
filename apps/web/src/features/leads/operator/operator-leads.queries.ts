import {
  demandSchema,
  leadMessageSchema,
  operatorDemandDetailSchema,
  operatorDemandRowSchema,
  routingCandidateSchema,
  type OperatorRaiseDemandBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend } from '../../../shared/api/client';
import { routingDemandPath, routingPath, routingQueryOf, type RoutingListState } from './routing-format';

/* 商机路由: the operator's demand list, one demand with its leads, and what the operator does to it. */

const rowPage = z.object({ items: z.array(operatorDemandRowSchema), total: z.number().int() });
const key = ['operator-demands'] as const;

export function useRoutingDemands(state: RoutingListState) {
  return useQuery({
    queryKey: [...key, 'list', state],
    queryFn: () => apiGet(routingPath, rowPage, routingQueryOf(state)),
    placeholderData: keepPreviousData,
  });
}

export function useRoutingDemand(id: string) {
  return useQuery({ queryKey: [...key, 'one', id], queryFn: () => apiGet(routingDemandPath(id), operatorDemandDetailSchema) });
}

export function useCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'candidates', id],
    enabled,
    queryFn: () => apiGet(`${routingDemandPath(id)}/candidates`, z.array(routingCandidateSchema)),
  });
}

function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: key }) });
}

export function useAssignDemand(id: string) {
  return useWrite((sellerId: string) => apiSend('POST', `${routingDemandPath(id)}/assign`, operatorDemandDetailSchema, { sellerId }));
}

export function useCloseDemand(id: string) {
  return useWrite((reason: string) => apiSend('POST', `${routingDemandPath(id)}/close`, operatorDemandDetailSchema, { reason }));
}

export function useReplyToSeller(id: string) {
  return useWrite((body: string) => apiSend('POST', `${routingDemandPath(id)}/messages`, leadMessageSchema, { body }));
}

/** 小二代提: to routing, or straight to a seller. */
export function useRaiseDemand() {
  return useWrite((body: OperatorRaiseDemandBody) => apiSend('POST', routingPath, demandSchema, body));
}
