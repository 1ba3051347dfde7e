// Test data for the project views, written straight into the tables (not a test file itself):
// the read side is tested on the states the engine produces, without running the engine.
import type { FlowNode, Permission, ProjectStatus, TaskStatus } from '@cloudmart/contracts';
import { flowNodesSchema } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import { newId } from '../../../platform/ids.js';
import type { TestApp } from '../../harness.js';
import { groupMembers, groupPermissions, permissionGroups, users } from '../../../modules/accounts/accounts.tables.js';
import { instances, orders } from '../../../modules/orders/index.js';
import {
  deliveryAssignments,
  deliveryEmployees,
  deliveryLog,
  deliveryMessages,
  deliveryProjects,
  deliveryTasks,
  deliveryTemplates,
} from '../../../modules/delivery/delivery.tables.js';

let seq = 0;
const uniq = (p: string) => `${p}${++seq}${Math.random().toString(36).slice(2, 6)}`;

/** A flow with every kind of step the views show: system, customer and provider steps. */
export const viewNodes = [
  { id: 'ap', type: 'assign_provider', name: '分配服务商' },
  { id: 'req', type: 'submit', name: '提交需求', form: 'general_demand', submitLabel: '提交', viewLabel: '查看', timeoutDays: 3 },
  { id: 'asg', type: 'assign', name: '分配订单', role: 'developer' },
  {
    id: 'work',
    type: 'general',
    name: '交付',
    side: 'provider',
    role: 'developer',
    uploadLabel: '上传',
    viewLabel: '查看',
    confirmLabel: '完成',
    timeoutDays: 2,
  },
  { id: 'chk', type: 'confirm', name: '客户确认', side: 'customer', confirmLabel: '确认', rejectable: true, rejectLabel: '驳回' },
  { id: 'done', type: 'complete', name: '完成项目', confirmLabel: '确认完成' },
];

/** The contract template's shape: the provider uploads the signed contract. */
export const contractNodes = [
  { id: 'ap', type: 'assign_provider', name: '分配服务商' },
  { id: 'asg', type: 'assign', name: '分配订单', role: 'developer' },
  {
    id: 'contract',
    type: 'general',
    name: '上传合同',
    side: 'provider',
    role: 'developer',
    uploadRequired: true,
    uploadKind: 'contract',
    uploadLabel: '上传',
    viewLabel: '查看',
    confirmLabel: '完成',
  },
  { id: 'done', type: 'complete', name: '完成项目', confirmLabel: '确认完成' },
];

export async function publishedTemplate(t: TestApp, sellerId: string, nodes: unknown[] = viewNodes): Promise<string> {
  const now = t.clock.now();
  const id = newId('tpl', now);
  const parsed: FlowNode[] = flowNodesSchema.parse(nodes);
  await t.deps.db
    .insert(deliveryTemplates)
    .values({ id, sellerId, kind: 'private', name: uniq('视图'), status: 'published', nodes: parsed, publishedAt: now, createdAt: now, updatedAt: now });
  return id;
}

export interface StaffSpec {
  sellerId: string;
  displayName?: string;
  phone?: string;
  email?: string;
  /** granted through a permission group of its own */
  permissions?: Permission[];
  /** a delivery profile with these roles */
  roles?: string[];
}

/** A seller sub-account (password Demo1234), optionally with permissions and a delivery profile. */
export async function addStaff(t: TestApp, spec: StaffSpec): Promise<{ userId: string; loginName: string; name: string }> {
  const now = t.clock.now();
  const [demo] = await t.deps.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, t.seed.demoMainId));
  const userId = newId('usr', now);
  const loginName = `${uniq('staff')}@views`;
  const name = spec.displayName ?? loginName;
  await t.deps.db.insert(users).values({
    id: userId,
    kind: 'seller',
    sellerId: spec.sellerId,
    loginName,
    displayName: name,
    phone: spec.phone ?? null,
    email: spec.email ?? null,
    passwordHash: demo?.hash ?? '',
    createdAt: now,
  });
  if (spec.permissions?.length) {
    const groupId = newId('grp', now);
    await t.deps.db.insert(permissionGroups).values({ id: groupId, sellerId: spec.sellerId, name: uniq('grp'), createdAt: now });
    await t.deps.db.insert(groupPermissions).values(spec.permissions.map((permission) => ({ groupId, permission })));
    await t.deps.db.insert(groupMembers).values({ groupId, userId });
  }
  if (spec.roles) {
    await t.deps.db.insert(deliveryEmployees).values({ userId, providerSellerId: spec.sellerId, roles: spec.roles, maxOpen: 10, tags: [], createdAt: now });
  }
  return { userId, loginName, name };
}

export interface ProjectSpec {
  vendorSellerId: string;
  providerSellerId: string | null;
  templateId: string;
  buyerId?: string;
  productId?: string;
  productName?: string;
  status?: ProjectStatus;
  currentNodeId?: string | null;
  overdue?: boolean;
  run?: number;
  createdAt?: Date;
}

export interface SeededProject {
  id: string;
  orderId: string;
  orderNo: string;
  instanceId: string;
}

/** A paid order, its instance and a project over them. */
export async function addProject(t: TestApp, spec: ProjectSpec): Promise<SeededProject> {
  const now = spec.createdAt ?? t.clock.now();
  const buyerId = spec.buyerId ?? t.seed.buyerId;
  const productId = spec.productId ?? uniq('prd_view');
  const productName = spec.productName ?? '交付视图服务';
  const orderId = newId('ord', now);
  const [o] = await t.deps.db
    .insert(orders)
    .values({
      id: orderId,
      sellerId: spec.vendorSellerId,
      buyerId,
      productId,
      productCode: 'view',
      productName,
      specName: '标准',
      type: 'new',
      status: 'paid',
      listPriceFen: 100,
      paidFen: 100,
      createdAt: now,
      paidAt: now,
    })
    .returning({ orderNo: orders.orderNo });
  const instanceId = newId('ins', now);
  await t.deps.db.insert(instances).values({
    id: instanceId,
    sellerId: spec.vendorSellerId,
    buyerId,
    productId,
    specId: 'spec_view',
    productName,
    specName: '标准',
    status: 'in_service',
    openedAt: now,
    createdAt: now,
  });
  const id = newId('dpj', now);
  const status = spec.status ?? 'running';
  await t.deps.db.insert(deliveryProjects).values({
    id,
    orderId,
    orderNo: String(o?.orderNo ?? ''),
    instanceId,
    productId,
    productName,
    vendorSellerId: spec.vendorSellerId,
    providerSellerId: spec.providerSellerId,
    buyerId,
    templateId: spec.templateId,
    run: spec.run ?? 1,
    status,
    currentNodeId: spec.currentNodeId === undefined ? 'ap' : spec.currentNodeId,
    overdue: spec.overdue ?? false,
    pausedAt: status === 'paused' ? now : null,
    pauseReason: status === 'paused' ? '客户出差' : null,
    queuedAt: status === 'queued' ? now : null,
    createdAt: now,
    updatedAt: now,
    completedAt: status === 'completed' ? now : null,
    cancelledAt: status === 'cancelled' ? now : null,
  });
  return { id, orderId, orderNo: String(o?.orderNo ?? ''), instanceId };
}

export interface TaskSpec {
  nodeId: string;
  status: TaskStatus;
  side: 'provider' | 'customer' | 'system';
  role?: string | null;
  assigneeId?: string | null;
  run?: number;
  attempt?: number;
  data?: Record<string, unknown> | null;
  dueAt?: Date | null;
}

/** Tasks in the order given, one millisecond apart (the views sort by entry time). */
export async function addTasks(t: TestApp, projectId: string, specs: TaskSpec[]): Promise<string[]> {
  const base = t.clock.now().getTime();
  const ids: string[] = [];
  for (const [i, s] of specs.entries()) {
    const at = new Date(base + i);
    const id = newId('dtk', at);
    const closed = s.status !== 'open' && s.status !== 'waiting';
    await t.deps.db.insert(deliveryTasks).values({
      id,
      projectId,
      run: s.run ?? 1,
      nodeId: s.nodeId,
      attempt: s.attempt ?? 1,
      side: s.side,
      role: s.role ?? null,
      assigneeId: s.assigneeId ?? null,
      status: s.status,
      enteredAt: at,
      dueAt: s.dueAt ?? null,
      doneAt: closed ? at : null,
      doneBy: closed ? (s.assigneeId ?? null) : null,
      data: s.data ?? null,
    });
    ids.push(id);
  }
  return ids;
}

export async function addAssignment(
  t: TestApp,
  projectId: string,
  role: string,
  userId: string,
  opts: { run?: number; released?: boolean } = {},
): Promise<void> {
  const now = t.clock.now();
  await t.deps.db
    .insert(deliveryAssignments)
    .values({ id: newId('das', now), projectId, run: opts.run ?? 1, role, userId, assignedAt: now, releasedAt: opts.released ? now : null });
}

export async function addLog(
  t: TestApp,
  projectId: string,
  rows: { event: string; nodeId?: string | null; run?: number; actorId?: string | null; detail?: Record<string, unknown> }[],
): Promise<void> {
  const base = t.clock.now().getTime();
  await t.deps.db.insert(deliveryLog).values(
    rows.map((r, i) => ({
      id: newId('dlg', new Date(base + i)),
      projectId,
      run: r.run ?? 1,
      at: new Date(base + i),
      actorId: r.actorId ?? null,
      event: r.event,
      nodeId: r.nodeId ?? null,
      detail: r.detail ?? null,
    })),
  );
}

export async function addNote(t: TestApp, projectId: string, authorId: string, body: string): Promise<void> {
  await t.deps.db
    .insert(deliveryMessages)
    .values({ id: newId('dmsg', t.clock.now()), projectId, nodeId: null, authorId, kind: 'note', body, createdAt: t.clock.now() });
}

/** The usual history up to the provider's work step: provider chosen, demand submitted, developer assigned. */
export function tasksUpToWork(buyerId: string, developerId: string, answers: Record<string, unknown> = { description: '企业官网' }): TaskSpec[] {
  return [
    { nodeId: 'ap', status: 'done', side: 'system' },
    { nodeId: 'req', status: 'done', side: 'customer', assigneeId: buyerId, data: { answers } },
    { nodeId: 'asg', status: 'done', side: 'system', role: 'developer', assigneeId: developerId },
    { nodeId: 'work', status: 'open', side: 'provider', role: 'developer', assigneeId: developerId },
  ];
}
