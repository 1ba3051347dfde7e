import { expect, test, type Locator, type Page } from '@playwright/test';
import { BUYER, expectAnswer, logIn, sellerPage, yuan } from './support/aftersales';

// 营销 end to end (guide 2.9, 2.10): the seller sets a percent discount on one version of a
// product and publishes it, then issues a 满减 coupon shown in the shop; the buyer sees the best
// price with the list price struck through, claims the coupon, finds it preselected on the
// confirmation, pays in the sandbox exactly list × rate (rounded half up) − coupon, and the
// seller's order detail shows 原价, 优惠, 优惠券 and 实付.
//
// 网站建设服务 · 商城网站 (¥9,980.00 a year): a visible prepaid service (no ISV receiver needed) that no
// other journey buys (the after-sales ones buy 企业官网); the demo's only discount on it, 网站建设新客立减,
// is for first purchases and the demo buyer is not new to the product.
const PRODUCT = '网站建设服务';
const SPEC = '商城网站';
const LIST_FEN = 998_000;
/** 8.8 折 */
const RATE_TENTHS = 88;
/** 满8000减300: the threshold is judged on the amount after the discount (¥8,782.40) */
const THRESHOLD_YUAN = 8_000;
const REDUCE_YUAN = 300;

/** a rerun on the same database finds the discounts of earlier runs, as good as this one */
const DISCOUNT_PREFIX = 'E2E 商城 8.8 折';
/** list × rate, rounded half up to the fen, as the server prices a percent discount */
const discountedFen = Math.floor((LIST_FEN * RATE_TENTHS + 50) / 100);
const paidFen = discountedFen - REDUCE_YUAN * 100;

/** YYYY-MM-DD in Beijing, `days` after the server's (manual) clock */
function beijingDay(now: Date, days: number): string {
  return new Date(now.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Types a range into an antd RangePicker with time (its two inputs) and confirms each end. */
async function fillRange(item: Locator, from: string, to: string): Promise<void> {
  const inputs = item.locator('.ant-picker-input input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(from);
  await inputs.nth(0).press('Enter');
  await inputs.nth(1).click();
  await inputs.nth(1).fill(to);
  await inputs.nth(1).press('Enter');
  await expect(inputs.nth(0)).toHaveValue(from);
  await expect(inputs.nth(1)).toHaveValue(to);
}

/** A page of the seller's left menu under 营销, unfolding the group when it is folded. */
async function openMarketing(page: Page, item: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: '主菜单' });
  const entry = nav.getByRole('menuitem', { name: item });
  // the group may be folding or unfolding (it animates): retried until the click lands
  await expect(async () => {
    if (!(await entry.isVisible())) await nav.getByRole('menuitem', { name: '营销' }).click();
    await entry.click({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** Checks an antd button-style radio by its label (the input itself has no box to click). */
async function pick(page: Page, radio: Locator): Promise<void> {
  await page.locator('label').filter({ has: radio }).click();
  await expect(radio).toBeChecked();
}

/** The form item around a label (antd puts the label and the control in one .ant-form-item). */
function formItem(page: Page, label: string): Locator {
  return page.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: new RegExp(`^${label}`) }) });
}

test('the seller sets a discount and a coupon, the buyer pays the best price less the coupon, the seller sees the breakdown', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36).slice(-5);
  const discountName = `${DISCOUNT_PREFIX} ${stamp}`;
  const couponName = `E2E 满8000减300 ${stamp}`;

  // — the seller's clock (manual in the journeys): the promotions run from today for a month
  const seller = await sellerPage(browser);
  const clock = await seller.page.request.get('/api/v1/dev/clock');
  expect(clock.ok()).toBe(true);
  const now = new Date(((await clock.json()) as { now: string }).now);
  const today = beijingDay(now, 0);

  // — 营销 > 商品优惠设置 > 创建优惠
  const sp = seller.page;
  await openMarketing(sp, '商品优惠设置');
  await expect(sp).toHaveURL(/\/seller\/discounts$/);
  await expect(sp.getByRole('heading', { name: '商品优惠设置', level: 1 })).toBeVisible();
  await sp.getByRole('button', { name: '创建优惠' }).click();
  await expect(sp.getByRole('heading', { name: '创建优惠', level: 1 })).toBeVisible();

  await sp.getByLabel('设置优惠商品').click();
  await sp.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(PRODUCT, { exact: true }).click();
  await sp.getByLabel('优惠名称').fill(discountName);
  await sp.getByRole('radio', { name: '折扣', exact: true }).check();
  await sp.getByLabel('折扣（折）').fill(String(RATE_TENTHS / 10));
  await fillRange(formItem(sp, '优惠时间范围'), `${today} 00:00:00`, `${beijingDay(now, 30)} 23:59:59`);
  await sp.getByRole('checkbox', { name: SPEC, exact: true }).check();
  await expect(sp.getByRole('radio', { name: '无条件享受' })).toBeChecked();
  await expectAnswer(sp, 'POST', /\/api\/v1\/seller\/discounts$/, 201, () => sp.getByRole('button', { name: /^提\s*交$/ }).click());

  // — 创建成功: still 预发布 (only this seller sees it); 确定发布
  const created = sp.getByRole('dialog', { name: '创建成功' });
  await expect(created).toContainText('预发布');
  await expect(created.getByRole('link', { name: PRODUCT })).toBeVisible();
  await expectAnswer(sp, 'POST', /\/api\/v1\/seller\/discounts\/[^/]+\/publish$/, 200, () => created.getByRole('button', { name: '确定发布' }).click());
  await expect(sp.getByText('优惠已发布')).toBeVisible();
  await expect(sp).toHaveURL(/\/seller\/discounts$/);
  const discountRow = sp.getByRole('row').filter({ hasText: discountName });
  await expect(discountRow).toContainText(PRODUCT);
  await expect(discountRow).toContainText('已发布');
  await expect(discountRow).toContainText('已生效');
  await expect(discountRow).toContainText('折扣');

  // — 营销 > 优惠券设置 > 发布优惠券: a shop-wide 满减券 shown in the shop
  await openMarketing(sp, '优惠券设置');
  await expect(sp).toHaveURL(/\/seller\/coupons$/);
  await sp.getByRole('button', { name: '发布优惠券' }).click();
  await expect(sp.getByRole('heading', { name: '发布优惠券', level: 1 })).toBeVisible();
  await sp.getByLabel('优惠券名称').fill(couponName);
  await expect(sp.getByRole('radio', { name: '店铺通用' })).toBeChecked();
  await expect(sp.getByRole('radio', { name: '满减券' })).toBeChecked();
  await sp.getByLabel('满减额度（元）').fill(String(REDUCE_YUAN));
  await sp.getByLabel('金额限制（元）').fill(String(THRESHOLD_YUAN));
  await fillRange(formItem(sp, '发放时间'), `${today} 00:00:00`, `${beijingDay(now, 30)} 23:59:59`);
  await fillRange(formItem(sp, '优惠券使用期限'), `${today} 00:00:00`, `${beijingDay(now, 60)} 23:59:59`);
  await sp.getByLabel('发行数量').fill('100');
  await expect(formItem(sp, '在店铺中显示').getByRole('radio', { name: '是' })).toBeChecked();
  await expectAnswer(sp, 'POST', /\/api\/v1\/seller\/coupons$/, 201, () => sp.getByRole('button', { name: /^提\s*交$/ }).click());
  await expect(sp.getByText('优惠券已发布')).toBeVisible();
  // its 详情: normal, shown in the shop, 满8000元减300元
  await expect(sp.getByRole('heading', { name: couponName, level: 1 })).toBeVisible();
  await expect(sp.getByTestId('coupon-status')).toContainText('正常可使用');
  await expect(sp.getByTestId('coupon-info')).toContainText(`满${THRESHOLD_YUAN}元减${REDUCE_YUAN}元`);
  await expect(sp.getByTestId('coupon-info')).toContainText(`订单满 ${THRESHOLD_YUAN} 元可以使用`);

  // — the buyer opens the product page: the best price, the list price struck through
  await logIn(page, BUYER.loginName, BUYER.password);
  await page.goto('/store');
  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: '搜索' }).fill(PRODUCT);
  await search.getByRole('button', { name: '搜索', exact: true }).click();
  await page.getByRole('link', { name: PRODUCT }).first().click();
  await expect(page.getByRole('heading', { name: PRODUCT, level: 1 })).toBeVisible();
  await pick(page, page.getByRole('radio', { name: new RegExp(SPEC) }));
  await pick(page, page.getByRole('radio', { name: /1 年/ }));
  await expect(page.getByTestId('product-total')).toHaveText(yuan(discountedFen));
  const listPrice = page.getByTestId('product-list-price');
  await expect(listPrice).toContainText(yuan(LIST_FEN));
  // struck through: antd draws `delete` text in a <del>
  await expect(listPrice.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(page.getByTestId('discount-tag')).toContainText(DISCOUNT_PREFIX);
  await expect(page.getByTestId('stacking-rule')).toBeVisible();

  // — claims the coupon from the product page's 优惠券 strip
  const ticket = page.getByTestId('product-coupons').getByTestId('coupon-ticket').filter({ hasText: couponName });
  await expect(ticket).toContainText(`满${THRESHOLD_YUAN}可用`);
  await expectAnswer(page, 'POST', /\/api\/v1\/buyer\/coupons\/[^/]+\/claim$/, 201, () => ticket.getByRole('button', { name: '领取' }).click());
  await expect(page.getByText('领取成功', { exact: false })).toBeVisible();
  await expect(ticket).toContainText('已领 1 张');

  // — the confirmation: the discount applied, the coupon preselected, the breakdown and the stacking rule
  await page.getByRole('button', { name: '立即购买' }).click();
  await expect(page).toHaveURL(/\/store\/checkout\?/);
  await expect(page.getByRole('heading', { name: '确认订单', level: 1 })).toBeVisible();
  await expect(page.getByTestId('quote-discount')).toHaveText(`−${yuan(LIST_FEN - discountedFen)}`);
  await expect(page.getByTestId('coupon-select')).toContainText(couponName);
  await expect(page.getByTestId('quote-coupon')).toHaveText(`−${yuan(REDUCE_YUAN * 100)}`);
  await expect(page.getByTestId('checkout-total')).toHaveText(yuan(paidFen));
  await expect(page.getByTestId('quote-list-price')).toHaveText(yuan(LIST_FEN));
  await expect(page.getByTestId('stacking-rule')).toContainText('满减门槛按优惠后金额计算');
  await page.getByLabel('订单备注').fill('E2E 营销');
  await page.getByRole('button', { name: '提交订单' }).click();

  // — pays in the sandbox exactly list × rate − coupon
  await expect(page).toHaveURL(/\/store\/pay\/[^/]+$/);
  const orderId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  await expect(page.getByTestId('order-amount')).toHaveText(yuan(paidFen));
  await page.getByRole('button', { name: '使用沙箱支付' }).click();
  await expect(page.getByText('支付成功', { exact: true })).toBeVisible();
  const orderReply = await page.request.get(`/api/v1/buyer/orders/${encodeURIComponent(orderId)}`);
  expect(orderReply.ok()).toBe(true);
  const order = (await orderReply.json()) as { orderNo: string; status: string; listPriceFen: number; paidFen: number; couponName: string | null };
  expect(order).toMatchObject({ status: 'paid', listPriceFen: LIST_FEN, paidFen, couponName });

  // — the coupon is spent: 我的优惠券 > 已使用 names the order
  await page.goto('/buyer/coupons?status=used');
  await expect(page.getByRole('row').filter({ hasText: couponName })).toContainText(order.orderNo);

  // — the seller's order detail: 原价, 优惠, 优惠券, 实付金额
  await sp.goto(`/seller/orders?orderNo=${order.orderNo}`);
  const orderRow = sp.getByRole('row').filter({ hasText: order.orderNo });
  await expect(orderRow).toContainText('已支付');
  await orderRow.getByRole('link', { name: order.orderNo }).click();
  await expect(sp.getByRole('heading', { level: 1 })).toContainText(order.orderNo);
  const details = sp.locator('.ant-descriptions').first();
  await expect(details.getByRole('row').filter({ hasText: '原价' })).toContainText(yuan(LIST_FEN));
  const discountLine = sp.getByTestId('order-discount');
  await expect(discountLine).toContainText(DISCOUNT_PREFIX);
  await expect(discountLine).toContainText(`−${yuan(LIST_FEN - discountedFen)}`);
  await expect(sp.getByTestId('order-coupon')).toHaveText(`${couponName} −${yuan(REDUCE_YUAN * 100)}`);
  await expect(details.getByRole('row').filter({ hasText: '实付金额' })).toContainText(yuan(paidFen));
  await seller.context.close();
});
