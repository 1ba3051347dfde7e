import type { billPayZhCN } from './bill-pay.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const billPayEnUS: typeof billPayZhCN = {
  actions: 'Actions',
  pay: 'Pay',
  confirmTitle: 'Pay bill',
  confirmContent: 'Pay the {{period}} bill of “{{product}}”, {{amount}} payable?',
  sandboxNote: 'Sandbox payment: no real money moves.',
  paid: 'Bill paid',
  dueAt: 'Due',
  overdue: 'Overdue',
  actualPaid: 'Paid',
  voucherUsed: 'Voucher used',
};
