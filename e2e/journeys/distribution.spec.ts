import { expect, test } from '@playwright/test';
import { BUYER, expectAnswer, logIn, sellerPage } from './support/aftersales';

// 分销 end to end (guide 2.2 转售分销计划说明, 2.3 如何设置商品转售分销): the seller joins a product at 30 %
// ("愿意支付的佣金比例（上限60%，下限20%）… 一旦设置，不可变更"); a reseller's link from its 商品库 brings a buyer
// who buys; the order is a 分销订单 ("分销商通过自有渠道营销而产生的订单，会标记为分销订单") showing the rate.

const PRODUCT = '网站建设服务';
const SPEC = '企业官网';
const RESELLER = { loginName: 'xinghe', password: 'Demo1234' };

test('the seller joins a product at 30 %, a reseller’s link brings a buyer who buys, and the seller sees a 分销订单 at 30 %', async ({ page, browser }) => {
  test.setTimeout(150_000);

  // — the seller: 商品 > 分销管理 > 分销设置 at 30 %, confirmed, then locked
  const { page: s } = await sellerPage(browser);
  await s.goto('/seller/distribution');
  await expect(s.getByRole('heading', { level: 1, name: '分销管理' })).toBeVisible();
  const row = s.locator('tbody tr[data-row-key]', { hasText: PRODUCT });
  await expect(row).toContainText('未参加');
  await row.getByRole('button', { name: '分销设置' }).click();
  const dialog = s.getByRole('dialog', { name: '分销设置' });
  await dialog.getByLabel('佣金比例').fill('30');
  await dialog.getByRole('checkbox', { name: '我已阅读并知晓注意事项' }).check();
  await dialog.getByRole('button', { name: /提\s?交/ }).click();
  await expectAnswer(s, 'POST', /\/seller\/distribution\/products\/[^/]+$/, 200, () => s.getByRole('button', { name: '确认设置' }).click());
  await expect(row).toContainText('30%（已锁定）');

  // — the reseller: 分销商中心 > 商品库 has the product with its 推广链接
  const rc = await browser.newContext({ reducedMotion: 'reduce' });
  const r = await rc.newPage();
  await logIn(r, RESELLER.loginName, RESELLER.password);
  await r.goto('/buyer/reseller');
  await expect(r.getByRole('heading', { level: 1, name: '分销商中心' })).toBeVisible();
  const link = await r.getByRole('textbox', { name: `推广链接 ${PRODUCT}` }).inputValue();
  expect(link).toMatch(/\/store\/products\/[^?]+\?ref=[A-Za-z0-9_-]+$/);
  await rc.close();

  // — the buyer follows the link and buys 企业官网 at the store's checkout
  await logIn(page, BUYER.loginName, BUYER.password);
  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(page.getByRole('heading', { name: PRODUCT, level: 1 })).toBeVisible();
  await page
    .getByRole('radio', { name: new RegExp(SPEC) })
    .first()
    .check();
  await page.getByRole('button', { name: '立即购买' }).click();
  await expect(page).toHaveURL(/\/store\/checkout\?/);
  await page.getByLabel('订单备注').fill('E2E 分销购买');
  await page.getByRole('button', { name: '提交订单' }).click();
  await expect(page).toHaveURL(/\/store\/pay\/[^/]+$/);
  const orderId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.getByRole('button', { name: '使用沙箱支付' }).click();
  await expect(page.getByText('支付成功', { exact: true })).toBeVisible({ timeout: 30_000 });

  // — the seller's order list marks it 分销 30 %, and its detail names the reseller
  const detail = await s.request.get(`/api/v1/seller/orders/${orderId}`);
  expect(detail.ok()).toBe(true);
  const { orderNo } = (await detail.json()) as { orderNo: string };
  await s.goto(`/seller/orders?orderNo=${orderNo}`);
  const orderRow = s.getByRole('row').filter({ hasText: orderNo });
  await expect(orderRow.getByTestId('distribution-tag')).toHaveText('分销 30%');
  await s.goto(`/seller/orders/${orderId}`);
  await expect(s.getByText('分销商信息')).toBeVisible();
  await expect(s.getByText('星河分销')).toBeVisible();
});
