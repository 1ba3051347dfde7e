import type { BuyerProposal, Proposal } from '@cloudmart/contracts';
import type { Db } from '../../platform/db/client.js';

/** A lead's proposals with their quotes, newest first (需求详情 > 方案). */
export async function proposalsOfLead(_db: Db, _leadId: string): Promise<Proposal[]> {
  return [];
}

/** Every proposal made on a demand, by any seller (the operator's view). */
export async function proposalsOfDemand(_db: Db, _demandId: string): Promise<Proposal[]> {
  return [];
}

/** The proposals a buyer sees on one of their demands. */
export async function buyerProposalsOfDemand(_db: Db, _buyerId: string, _demandId: string): Promise<BuyerProposal[]> {
  return [];
}
