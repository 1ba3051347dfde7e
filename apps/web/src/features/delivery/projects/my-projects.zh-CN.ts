import type { MineTab } from '@cloudmart/contracts';

/**
 * 我的项目's own tabs (guide 5.5.3: 全部项目、待处理项目和已处理项目) and the operator-name filter of the
 * project lists (guide 5.4.6: 请输入操作人姓名), namespace `deliveryMine`.
 */
export const deliveryMineZhCN = {
  tabs: { pending: '待处理项目', handled: '已处理项目' } satisfies Record<MineTab, string>,
  operatorName: '操作人',
  operatorNamePlaceholder: '请输入操作人姓名',
};
