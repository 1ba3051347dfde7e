/*
 * The four public templates (guide 5.2.2 公共模板) in each language, keyed by preset key and
 * node id. The stored templates stay Chinese; `localizePreset` shows these texts instead.
 */
export const presetTextsZhCN = {
  basic: {
    name: '基础服务流程',
    description: '客户提交需求，服务商交付，客户确认完成（14 个工作日未确认自动完成）。',
    nodes: {
      assign_provider: '分配服务商',
      submit_demand: '提交需求',
      assign_implementer: '分配实施人员',
      deliver: '服务交付',
      complete: '确认完成',
    },
  },
  warranty: {
    name: '双重确认（质保）服务流程',
    description: '在基础流程上增加交付验收与质保确认：客户可在质保期内确认质保完成；质保期满系统自动完成。质保期在产品关联流程时设置。',
    nodes: {
      assign_provider: '分配服务商',
      submit_demand: '提交需求',
      assign_implementer: '分配实施人员',
      deliver: '服务交付',
      accept_delivery: '交付验收',
      complete: '质保确认',
    },
  },
  contract: {
    name: '合同服务流程',
    description: '客户提交签约信息，服务商上传已签署的合同（doc、docx、xlsx、ppt、pptx、pdf、png、zip、7z，不超过 5 MB），客户确认完成。',
    nodes: {
      assign_provider: '分配服务商',
      submit_contract_info: '提交签约信息',
      assign_project_manager: '分配项目经理',
      upload_contract: '上传合同',
      complete: '确认完成',
    },
  },
  website: {
    name: '分步骤建站服务流程',
    description: '提交建站需求 → 功能设计 → 确认 → UX 设计 → 确认 → 开发测试 → 检查验收 → 确认交付。',
    nodes: {
      assign_provider: '分配服务商',
      stage_demand: '需求阶段',
      submit_demand: '提交建站需求',
      assign_project_manager: '分配项目经理',
      stage_design: '设计阶段',
      functional_design: '功能设计',
      confirm_functional_design: '确认功能设计',
      assign_designer: '分配设计师',
      ux_design: 'UX 设计',
      confirm_ux_design: '确认 UX 设计',
      stage_build: '开发阶段',
      assign_developer: '分配开发工程师',
      develop_test: '开发测试',
      inspection: '检查验收',
      complete: '确认交付',
    },
  },
};
