import type { FlowNode } from '@cloudmart/contracts';
import { flowNodesSchema } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { newId } from '../../../platform/ids.js';
import type { Agent, TestApp } from '../../harness.js';
import { users } from '../../../modules/accounts/index.js';
import { orders } from '../../../modules/orders/index.js';
import { order, pay } from '../orders.js';
import { startProject, type Random } from '../../../modules/delivery/index.js';
import {
  deliveryEmployees,
  deliveryLeaves,
  deliveryLog,
  deliveryProductProviders,
  deliveryProductTemplates,
  deliveryProjects,
  deliveryTasks,
  deliveryTemplates,
} from '../../../modules/delivery/delivery.tables.js';

/*
 * Test data for the delivery engine, written straight into the tables (the staff, provider
 * and template parts have their own HTTP tests). Employees get the demo password.
 */

let seq = 0;
const uniq = (p: string) => `${p}${++seq}${Math.random().toString(36).slice(2, 6)}`;

/** A seeded generator (mulberry32), for repeatable random choices. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface EmployeeSpec {
  sellerId: string;
  roles: string[];
  maxOpen: number;
  departmentId?: string | null;
  accepting?: boolean;
}

/** A provider sub-account with a delivery profile; log in as `loginName` / Demo1234. */
export async function addEmployee(t: TestApp, spec: EmployeeSpec): Promise<{ userId: string; loginName: string }> {
  const now = t.clock.now();
  const [demo] = await t.deps.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, t.seed.demoMainId));
  const userId = newId('usr', now);
  const loginName = `${uniq('emp')}@kit`;
  await t.deps.db
    .insert(users)
    .values({ id: userId, kind: 'seller', sellerId: spec.sellerId, loginName, displayName: loginName, passwordHash: demo?.hash ?? '', createdAt: now });
  await t.deps.db.insert(deliveryEmployees).values({
    userId,
    providerSellerId: spec.sellerId,
    departmentId: spec.departmentId ?? null,
    roles: spec.roles,
    maxOpen: spec.maxOpen,
    tags: [],
    accepting: spec.accepting ?? true,
    createdAt: now,
  });
  return { userId, loginName };
}

export async function addLeave(t: TestApp, userId: string, startsAt: Date, endsAt: Date): Promise<void> {
  await t.deps.db.insert(deliveryLeaves).values({ id: newId('lv', startsAt), userId, startsAt, endsAt, createdAt: t.clock.now() });
}

export async function setMaxOpen(t: TestApp, userId: string, maxOpen: number): Promise<void> {
  await t.deps.db.update(deliveryEmployees).set({ maxOpen }).where(eq(deliveryEmployees.userId, userId));
}

/** A published private template of `sellerId`, linked to `productId` when given. */
export async function publishTemplate(t: TestApp, sellerId: string, nodes: unknown[], productId?: string, warrantyDays?: number): Promise<string> {
  const now = t.clock.now();
  const id = newId('tpl', now);
  const parsed: FlowNode[] = flowNodesSchema.parse(nodes);
  await t.deps.db
    .insert(deliveryTemplates)
    .values({ id, sellerId, kind: 'private', name: uniq('T'), status: 'published', nodes: parsed, publishedAt: now, createdAt: now, updatedAt: now });
  if (productId) {
    await t.deps.db
      .insert(deliveryProductTemplates)
      .values({ productId, vendorSellerId: sellerId, templateId: id, linkedAt: now, warrantyDays: warrantyDays ?? null })
      .onConflictDoUpdate({ target: deliveryProductTemplates.productId, set: { templateId: id, linkedAt: now, warrantyDays: warrantyDays ?? null } });
  }
  return id;
}

export async function setProviders(t: TestApp, productId: string, rows: { providerSellerId: string; weight: number; maxOpen: number }[]): Promise<void> {
  await t.deps.db.delete(deliveryProductProviders).where(eq(deliveryProductProviders.productId, productId));
  if (rows.length) await t.deps.db.insert(deliveryProductProviders).values(rows.map((r) => ({ ...r, productId, updatedAt: t.clock.now() })));
}

/** A paid order row of a product (no HTTP), then the project start as the in_service handler does it. */
export async function startDirect(t: TestApp, productId: string, vendorSellerId: string, random?: Random): Promise<string> {
  const now = t.clock.now();
  const orderId = newId('ord', now);
  await t.deps.db.insert(orders).values({
    id: orderId,
    sellerId: vendorSellerId,
    buyerId: t.seed.buyerId,
    productId,
    productCode: 'kit',
    productName: '交付测试服务',
    specName: '标准',
    type: 'new',
    status: 'paid',
    listPriceFen: 100,
    paidFen: 100,
    createdAt: now,
    paidAt: now,
  });
  const id = await startProject(t.deps, { instanceId: newId('ins', now), orderId, productId, sellerId: vendorSellerId, buyerId: t.seed.buyerId }, random);
  expect(id).not.toBeNull();
  return id ?? '';
}

/** Buy and pay a service product over HTTP, then deliver the outbox (which starts the project). */
export async function buyService(t: TestApp, buyer: Agent, productId: string, specId: string): Promise<{ orderId: string; project: ProjectRow }> {
  const o = await order(buyer, { productId, specId, unit: 'month', duration: 1 });
  await pay(buyer, o.id);
  await t.deps.outbox.drain();
  const [project] = await t.deps.db.select().from(deliveryProjects).where(eq(deliveryProjects.orderId, o.id));
  expect(project).toBeDefined();
  return { orderId: o.id, project: project as ProjectRow };
}

type ProjectRow = typeof deliveryProjects.$inferSelect;

export async function project(t: TestApp, id: string): Promise<ProjectRow> {
  const [p] = await t.deps.db.select().from(deliveryProjects).where(eq(deliveryProjects.id, id));
  if (!p) throw new Error(`no project ${id}`);
  return p;
}

export async function tasksOf(t: TestApp, projectId: string) {
  return t.deps.db.select().from(deliveryTasks).where(eq(deliveryTasks.projectId, projectId)).orderBy(deliveryTasks.enteredAt, deliveryTasks.id);
}

export async function logOf(t: TestApp, projectId: string) {
  return t.deps.db.select().from(deliveryLog).where(eq(deliveryLog.projectId, projectId)).orderBy(deliveryLog.at, deliveryLog.id);
}

/** Complete answers to the general_demand form of `node.submit`. */
export const demand = {
  contact_name: '张三',
  contact_phone: '13800000000',
  contact_email: 'zhangsan@example.com',
  delivery_address: '杭州市西湖区文三路 1 号',
  description: '企业官网',
};

/** Step nodes, short: the flows the tests walk. */
export const node = {
  provider: { id: 'ap', type: 'assign_provider', name: '分配服务商' },
  submit: { id: 'req', type: 'submit', name: '提交需求', form: 'general_demand', submitLabel: '提交', viewLabel: '查看', timeoutDays: 3 },
  assign: (role = 'developer', extra: Record<string, unknown> = {}) => ({ id: 'asg', type: 'assign', name: '分配订单', role, ...extra }),
  work: (extra: Record<string, unknown> = {}) => ({
    id: 'work',
    type: 'general',
    name: '交付',
    side: 'provider',
    role: 'developer',
    uploadLabel: '上传',
    viewLabel: '查看',
    confirmLabel: '完成',
    ...extra,
  }),
  check: (extra: Record<string, unknown> = {}) => ({
    id: 'chk',
    type: 'confirm',
    name: '客户确认',
    side: 'customer',
    confirmLabel: '确认',
    rejectable: true,
    rejectLabel: '驳回',
    ...extra,
  }),
  complete: (extra: Record<string, unknown> = {}) => ({ id: 'done', type: 'complete', name: '完成项目', confirmLabel: '确认完成', ...extra }),
};

/** Take every employee off duty, so the next test's people are the only candidates. */
export async function retireEmployees(t: TestApp): Promise<void> {
  await t.deps.db.update(deliveryEmployees).set({ accepting: false });
}
