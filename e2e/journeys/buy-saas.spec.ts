import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

// A buyer finds the demo SaaS in the storefront, buys it, pays in the sandbox; the seller's
// SPI endpoint (the sample ISV receiver) provisions it; the buyer signs on to the app.
const BUYER = { loginName: 'buyer', password: 'Demo1234' };
const SELLER = { loginName: 'demo', password: 'Demo1234' };
const PRODUCT = '智能客服 SaaS';
// the demo product's seeded SPI URL and secret
const RECEIVER_PORT = 3999;
const RECEIVER = `http://127.0.0.1:${RECEIVER_PORT}`;
const SPI_SECRET = 'demo-spi-secret-0123456789';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface ReceivedRequest {
  action: string;
  requestId: string;
  instanceId: string | null;
  body: { instanceId?: string; productCode?: string; specName?: string };
}

let receiver: ChildProcess | undefined;

async function receiverUp(): Promise<boolean> {
  try {
    return (await fetch(`${RECEIVER}/requests`)).ok;
  } catch {
    return false;
  }
}

async function receivedRequests(): Promise<ReceivedRequest[]> {
  const res = await fetch(`${RECEIVER}/requests`);
  return (await res.json()) as ReceivedRequest[];
}

test.beforeAll(async () => {
  if (await receiverUp()) throw new Error(`port ${RECEIVER_PORT} is taken: stop the other ISV receiver first`);
  // node itself (not npx) so that SIGTERM reaches the receiver and not a wrapper
  receiver = spawn(process.execPath, ['--import', 'tsx', 'examples/isv-receiver/server.ts', '--port', String(RECEIVER_PORT), '--secret', SPI_SECRET], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await expect.poll(receiverUp, { timeout: 30_000, message: 'the ISV receiver did not start' }).toBe(true);
});

test.afterAll(async () => {
  const child = receiver;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
});

async function logIn(page: Page, loginName: string, password: string): Promise<void> {
  await page.getByLabel('登录名', { exact: true }).fill(loginName);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

test('a buyer buys the demo SaaS, the ISV provisions it, the seller sees it and the buyer opens the app', async ({ page, browser }) => {
  test.setTimeout(120_000);

  // — the storefront is public: search, then open the product page
  await page.goto('/store');
  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: '搜索' }).fill('智能客服');
  await search.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(/\/store\?q=/);
  await page.getByRole('link', { name: PRODUCT }).click();
  await expect(page.getByRole('heading', { name: PRODUCT, level: 1 })).toBeVisible();

  // — 标准版 for 1 month: ¥99.00
  await page.getByRole('radio', { name: /标准版/ }).check();
  await page.getByRole('radio', { name: /1 个月/ }).check();
  await expect(page.getByTestId('product-total')).toHaveText('¥99.00');
  await page.getByRole('button', { name: '立即购买' }).click();

  // — not logged in: the log-in page, then back to the confirmation
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await logIn(page, BUYER.loginName, BUYER.password);
  await expect(page).toHaveURL(/\/store\/checkout\?/);
  await expect(page.getByRole('heading', { name: '确认订单', level: 1 })).toBeVisible();
  await expect(page.getByTestId('checkout-total')).toHaveText('¥99.00');
  await page.getByLabel('订单备注').fill('E2E 购买');
  await page.getByRole('checkbox', { name: /允许服务商查看我的联系方式/ }).check();
  await page.getByRole('button', { name: '提交订单' }).click();

  // — the unpaid order's pay page; the sandbox cashier pays it
  await expect(page).toHaveURL(/\/store\/pay\/[^/]+$/);
  const orderId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  await expect(page.getByText('未支付', { exact: true })).toBeVisible();
  await expect(page.getByTestId('order-amount')).toHaveText('¥99.00');
  await page.getByRole('button', { name: '使用沙箱支付' }).click();
  await expect(page.getByText('支付成功', { exact: true })).toBeVisible();

  const orderReply = await page.request.get(`/api/v1/buyer/orders/${encodeURIComponent(orderId)}`);
  expect(orderReply.ok()).toBe(true);
  const order = (await orderReply.json()) as { orderNo: string; status: string; instances: { id: string }[] };
  expect(order.status).toBe('paid');
  expect(order.instances).toHaveLength(1);
  const instanceId = order.instances[0]?.id ?? '';

  // — the instance page refreshes itself while provisioning runs through the outbox
  await page.getByRole('button', { name: '查看实例' }).click();
  await expect(page).toHaveURL(new RegExp(`/buyer/instances/${instanceId}$`));
  await expect(page.getByText('已开通', { exact: true })).toBeVisible({ timeout: 45_000 });
  // 应用信息 shows labelled, copyable fields (issue 11 item 9): the SSO address under its name
  await expect(page.getByRole('textbox', { name: '单点登录地址' })).toHaveValue(`${RECEIVER}/sso`);

  // — the ISV received a signed createInstance for this instance (the receiver records only verified requests)
  const created = (await receivedRequests()).filter((r) => r.action === 'createInstance' && r.body.instanceId === instanceId);
  expect(created).toHaveLength(1);
  expect(created[0]?.body.specName).toBe('标准版');

  // — the seller sees the paid order and the opened instance
  const sellerContext = await browser.newContext({ reducedMotion: 'reduce' });
  const seller = await sellerContext.newPage();
  await seller.goto('/login');
  await logIn(seller, SELLER.loginName, SELLER.password);
  await expect(seller).toHaveURL(/\/seller$/);
  await seller.goto(`/seller/orders?orderNo=${order.orderNo}`);
  const orderRow = seller.getByRole('row').filter({ hasText: order.orderNo });
  await expect(orderRow).toContainText('已支付');
  await expect(orderRow).toContainText(PRODUCT);
  await seller.goto(`/seller/instances?instanceId=${encodeURIComponent(instanceId)}`);
  const instanceRow = seller.getByRole('row').filter({ hasText: instanceId });
  await expect(instanceRow).toContainText('已开通');
  await sellerContext.close();

  // — the buyer opens the app: a 302 to the ISV's SSO page with a signed token
  await page.getByRole('link', { name: '打开应用' }).click();
  await expect(page).toHaveURL(new RegExp(`^${RECEIVER}/sso\\?`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome');
});
