/**
 * A payment provider (cashier). The marketplace creates a payment, sends the buyer to
 * payUrl, and learns the outcome only from the provider's signed callback, which
 * verifyCallback authenticates and parses (a boundary: never trust the body unverified).
 */
export interface PaymentRequest {
  paymentId: string;
  orderId: string;
  amountFen: number;
  subject: string;
}

export interface VerifiedCallback {
  providerRef: string;
  orderId: string;
  amountFen: number;
  status: 'succeeded' | 'failed';
}

export type CallbackHeaders = Record<string, string | string[] | undefined>;

export interface PaymentProvider {
  readonly name: string;
  /**
   * createPayment does no I/O (the sandbox): it may run inside the transaction that locks the
   * order, so paying takes one transaction instead of two. A real cashier is a network call and
   * leaves this unset: it must never hold a lock or a connection.
   */
  readonly local?: boolean;
  createPayment(req: PaymentRequest): Promise<{ providerRef: string; payUrl: string }>;
  /** Where to send the buyer again for a payment still pending. */
  payUrlFor(p: { paymentId: string; orderId: string; providerRef: string }): string;
  /** Throws DomainError invalid_signature unless the callback is authentic and well-formed. */
  verifyCallback(headers: CallbackHeaders, body: unknown): VerifiedCallback;
}
