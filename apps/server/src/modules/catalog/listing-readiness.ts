import type { BillingMode, ListingProblem, ProductType } from '@cloudmart/contracts';

export interface ListingCandidate {
  type: ProductType;
  billing: BillingMode;
  name: string;
  description: string;
  spiUrl: string | null;
  specs: readonly { hidden: boolean; isTrial: boolean; priceCount: number; meterCount: number }[];
}

/**
 * What a product still lacks before an operator can review it. Empty means ready.
 * A buyer must be able to pay for something visible (a trial alone sells nothing),
 * and a SaaS product must have the endpoint that opens instances for it.
 */
export function listingProblemsOf(p: ListingCandidate): ListingProblem[] {
  const problems: ListingProblem[] = [];
  if (p.name.trim() === '') problems.push('name_missing');
  if (p.description.trim() === '') problems.push('description_missing');
  const sellable = p.specs.some((s) => !s.hidden && !s.isTrial && (p.billing === 'prepaid' ? s.priceCount > 0 : s.meterCount > 0));
  if (!sellable) problems.push('no_priced_visible_spec');
  if (p.type === 'saas' && !p.spiUrl) problems.push('spi_url_missing');
  return problems;
}
