import type { Call } from '@cloudmart/contracts';

/**
 * What the leads and customer modules ask of telephony (双呼). Implemented in this module
 * (calls.service.ts); other modules import these through telephony's index only.
 */
export interface PlaceCallInput {
  sellerId: string;
  subjectKind: 'lead' | 'customer';
  subjectId: string;
  /** the seller-side user placing the call */
  callerId: string;
  /** the number the provider rings first (the seller's, typed for this call) */
  callerPhone: string;
  /** the customer's real number: handed to the driver, never stored or returned */
  calleePhone: string;
}

export type { Call };
