import {
  buyerInstanceDetailSchema,
  buyerInstanceSchema,
  buyerOrderDetailSchema,
  buyerOrderSchema,
  instanceStatuses,
  orderStatuses,
  payReply,
  sandboxCompleteReply,
  type ConvertBody,
  type InstanceStatus,
  type OrderStatus,
  type PlaceOrderBody,
  type RenewBody,
  type UpgradeBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiUrl, pageOf } from '../../../shared/api/client';

export const BUYER_PAGE_SIZE = 20;

export interface BuyerListState<S extends string> {
  status: S | '';
  page: number;
  pageSize: number;
}

function positiveInt(v: string | null, fallback: number, max: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** The list's status filter and page, kept in the URL. */
export function listStateFrom<S extends string>(params: URLSearchParams, statuses: readonly S[]): BuyerListState<S> {
  const raw = params.get('status') ?? '';
  const status = statuses.find((s) => s === raw) ?? '';
  return { status, page: positiveInt(params.get('page'), 1, 10_000), pageSize: positiveInt(params.get('pageSize'), BUYER_PAGE_SIZE, 100) };
}

export function listParams<S extends string>(s: BuyerListState<S>): URLSearchParams {
  const p = new URLSearchParams();
  if (s.status) p.set('status', s.status);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.pageSize !== BUYER_PAGE_SIZE) p.set('pageSize', String(s.pageSize));
  return p;
}

export const orderStatusList: readonly OrderStatus[] = orderStatuses;
export const instanceStatusList: readonly InstanceStatus[] = instanceStatuses;

const orderPage = pageOf(buyerOrderSchema);
const instancePage = pageOf(buyerInstanceSchema);

export function useBuyerOrders(s: BuyerListState<OrderStatus>) {
  return useQuery({
    queryKey: ['buyer-orders', 'list', s],
    queryFn: () => apiGet('/buyer/orders', orderPage, { status: s.status, page: s.page, pageSize: s.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** `fresh`: always reload on arrival and on focus (the pay page must show a price the seller just changed). */
export function useBuyerOrder(id: string, fresh = false) {
  return useQuery({
    queryKey: ['buyer-orders', 'detail', id],
    queryFn: () => apiGet(`/buyer/orders/${encodeURIComponent(id)}`, buyerOrderDetailSchema),
    enabled: id !== '',
    ...(fresh ? { refetchOnMount: 'always' as const, refetchOnWindowFocus: 'always' as const } : {}),
  });
}

export function useBuyerInstances(s: BuyerListState<InstanceStatus>) {
  return useQuery({
    queryKey: ['buyer-instances', 'list', s],
    queryFn: () => apiGet('/buyer/instances', instancePage, { status: s.status, page: s.page, pageSize: s.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** `poll`: refetch every 2 s while provisioning runs (the SPI call goes through the outbox). */
export function useBuyerInstance(id: string, poll = false) {
  return useQuery({
    queryKey: ['buyer-instances', 'detail', id],
    queryFn: () => apiGet(`/buyer/instances/${encodeURIComponent(id)}`, buyerInstanceDetailSchema),
    enabled: id !== '',
    refetchInterval: (q) => (poll || q.state.data?.status === 'opening' ? 2_000 : false),
  });
}

function useInvalidateBuyer() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: ['buyer-orders'] }), qc.invalidateQueries({ queryKey: ['buyer-instances'] })]);
}

export function usePlaceOrder() {
  const invalidate = useInvalidateBuyer();
  return useMutation({
    // referralCode: the reseller's ?ref= code kept for this product (distribution, new purchases only)
    mutationFn: ({ body, key }: { body: PlaceOrderBody & { referralCode?: string }; key: string }) =>
      apiSend('POST', '/buyer/orders', buyerOrderDetailSchema, body, { idempotencyKey: key }),
    onSuccess: invalidate,
  });
}

export function usePayOrder() {
  return useMutation({ mutationFn: (orderId: string) => apiSend('POST', `/buyer/orders/${encodeURIComponent(orderId)}/pay`, payReply) });
}

/** The sandbox cashier's "pay" button: the sandbox confirms and calls the marketplace back. */
export function useCompleteSandbox() {
  const invalidate = useInvalidateBuyer();
  return useMutation({
    mutationFn: (paymentId: string) => apiSend('POST', `/payments/sandbox/${encodeURIComponent(paymentId)}/complete`, sandboxCompleteReply),
    onSuccess: invalidate,
  });
}

type InstanceAction = { kind: 'renew'; body: RenewBody } | { kind: 'upgrade'; body: UpgradeBody } | { kind: 'convert'; body: ConvertBody };

/** Renew / upgrade / convert create an unpaid order, paid like any other. */
export function useInstanceAction(instanceId: string) {
  const invalidate = useInvalidateBuyer();
  return useMutation({
    mutationFn: ({ action, key }: { action: InstanceAction; key: string }) =>
      apiSend('POST', `/buyer/instances/${encodeURIComponent(instanceId)}/${action.kind}`, buyerOrderDetailSchema, action.body, { idempotencyKey: key }),
    onSuccess: invalidate,
  });
}

/** A plain navigation: the server answers 302 to the seller's SSO URL. */
export function openAppUrl(instanceId: string): string {
  return apiUrl(`/buyer/instances/${encodeURIComponent(instanceId)}/open`);
}
