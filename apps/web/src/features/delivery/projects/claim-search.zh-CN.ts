/** 订单认领's search and result table (guide 5.4.8 / 5.5.4), namespace `deliveryClaim`. */
export const deliveryClaimZhCN = {
  search: '查询',
  placeholder: '请输入订单编号',
  results: '查询结果',
  empty: '没有找到该订单（仅能查询本服务商交付的订单）',
  columns: { orderNo: '订单号', product: '产品名称', customer: '客户名称', createdAt: '创建时间', stage: '项目阶段', action: '操作' },
  claim: '认领',
  claimed: '已认领',
  claimedByOther: '已被认领',
  unavailable: '不可认领',
  confirm: '您确定认领这笔订单吗？',
  yes: '是',
  no: '否',
  open: '查看项目',
};
