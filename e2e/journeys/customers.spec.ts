import { expect, test, type Page } from '@playwright/test';
import { BUYER, buyPaidServiceOrder, expectAnswer, logIn, sellerPage } from './support/aftersales';

// 客户中心 end to end (guide 2.8 管理客户信息): a buyer who bought from the shop is a 平台客户 ("在云市场购买过您的
// 商品 … 由系统为您自动添加至客户中心"); the seller finds them, gives them a tag, and calls them by 双呼 — the record
// shows the platform's virtual number, never a real one ("双方看到的都是虚拟号码").

/** the seller's own phone for this call: it must come back masked only */
const SELLER_PHONE = '13912345678';

/** The customer center from the seller's left menu (客户 > 客户中心), unfolding the group when it is folded. */
async function openCustomerCenter(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: '主菜单' });
  const entry = nav.getByRole('menuitem', { name: '客户中心' });
  await expect(async () => {
    if (!(await entry.isVisible())) await nav.getByRole('menuitem', { name: /(^|\s)客户$/ }).click();
    await entry.click({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1, name: '客户中心' })).toBeVisible();
}

test('a buyer who bought appears in the customer center; the seller tags them and calls them by 双呼 on virtual numbers only', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).slice(-5);
  const tagName = `E2E重点${stamp}`;

  // — the buyer buys from the demo shop (without sharing contact details)
  await logIn(page, BUYER.loginName, BUYER.password);
  await buyPaidServiceOrder(page, `客户中心 ${stamp}`);

  // — the seller opens 客户 > 客户中心 and finds the buyer among the 平台客户
  const seller = await sellerPage(browser);
  const s = seller.page;
  await openCustomerCenter(s);
  await expect(s.getByRole('tab', { name: '平台客户', selected: true })).toBeVisible();
  await s.getByRole('form', { name: '筛选' }).getByLabel('客户', { exact: true }).fill(BUYER.loginName);
  await s.getByRole('button', { name: /查\s?询/ }).click();
  const table = s.getByRole('table', { name: '平台客户' });
  const row = table.locator('tbody tr[data-row-key]').first();
  await expect(row).toBeVisible();
  // the account is masked in the list
  await expect(row).not.toContainText(BUYER.loginName);

  // — a tag of its own, made under 管理标签
  await s.getByRole('button', { name: '管理标签' }).click();
  const drawer = s.getByRole('dialog', { name: '客户标签' });
  await drawer.getByLabel('标签名称').fill(tagName);
  await expectAnswer(s, 'POST', /\/seller\/customer-tags$/, 201, () => drawer.getByRole('button', { name: '新建标签' }).click());
  await expect(drawer.getByText(tagName)).toBeVisible();
  await drawer.getByRole('button', { name: /^(Close|关闭)$/ }).click();

  // — the detail: 交易信息 counts the order; the buyer did not share contact details, so only 双呼 reaches them
  await row.getByRole('link', { name: '详情' }).click();
  await expect(s).toHaveURL(/\/seller\/customers\/[^/]+$/);
  const profile = s.getByTestId('customer-profile');
  await expect(profile).toContainText('未授权');

  // — 设置标签
  await profile.getByRole('button', { name: '编辑标签' }).click();
  const tagsDialog = s.getByRole('dialog', { name: '设置标签' });
  await tagsDialog.getByLabel('选择标签').click();
  await s.locator('.ant-select-item-option', { hasText: tagName }).click();
  // a multiple select keeps its list open over the dialog's buttons until focus leaves it
  await tagsDialog.locator('.ant-modal-title').click();
  await expect(s.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await expectAnswer(s, 'PUT', /\/seller\/customers\/[^/]+\/tags$/, 200, () => tagsDialog.getByRole('button', { name: /确\s?定|OK/ }).click());
  await expect(profile.getByText(tagName)).toBeVisible();

  // — 双呼: the seller's phone first, then the customer's; both see virtual numbers
  await s.getByRole('button', { name: /双\s?呼/ }).click();
  const callDialog = s.getByRole('dialog', { name: '双呼客户' });
  await expect(callDialog).toContainText('虚拟号码');
  await callDialog.getByLabel('您的手机号').fill(SELLER_PHONE);
  await expectAnswer(s, 'POST', /\/seller\/customers\/[^/]+\/calls$/, 201, () => callDialog.getByRole('button', { name: '发起呼叫' }).click());
  const placed = callDialog.getByTestId('placed-call');
  await expect(placed).toBeVisible();
  const virtualNumber = (await placed.locator('tr', { hasText: '虚拟号码' }).locator('td').last().innerText()).trim();
  expect(virtualNumber).toMatch(/\d{3,}/);
  expect(virtualNumber.replace(/\D/g, '')).not.toBe(SELLER_PHONE);
  await expect(placed).not.toContainText(SELLER_PHONE);
  await callDialog
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /关\s?闭/ })
    .click();

  // — the call record stays on the customer, with the virtual number and no real number anywhere on the page
  await s.getByRole('tab', { name: /通话记录/ }).click();
  const calls = s.getByRole('table', { name: '通话记录' });
  await expect(calls.locator('tbody tr[data-row-key]').first()).toContainText(virtualNumber);
  await expect(s.locator('body')).not.toContainText(SELLER_PHONE);

  await seller.context.close();
});
