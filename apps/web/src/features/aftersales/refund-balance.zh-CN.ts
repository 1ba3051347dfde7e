/** Strings of the seller refund form's 总额/余额 (guide 2.5); en-US is typed against zh-CN. */
export const refundBalanceZhCN = {
  amountLabel: '退款金额（总额：{{total}}，余额：{{balance}}）',
  amountHelp: '可在本业务所有已支付订单（新购、续费、升级）的余额内退款，从最近一笔订单开始退',
  amountMax: '退款金额不能超过余额 {{max}}',
  noBalance: '该业务已没有可退余额',
};
