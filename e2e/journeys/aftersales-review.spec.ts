import { expect, test } from '@playwright/test';
import { BUYER, buyPaidServiceOrder, logIn, SERVICE_PRODUCT, sellerPage } from './support/aftersales';

// A buyer reviews a paid order below five stars; the seller sees it to handle and replies once;
// the buyer sees the reply under 我的评价.
test('a buyer reviews a purchase, the seller replies to the bad review, the buyer sees the reply', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const comment = `E2E 评价 ${stamp}：交付有点慢，沟通还可以`;
  const reply = `E2E 回复 ${stamp}：抱歉久等，已安排专人跟进`;

  // — a paid order of the demo service product (set up through the API)
  await logIn(page, BUYER.loginName, BUYER.password);
  const order = await buyPaidServiceOrder(page, 'E2E 评价');

  // — 待评价 lists it; the buyer rates it 5 / 3 / 4 with a comment
  await page.goto('/buyer/reviews');
  await expect(page.getByRole('tab', { name: '待评价', selected: true })).toBeVisible();
  const pending = page.getByRole('table', { name: '待评价' }).getByRole('row').filter({ hasText: order.orderNo });
  await expect(pending).toContainText(SERVICE_PRODUCT);
  await pending.getByRole('button', { name: `评价 ${order.orderNo}` }).click();
  const dialog = page.getByRole('dialog', { name: `评价订单 ${order.orderNo}` });
  const stars = (label: string) => dialog.getByRole('list', { name: label }).getByRole('radio');
  await expect(stars('商品质量').nth(4)).toHaveAttribute('aria-checked', 'true');
  await stars('服务态度').nth(2).click();
  await stars('交付速度').nth(3).click();
  await expect(stars('服务态度').nth(3)).toHaveAttribute('aria-checked', 'false');
  await expect(stars('服务态度').nth(2)).toHaveAttribute('aria-checked', 'true');
  await dialog.getByLabel('评价内容').fill(comment);
  await dialog.getByRole('button', { name: '提交评价' }).click();
  await expect(page.getByText('评价已提交，感谢您的反馈')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(pending).toHaveCount(0);

  // — 我的评价: the review, not yet answered
  await page.getByRole('tab', { name: '我的评价' }).click();
  const mine = page.getByRole('listitem').filter({ hasText: comment });
  await expect(mine).toContainText(SERVICE_PRODUCT);
  await expect(mine).toContainText('服务商尚未回复');

  // — the seller sees it as a bad review to handle, and replies
  const seller = await sellerPage(browser);
  await seller.page.goto('/seller/reviews');
  await expect(seller.page.getByRole('heading', { name: '评价管理', level: 1 })).toBeVisible();
  const row = seller.page.getByRole('table', { name: '评价管理' }).getByRole('row').filter({ hasText: comment });
  await expect(row).toContainText('待处理');
  await expect(row).toContainText('产品质量: 5');
  await expect(row).toContainText('服务态度: 3');
  await expect(row).toContainText('交付速度: 4');
  await row.getByRole('button', { name: '回复初评' }).click();
  const replyDialog = seller.page.getByRole('dialog', { name: '回复评价' });
  await expect(replyDialog).toContainText(comment);
  await replyDialog.getByLabel('回复内容').fill(reply);
  await replyDialog.getByRole('button', { name: '提交回复' }).click();
  await expect(seller.page.getByText('回复已提交', { exact: true })).toBeVisible();
  await expect(replyDialog).toBeHidden();
  await expect(row).toContainText(`我的回复`);
  await expect(row).toContainText(reply);
  // one reply per review
  await expect(row.getByRole('button', { name: '回复初评' })).toHaveCount(0);
  await seller.context.close();

  // — the buyer sees the seller's reply under 我的评价
  await page.reload();
  await expect(page.getByRole('tab', { name: '我的评价', selected: true })).toBeVisible();
  await expect(mine.getByLabel('服务商回复')).toContainText(reply);
  await expect(mine).not.toContainText('服务商尚未回复');
});
