import type { deliveryClaimZhCN } from './claim-search.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const deliveryClaimEnUS: typeof deliveryClaimZhCN = {
  search: 'Search',
  placeholder: 'Enter the order number',
  results: 'Results',
  empty: 'No such order (only orders your company delivers can be found)',
  columns: { orderNo: 'Order no.', product: 'Product', customer: 'Customer', createdAt: 'Created', stage: 'Stage', action: 'Action' },
  claim: 'Claim',
  claimed: 'Claimed',
  claimedByOther: 'Claimed by someone else',
  unavailable: 'Not claimable',
  confirm: 'Are you sure you want to claim this order?',
  yes: 'Yes',
  no: 'No',
  open: 'Open project',
};
