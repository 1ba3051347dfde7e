import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BUYER, buyPaidServiceOrder, expectAnswer, logIn, SERVICE_PRODUCT, sellerPage } from './support/aftersales';

// The delivery center end to end: the vendor builds and publishes its own service flow and
// links it to the service product; a buyer's purchase becomes a project that is assigned to
// the less-loaded designer; the buyer submits requirements, the designer uploads and
// completes, the buyer rejects once, the designer redoes it, the buyer accepts and completes.
const DESIGNERS = [
  { loginName: 'designer1@demoisv', name: '设计师 小周' },
  { loginName: 'designer2@demoisv', name: '设计师 小吴' },
] as const;
type Designer = (typeof DESIGNERS)[number];

const NODES = {
  submit: '提交网站需求',
  assign: '分配设计师',
  design: '设计稿交付',
  accept: '客户确认设计稿',
  done: '确认完成交付',
} as const;
const LABELS = {
  submit: '提交需求',
  viewDemand: '查看需求',
  upload: '上传设计稿',
  viewDesign: '查看设计稿',
  deliver: '提交设计稿',
  accept: '确认设计稿',
  reject: '驳回修改',
  complete: '确认完成',
} as const;
const OK = /^确\s*定$/;
/** a node action's request, whichever side (buyer, seller, staff) sends it */
const nodeAction = (kind: string): RegExp => new RegExp(`/api/v1/.*projects/[^/]+/${kind}$`);
/** a 1×1 transparent PNG: the design file */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

interface ProjectRow {
  id: string;
  orderNo: string;
}
interface LiveDetail {
  project: { id: string; status: string };
  liveTask: { nodeId: string; nodeName: string; status: string; assignee: { id: string; name: string } | null } | null;
}
interface EmployeeRow {
  loginName: string;
  displayName: string;
  load: number;
  maxOpen: number;
}

/**
 * Picks an option of an antd select (the options carry their label as title) and waits until
 * the select shows it: under load a click can land while the dropdown is still opening, so the
 * pick is retried until it took.
 */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  const shown = select.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  await expect(async () => {
    await select.click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).click({ timeout: 2_000 });
    await expect(shown).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

async function csrfHeader(page: Page): Promise<Record<string, string>> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cm_csrf');
  return cookie ? { 'x-csrf-token': decodeURIComponent(cookie.value) } : {};
}

/** The project a paid order became (created when the payment lands). */
async function projectOf(page: Page, orderNo: string): Promise<ProjectRow> {
  let found: ProjectRow | undefined;
  await expect
    .poll(
      async () => {
        const r = await page.request.get('/api/v1/buyer/delivery/projects?pageSize=100');
        const { items } = (await r.json()) as { items: ProjectRow[] };
        found = items.find((p) => p.orderNo === orderNo);
        return found !== undefined;
      },
      { message: `order ${orderNo} becomes a delivery project` },
    )
    .toBe(true);
  return found as ProjectRow;
}

async function buyerDetail(page: Page, projectId: string): Promise<LiveDetail> {
  const r = await page.request.get(`/api/v1/buyer/delivery/projects/${encodeURIComponent(projectId)}`);
  expect(r.ok(), await r.text()).toBe(true);
  return (await r.json()) as LiveDetail;
}

/** The designers' open-project counts, as the vendor's staff list shows them. */
async function designerLoads(seller: Page): Promise<Map<string, number>> {
  const r = await seller.request.get('/api/v1/delivery/employees?role=designer&pageSize=100');
  expect(r.ok(), await r.text()).toBe(true);
  const { items } = (await r.json()) as { items: EmployeeRow[] };
  return new Map(DESIGNERS.map((d) => [d.loginName, items.find((e) => e.loginName === d.loginName)?.load ?? -1]));
}

/** The node drawer of a node type, filled in and saved. */
async function fillNodeDrawer(page: Page, type: string, fill: (drawer: Locator) => Promise<void>): Promise<void> {
  const drawer = page.getByRole('dialog', { name: type });
  await expect(drawer).toBeVisible();
  await fill(drawer);
  await drawer.getByRole('button', { name: '保存节点' }).click();
  await expect(drawer).toBeHidden();
}

/** Adds a node of a type right after the node named `after` ("+" below its card). */
async function addNode(page: Page, after: string, type: string, fill: (drawer: Locator) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: `在「${after}」后添加节点` }).click();
  const picker = page.getByRole('dialog', { name: '添加节点' });
  // a click while antd's zoom-in still ran was once lost (CI, 2026-12-07). The journeys ask for
  // reduced motion and the app then opens dialogs without one, but once (CI, 2026-12-07 late) the
  // picker still showed its zoom classes at first sight: wait until none is left before clicking
  await expect(picker).toBeVisible();
  await expect(picker).not.toHaveClass(/ant-zoom/);
  await picker.getByRole('button', { name: type, exact: true }).click();
  await expect(picker).toBeHidden();
  await fillNodeDrawer(page, type, fill);
}

test('the vendor builds a flow, a purchase is assigned to the less-loaded designer and delivered through it', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const templateName = `E2E 网站交付 ${stamp}`;

  // ——— 1. the vendor builds a private template in the node editor
  const vendor = await sellerPage(browser);
  const v = vendor.page;
  await v.goto('/delivery/templates');
  await expect(v.getByRole('heading', { name: '服务流程模板', level: 1 })).toBeVisible();
  await v.getByRole('button', { name: '新建' }).click();
  const create = v.getByRole('dialog', { name: '新建流程模板' });
  await create.getByLabel('服务流程名称').fill(templateName);
  await create.getByLabel('描述').fill('E2E：提交需求 → 分配设计师 → 设计稿交付 → 客户确认 → 确认完成');
  await expectAnswer(v, 'POST', /^\/api\/v1\/delivery\/templates$/, 201, () => create.getByRole('button', { name: OK }).click());
  await expect(v).toHaveURL(/\/delivery\/templates\/[^/]+$/);
  await expect(v.getByRole('heading', { level: 1 })).toContainText(templateName);
  await expect(v.getByRole('heading', { level: 1 })).toContainText('草稿');
  // a new template starts with the built-in assign-provider node and a complete-project node
  const cards = v.getByRole('region', { name: /^节点：/ });
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('分配服务商节点');
  await expect(cards.first()).toContainText('内置起始节点');
  await expect(cards.last()).toContainText('完成项目节点');

  await addNode(v, '分配服务商', '提交需求节点', async (d) => {
    await d.getByLabel('节点名称').fill(NODES.submit);
    await choose(v, d.getByLabel('需求表单模板'), '网站建设需求表单');
    await d.getByLabel('提交需求按钮').fill(LABELS.submit);
    await d.getByLabel('查看需求按钮').fill(LABELS.viewDemand);
  });
  await addNode(v, NODES.submit, '分配订单节点', async (d) => {
    await d.getByLabel('节点名称').fill(NODES.assign);
    await choose(v, d.getByLabel('选择角色'), '设计师');
    await d.getByRole('radio', { name: '服务商优先' }).check();
  });
  await addNode(v, NODES.assign, '通用节点', async (d) => {
    await d.getByLabel('节点名称').fill(NODES.design);
    await d.getByRole('radio', { name: '服务商', exact: true }).check();
    await choose(v, d.getByLabel('选择角色'), '设计师');
    await d.getByRole('switch', { name: '需上传' }).click();
    await expect(d.getByRole('switch', { name: '需上传' })).toBeChecked();
    await d.getByLabel('上传内容按钮').fill(LABELS.upload);
    await d.getByLabel('查看内容按钮').fill(LABELS.viewDesign);
    await d.getByLabel('确认按钮').fill(LABELS.deliver);
  });
  await addNode(v, NODES.design, '确认节点', async (d) => {
    await d.getByLabel('节点名称').fill(NODES.accept);
    await d.getByRole('radio', { name: '客户端', exact: true }).check();
    await d.getByLabel('确认按钮').fill(LABELS.accept);
    await d.getByRole('switch', { name: '可驳回' }).click();
    await d.getByLabel('驳回按钮').fill(LABELS.reject);
  });
  // the last node is the template's own complete-project node: name it and label its button
  await cards.last().getByRole('button', { name: '编辑' }).click();
  await fillNodeDrawer(v, '完成项目节点', async (d) => {
    await d.getByLabel('节点名称').fill(NODES.done);
    await d.getByLabel('确认按钮').fill(LABELS.complete);
  });

  // the chain, in order, with the key settings on its cards
  await expect(cards).toHaveCount(6);
  await expect(cards.nth(1)).toContainText('需求表单：网站建设需求表单');
  await expect(cards.nth(2)).toContainText('角色：设计师');
  await expect(cards.nth(2)).toContainText('分单规则：服务商优先');
  await expect(cards.nth(3)).toContainText('操作端：服务商');
  await expect(cards.nth(3)).toContainText('需上传');
  await expect(cards.nth(4)).toContainText('操作端：客户端');
  await expect(cards.nth(4)).toContainText('可驳回');
  for (const [i, name] of [NODES.submit, NODES.assign, NODES.design, NODES.accept, NODES.done].entries()) {
    await expect(cards.nth(i + 1)).toHaveAccessibleName(`节点：${name}`);
  }

  await expect(v.getByText('有未保存的修改')).toBeVisible();
  await v.getByRole('button', { name: '保存', exact: true }).click();
  await expect(v.getByText('模板已保存')).toBeVisible();
  await expect(v.getByText('有未保存的修改')).toBeHidden();
  await v.getByRole('button', { name: '发布', exact: true }).click();
  const publish = v.getByRole('dialog', { name: '确认发布' });
  await expect(publish).toContainText('发布后不能编辑');
  await expectAnswer(v, 'POST', /^\/api\/v1\/delivery\/templates\/[^/]+\/publish$/, 200, () => publish.getByRole('button', { name: OK }).click());
  await expect(v.getByText('模板已发布')).toBeVisible();
  await expect(v.getByRole('heading', { level: 1 })).toContainText('已发布');
  await expect(v.getByText('已发布的模板不能编辑')).toBeVisible();

  // — it is listed under 我的模板 as published
  await v.goto('/delivery/templates?scope=mine');
  const listed = v.getByRole('table', { name: '我的模板' }).getByRole('row').filter({ hasText: templateName });
  await expect(listed).toContainText('已发布');
  await expect(listed.getByRole('cell', { name: '6', exact: true })).toBeVisible();

  // ——— … and linked to the service product in the seller product editor
  await v.goto('/seller/products');
  await v.getByRole('row').filter({ hasText: SERVICE_PRODUCT }).getByRole('button', { name: '编辑' }).click();
  await expect(v).toHaveURL(/\/seller\/products\/[^/#]+$/);
  const flowCard = v.locator('#delivery-template');
  await expect(flowCard).toContainText('服务流程');
  await expect(flowCard).toContainText('网站设计交付流程'); // the seeded flow, linked so far
  await choose(v, flowCard.getByLabel('服务流程模板'), templateName);
  await flowCard.getByRole('button', { name: '关联' }).click();
  await expect(v.getByText('已关联服务流程模板')).toBeVisible();
  await expect(flowCard.getByRole('link', { name: templateName })).toBeVisible();
  await expect(flowCard).toContainText('已关联');

  // ——— 2. one designer gets busier: an earlier purchase whose requirements are in, so it is
  // assigned (repeated while the two loads are still equal, e.g. on a database reused)
  await logIn(page, BUYER.loginName, BUYER.password);
  let loads = await designerLoads(v);
  for (let i = 1; i <= 3 && loads.get(DESIGNERS[0].loginName) === loads.get(DESIGNERS[1].loginName); i++) {
    const warmup = await buyPaidServiceOrder(page, `E2E 交付 预热 ${i}`);
    const warmupProject = await projectOf(page, warmup.orderNo);
    let warm = await buyerDetail(page, warmupProject.id);
    expect(warm.liveTask?.nodeName).toBe(NODES.submit);
    const submitted = await page.request.post(`/api/v1/buyer/delivery/projects/${encodeURIComponent(warmupProject.id)}/submit-requirements`, {
      headers: await csrfHeader(page),
      data: {
        nodeId: warm.liveTask?.nodeId,
        answers: { contact_name: '预热联系人', contact_phone: '13800000000', company_name: '预热公司', site_type: 'corporate', pages: '首页' },
      },
    });
    expect(submitted.ok(), await submitted.text()).toBe(true);
    warm = await buyerDetail(page, warmupProject.id);
    expect(warm.liveTask?.nodeName).toBe(NODES.design);
    const busy = DESIGNERS.find((d) => d.name === warm.liveTask?.assignee?.name);
    expect(busy, `the warm-up project went to a designer (${warm.liveTask?.assignee?.name})`).toBeDefined();
    const before = loads.get(busy?.loginName ?? '') ?? 0;
    loads = await designerLoads(v);
    expect(loads.get(busy?.loginName ?? ''), `${busy?.loginName} holds one more project`).toBe(before + 1);
  }
  // both have max 5: the less-loaded one is the one with fewer open projects
  const [load1, load2] = DESIGNERS.map((d) => loads.get(d.loginName) ?? 0);
  expect(load1, 'the two designers hold different loads').not.toBe(load2);
  const designer: Designer = (load1 ?? 0) < (load2 ?? 0) ? DESIGNERS[0] : DESIGNERS[1];
  const designerLoad = loads.get(designer.loginName) ?? 0;

  // ——— the measured purchase
  const order = await buyPaidServiceOrder(page, 'E2E 交付流程');
  const project = await projectOf(page, order.orderNo);

  // ——— 3. the buyer submits the requirements in the browser
  await page.goto(`/buyer/projects/${encodeURIComponent(project.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(order.orderNo);
  await expect(page.getByText(`当前节点：${NODES.submit}`)).toBeVisible();
  await page.getByRole('group', { name: '节点操作' }).getByRole('button', { name: LABELS.submit }).click();
  const form = page.getByRole('dialog', { name: '提交需求' });
  await form.getByLabel('联系人').fill('E2E 联系人');
  await form.getByLabel('联系电话').fill('13900000000');
  await form.getByLabel('企业名称').fill(`E2E 公司 ${stamp}`);
  await choose(page, form.getByLabel('网站类型'), '企业官网');
  await form.getByLabel('页面与栏目').fill('首页、产品中心、关于我们');
  // issue 11: the optional 期望上线日期, once picked, must not be refused as "请填写期望上线日期"
  const launch = form.getByLabel('期望上线日期');
  await launch.click();
  await launch.fill('2030-06-18');
  await launch.press('Enter');
  await expect(launch).toHaveValue('2030-06-18');
  await form.getByRole('button', { name: /^提\s*交$/ }).click();
  await expect(form.getByText('请填写期望上线日期')).toHaveCount(0);
  await expect(page.getByText('需求已提交')).toBeVisible();
  await expect(form).toBeHidden();

  // — assigned at once to the less-loaded designer
  const current = page.locator('.ant-card').filter({ hasText: '当前节点：' });
  await expect(current).toContainText(`当前节点：${NODES.design}`);
  await expect(current).toContainText(designer.name);
  await expect(page.getByLabel('项目进度')).toContainText(`操作人：${designer.name}`);
  expect((await designerLoads(v)).get(designer.loginName), `${designer.loginName} now holds the project`).toBe(designerLoad + 1);
  await vendor.context.close();

  // ——— the designer finds it under 我的项目, uploads the design and completes the step
  const staffContext = await browser.newContext({ reducedMotion: 'reduce' });
  const staff = await staffContext.newPage();
  await logIn(staff, designer.loginName, 'Demo1234');
  await staff.goto('/delivery/projects');
  const mine = staff.getByRole('row').filter({ hasText: order.orderNo });
  // a new browser's first visit to the delivery center (its largest first load): on a loaded CI
  // machine the list once showed just after 10 s
  await expect(mine).toContainText(NODES.design, { timeout: 20_000 });
  await expect(mine).toContainText(designer.name);
  // 列表导出 builds the list into 我的下载, which opens and offers the file once it is built
  await staff.getByRole('button', { name: '列表导出' }).click();
  await expect(staff.getByText('已开始导出，生成后可在“我的下载”中下载')).toBeVisible();
  const downloadsDrawer = staff.getByRole('dialog', { name: '我的下载' });
  const exported = downloadsDrawer.getByRole('row').filter({ hasText: 'delivery-projects-' }).first();
  await expect(exported).toContainText('可下载', { timeout: 15_000 });
  const fileDownload = staff.waitForEvent('download');
  await exported.getByRole('link', { name: /^下载 / }).click();
  const csv = await readFile(await (await fileDownload).path(), 'utf8');
  expect(csv).toContain(order.orderNo);
  await staff.keyboard.press('Escape');
  await expect(downloadsDrawer).toBeHidden();
  await mine.getByRole('link', { name: `详情 ${order.orderNo}` }).click();
  await expect(staff).toHaveURL(new RegExp(`/delivery/projects/${project.id}$`));
  await expect(staff.getByRole('heading', { level: 1 })).toContainText(order.orderNo);
  await deliverDesign(staff, 'design-v1.png');

  // the customer's turn now: the designer only watches
  await expect(staff.getByText(`当前节点：${NODES.accept}`)).toBeVisible();
  await expect(staff.getByRole('button', { name: LABELS.deliver })).toHaveCount(0);

  // ——— the buyer rejects the design once, with a reason
  const reason = `E2E 驳回 ${stamp}：首页配色需要调整`;
  await page.reload();
  await expect(page.getByText(`当前节点：${NODES.accept}`)).toBeVisible();
  const buyerActions = page.getByRole('group', { name: '节点操作' });
  await expect(buyerActions.getByRole('button', { name: LABELS.accept })).toBeVisible();
  await buyerActions.getByRole('button', { name: LABELS.reject }).click();
  const rejectDialog = page.getByRole('dialog', { name: '驳回' });
  await rejectDialog.getByLabel('驳回原因').fill(reason);
  await expectAnswer(page, 'POST', nodeAction('reject'), 200, () => rejectDialog.getByRole('button', { name: OK }).click());
  await expect(rejectDialog).toBeHidden();
  // back on the designer's step, with the same designer, and the rejection counted
  await expect(page.getByText(`当前节点：${NODES.design}`)).toBeVisible();
  await expect(current).toContainText(designer.name);
  await expect(page.getByLabel('项目进度')).toContainText('驳回 1 次');
  await expect(buyerActions).toHaveCount(0);

  // ——— the designer sees the step is theirs again and delivers a revision
  await staff.reload();
  await expect(staff.getByText(`当前节点：${NODES.design}`)).toBeVisible();
  await deliverDesign(staff, 'design-v2.png');
  await staffContext.close();

  // ——— the buyer accepts the revision, then completes the project
  await page.reload();
  await expect(page.getByText(`当前节点：${NODES.accept}`)).toBeVisible();
  await buyerActions.getByRole('button', { name: LABELS.accept }).click();
  await expectAnswer(page, 'POST', nodeAction('confirm'), 200, () =>
    page.getByRole('tooltip').filter({ hasText: '确认此节点？' }).getByRole('button', { name: OK }).click(),
  );
  await expect(page.getByText(`当前节点：${NODES.done}`)).toBeVisible();
  await buyerActions.getByRole('button', { name: LABELS.complete }).click();
  const finish = page.getByRole('tooltip').filter({ hasText: '确认项目已完成交付？' });
  await expect(finish).toContainText('确认后项目结束，不能撤回。');
  await expectAnswer(page, 'POST', nodeAction('complete-project'), 200, () => finish.getByRole('button', { name: OK }).click());
  await expect(page.getByText('项目当前没有进行中的节点')).toBeVisible();
  await expect(page.locator('.ant-descriptions-item').filter({ hasText: '项目状态' })).toContainText('已完成');
  await expect(page.locator('.ant-descriptions-item').filter({ hasText: '完成时间' })).toBeVisible();

  // ——— the flow log keeps the whole story
  await page.getByRole('tab', { name: /^文件管理/ }).click();
  const files = page.getByRole('table', { name: '文件管理' });
  await expect(files.getByRole('row').filter({ hasText: 'design-v1.png' })).toContainText(designer.name);
  await expect(files.getByRole('row').filter({ hasText: 'design-v2.png' })).toContainText(NODES.design);
  await page.getByRole('tab', { name: '流程日志' }).click();
  const log = page.getByRole('table', { name: '第 1 轮流程（当前）' });
  const rejected = log.getByRole('row').filter({ hasText: '节点被驳回' });
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText(NODES.accept);
  await expect(rejected).toContainText(`原因：${reason}`);
  await expect(log.getByRole('row').filter({ hasText: NODES.design }).filter({ hasText: '节点已完成' })).toHaveCount(2);
  await expect(log.getByRole('row').filter({ hasText: NODES.design }).filter({ hasText: '进入节点' })).toHaveCount(2);
  await expect(log.getByRole('row').filter({ hasText: NODES.submit }).filter({ hasText: '节点已完成' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: '项目完成' })).toHaveCount(1);

  // ——— the designer's own workbench counts the delivery this month; they put up a photo
  const wbContext = await browser.newContext({ reducedMotion: 'reduce' });
  const wb = await wbContext.newPage();
  await logIn(wb, designer.loginName, 'Demo1234');
  await wb.goto('/delivery/my-workbench');
  await expect(wb.getByRole('heading', { name: '我的工作台', level: 1 })).toBeVisible();
  const month = wb.locator('.ant-card').filter({ hasText: '月度交付情况' });
  await expect(month.locator('.ant-statistic').filter({ hasText: '月交付单数' }).locator('.ant-statistic-content')).toHaveText(/^[1-9]\d* 单$/);
  await wb.locator('input[type=file]').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
  await expect(wb.getByRole('img', { name: '我的头像' })).toHaveAttribute('src', /\/api\/v1\/files\//);
  await wbContext.close();

  // ——— the vendor's queue page and management workbench open on the same figures
  const back = await sellerPage(browser);
  await back.page.goto('/delivery/queue');
  await expect(back.page.getByRole('heading', { name: '排队情况', level: 1 })).toBeVisible();
  await expect(back.page.locator('.ant-card').filter({ hasText: '等待分配服务商' })).toBeVisible();
  await expect(back.page.getByRole('button', { name: '立即重试' })).toBeVisible();
  await back.page.goto('/delivery/workbench');
  await expect(back.page.getByRole('heading', { name: '管理工作台', level: 1 })).toBeVisible();
  const deliveredCard = back.page.locator('.ant-card').filter({ hasText: '今日交付项目' });
  await expect(deliveredCard.locator('.ant-statistic').filter({ hasText: '本月交付' }).locator('.ant-statistic-content')).toHaveText(/^[1-9]\d* 单$/);
  await back.context.close();
});

/** The designer's step: upload a file through the step's upload button, then complete it. */
async function deliverDesign(staff: Page, fileName: string): Promise<void> {
  await expect(staff.getByText(`当前节点：${NODES.design}`)).toBeVisible();
  const actions = staff.getByRole('group', { name: '节点操作' });
  await expect(actions.getByRole('button', { name: LABELS.upload })).toBeVisible();
  await actions.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'image/png', buffer: PNG });
  await expect(staff.getByText(`已上传 ${fileName}`)).toBeVisible();
  await actions.getByRole('button', { name: LABELS.deliver }).click();
  await expectAnswer(staff, 'POST', nodeAction('complete-task'), 200, () =>
    staff.getByRole('tooltip').filter({ hasText: '完成此节点？' }).getByRole('button', { name: OK }).click(),
  );
  await expect(staff.getByText(`当前节点：${NODES.accept}`)).toBeVisible();
}
