import type { deliveryTagsZhCN } from './staff-tags.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const deliveryTagsEnUS: typeof deliveryTagsZhCN = {
  standard: 'Standard',
  advanced: 'Advanced',
  premium: 'Premium',
  flagship: 'Flagship',
};
