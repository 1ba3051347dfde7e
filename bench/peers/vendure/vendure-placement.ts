// Order placement to a paid state through Vendure's shop API, as a guest: add the item, set the
// customer, the shipping address and method, move to ArrangingPayment, pay with the dummy
// handler (settles at once). Six GraphQL requests per order; each loop of a connection starts
// without a token, so each order gets its own session (Vendure answers with vendure-auth-token).
import autocannon from 'autocannon';

export interface VendurePlacementResult {
  ordersPerSec: number;
  orders: number;
  errors: number;
}

const gql = (query: string): string => JSON.stringify({ query });

export async function benchVendurePlacement(
  url: string,
  variantId: string,
  shippingMethodId: string,
  connections: number,
  seconds: number,
): Promise<VendurePlacementResult> {
  let orders = 0;
  let errors = 0;
  let guest = 0;
  const json = { 'content-type': 'application/json' };
  const withToken = (context: object): Record<string, string> => ({ ...json, authorization: `Bearer ${String(Reflect.get(context, 'token'))}` });
  const check = (status: number, body: string): boolean => {
    const ok = status === 200 && !body.includes('"errors"') && !body.includes('"errorCode"');
    if (!ok) errors++;
    return ok;
  };
  const step = (query: string) => ({
    method: 'POST' as const,
    path: '/shop-api',
    setupRequest: (req: autocannon.Request, context: object) => ({ ...req, headers: withToken(context), body: gql(query) }),
    onResponse: (status: number, body: string) => void check(status, body),
  });
  const started = performance.now();
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/shop-api',
        setupRequest: (req) => ({
          ...req,
          headers: json,
          body: gql(`mutation { addItemToOrder(productVariantId: "${variantId}", quantity: 1) { ... on Order { id } ... on ErrorResult { errorCode } } }`),
        }),
        onResponse: (status, body, context, headers) => {
          if (check(status, body)) Reflect.set(context, 'token', headers?.['vendure-auth-token']);
        },
      },
      {
        method: 'POST',
        path: '/shop-api',
        setupRequest: (req, context) => {
          guest++;
          return {
            ...req,
            headers: withToken(context),
            body: gql(
              `mutation { setCustomerForOrder(input: {emailAddress: "g${process.pid}-${guest}@bench.test", firstName: "Guest", lastName: "${guest}"}) { ... on Order { id } ... on ErrorResult { errorCode } } }`,
            ),
          };
        },
        onResponse: (status, body) => void check(status, body),
      },
      step(
        `mutation { setOrderShippingAddress(input: {fullName: "Guest", streetLine1: "1 Bench Street", city: "Berlin", postalCode: "10115", countryCode: "DE"}) { ... on Order { id } ... on ErrorResult { errorCode } } }`,
      ),
      step(`mutation { setOrderShippingMethod(shippingMethodId: ["${shippingMethodId}"]) { ... on Order { id } ... on ErrorResult { errorCode } } }`),
      step(`mutation { transitionOrderToState(state: "ArrangingPayment") { ... on Order { id } ... on ErrorResult { errorCode } } }`),
      {
        method: 'POST',
        path: '/shop-api',
        setupRequest: (req, context) => ({
          ...req,
          headers: withToken(context),
          body: gql(
            `mutation { addPaymentToOrder(input: {method: "standard-payment", metadata: {}}) { ... on Order { id state } ... on ErrorResult { errorCode } } }`,
          ),
        }),
        onResponse: (status, body) => {
          if (check(status, body) && body.includes('"PaymentSettled"')) orders++;
        },
      },
    ],
  });
  const elapsed = (performance.now() - started) / 1000;
  // timeouts (autocannon's 10 s, as on Cloudmart's side) and socket errors count as errors too
  return { ordersPerSec: orders / elapsed, orders, errors: errors + r.errors };
}
