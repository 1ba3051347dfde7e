// The workbenches' test world (not a test file itself): rows written straight into the tables.
import { eq } from 'drizzle-orm';
import { newId } from '../../../platform/ids.js';
import type { TestApp } from '../../harness.js';
import { users } from '../../../modules/accounts/index.js';
import { reviews } from '../../../modules/reviews/index.js';
import { addEmployee, addLeave } from './delivery-test-kit.js';
import { deliveryDepartments, deliveryProjects, deliveryTasks } from '../../../modules/delivery/delivery.tables.js';
import { addAssignment, addProject, publishedTemplate, type ProjectSpec } from './views.fixtures.js';

/*
 * On the Beijing date 2026-06-01 (the harness starts at 10:00 that day), demo is the provider
 * under test: employees Ann (交付一部), Bob (交付二部), Cat (no department, on leave) and Dan
 * (交付一部, not accepting); running projects P1–P9, deliveries C1–C10 with reviews. acme's
 * rows (A1–A3, employee Axel) and a queued project without a provider must never leak into
 * demo's figures. The comments by each row say what it is there to prove.
 */

export const at = (iso: string) => new Date(iso);
export const D = '2026-06-01';
const DUE_TODAY = at('2026-06-01T09:30:00Z'); // 17:30 Beijing

export interface WorkbenchWorld {
  /** departments, employees (and their `<key>Login`), templates by key */
  ids: Record<string, string>;
  /** projects by key */
  p: Record<string, { id: string; orderId: string }>;
}

interface Ctx extends WorkbenchWorld {
  t: TestApp;
}

const id = (c: Ctx, key: string) => c.ids[key] ?? '';
const pid = (c: Ctx, key: string) => c.p[key]?.id ?? '';

interface TaskSpec {
  nodeId?: string;
  side?: 'provider' | 'customer' | 'system';
  assigneeId?: string | null;
  role?: string | null;
  status: 'waiting' | 'open' | 'done' | 'rejected';
  attempt?: number;
  enteredAt?: Date;
  dueAt?: Date | null;
  doneAt?: Date | null;
  overdueAt?: Date | null;
}

async function task(c: Ctx, projectId: string, s: TaskSpec): Promise<void> {
  const enteredAt = s.enteredAt ?? at('2026-05-31T02:00:00Z');
  await c.t.deps.db.insert(deliveryTasks).values({
    id: newId('dtk', enteredAt),
    projectId,
    run: 1,
    nodeId: s.nodeId ?? 'work',
    attempt: s.attempt ?? 1,
    side: s.side ?? 'provider',
    role: s.role ?? null,
    assigneeId: s.assigneeId ?? null,
    status: s.status,
    enteredAt,
    dueAt: s.dueAt ?? null,
    overdueAt: s.overdueAt ?? null,
    doneAt: s.doneAt ?? null,
  });
}

async function project(c: Ctx, key: string, spec: Partial<ProjectSpec> & { completedAt?: Date }): Promise<string> {
  const seller = spec.providerSellerId === undefined ? c.t.seed.demoSellerId : spec.providerSellerId;
  const vendor = seller ?? c.t.seed.demoSellerId;
  const tpl = vendor === c.t.seed.acmeSellerId ? c.ids.acmeTpl : c.ids.demoTpl;
  const { completedAt, ...rest } = spec;
  const created = await addProject(c.t, { vendorSellerId: vendor, providerSellerId: seller, templateId: tpl ?? '', currentNodeId: 'work', ...rest });
  if (completedAt) await c.t.deps.db.update(deliveryProjects).set({ status: 'completed', completedAt }).where(eq(deliveryProjects.id, created.id));
  c.p[key] = { id: created.id, orderId: created.orderId };
  return created.id;
}

async function review(
  c: Ctx,
  key: string,
  r: { quality: number; attitude: number; speed: number; createdAt: string; isDefault?: boolean; comment?: string },
): Promise<void> {
  const target = c.p[key];
  if (!target) throw new Error(`no project ${key}`);
  const [row] = await c.t.deps.db.select({ sellerId: deliveryProjects.vendorSellerId }).from(deliveryProjects).where(eq(deliveryProjects.id, target.id));
  await c.t.deps.db.insert(reviews).values({
    id: newId('rev', at(r.createdAt)),
    orderId: target.orderId,
    sellerId: row?.sellerId ?? '',
    buyerId: c.t.seed.buyerId,
    productName: '交付视图服务',
    quality: r.quality,
    attitude: r.attitude,
    speed: r.speed,
    comment: r.comment ?? null,
    isDefault: r.isDefault ?? false,
    createdAt: at(r.createdAt),
  });
}

async function employee(
  c: Ctx,
  key: string,
  name: string,
  spec: { departmentId?: string | null; maxOpen: number; accepting?: boolean; sellerId?: string },
): Promise<string> {
  const e = await addEmployee(c.t, {
    sellerId: spec.sellerId ?? c.t.seed.demoSellerId,
    roles: ['developer', 'designer'],
    maxOpen: spec.maxOpen,
    departmentId: spec.departmentId ?? null,
    accepting: spec.accepting ?? true,
  });
  await c.t.deps.db.update(users).set({ displayName: name }).where(eq(users.id, e.userId));
  c.ids[key] = e.userId;
  c.ids[`${key}Login`] = e.loginName;
  return e.userId;
}

export async function buildWorkbenchWorld(t: TestApp): Promise<WorkbenchWorld> {
  const c: Ctx = { t, ids: {}, p: {} };
  const { demoSellerId: demoId, acmeSellerId: acmeId, buyerId } = c.t.seed;
  c.ids.demoTpl = await publishedTemplate(c.t, demoId);
  c.ids.acmeTpl = await publishedTemplate(c.t, acmeId);
  for (const [key, seller, name] of [
    ['deptA', demoId, '交付一部'],
    ['deptB', demoId, '交付二部'],
    ['acmeDept', acmeId, 'Acme delivery'],
  ] as const) {
    c.ids[key] = newId('ddp', c.t.clock.now());
    await c.t.deps.db.insert(deliveryDepartments).values({ id: id(c, key), providerSellerId: seller, parentId: null, name, createdAt: c.t.clock.now() });
  }
  const e1 = await employee(c, 'e1', 'Ann', { departmentId: id(c, 'deptA'), maxOpen: 5 });
  const e2 = await employee(c, 'e2', 'Bob', { departmentId: id(c, 'deptB'), maxOpen: 3 });
  const e3 = await employee(c, 'e3', 'Cat', { maxOpen: 4 }); // on leave
  const e4 = await employee(c, 'e4', 'Dan', { departmentId: id(c, 'deptA'), maxOpen: 7, accepting: false });
  const ax = await employee(c, 'ax', 'Axel', { departmentId: id(c, 'acmeDept'), maxOpen: 9, sellerId: acmeId });
  await addLeave(c.t, e3, at('2026-05-30T00:00:00Z'), at('2026-06-10T00:00:00Z'));

  // ---- demo's running work ----
  await project(c, 'P1', { productId: 'prd_wb_a', productName: '官网建设' });
  await task(c, pid(c, 'P1'), { assigneeId: e1, status: 'done', dueAt: DUE_TODAY, doneAt: at('2026-06-01T03:00:00Z') }); // early
  await task(c, pid(c, 'P1'), { nodeId: 'chk', side: 'customer', assigneeId: buyerId, status: 'rejected', doneAt: at('2026-06-01T04:00:00Z') });
  await task(c, pid(c, 'P1'), { assigneeId: e1, status: 'open', attempt: 2, enteredAt: at('2026-06-01T04:00:00Z'), dueAt: at('2026-06-03T09:30:00Z') });
  await addAssignment(c.t, pid(c, 'P1'), 'developer', e1);

  await project(c, 'P2', { productId: 'prd_wb_b', productName: '小程序开发' });
  await task(c, pid(c, 'P2'), { assigneeId: e1, status: 'done', dueAt: DUE_TODAY, doneAt: at('2026-06-01T10:00:00Z') }); // late, same day
  await task(c, pid(c, 'P2'), { nodeId: 'review', assigneeId: e2, status: 'rejected', doneAt: at('2026-05-30T05:00:00Z') });
  await task(c, pid(c, 'P2'), { nodeId: 'chk', side: 'customer', assigneeId: buyerId, status: 'open', dueAt: DUE_TODAY }); // customer side: not counted
  await addAssignment(c.t, pid(c, 'P2'), 'developer', e1);

  await project(c, 'P3', { productId: 'prd_wb_a', productName: '官网建设' });
  await task(c, pid(c, 'P3'), { assigneeId: e2, status: 'open', dueAt: DUE_TODAY });
  await addAssignment(c.t, pid(c, 'P3'), 'developer', e2);

  await project(c, 'P8', { productId: 'prd_wb_b', productName: '小程序开发' });
  await task(c, pid(c, 'P8'), { assigneeId: e1, status: 'done', dueAt: at('2026-06-02T09:30:00Z'), doneAt: at('2026-06-01T05:00:00Z') }); // due tomorrow
  await addAssignment(c.t, pid(c, 'P8'), 'developer', e1);

  await project(c, 'P9', {});
  await task(c, pid(c, 'P9'), { assigneeId: e3, status: 'open', dueAt: DUE_TODAY });
  await addAssignment(c.t, pid(c, 'P9'), 'developer', e3);

  await project(c, 'P5', { currentNodeId: 'asg' });
  await task(c, pid(c, 'P5'), { nodeId: 'asg', side: 'system', role: 'developer', status: 'waiting' }); // waiting for an employee

  await project(c, 'P6', { overdue: true });
  await task(c, pid(c, 'P6'), { assigneeId: e3, status: 'open', dueAt: at('2026-05-29T09:30:00Z'), overdueAt: at('2026-05-29T09:30:00Z') });
  await addAssignment(c.t, pid(c, 'P6'), 'developer', e3);

  await project(c, 'P7', { status: 'paused', createdAt: at('2026-05-20T02:00:00Z') });
  await addAssignment(c.t, pid(c, 'P7'), 'developer', e4);

  // ---- demo's deliveries ----
  await project(c, 'C1', { createdAt: at('2026-05-10T00:00:00Z'), completedAt: at('2026-05-15T02:00:00Z') });
  await addAssignment(c.t, pid(c, 'C1'), 'developer', e2, { released: true });
  await project(c, 'C2', { createdAt: at('2026-05-20T00:00:00Z'), completedAt: at('2026-05-31T15:30:00Z') }); // 23:30 Beijing, yesterday
  await addAssignment(c.t, pid(c, 'C2'), 'developer', e1, { released: true });
  await project(c, 'C3', { createdAt: at('2026-05-30T00:00:00Z'), completedAt: at('2026-06-01T00:00:00Z') }); // 48 h
  await addAssignment(c.t, pid(c, 'C3'), 'developer', e1, { released: true });
  await addAssignment(c.t, pid(c, 'C3'), 'designer', e2, { released: true });
  await project(c, 'C4', { createdAt: at('2026-05-31T04:10:00Z'), completedAt: at('2026-05-31T16:10:00Z') }); // 00:10 Beijing today, 12 h
  await addAssignment(c.t, pid(c, 'C4'), 'developer', e1, { released: true });
  await addAssignment(c.t, pid(c, 'C4'), 'designer', e3, { released: true });
  await project(c, 'C7', { createdAt: at('2026-05-31T19:00:00Z'), completedAt: at('2026-06-01T01:00:00Z') }); // 6 h
  await addAssignment(c.t, pid(c, 'C7'), 'developer', e1, { released: true });
  await project(c, 'C5', { createdAt: at('2026-04-01T00:00:00Z'), completedAt: at('2026-04-30T02:00:00Z') });
  await project(c, 'C8', { createdAt: at('2026-03-01T00:00:00Z'), completedAt: at('2026-03-10T02:00:00Z') });
  await addAssignment(c.t, pid(c, 'C8'), 'developer', e1, { released: true });
  await project(c, 'C9', { createdAt: at('2026-02-01T00:00:00Z'), completedAt: at('2026-02-10T02:00:00Z') });
  await addAssignment(c.t, pid(c, 'C9'), 'developer', e1, { released: true });
  await project(c, 'C10', { createdAt: at('2025-12-01T00:00:00Z'), completedAt: at('2025-12-20T02:00:00Z') });
  await addAssignment(c.t, pid(c, 'C10'), 'developer', e1, { released: true });
  await review(c, 'C1', { quality: 5, attitude: 5, speed: 5, createdAt: '2026-05-20T00:00:00Z' });
  await review(c, 'C2', { quality: 4, attitude: 5, speed: 3, createdAt: '2026-05-31T15:40:00Z', comment: '慢' });
  await review(c, 'C3', { quality: 5, attitude: 5, speed: 4, createdAt: '2026-06-01T00:30:00Z' });
  await review(c, 'C4', { quality: 5, attitude: 5, speed: 5, createdAt: '2026-06-01T00:40:00Z', isDefault: true });
  await review(c, 'C7', { quality: 5, attitude: 5, speed: 5, createdAt: '2026-06-01T01:30:00Z', comment: '很好' });
  await review(c, 'C8', { quality: 3, attitude: 3, speed: 3, createdAt: '2026-03-11T00:00:00Z' });
  await review(c, 'C9', { quality: 5, attitude: 4, speed: 5, createdAt: '2026-02-11T00:00:00Z' });

  // ---- not demo's: a queued project (no provider yet) and acme's own deliveries ----
  await project(c, 'Q', { providerSellerId: null, status: 'queued', currentNodeId: 'ap' });
  await task(c, pid(c, 'Q'), { nodeId: 'ap', side: 'system', status: 'waiting' });
  await project(c, 'A1', { providerSellerId: acmeId });
  await task(c, pid(c, 'A1'), { assigneeId: ax, status: 'done', dueAt: DUE_TODAY, doneAt: at('2026-06-01T02:30:00Z') });
  await task(c, pid(c, 'A1'), { nodeId: 'chk', side: 'customer', assigneeId: buyerId, status: 'rejected', doneAt: at('2026-06-01T03:00:00Z') });
  await project(c, 'A2', { providerSellerId: acmeId, completedAt: at('2026-06-01T01:00:00Z') });
  await review(c, 'A2', { quality: 1, attitude: 1, speed: 1, createdAt: '2026-06-01T01:10:00Z' });
  await project(c, 'A3', { providerSellerId: acmeId, currentNodeId: 'asg' });
  await task(c, pid(c, 'A3'), { nodeId: 'asg', side: 'system', role: 'developer', status: 'waiting' });
  return { ids: c.ids, p: c.p };
}
