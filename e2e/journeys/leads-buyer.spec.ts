import { expect, test, type Page } from '@playwright/test';
import { BUYER, expectAnswer, logIn } from './support/aftersales';

// 商机 from the buyer's and the operator's side (guide 4 商机系统使用手册): a visitor asks a shop for a
// quote ("用户给您发布定向需求") and is sent to log in first; a buyer posts an ordinary demand under
// 我的需求; the operator finds it in 商机路由 and assigns it to the demo seller ("由云市场平台分派需求"),
// who then has 24 hours to answer ("要求服务商在24小时内…确认是否接受").

const OPERATOR = { loginName: 'operator', password: 'Demo1234' };
const SHOP = { code: 'demoisv', name: 'Demo ISV' };

async function fillDemand(page: Page, name: string): Promise<void> {
  const form = page.getByRole('form', { name: '发布需求' });
  await form.getByLabel('需求名称').fill(name);
  await form.getByLabel('需求类型').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('企业网站建设', { exact: true }).click();
  await form.getByLabel('需求摘要').fill('企业官网改版，中英文两版');
  await form.getByLabel('地域').fill('杭州');
  await form.getByLabel('预期价格').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('5000-10000', { exact: true }).click();
  await form.getByLabel('联系人').fill('王先生');
  await form.getByLabel('手机号码').fill('13800001111');
}

test('a visitor asking a shop for a quote logs in first and lands on the directed demand form', async ({ page }) => {
  await page.goto(`/store/shops/${SHOP.code}`);
  await page.getByRole('button', { name: '向TA提需求' }).click();
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await page.getByLabel('登录名', { exact: true }).fill(BUYER.loginName);
  await page.getByLabel('密码', { exact: true }).fill(BUYER.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/buyer/demands/new\\?seller=${SHOP.code}$`));
  await expect(page.getByRole('heading', { level: 1, name: `向 ${SHOP.name} 提需求` })).toBeVisible();
  await expect(page.getByText('这是一条定向需求')).toBeVisible();
});

test('a buyer posts a demand; the operator assigns it in 商机路由 to the demo seller, who has 24 hours to answer', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const name = `E2E官网改版${Date.now().toString(36).slice(-5)}`;

  // — the buyer: 我的需求 > 发布需求; the form says what is missing before anything is sent
  await logIn(page, BUYER.loginName, BUYER.password);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '我的需求' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的需求' })).toBeVisible();
  await page.getByRole('button', { name: '发布需求' }).click();
  await page.getByRole('button', { name: '提交需求' }).click();
  await expect(page.getByText('请填写需求名称（1–60 个字）')).toBeVisible();
  await expect(page.getByText('请填写 11 位中国大陆手机号码')).toBeVisible();
  await fillDemand(page, name);
  await expectAnswer(page, 'POST', /\/buyer\/demands$/, 201, () => page.getByRole('button', { name: '提交需求' }).click());
  await expect(page).toHaveURL(/\/buyer\/demands\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.getByText('待接单')).toBeVisible();

  // — the operator: 商机路由 finds it; 指派 to Demo ISV
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const op = await context.newPage();
  await logIn(op, OPERATOR.loginName, OPERATOR.password);
  await op.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '商机路由' }).click();
  await expect(op.getByRole('heading', { level: 1, name: '商机路由' })).toBeVisible();
  await op.getByRole('form', { name: '商机路由' }).getByLabel('需求', { exact: true }).fill(name);
  await op.getByRole('button', { name: /查\s?询/ }).click();
  const row = op.getByRole('table', { name: '商机路由' }).locator('tbody tr[data-row-key]').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name }).click();
  await expect(op.getByRole('heading', { level: 1 })).toContainText('需求详情');

  await op.getByRole('button', { name: /指\s?派/ }).click();
  const dialog = op.getByRole('dialog', { name: `指派需求：${name}` });
  await dialog.getByRole('radio', { name: SHOP.name }).check();
  await expectAnswer(op, 'POST', /\/operator\/demands\/[^/]+\/assign$/, 200, () => dialog.getByRole('button', { name: '确定指派' }).click());
  await expect(op.getByText(`已指派给 ${SHOP.name}`)).toBeVisible();

  // the lead: Demo ISV, 小二指派, 待响应 with the 24-hour countdown
  const leads = op.getByRole('table', { name: '服务商跟进记录' });
  const lead = leads.locator('tbody tr[data-row-key]').filter({ hasText: SHOP.name });
  await expect(lead).toContainText('小二指派');
  await expect(lead).toContainText('待响应');
  await expect(lead).toContainText(/剩余2[34]小时\d+分/);
  // assigned: no second 指派
  await expect(op.getByRole('button', { name: /指\s?派/ })).toHaveCount(0);
  await context.close();
});
