import { expect, test } from '@playwright/test';
import { SELLER, logIn } from './support/aftersales';

// 商品 > 商品成长 (guide 3.3): the seller sees a product's 商品力 tier, the advice to raise it with a link to
// the page that fixes it, and a what-if ("添加视频") that shows the new score before acting.
test('the growth page shows a product’s tier, advice and a what-if result', async ({ page }) => {
  test.setTimeout(90_000);
  await logIn(page, SELLER.loginName, SELLER.password);
  await page.goto('/seller/growth');
  await expect(page.getByRole('heading', { level: 1, name: '商品成长' })).toBeVisible();
  // the page opens on the best tier that holds products (not on an empty 超优品 tab): wait for that choice
  // before touching a row, so no row of a list being replaced is clicked
  await expect(page).toHaveURL(/[?&]tier=(excellent|good|potential|ordinary)/);
  await expect(page.getByRole('tab', { selected: true })).not.toHaveText(/(^|\D)0$/);
  const rows = page.getByTestId('growth-products').locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await rows.first().getByRole('button', { name: '分值详情' }).click();
  const panel = page.getByTestId('strength-panel');
  await expect(panel.locator('.ant-card-head').getByText(/超优品|优品|潜力品|普通品/)).toBeVisible();
  await expect(page.getByTestId('advice').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('advice').getByRole('link', { name: '去处理' }).first()).toHaveAttribute('href', /\/seller\//);
  const before = Number(await panel.locator('.ant-statistic-content-value').first().innerText());
  await page.getByTestId('what-if').getByRole('spinbutton', { name: '新增报价单' }).fill('10');
  const result = page.getByTestId('what-if-result');
  await expect(result.getByText('模拟后分值')).toBeVisible();
  const after = Number(await result.locator('.ant-statistic-content-value').first().innerText());
  expect(after).toBeGreaterThanOrEqual(before);
});
