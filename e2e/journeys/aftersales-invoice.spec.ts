import { expect, test } from '@playwright/test';
import { BUYER, buyPaidServiceOrder, expectAnswer, logIn, SERVICE_PRODUCT, sellerPage, yuan } from './support/aftersales';

// A buyer applies for a paper invoice over a paid order; the seller issues and mails it; the
// buyer sees the invoice issued with the tracking number.
test('a buyer applies for an invoice, the seller issues and mails it, the buyer sees the tracking number', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `E2E 发票抬头 ${stamp}`;
  const invoiceNo = `E2E${stamp}`;
  const trackingNo = `SF${String(stamp).slice(-10)}`;

  // — a paid order of the demo service product (set up through the API)
  await logIn(page, BUYER.loginName, BUYER.password);
  const order = await buyPaidServiceOrder(page, 'E2E 发票');
  const amount = yuan(order.paidFen);

  // — the application form explains that voucher-paid parts are not invoiced here
  await page.goto('/buyer/invoices');
  await page.getByRole('button', { name: '申请发票' }).click();
  await expect(page).toHaveURL(/\/buyer\/invoices\/new$/);
  await expect(page.getByRole('heading', { name: '申请发票', level: 1 })).toBeVisible();
  await expect(page.getByTestId('invoice-cash-rule')).toContainText('使用代金券支付的部分不在此开票');

  // — the demo seller (the buyer's only seller here: chosen by itself), then this order
  await expect(page.getByTitle('Demo ISV', { exact: true })).toBeVisible();
  const picker = page.getByRole('table', { name: '订单' });
  const orderRow = picker.getByRole('row').filter({ hasText: order.orderNo });
  await expect(orderRow).toContainText(SERVICE_PRODUCT);
  await orderRow.getByRole('checkbox').check();
  await expect(page.getByText(`已选 1 个订单，开票金额 ${amount}`)).toBeVisible();

  // — an ordinary VAT invoice, the title and where to mail it
  await page.getByRole('radio', { name: '增值税普通发票' }).check();
  await page.getByLabel('发票抬头').fill(title);
  await page.getByLabel('收件人').fill('张三');
  await page.getByLabel('联系电话').fill('13900000002');
  await page.getByLabel('邮寄地址').fill('上海市浦东新区世纪大道 100 号');
  await page.getByRole('button', { name: '提交申请' }).click();
  const confirm = page.getByRole('dialog', { name: '确认提交发票申请？' });
  await expect(confirm).toContainText('Demo ISV');
  await expect(confirm).toContainText('增值税普通发票');
  await expect(confirm).toContainText(amount);
  await expectAnswer(page, 'POST', /\/api\/v1\/buyer\/invoices$/, 201, () => confirm.getByRole('button', { name: /^确\s*定$/ }).click());

  // — the new application's page: waiting for the seller
  await expect(page.getByText('发票申请已提交', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/buyer\/invoices\/(?!new$)[^/]+$/);
  const invoiceId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  await expect(page.getByRole('heading', { name: '发票申请详情', level: 1 })).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();
  await expect(page.getByText('申请中', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: '开票订单' })).toContainText(order.orderNo);

  // — the seller views it and issues it: invoice number, carrier, tracking number, prepaid postage
  const seller = await sellerPage(browser);
  await seller.page.goto('/seller/invoices');
  await expect(seller.page.getByRole('heading', { name: '发票管理', level: 1 })).toBeVisible();
  const sellerRow = seller.page.getByRole('table', { name: '发票管理' }).getByRole('row').filter({ hasText: invoiceId });
  await expect(sellerRow).toContainText('申请中');
  await expect(sellerRow).toContainText('增值税普通发票');
  await expect(sellerRow).toContainText(amount);
  await sellerRow.getByRole('button', { name: '查看' }).click();
  const drawer = seller.page.getByRole('dialog', { name: '发票申请详情' });
  await expect(drawer).toContainText(title);
  await expect(drawer.getByRole('table', { name: '订单信息' })).toContainText(order.orderNo);
  await drawer.getByRole('button', { name: '开具发票' }).click();
  const issue = seller.page.getByRole('dialog', { name: '填写发票邮寄信息' });
  await issue.getByLabel('发票号码').fill(invoiceNo);
  await issue.getByLabel('快递公司').fill('顺丰速运');
  await issue.getByLabel('快递单号').fill(trackingNo);
  await issue.getByRole('radio', { name: '寄付（服务商承担）' }).check();
  await issue.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(seller.page.getByText('发票信息已保存，状态已更新为完成')).toBeVisible();
  await expect(issue).toBeHidden();
  await expect(drawer).toContainText(trackingNo);
  await expect(drawer.getByRole('button', { name: '开具发票' })).toHaveCount(0);
  await drawer.getByRole('button', { name: /^(Close|关闭)$/ }).click();
  await expect(drawer).toBeHidden();
  await expect(sellerRow).toContainText('完成');
  await seller.context.close();

  // — the buyer sees it issued, with the tracking number
  await page.goto('/buyer/invoices');
  const buyerRow = page.getByRole('table', { name: '发票' }).getByRole('row').filter({ hasText: invoiceId });
  await expect(buyerRow).toContainText('已开票');
  await expect(buyerRow).toContainText(title);
  await buyerRow.getByRole('button', { name: /展开/ }).click();
  await expect(page.getByTestId('invoice-tracking-no')).toHaveText(trackingNo);
  await expect(page.getByText(invoiceNo, { exact: true })).toBeVisible();
  await expect(page.getByText('顺丰速运', { exact: true })).toBeVisible();
  await expect(page.getByText('邮费由服务商承担', { exact: true })).toBeVisible();
});
