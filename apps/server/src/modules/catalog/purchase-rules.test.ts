import { productStatuses, productTypes, type BillingMode, type ProductType } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { judgePurchase, needsPeriodPrice, purchasePurposes, renewableAfterDelisting, type PurchaseFacts } from './purchase-rules.js';

const paid = { hidden: false, isTrial: false };
const trial = { hidden: false, isTrial: true };
const saasPrepaid = { type: 'saas', billing: 'prepaid' } as const;
const facts = (over: Partial<PurchaseFacts> & Pick<PurchaseFacts, 'purpose'>): PurchaseFacts => ({
  product: { status: 'listed', ...saasPrepaid },
  spec: paid,
  ...over,
});
const code = (f: PurchaseFacts) => judgePurchase(f)?.code ?? null;

describe('orderability', () => {
  it('sells every paid purpose of a listed product on a visible paid spec', () => {
    for (const purpose of ['new', 'renew', 'upgrade', 'trial_to_paid'] as const) expect(code(facts({ purpose }))).toBeNull();
  });

  it('refuses every purpose on a draft product', () => {
    for (const purpose of purchasePurposes) expect(code(facts({ purpose, product: { status: 'draft', ...saasPrepaid } }))).toBe('product_not_listed');
  });

  it('takes no new business on a delisted product, whatever its type', () => {
    for (const type of productTypes) {
      for (const purpose of ['new', 'trial', 'upgrade', 'trial_to_paid'] as const) {
        expect(code(facts({ purpose, product: { status: 'delisted', type, billing: 'prepaid' }, spec: purpose === 'trial' ? trial : paid }))).toBe(
          'product_delisted',
        );
      }
    }
  });

  it('renews a delisted product except per-period SaaS and images (guide 6)', () => {
    const renew = (type: ProductType, billing: BillingMode) => code(facts({ purpose: 'renew', product: { status: 'delisted', type, billing } }));
    expect(renew('saas', 'prepaid')).toBe('renewal_not_allowed');
    expect(renew('image', 'prepaid')).toBe('renewal_not_allowed');
    expect(renew('saas', 'postpaid')).toBeNull();
    expect(renew('service', 'prepaid')).toBeNull();
    expect(renew('download', 'prepaid')).toBeNull();
    expect(renew('api', 'prepaid')).toBeNull();
    expect(renewableAfterDelisting('api', 'postpaid')).toBe(true);
  });

  it('offers a hidden spec only to renewals', () => {
    const hidden = { hidden: true, isTrial: false };
    expect(code(facts({ purpose: 'renew', spec: hidden }))).toBeNull();
    for (const purpose of ['new', 'upgrade', 'trial_to_paid'] as const) expect(code(facts({ purpose, spec: hidden }))).toBe('spec_not_orderable');
    expect(code(facts({ purpose: 'trial', spec: { hidden: true, isTrial: true } }))).toBe('spec_not_orderable');
  });

  it('uses a trial spec for trials and nothing else', () => {
    expect(code(facts({ purpose: 'trial', spec: trial }))).toBeNull();
    expect(code(facts({ purpose: 'trial', spec: paid }))).toBe('spec_not_orderable');
    for (const purpose of ['new', 'renew', 'upgrade', 'trial_to_paid'] as const) expect(code(facts({ purpose, spec: trial }))).toBe('spec_not_orderable');
  });

  it('ignores product visibility: statuses alone decide', () => {
    expect(productStatuses.map((status) => code(facts({ purpose: 'new', product: { status, ...saasPrepaid } })))).toEqual([
      'product_not_listed',
      null,
      'product_delisted',
    ]);
  });

  it('prices by period only prepaid paid specs', () => {
    expect(needsPeriodPrice('prepaid', false)).toBe(true);
    expect(needsPeriodPrice('prepaid', true)).toBe(false);
    expect(needsPeriodPrice('postpaid', false)).toBe(false);
  });
});
