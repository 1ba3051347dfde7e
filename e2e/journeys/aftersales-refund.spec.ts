import { expect, test } from '@playwright/test';
import { BUYER, buyPaidServiceOrder, expectAnswer, logIn, SERVICE_PRODUCT, sellerPage, yuan } from './support/aftersales';

// A buyer asks for a refund of a paid order in the browser, the seller approves it, the money
// goes back and the order's instance is released.
test('a buyer asks for a refund, the seller approves it, the money goes back and the instance is closed', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const reason = `E2E 退款 ${Date.now()}：需求变更，不再需要`;

  // — a paid order of the demo service product (set up through the API); its instance is in service
  await logIn(page, BUYER.loginName, BUYER.password);
  const order = await buyPaidServiceOrder(page, 'E2E 退款');
  const amount = yuan(order.paidFen);

  // — the buyer opens the order and asks for the whole amount back
  await page.goto(`/buyer/orders/${encodeURIComponent(order.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(order.orderNo);
  const instanceRow = page.getByRole('table', { name: '关联实例' }).getByRole('row').filter({ hasText: order.instanceId });
  await expect(instanceRow).toContainText('服务中');
  await page.getByRole('button', { name: '申请退款' }).click();
  const dialog = page.getByRole('dialog', { name: '申请退款' });
  await expect(dialog).toContainText(order.orderNo);
  await expect(dialog).toContainText(amount);
  await expect(dialog).toContainText('实例将被释放');
  await dialog.getByLabel('退款原因').fill(reason);
  await dialog.getByRole('button', { name: '提交申请' }).click();
  const confirm = page.getByRole('dialog', { name: '确认申请退款？' });
  await expect(confirm).toContainText(amount);
  await expectAnswer(page, 'POST', /\/api\/v1\/buyer\/orders\/[^/]+\/refunds$/, 201, () => confirm.getByRole('button', { name: /^确\s*定$/ }).click());
  await expect(page.getByText('退款申请已提交，等待服务商处理')).toBeVisible();
  await expect(dialog).toBeHidden();

  // — a second request is not offered while the first is pending: the buyer's list shows it under review
  await page.goto('/buyer/refunds');
  const buyerRow = page.getByRole('table', { name: '退款记录' }).getByRole('row').filter({ hasText: order.orderNo });
  await expect(buyerRow).toContainText('审核中');
  await expect(buyerRow).toContainText(reason);

  // — the seller approves it
  const seller = await sellerPage(browser);
  await seller.page.goto('/seller/refunds');
  await expect(seller.page.getByRole('heading', { name: '退款管理', level: 1 })).toBeVisible();
  const sellerRow = seller.page.getByRole('row').filter({ hasText: order.orderNo });
  await expect(sellerRow).toContainText('审核中');
  await expect(sellerRow).toContainText(SERVICE_PRODUCT);
  await expect(sellerRow).toContainText(amount);
  await sellerRow.getByRole('button', { name: '确认退款' }).click();
  const popconfirm = seller.page.getByRole('tooltip').filter({ hasText: '金额将退回买家账户' });
  // wait for the approval's answer: on a loaded CI machine it once took longer than the toast's wait
  await expectAnswer(seller.page, 'POST', /\/api\/v1\/seller\/refunds\/[^/]+\/approve$/, 200, () =>
    popconfirm.getByRole('button', { name: /^确\s*定$/ }).click(),
  );
  await expect(seller.page.getByText('已确认退款', { exact: true })).toBeVisible();
  await expect(sellerRow).toContainText('退款成功');
  await expect(sellerRow.getByRole('button', { name: '确认退款' })).toHaveCount(0);
  await seller.context.close();

  // — the buyer sees the money back…
  await page.reload();
  await expect(buyerRow).toContainText('已退款');
  await expect(buyerRow).toContainText(`已退回 ${amount}`);

  // — …the order refunded…
  await buyerRow.getByRole('link', { name: order.orderNo }).click();
  await expect(page).toHaveURL(new RegExp(`/buyer/orders/${order.id}$`));
  await expect(page.getByText('该订单已退款，实付金额已原路退回，相关实例已释放。')).toBeVisible();
  await expect(page.getByText('已退款', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '申请退款' })).toHaveCount(0);

  // — …and the instance released (closed), no longer usable
  await instanceRow.getByRole('link', { name: order.instanceId }).click();
  await expect(page).toHaveURL(new RegExp(`/buyer/instances/${order.instanceId}$`));
  await expect(page.getByText('该实例已因退款释放（已关闭），不能再使用。')).toBeVisible();
  await expect(page.getByText('已关闭', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '打开应用' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '续费' })).toHaveCount(0);
});
