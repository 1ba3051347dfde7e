import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';
import { deliveryAssignments, deliveryProjects } from '../delivery.tables.js';

const API = '/api/v1';
let t: TestApp;
let demo: Agent;
let acme: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  demo = await t.agent('demo');
  acme = await t.agent('acme');
});
afterAll(() => t.close());

interface Created {
  employee: { userId: string; loginName: string; workStatus: string; load: number; maxOpen: number };
  initialPassword: string;
}

async function department(name: string, parentId?: string): Promise<string> {
  const res = await demo.post(`${API}/delivery/departments`, { name, ...(parentId ? { parentId } : {}) });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function employee(loginName: string, extra: Record<string, unknown> = {}): Promise<Created> {
  const res = await demo.post(`${API}/delivery/employees`, { loginName, displayName: loginName, roles: ['designer'], ...extra });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function signIn(loginName: string, password: string): Promise<Agent> {
  const a = await t.agent(loginName, password);
  expect((await a.post(`${API}/auth/password`, { currentPassword: password, newPassword: 'Empl0yeePass' })).statusCode).toBe(204);
  return a;
}

describe('departments', () => {
  it('keeps names unique among siblings only', async () => {
    const design = await department('设计部');
    const dup = await demo.post(`${API}/delivery/departments`, { name: '设计部' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('name_taken');
    await department('设计部', design); // a child may share its parent's name
    const list = (await demo.get(`${API}/delivery/departments`)).json();
    expect(list.filter((d: { name: string }) => d.name === '设计部')).toHaveLength(2);
  });

  it('lets one of several simultaneous creates of one name win (the database decides), the rest get name_taken', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => demo.post(`${API}/delivery/departments`, { name: '并发部' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(results.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'name_taken')).toBe(true);
    const list = (await demo.get(`${API}/delivery/departments`)).json();
    expect(list.filter((d: { name: string }) => d.name === '并发部')).toHaveLength(1);
  });

  it('renames and moves, but never below itself', async () => {
    const top = await department('研发部');
    const mid = await department('前端组', top);
    const leaf = await department('移动端', mid);
    const cycle = await demo.put(`${API}/delivery/departments/${top}`, { parentId: leaf });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().code).toBe('department_cycle');
    const moved = await demo.put(`${API}/delivery/departments/${leaf}`, { parentId: top, name: '移动组' });
    expect(moved.json()).toMatchObject({ id: leaf, parentId: top, name: '移动组' });
  });

  it('deletes only an empty department', async () => {
    const parent = await department('运营部');
    const child = await department('客服组', parent);
    const withChild = await demo.delete(`${API}/delivery/departments/${parent}`);
    expect(withChild.statusCode).toBe(409);
    expect(withChild.json().code).toBe('department_not_empty');
    await employee('ops-kefu', { departmentId: child, roles: ['customer_service'] });
    const withEmployee = await demo.delete(`${API}/delivery/departments/${child}`);
    expect(withEmployee.statusCode).toBe(409);
    expect(withEmployee.json().code).toBe('department_not_empty');
    const empty = await department('空部门');
    expect((await demo.delete(`${API}/delivery/departments/${empty}`)).statusCode).toBe(204);
  });

  it('answers 404 for another seller’s department', async () => {
    const mine = await department('财务部');
    expect((await acme.put(`${API}/delivery/departments/${mine}`, { name: 'x' })).statusCode).toBe(404);
    expect((await acme.delete(`${API}/delivery/departments/${mine}`)).statusCode).toBe(404);
    expect((await acme.post(`${API}/delivery/departments`, { name: 'x', parentId: mine })).statusCode).toBe(404);
    expect((await acme.get(`${API}/delivery/departments`)).json()).toEqual([]);
  });
});

describe('employees', () => {
  it('creates an employee sub-account with an 8-character password that must be changed at first log-in', async () => {
    const dep = await department('交付一部');
    const { employee: e, initialPassword } = await employee('zhangsan', { departmentId: dep, roles: ['designer', 'developer'], tags: ['高级', '旗舰'] });
    expect(initialPassword).toMatch(/^[A-Za-z0-9]{8}$/);
    expect(e).toMatchObject({
      loginName: 'zhangsan@demoisv',
      departmentId: dep,
      departmentName: '交付一部',
      roles: ['designer', 'developer'],
      maxOpen: 5,
      load: 0,
      workStatus: 'accepting',
    });
    const me = await t.agent('zhangsan@demoisv', initialPassword);
    expect((await me.get(`${API}/auth/me`)).json().mustChangePassword).toBe(true);
    expect((await me.get(`${API}/delivery/me`)).json().code).toBe('password_change_required');
    expect((await me.post(`${API}/auth/password`, { currentPassword: initialPassword, newPassword: 'Zh4ngsanPass' })).statusCode).toBe(204);
    expect((await me.get(`${API}/delivery/me`)).json().employee.userId).toBe(e.userId);
  });

  it('validates capacity 0–50, at most 5 tags of 10 characters and at least one role', async () => {
    const base = { loginName: 'invalid', displayName: 'x', roles: ['tester'] };
    expect((await demo.post(`${API}/delivery/employees`, { ...base, maxOpen: 51 })).statusCode).toBe(400);
    expect((await demo.post(`${API}/delivery/employees`, { ...base, tags: ['a', 'b', 'c', 'd', 'e', 'f'] })).statusCode).toBe(400);
    expect((await demo.post(`${API}/delivery/employees`, { ...base, tags: ['12345678901'] })).statusCode).toBe(400);
    expect((await demo.post(`${API}/delivery/employees`, { ...base, roles: [] })).statusCode).toBe(400);
    expect((await demo.post(`${API}/delivery/employees`, { ...base, roles: ['wizard'] })).statusCode).toBe(400);
  });

  it('creates neither account nor profile when either part fails', async () => {
    const foreign = (await acme.post(`${API}/delivery/departments`, { name: 'Acme Ops' })).json().id;
    const res = await demo.post(`${API}/delivery/employees`, { loginName: 'halfway', displayName: 'x', roles: ['tester'], departmentId: foreign });
    expect(res.statusCode).toBe(404);
    expect((await demo.get(`${API}/seller/sub-accounts?q=halfway`)).json().total).toBe(0);
    await employee('halfway');
    const taken = await demo.post(`${API}/delivery/employees`, { loginName: 'halfway', displayName: 'y', roles: ['tester'] });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('login_taken');
    expect((await demo.get(`${API}/delivery/employees?q=halfway`)).json().total).toBe(1);
  });

  it('lists with live load, filtered by department branch, role, text and work status', async () => {
    const top = await department('华东区');
    const sub = await department('上海组', top);
    const a = await employee('list-a', { departmentId: sub, roles: ['implementer'] });
    await employee('list-b', { departmentId: top, roles: ['tester'] });
    const inBranch = (await demo.get(`${API}/delivery/employees?departmentId=${top}`)).json();
    expect(inBranch.items.map((e: { loginName: string }) => e.loginName).sort()).toEqual(['list-a@demoisv', 'list-b@demoisv']);
    const implementers = (await demo.get(`${API}/delivery/employees?role=implementer`)).json();
    expect(implementers.items.map((e: { userId: string }) => e.userId)).toEqual([a.employee.userId]);
    expect((await demo.get(`${API}/delivery/employees?q=list-b`)).json().total).toBe(1);
    await demo.put(`${API}/delivery/employees/${a.employee.userId}`, { accepting: false });
    const paused = (await demo.get(`${API}/delivery/employees?status=paused&departmentId=${top}`)).json();
    expect(paused.items.map((e: { userId: string }) => e.userId)).toEqual([a.employee.userId]);
  });

  it('edits profile, roles, department and capacity', async () => {
    const { employee: e } = await employee('editme');
    const dep = await department('实施部');
    const res = await demo.put(`${API}/delivery/employees/${e.userId}`, {
      displayName: '王五',
      phone: '13800000009',
      departmentId: dep,
      roles: ['implementer'],
      tags: ['标准'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: '王五', phone: '13800000009', departmentId: dep, roles: ['implementer'], tags: ['标准'] });
    const cap = await demo.put(`${API}/delivery/employees/${e.userId}/capacity`, { maxOpen: 0 });
    expect(cap.json().maxOpen).toBe(0);
    expect((await demo.put(`${API}/delivery/employees/${e.userId}/capacity`, { maxOpen: 51 })).statusCode).toBe(400);
  });

  it('resets the password: a new 8-character one, shown once, to be changed', async () => {
    const { employee: e, initialPassword } = await employee('forgetful');
    const res = await demo.post(`${API}/delivery/employees/${e.userId}/reset-password`);
    expect(res.statusCode).toBe(200);
    expect(res.json().initialPassword).toMatch(/^[A-Za-z0-9]{8}$/);
    expect(res.json().initialPassword).not.toBe(initialPassword);
    const me = await t.agent('forgetful@demoisv', res.json().initialPassword);
    expect((await me.get(`${API}/auth/me`)).json().mustChangePassword).toBe(true);
  });

  it('refuses to delete an employee who still operates open projects', async () => {
    const { employee: e, initialPassword } = await employee('busy');
    const now = t.clock.now();
    const p = {
      id: 'prj_busy',
      orderId: 'ord_busy',
      orderNo: 'busy',
      productId: 'p',
      productName: 'p',
      vendorSellerId: t.seed.demoSellerId,
      buyerId: t.seed.buyerId,
      templateId: 't',
    };
    await t.deps.db.insert(deliveryProjects).values({ ...p, providerSellerId: t.seed.demoSellerId, status: 'running', createdAt: now, updatedAt: now });
    await t.deps.db.insert(deliveryAssignments).values({ id: 'asg_busy', projectId: p.id, run: 1, role: 'designer', userId: e.userId, assignedAt: now });
    expect((await demo.get(`${API}/delivery/employees/${e.userId}`)).json().load).toBe(1);
    const refused = await demo.delete(`${API}/delivery/employees/${e.userId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'employee_busy' });
    expect(refused.json().detail).toContain('open project');

    await t.deps.db.update(deliveryProjects).set({ status: 'completed' }).where(eq(deliveryProjects.id, p.id));
    expect((await demo.delete(`${API}/delivery/employees/${e.userId}`)).statusCode).toBe(204);
    expect((await demo.get(`${API}/delivery/employees/${e.userId}`)).statusCode).toBe(404);
    expect((await t.anonymous().post(`${API}/auth/login`, { loginName: 'busy@demoisv', password: initialPassword })).statusCode).not.toBe(200);
  });

  it('makes an existing sub-account an employee once', async () => {
    const res = await demo.post(`${API}/delivery/employees/${t.seed.opsId}/profile`, { roles: ['project_manager'] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ loginName: 'ops@demoisv', roles: ['project_manager'], maxOpen: 5 });
    expect((await demo.post(`${API}/delivery/employees/${t.seed.opsId}/profile`, { roles: ['tester'] })).statusCode).toBe(409);
    expect((await acme.post(`${API}/delivery/employees/${t.seed.adminId}/profile`, { roles: ['tester'] })).statusCode).toBe(404);
  });

  it('answers 404 for another seller’s employee', async () => {
    const { employee: e } = await employee('private');
    expect((await acme.get(`${API}/delivery/employees/${e.userId}`)).statusCode).toBe(404);
    expect((await acme.put(`${API}/delivery/employees/${e.userId}`, { maxOpen: 1 })).statusCode).toBe(404);
    expect((await acme.post(`${API}/delivery/employees/${e.userId}/reset-password`)).statusCode).toBe(404);
    expect((await acme.delete(`${API}/delivery/employees/${e.userId}`)).statusCode).toBe(404);
    expect(
      (await acme.post(`${API}/delivery/employees/${e.userId}/leaves`, { startsAt: '2026-06-02T00:00:00Z', endsAt: '2026-06-03T00:00:00Z' })).statusCode,
    ).toBe(404);
    expect((await acme.get(`${API}/delivery/employees`)).json().total).toBe(0);
  });

  it('needs the delivery.staff permission', async () => {
    const ops = await t.agent('ops@demoisv');
    const res = await ops.get(`${API}/delivery/employees`);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('permission_denied');
  });
});

describe('leave and accepting', () => {
  it('puts an employee on leave, refuses overlaps and ends the leave early', async () => {
    const { employee: e } = await employee('traveller');
    const now = t.clock.now().getTime();
    const iso = (h: number) => new Date(now + h * 3_600_000).toISOString();
    const url = `${API}/delivery/employees/${e.userId}/leaves`;
    const current = await demo.post(url, { startsAt: iso(-1), endsAt: iso(8), reason: '年假' });
    expect(current.statusCode).toBe(201);
    expect((await demo.get(`${API}/delivery/employees/${e.userId}`)).json()).toMatchObject({ workStatus: 'on_leave', onLeaveUntil: iso(8) });
    const overlap = await demo.post(url, { startsAt: iso(7), endsAt: iso(30) });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().code).toBe('conflict');
    expect((await demo.post(url, { startsAt: iso(8), endsAt: iso(30) })).statusCode).toBe(201); // back to back is fine
    expect((await demo.post(url, { startsAt: iso(40), endsAt: iso(40) })).statusCode).toBe(400);
    expect((await demo.get(`${API}/delivery/employees?status=on_leave&q=traveller`)).json().total).toBe(1);

    expect((await demo.delete(`${url}/${current.json().id}`)).statusCode).toBe(204);
    expect((await demo.get(`${API}/delivery/employees/${e.userId}`)).json().workStatus).toBe('accepting');
    const leaves = (await demo.get(url)).json();
    expect(leaves).toHaveLength(2);
    expect(leaves.find((l: { id: string }) => l.id === current.json().id).endsAt).toBe(iso(0));
    // ending it again: the leave is over (a specific code, not invalid_state)
    const again = await demo.delete(`${url}/${current.json().id}`);
    expect([again.statusCode, again.json().code]).toEqual([409, 'leave_over']);
  });

  it('lets employees pause and resume their own accepting', async () => {
    const { initialPassword } = await employee('selfpaced');
    const me = await signIn('selfpaced@demoisv', initialPassword);
    expect((await me.get(`${API}/delivery/me`)).json().employee.workStatus).toBe('accepting');
    const paused = await me.put(`${API}/delivery/me/accepting`, { accepting: false });
    expect(paused.statusCode).toBe(200);
    expect(paused.json().employee).toMatchObject({ accepting: false, workStatus: 'paused' });
    expect((await me.put(`${API}/delivery/me/accepting`, { accepting: true })).json().employee.workStatus).toBe('accepting');
  });

  it('answers /delivery/me with no employee to a seller account without a profile (every seller page asks it), and 404 to its switch', async () => {
    const res = await acme.get(`${API}/delivery/me`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ employee: null, leaves: [] });
    expect((await acme.put(`${API}/delivery/me/accepting`, { accepting: false })).statusCode).toBe(404);
  });
});
