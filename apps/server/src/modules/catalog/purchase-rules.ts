import type { BillingMode, ProductStatus, ProductType } from '@cloudmart/contracts';

export const purchasePurposes = ['new', 'renew', 'trial', 'upgrade', 'trial_to_paid'] as const;
export type PurchasePurpose = (typeof purchasePurposes)[number];

export interface PurchaseFacts {
  product: { status: ProductStatus; type: ProductType; billing: BillingMode };
  spec: { hidden: boolean; isTrial: boolean };
  purpose: PurchasePurpose;
}

export type PurchaseRefusalCode = 'product_not_listed' | 'product_delisted' | 'renewal_not_allowed' | 'spec_not_orderable';
export interface PurchaseRefusal {
  code: PurchaseRefusalCode;
  detail: string;
}

/**
 * Whether a buyer who already has an instance may renew it after the product was
 * delisted (guide 6): per-period SaaS cannot be renewed, and images earn nothing
 * further ("无法再收取用户使用镜像的费用"); service, download, per-use SaaS and API
 * instances keep their terms (API delistings are coordinated by an operator).
 */
export function renewableAfterDelisting(type: ProductType, billing: BillingMode): boolean {
  if (type === 'image') return false;
  if (type === 'saas' && billing === 'prepaid') return false;
  return true;
}

/**
 * The orderability rules, without the price: a hidden product is still orderable
 * (2.13); a hidden spec is not offered to new buyers but existing instances renew on
 * it; a trial spec is only for trials; a delisted product takes no new business.
 */
export function judgePurchase(f: PurchaseFacts): PurchaseRefusal | null {
  const { product, spec, purpose } = f;
  if (product.status === 'draft') return { code: 'product_not_listed', detail: 'the product is not listed' };
  if (product.status === 'delisted') {
    if (purpose !== 'renew') return { code: 'product_delisted', detail: 'the product was delisted and takes no new orders' };
    if (!renewableAfterDelisting(product.type, product.billing)) {
      return { code: 'renewal_not_allowed', detail: `a delisted ${product.billing} ${product.type} product cannot be renewed` };
    }
  }
  if (spec.isTrial !== (purpose === 'trial')) {
    return { code: 'spec_not_orderable', detail: spec.isTrial ? 'a trial spec is only for trials' : 'trials need the trial spec' };
  }
  if (spec.hidden && purpose !== 'renew') return { code: 'spec_not_orderable', detail: 'the spec is hidden' };
  return null;
}

/** Prepaid paid specs are sold per unit and duration and need a price row; trials and postpaid do not. */
export function needsPeriodPrice(billing: BillingMode, isTrial: boolean): boolean {
  return billing === 'prepaid' && !isTrial;
}
