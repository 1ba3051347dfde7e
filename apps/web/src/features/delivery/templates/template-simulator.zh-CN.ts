/* The template simulator in the node editor (issue 11 item 12). */
export const templateSimulatorZhCN = {
  title: '流程模拟',
  intro:
    '选择项目开始时间（北京时间），按真实工作日历（节假日、调休上班日、每天 17:30 截止）查看每个节点的到期时间。假设每个节点恰在到期时完成，无超时的节点立即完成；与交付引擎使用同一计算。',
  start: '开始时间（北京时间）',
  startRequired: '请选择开始时间',
  warrantyDays: '质保期（天）',
  run: '模拟',
  unsavedNote: '草稿按编辑器中当前（含未保存）的节点模拟',
  step: '节点',
  type: '类型',
  enteredAt: '进入时间',
  timeout: '超时时间',
  dueAt: '到期时间',
  noDue: '不限时（立即完成）',
  calendarClock: '自然日（质保期）',
  autoAdvance: '到期自动进入下一步',
  completedAt: '流程结束时间',
  autoConfirmAt: '自动确认完成时间',
  noAutoConfirm: '等待客户确认，不自动完成',
  empty: '选择开始时间后点击“模拟”',
};
