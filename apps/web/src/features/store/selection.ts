import type { PlaceOrderBody, StoreProductDetail, StoreSpec } from '@cloudmart/contracts';
import { defaultSpec, needsPeriod, parsePeriod, periodKey, priceOf, sortedPrices } from './pricing';

/** What the buyer picked on the product page; travels to the confirmation page in the URL. */
export interface Selection {
  specId: string;
  /** `month:1`; empty for trial and postpaid specs */
  period: string;
  quantity: number;
}

export const MAX_QUANTITY = 100;

export function initialSelection(product: StoreProductDetail): Selection {
  const spec = defaultSpec(product.specs);
  const first = spec ? sortedPrices(spec.prices)[0] : undefined;
  return { specId: spec?.id ?? '', period: spec && needsPeriod(spec) && first ? periodKey(first) : '', quantity: 1 };
}

/** Changing the spec keeps the period when the new spec sells it, else takes its first. */
export function withSpec(product: StoreProductDetail, sel: Selection, specId: string): Selection {
  const spec = product.specs.find((s) => s.id === specId);
  if (!spec) return sel;
  if (!needsPeriod(spec)) return { ...sel, specId, period: '', quantity: spec.isTrial ? 1 : sel.quantity };
  const keep = spec.prices.some((p) => periodKey(p) === sel.period);
  const first = sortedPrices(spec.prices)[0];
  return { ...sel, specId, period: keep ? sel.period : first ? periodKey(first) : '' };
}

export function checkoutPath(productCode: string, sel: Selection): string {
  const p = new URLSearchParams({ product: productCode, spec: sel.specId, qty: String(sel.quantity) });
  if (sel.period) p.set('period', sel.period);
  return `/store/checkout?${p.toString()}`;
}

export function selectionFrom(params: URLSearchParams): { productCode: string; sel: Selection } {
  const qty = Number(params.get('qty'));
  return {
    productCode: params.get('product') ?? '',
    sel: {
      specId: params.get('spec') ?? '',
      period: params.get('period') ?? '',
      quantity: Number.isInteger(qty) && qty >= 1 && qty <= MAX_QUANTITY ? qty : 1,
    },
  };
}

export interface Resolved {
  spec: StoreSpec;
  /** unit price in fen for the period; 0 for trial, null for postpaid (billed by usage) */
  unitPriceFen: number | null;
  totalFen: number | null;
  body: PlaceOrderBody;
}

/** The order the selection describes, or null when it no longer matches the product. */
export function resolveSelection(product: StoreProductDetail, sel: Selection): Resolved | null {
  const spec = product.specs.find((s) => s.id === sel.specId);
  if (!spec) return null;
  const base = { productId: product.id, specId: spec.id, quantity: spec.isTrial ? 1 : sel.quantity, showContact: false, client: 'pc' as const };
  if (spec.isTrial) return { spec, unitPriceFen: 0, totalFen: 0, body: base };
  if (!needsPeriod(spec)) return { spec, unitPriceFen: null, totalFen: null, body: base };
  const period = parsePeriod(sel.period);
  const price = period ? priceOf(spec, period.unit, period.duration) : undefined;
  if (!period || !price) return null;
  return {
    spec,
    unitPriceFen: price.priceFen,
    totalFen: price.priceFen * base.quantity,
    body: { ...base, unit: period.unit, duration: period.duration },
  };
}
