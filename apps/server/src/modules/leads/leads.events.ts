import { z } from 'zod';

/**
 * Outbox topics the leads module emits. The customer center subscribes to both: "平台客户…在商机中
 * 成交" — a buyer becomes the seller's platform customer when a lead is won, and a demand the
 * seller works shows on the customer's detail.
 */
export const LEAD_WON = 'lead.won';
export const leadWonPayload = z.object({
  leadId: z.string(),
  demandId: z.string(),
  sellerId: z.string(),
  buyerId: z.string(),
  proposalId: z.string(),
  wonAt: z.string(),
});
export type LeadWon = z.infer<typeof leadWonPayload>;

/** A seller took a lead (grabbed it, or accepted an assigned or directed one). */
export const LEAD_TAKEN = 'lead.taken';
export const leadTakenPayload = z.object({
  leadId: z.string(),
  demandId: z.string(),
  sellerId: z.string(),
  buyerId: z.string(),
  takenAt: z.string(),
});
export type LeadTaken = z.infer<typeof leadTakenPayload>;
