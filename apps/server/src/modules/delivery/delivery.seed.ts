import type { FlowNode } from '@cloudmart/contracts';
import type { Db } from '../../platform/db/client.js';
import { newId } from '../../platform/ids.js';
import { createSeededSubAccounts } from '../accounts/index.js';
import { deliveryDepartments, deliveryEmployees, deliveryProductTemplates, deliveryTemplates } from './delivery.tables.js';

/** The demo ISV's delivery staff: log in as `<login>` with the demo password. */
export const demoDeliveryLogins = [
  { role: 'delivery designer', login: 'designer1@demoisv' },
  { role: 'delivery designer', login: 'designer2@demoisv' },
  { role: 'delivery project manager / account manager', login: 'pm@demoisv' },
] as const;

/** 网站设计交付流程: submit → assign a designer → designer uploads → customer confirms → complete. */
export const demoFlow: FlowNode[] = [
  { id: 'ap', type: 'assign_provider', name: '分配服务商', reminders: [] },
  {
    id: 'req',
    type: 'submit',
    name: '提交需求',
    form: 'website_demand',
    submitLabel: '提交需求',
    viewLabel: '查看需求',
    timeoutDays: 3,
    reminders: [{ recipient: 'customer', trigger: 'enter', template: 'demand_submit_customer' }],
  },
  {
    id: 'asg',
    type: 'assign',
    name: '分配设计师',
    role: 'designer',
    rule: 'provider_first',
    reminders: [{ recipient: 'provider_employee', trigger: 'enter', template: 'assigned_employee' }],
  },
  {
    id: 'design',
    type: 'general',
    name: '设计稿交付',
    side: 'provider',
    role: 'designer',
    uploadRequired: true,
    uploadKind: 'any',
    uploadLabel: '上传设计稿',
    viewLabel: '查看设计稿',
    confirmLabel: '提交设计稿',
    timeoutDays: 5,
    reminders: [{ recipient: 'provider_employee', trigger: 'timeout', template: 'node_timeout_employee' }],
  },
  {
    id: 'accept',
    type: 'confirm',
    name: '客户确认设计稿',
    side: 'customer',
    confirmLabel: '确认设计稿',
    rejectable: true,
    rejectLabel: '驳回修改',
    timeoutDays: 3,
    autoAdvance: false,
    reminders: [{ recipient: 'customer', trigger: 'enter', template: 'confirm_customer' }],
  },
  {
    id: 'done',
    type: 'complete',
    name: '确认完成',
    confirmLabel: '确认完成',
    rejectable: false,
    timeoutDays: 14,
    autoAdvance: true,
    untilWarrantyEnds: false,
    reminders: [{ recipient: 'customer', trigger: 'completed', template: 'project_completed_customer' }],
  },
];

/**
 * Demo data for `npm start`: two design employees and a project manager of Demo ISV, a
 * published private flow linked to 网站建设服务, so a purchase of it becomes a project that
 * is assigned at once. Not used by the test harness (tests build their own staff).
 */
export async function seedDeliveryDemo(db: Db, now: Date, ids: { demoSellerId: string; passwordHash: string; websiteProductId: string }): Promise<void> {
  const design = newId('dep', now);
  const delivery = newId('dep', now);
  const people = [
    { loginName: 'designer1@demoisv', displayName: '设计师 小周', roles: ['designer'], departmentId: design, maxOpen: 5 },
    { loginName: 'designer2@demoisv', displayName: '设计师 小吴', roles: ['designer'], departmentId: design, maxOpen: 5 },
    {
      loginName: 'pm@demoisv',
      displayName: '项目经理 老陈',
      roles: ['project_manager', 'account_manager'],
      departmentId: delivery,
      maxOpen: 20,
    },
  ];
  const templateId = newId('tpl', now);
  await db.transaction(async (tx) => {
    await tx.insert(deliveryDepartments).values([
      { id: design, providerSellerId: ids.demoSellerId, parentId: null, name: '设计部', createdAt: now },
      { id: delivery, providerSellerId: ids.demoSellerId, parentId: null, name: '交付部', createdAt: now },
    ]);
    const accounts = await createSeededSubAccounts(tx, { sellerId: ids.demoSellerId, passwordHash: ids.passwordHash, now }, people);
    await tx.insert(deliveryEmployees).values(
      accounts.map((p) => ({
        userId: p.id,
        providerSellerId: ids.demoSellerId,
        departmentId: p.departmentId,
        roles: p.roles,
        maxOpen: p.maxOpen,
        tags: ['标准'],
        accepting: true,
        createdAt: now,
      })),
    );
    // inserted as published in one statement: published rows are immutable (trigger)
    await tx.insert(deliveryTemplates).values({
      id: templateId,
      sellerId: ids.demoSellerId,
      kind: 'private',
      name: '网站设计交付流程',
      description: '提交需求 → 分配设计师 → 设计稿交付 → 客户确认 → 确认完成',
      status: 'published',
      nodes: demoFlow,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(deliveryProductTemplates).values({ productId: ids.websiteProductId, vendorSellerId: ids.demoSellerId, templateId, linkedAt: now });
  });
}
