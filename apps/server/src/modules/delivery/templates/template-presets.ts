import {
  flowNodesSchema,
  type DeliveryRole,
  type leafNodeSchema,
  type FlowNode,
  type PublicTemplateKey,
  type Reminder,
  type RequirementForm,
} from '@cloudmart/contracts';
import { isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import { newId } from '../../../platform/ids.js';
import type { Deps } from '../../../platform/module.js';
import { deliveryTemplates } from '../delivery.tables.js';

/*
 * The four public templates of the guide (DOMAIN 5 "Templates"): platform presets every
 * seller may link or copy. Node ids are stable (projects' tasks refer to them); names and
 * button labels are what a Chinese user expects. Each passes the publish rules
 * (template-presets.test.ts).
 */

type NodeInput = z.input<typeof flowNodesSchema>[number];
type LeafInput = z.input<typeof leafNodeSchema>;

const remind = (recipient: Reminder['recipient'], trigger: Reminder['trigger'], template: Reminder['template']): Reminder => ({ recipient, trigger, template });
const onEnterCustomer = remind('customer', 'enter', 'confirm_customer');
const onEnterEmployee = remind('provider_employee', 'enter', 'node_enter_employee');
const onTimeoutEmployee = remind('provider_employee', 'timeout', 'node_timeout_employee');
const onTimeoutCustomer = remind('customer', 'timeout', 'node_timeout_customer');
const onRejectedEmployee = remind('provider_employee', 'rejected', 'rejected_employee');

const assignProvider: NodeInput = { id: 'assign_provider', type: 'assign_provider', name: '分配服务商' };

function submit(id: string, name: string, form: RequirementForm): LeafInput {
  return {
    id,
    type: 'submit',
    name,
    form,
    submitLabel: '提交需求',
    viewLabel: '查看需求',
    timeoutDays: 3,
    reminders: [remind('customer', 'enter', 'demand_submit_customer'), onTimeoutCustomer],
  };
}

function assign(id: string, name: string, role: DeliveryRole): LeafInput {
  return { id, type: 'assign', name, role, rule: 'provider_first', reminders: [remind('provider_employee', 'enter', 'assigned_employee')] };
}

/** provider-side work with an upload (deliverables, designs, the signed contract) */
function work(
  id: string,
  name: string,
  role: DeliveryRole,
  labels: { upload: string; view: string; confirm: string },
  timeoutDays: number,
  uploadKind: 'any' | 'contract' = 'any',
): LeafInput {
  return {
    id,
    type: 'general',
    name,
    side: 'provider',
    role,
    uploadRequired: true,
    uploadKind,
    uploadLabel: labels.upload,
    viewLabel: labels.view,
    confirmLabel: labels.confirm,
    timeoutDays,
    reminders: [onEnterEmployee, onTimeoutEmployee],
  };
}

/** the customer checks the previous step; silence for `timeoutDays` working days counts as yes */
function customerConfirm(id: string, name: string, confirmLabel: string, timeoutDays = 5): LeafInput {
  return {
    id,
    type: 'confirm',
    name,
    side: 'customer',
    confirmLabel,
    rejectable: true,
    rejectLabel: '驳回修改',
    timeoutDays,
    autoAdvance: true,
    reminders: [onEnterCustomer, onRejectedEmployee],
  };
}

/** the public flows auto-confirm completion after 14 working days */
/** The customer's last confirmation: auto-confirmed after 14 working days, or, for the warranty flow, when the product's warranty ends. */
function complete(name = '确认完成', warranty = false): LeafInput {
  return {
    id: 'complete',
    type: 'complete',
    name,
    confirmLabel: warranty ? '确认质保完成' : '确认完成',
    rejectable: !warranty,
    rejectLabel: '驳回',
    timeoutDays: warranty ? 0 : 14,
    autoAdvance: !warranty,
    untilWarrantyEnds: warranty,
    reminders: [onEnterCustomer, onRejectedEmployee, remind('customer', 'completed', 'project_completed_customer')],
  };
}

const deliverLabels = { upload: '上传交付物', view: '查看交付物', confirm: '提交交付' };

export interface PresetTemplate {
  key: PublicTemplateKey;
  name: string;
  description: string;
  nodes: FlowNode[];
}

const presets: readonly { key: PublicTemplateKey; name: string; description: string; nodes: NodeInput[] }[] = [
  {
    key: 'basic',
    name: '基础服务流程',
    description: '客户提交需求，服务商交付，客户确认完成（14 个工作日未确认自动完成）。',
    nodes: [
      assignProvider,
      submit('submit_demand', '提交需求', 'general_demand'),
      assign('assign_implementer', '分配实施人员', 'implementer'),
      work('deliver', '服务交付', 'implementer', deliverLabels, 10),
      complete(),
    ],
  },
  {
    key: 'warranty',
    name: '双重确认（质保）服务流程',
    description: '在基础流程上增加交付验收与质保确认：客户可在质保期内确认质保完成；质保期满系统自动完成。质保期在产品关联流程时设置。',
    nodes: [
      assignProvider,
      submit('submit_demand', '提交需求', 'general_demand'),
      assign('assign_implementer', '分配实施人员', 'implementer'),
      work('deliver', '服务交付', 'implementer', deliverLabels, 10),
      customerConfirm('accept_delivery', '交付验收', '验收通过'),
      // guide 8: within the product's warranty the customer confirms it was honoured; when it
      // ends the flow ends by itself (the period is set when the product is linked)
      complete('质保确认', true),
    ],
  },
  {
    key: 'contract',
    name: '合同服务流程',
    description: '客户提交签约信息，服务商上传已签署的合同（doc、docx、xlsx、ppt、pptx、pdf、png、zip、7z，不超过 5 MB），客户确认完成。',
    nodes: [
      assignProvider,
      submit('submit_contract_info', '提交签约信息', 'contract_info'),
      assign('assign_project_manager', '分配项目经理', 'project_manager'),
      work('upload_contract', '上传合同', 'project_manager', { upload: '上传合同', view: '查看合同', confirm: '提交合同' }, 5, 'contract'),
      complete(),
    ],
  },
  {
    key: 'website',
    name: '分步骤建站服务流程',
    description: '提交建站需求 → 功能设计 → 确认 → UX 设计 → 确认 → 开发测试 → 检查验收 → 确认交付。',
    nodes: [
      assignProvider,
      {
        id: 'stage_demand',
        type: 'container',
        name: '需求阶段',
        children: [submit('submit_demand', '提交建站需求', 'website_demand'), assign('assign_project_manager', '分配项目经理', 'project_manager')],
      },
      {
        id: 'stage_design',
        type: 'container',
        name: '设计阶段',
        children: [
          work('functional_design', '功能设计', 'project_manager', { upload: '上传功能设计', view: '查看功能设计', confirm: '提交功能设计' }, 5),
          customerConfirm('confirm_functional_design', '确认功能设计', '确认设计'),
          assign('assign_designer', '分配设计师', 'designer'),
          work('ux_design', 'UX 设计', 'designer', { upload: '上传设计稿', view: '查看设计稿', confirm: '提交设计稿' }, 10),
          customerConfirm('confirm_ux_design', '确认 UX 设计', '确认设计'),
        ],
      },
      {
        id: 'stage_build',
        type: 'container',
        name: '开发阶段',
        children: [
          assign('assign_developer', '分配开发工程师', 'developer'),
          work('develop_test', '开发测试', 'developer', { upload: '上传测试报告', view: '查看测试报告', confirm: '提交测试' }, 15),
          customerConfirm('inspection', '检查验收', '验收通过', 10),
        ],
      },
      complete('确认交付'),
    ],
  },
];

/** The public templates, parsed (defaults filled in) as they are stored. */
export const presetTemplates: readonly PresetTemplate[] = presets.map((p) => ({ ...p, nodes: flowNodesSchema.parse(p.nodes) }));

/**
 * Inserts the public templates that are missing (published, kind public, no seller). Runs at
 * every start: one select of the preset keys, an insert only when one is missing. Existing
 * rows are never rewritten — published templates are immutable.
 */
export async function ensurePublicTemplates(deps: Pick<Deps, 'db' | 'clock'>): Promise<void> {
  const rows = await deps.db.select({ key: deliveryTemplates.presetKey }).from(deliveryTemplates).where(isNotNull(deliveryTemplates.presetKey));
  const have = new Set(rows.map((r) => r.key));
  const missing = presetTemplates.filter((p) => !have.has(p.key));
  if (missing.length === 0) return;
  const now = deps.clock.now();
  await deps.db
    .insert(deliveryTemplates)
    .values(
      missing.map((p) => ({
        id: newId('tpl', now),
        sellerId: null,
        kind: 'public' as const,
        presetKey: p.key,
        name: p.name,
        description: p.description,
        status: 'published' as const,
        nodes: p.nodes,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing();
}
