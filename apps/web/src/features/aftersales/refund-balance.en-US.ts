import type { refundBalanceZhCN } from './refund-balance.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const refundBalanceEnUS: typeof refundBalanceZhCN = {
  amountLabel: 'Refund amount (total: {{total}}, balance: {{balance}})',
  amountHelp: 'Up to the balance left on all paid orders of this instance (new, renewals, upgrades), the latest order first',
  amountMax: 'At most the balance of {{max}}',
  noBalance: 'Nothing is left to refund on this instance',
};
