import type { deliveryMineZhCN } from './my-projects.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const deliveryMineEnUS: typeof deliveryMineZhCN = {
  tabs: { pending: 'To handle', handled: 'Handled' },
  operatorName: 'Operator',
  operatorNamePlaceholder: 'Enter the operator’s name',
};
