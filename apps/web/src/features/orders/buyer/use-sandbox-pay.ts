import { useCompleteSandbox, usePayOrder } from './buyer.queries';

/**
 * "Pay with the sandbox": create (or resume) the order's payment, then have the sandbox
 * cashier confirm it; the order turns paid through the provider's signed callback.
 */
export function useSandboxPay() {
  const pay = usePayOrder();
  const complete = useCompleteSandbox();
  const run = async (orderId: string) => {
    const payment = await pay.mutateAsync(orderId);
    return complete.mutateAsync(payment.paymentId);
  };
  return { run, isPending: pay.isPending || complete.isPending };
}
