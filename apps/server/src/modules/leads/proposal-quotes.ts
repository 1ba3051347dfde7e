import type { QuoteBody } from '@cloudmart/contracts';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import { orderedId } from '../../platform/ids.js';
import { quotableProductTypes, resolvePurchase } from '../catalog/index.js';
import type { proposalQuotes } from './leads.tables.js';

type NewQuote = typeof proposalQuotes.$inferInsert;

const quotable: readonly string[] = quotableProductTypes;

/**
 * 添加报价单 "在自己的商品列表中选择商品，选择规格，并进行商品改价。目前仅支持服务类，应用软件类和API类三种商品"
 * (guide 4 提交方案): the seller's own listed product of those types, a prepaid spec a new buyer can
 * order, with a price for the term. The quote is a snapshot: product and spec names and the list
 * price (the spec's price for the term × quantity) are copied, so later catalog edits do not change
 * what the buyer was sent; the adjusted price is the seller's, whatever the list price.
 */
export async function quoteSnapshot(db: Db, sellerId: string, proposalId: string, b: QuoteBody, at: Date): Promise<NewQuote> {
  const refuse = (detail: string) => new DomainError('quote_product_not_quotable', detail, { productId: b.productId, specId: b.specId });
  const r = await resolvePurchase(db, { productId: b.productId, specId: b.specId, unit: b.unit, duration: b.duration, purpose: 'new' }).catch(
    (err: unknown) => {
      // unknown ids, another product's spec, drafts, delisted products, hidden or trial specs, a term without a price
      if (err instanceof DomainError) throw refuse(err.detail ?? err.code);
      throw err;
    },
  );
  // another seller's product answers like an unknown one
  if (r.product.sellerId !== sellerId) throw refuse('product not found');
  if (!quotable.includes(r.product.type)) throw refuse(`a ${r.product.type} product cannot be quoted`);
  if (r.product.billing !== 'prepaid' || r.priceFen === null) throw refuse('only prepaid specs can be quoted');
  return {
    // ordered: the quotes of one proposal share a timestamp and keep the order they were sent in
    id: orderedId('quo', at),
    proposalId,
    productId: r.product.id,
    specId: r.spec.id,
    productName: r.product.name,
    productType: r.product.type,
    specName: r.spec.name,
    durationUnit: b.unit,
    duration: b.duration,
    quantity: b.quantity,
    listPriceFen: r.priceFen * b.quantity,
    priceFen: b.priceFen,
    status: 'active',
    createdAt: at,
  };
}
