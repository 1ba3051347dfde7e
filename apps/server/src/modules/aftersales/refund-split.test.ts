import { describe, expect, it } from 'vitest';
import { splitRefund } from './refund-split.js';

const balances = [
  { orderId: 'renew', balanceFen: 5_000 },
  { orderId: 'spent', balanceFen: 0 },
  { orderId: 'new', balanceFen: 10_000 },
];

describe('guide 2.5 "退款金额 (总额…余额…)": splitting a refund over an instance’s paid orders, newest first', () => {
  it('takes the newest order first and only then the older ones', () => {
    expect(splitRefund(balances, 3_000)).toEqual([{ orderId: 'renew', amountFen: 3_000 }]);
    expect(splitRefund(balances, 5_000)).toEqual([{ orderId: 'renew', amountFen: 5_000 }]);
    expect(splitRefund(balances, 12_000)).toEqual([
      { orderId: 'renew', amountFen: 5_000 },
      { orderId: 'new', amountFen: 7_000 },
    ]);
  });

  it('allows exactly the balance and refuses one fen more with refund_exceeds_balance', () => {
    expect(splitRefund(balances, 15_000).reduce((s, p) => s + p.amountFen, 0)).toBe(15_000);
    expect(() => splitRefund(balances, 15_001)).toThrow(expect.objectContaining({ code: 'refund_exceeds_balance', extra: { refundableFen: 15_000 } }));
    expect(() => splitRefund([], 1)).toThrow(expect.objectContaining({ code: 'refund_exceeds_balance' }));
    expect(() => splitRefund(balances, 0)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});
