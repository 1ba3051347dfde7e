/** Strings of paying a postpaid bill and of its due date (账单管理); en-US is typed against zh-CN. */
export const billPayZhCN = {
  actions: '操作',
  pay: '支付',
  confirmTitle: '支付账单',
  confirmContent: '确认支付 {{period}} 账期「{{product}}」的账单，应付 {{amount}}？',
  sandboxNote: '沙箱支付：不会产生真实扣款。',
  paid: '账单已支付',
  dueAt: '付款截止',
  overdue: '已逾期',
  actualPaid: '实付金额',
  voucherUsed: '是否使用代金券',
};
