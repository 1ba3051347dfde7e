/**
 * The delivery center's specific error codes (issue 11 item 6: no generic invalid_state where a
 * user reads the message), merged into the app-wide `errors` catalogue by code.
 */
export const deliveryErrorsZhCN = {
  project_not_paused: '项目未暂停，无需启动',
  project_not_active: '项目不在执行中（已完成、已取消或仍在排队），不能执行此操作',
  role_not_operated: '该项目当前没有此角色的操作人',
  already_operator: '该员工已是此角色的操作人',
  already_provider: '该服务商已在交付此项目',
  project_not_queued: '项目不在等待分配服务商',
  step_action_mismatch: '当前节点不支持此操作，请刷新后重试',
  no_step_takes_files: '项目当前没有可上传文件的节点',
  employee_busy: '该员工仍在处理进行中的项目，请先更换操作人后再删除',
  leave_over: '该请假已结束',
  department_cycle: '不能把部门移动到它自己或其下级部门下',
};
