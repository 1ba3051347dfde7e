import {
  deliveryRoles,
  messageTemplateKeys,
  type DeliveryRole,
  type DeliveryRoleInfo,
  type LocalizedText,
  type MessageTemplateInfo,
  type MessageTemplateKey,
  type ReminderRecipient,
  type ReminderTrigger,
} from '@cloudmart/contracts';
import { render } from '../../notifications/index.js';

/*
 * Read-only lists of the delivery center (DOMAIN 5 "Dashboards": preset roles, preset message
 * templates). Neither can be customised — the guide: "暂不支持自定义设置".
 */

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

const roleTexts: Readonly<Record<DeliveryRole, [LocalizedText, LocalizedText]>> = {
  account_manager: [
    t('客户经理', 'Account manager'),
    t('通过云市场订单号认领订单，认领后可分配给本部门员工。', 'Claims orders by order number; claimed orders can go to colleagues in the same department.'),
  ],
  project_manager: [t('项目经理', 'Project manager'), t('统筹项目交付进度与质量。', 'Runs the delivery schedule and quality of a project.')],
  consultant: [t('售前顾问', 'Pre-sales consultant'), t('梳理客户需求，给出方案建议。', 'Clarifies the customer’s needs and proposes a solution.')],
  designer: [t('设计师', 'Designer'), t('负责视觉与交互设计。', 'Does the visual and interaction design.')],
  developer: [t('开发工程师', 'Developer'), t('负责功能开发与集成。', 'Builds and integrates the features.')],
  tester: [t('测试工程师', 'Tester'), t('负责测试与质量验证。', 'Tests and verifies quality.')],
  implementer: [t('实施工程师', 'Implementation engineer'), t('负责部署、配置与上线实施。', 'Deploys, configures and rolls out the service.')],
  customer_service: [t('客服专员', 'Customer service'), t('解答客户咨询，跟进服务问题。', 'Answers customer questions and follows up on issues.')],
  delivery_specialist: [
    t('交付专员', 'Delivery specialist'),
    t('跟进订单交付，推进各节点按时完成。', 'Follows an order through delivery and keeps each step on time.'),
  ],
  engineer: [t('工程师', 'Engineer'), t('负责技术实施与问题处理。', 'Does the technical work and resolves issues.')],
  service_staff: [t('服务人员', 'Service staff'), t('按服务流程为客户提供服务。', 'Serves the customer along the service flow.')],
  provider_admin: [
    t('服务商管理员', 'Provider admin'),
    t('服务商侧的管理角色，可作为分单、认领节点的角色。', 'The provider’s admin role; can be the role of an assign or claim step.'),
  ],
};

export const roleList: readonly DeliveryRoleInfo[] = deliveryRoles.map((key) => ({ key, label: roleTexts[key][0], description: roleTexts[key][1] }));

const messageMeta: Readonly<Record<MessageTemplateKey, [LocalizedText, ReminderRecipient, ReminderTrigger]>> = {
  demand_submit_customer: [t('需求提交-通知客户', 'Requirements due — to the customer'), 'customer', 'enter'],
  assigned_employee: [t('分单到子账号-通知子账号', 'Assigned — to the employee'), 'provider_employee', 'enter'],
  node_enter_employee: [t('进入节点-通知子账号', 'Step entered — to the employee'), 'provider_employee', 'enter'],
  node_timeout_employee: [t('节点超时通知子账号', 'Step overdue — to the employee'), 'provider_employee', 'timeout'],
  node_timeout_customer: [t('节点超时通知客户', 'Step overdue — to the customer'), 'customer', 'timeout'],
  confirm_customer: [t('确认节点-发送客户', 'Please confirm — to the customer'), 'customer', 'enter'],
  rejected_employee: [t('节点被驳回-通知子账号', 'Step rejected — to the employee'), 'provider_employee', 'rejected'],
  project_completed_customer: [t('项目完成-通知客户', 'Project completed — to the customer'), 'customer', 'completed'],
};

/** the texts as sellers preview them: placeholders left in */
const placeholders = { orderNo: '{orderNo}', productName: '{productName}', nodeName: '{nodeName}' };

export function messageTemplateList(): MessageTemplateInfo[] {
  return messageTemplateKeys.map((key) => ({
    key,
    name: messageMeta[key][0],
    recipient: messageMeta[key][1],
    trigger: messageMeta[key][2],
    text: { 'zh-CN': render(`delivery.${key}`, 'zh-CN', placeholders), 'en-US': render(`delivery.${key}`, 'en-US', placeholders) },
  }));
}
