import { randomUUID } from 'node:crypto';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

// Shared steps of the after-sales journeys: log in through the UI, and set up a paid order
// through the API (the purchase itself is the buy-saas journey's subject).
export const BUYER = { loginName: 'buyer', password: 'Demo1234' };
export const SELLER = { loginName: 'demo', password: 'Demo1234' };
/** the demo service product: its instance goes straight to in_service, no ISV receiver needed */
export const SERVICE_PRODUCT = '网站建设服务';
export const SERVICE_SPEC = '企业官网';

export async function logIn(page: Page, loginName: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('登录名', { exact: true }).fill(loginName);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** The seller in a browser context of its own (its own cookies). */
export async function sellerPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // reduced motion as the config asks, said again for a context made by hand (once in CI a page of
  // this context showed antd's zoom classes, as if it had not reached it)
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await logIn(page, SELLER.loginName, SELLER.password);
  await expect(page).toHaveURL(/\/seller$/);
  return { context, page };
}

async function csrfHeader(page: Page): Promise<Record<string, string>> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cm_csrf');
  return cookie ? { 'x-csrf-token': decodeURIComponent(cookie.value) } : {};
}

interface StoreProduct {
  id: string;
  name: string;
  specs: { id: string; name: string; prices: { unit: string; duration: number; priceFen: number }[] }[];
}

export interface PaidOrder {
  id: string;
  orderNo: string;
  paidFen: number;
  instanceId: string;
}

/**
 * A new order of the demo service product, placed and paid in the sandbox with the logged-in
 * buyer's cookies (page.request shares the page's context).
 */
export async function buyPaidServiceOrder(page: Page, remark: string): Promise<PaidOrder> {
  const search = await page.request.get(`/api/v1/store/products?q=${encodeURIComponent(SERVICE_PRODUCT)}`);
  expect(search.ok()).toBe(true);
  const card = ((await search.json()) as { items: { id: string; name: string }[] }).items.find((p) => p.name === SERVICE_PRODUCT);
  expect(card, `${SERVICE_PRODUCT} is listed`).toBeDefined();
  const detail = await page.request.get(`/api/v1/store/products/${encodeURIComponent(card?.id ?? '')}`);
  expect(detail.ok()).toBe(true);
  const product = (await detail.json()) as StoreProduct;
  const spec = product.specs.find((s) => s.name === SERVICE_SPEC);
  const price = spec?.prices[0];
  expect(price, `${SERVICE_SPEC} has a price`).toBeDefined();

  const placed = await page.request.post('/api/v1/buyer/orders', {
    headers: { 'idempotency-key': randomUUID(), ...(await csrfHeader(page)) },
    data: { productId: product.id, specId: spec?.id, unit: price?.unit, duration: price?.duration, quantity: 1, remark, showContact: false },
  });
  expect(placed.status(), await placed.text()).toBe(201);
  const order = (await placed.json()) as { id: string; orderNo: string };

  const pay = await page.request.post(`/api/v1/buyer/orders/${encodeURIComponent(order.id)}/pay`, { headers: await csrfHeader(page) });
  expect(pay.ok(), await pay.text()).toBe(true);
  const { paymentId } = (await pay.json()) as { paymentId: string };
  const complete = await page.request.post(`/api/v1/payments/sandbox/${encodeURIComponent(paymentId)}/complete`, { headers: await csrfHeader(page) });
  expect(complete.ok(), await complete.text()).toBe(true);

  // the sandbox calls back; the order turns paid and its instance is created
  let paid: { status: string; paidFen: number; instances: { id: string; status: string }[] } | undefined;
  await expect
    .poll(
      async () => {
        const r = await page.request.get(`/api/v1/buyer/orders/${encodeURIComponent(order.id)}`);
        paid = (await r.json()) as typeof paid;
        return paid?.status;
      },
      { message: 'the order turns paid' },
    )
    .toBe('paid');
  expect(paid?.paidFen).toBe(price?.priceFen);
  expect(paid?.instances).toHaveLength(1);
  return { id: order.id, orderNo: order.orderNo, paidFen: paid?.paidFen ?? 0, instanceId: paid?.instances[0]?.id ?? '' };
}

/** ¥4,980.00 as the web app formats fen. */
export function yuan(fen: number): string {
  return `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/**
 * Runs the click that sends `method path` and fails with the server's answer when it is not
 * `status`: a journey that only waits for a toast fails blind ("element not found") when the
 * request was refused, and the answer is what tells why.
 */
export async function expectAnswer(page: Page, method: string, path: RegExp, status: number, act: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname), { timeout: 15_000 });
  await motionSettled(page);
  await act();
  const res = await answered;
  expect(res.status(), `${method} ${res.url()} answered ${res.status()}: ${await res.text()}`).toBe(status);
}

/**
 * Waits until no antd dialog, popover or drawer is still in its opening motion (classes like
 * `ant-zoom-appear`, `ant-zoom-big-enter`). A click on a confirm's OK button in the middle of its
 * zoom-in was lost once on a loaded CI machine (the confirm stayed open, nothing was sent).
 */
export async function motionSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        !Array.from(document.querySelectorAll('[class*="-appear"], [class*="-enter"]')).some((el) =>
          Array.from(el.classList).some((c) => /^ant-[a-z-]+-(appear|enter)$/.test(c)),
        ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined); // a motion that never ends is the test's own assertion to catch
}
