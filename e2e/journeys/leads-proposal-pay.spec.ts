import { expect, test, type Page } from '@playwright/test';
import { BUYER, expectAnswer, logIn, sellerPage } from './support/aftersales';

// 商机 from the demand to the paid orders (guide 4): a buyer's demand enters 商机广场 on the hour
// ("需求列表每整点更新一次"), Demo ISV grabs it and sends a 方案 with two 报价单 ("一个方案中支持添加多个商品报价单");
// the buyer pays it in one click ("用户可以在客户控制台查看方案并一键支付"), both quotes at once at the cashier,
// and the seller's order detail says where the order came from: 订单来源 定制方案 with the 定制方案ID.

async function csrf(page: Page): Promise<Record<string, string>> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cm_csrf');
  return cookie ? { 'x-csrf-token': decodeURIComponent(cookie.value) } : {};
}

async function call<T>(page: Page, method: 'GET' | 'POST', url: string, data?: unknown, status = method === 'POST' ? 201 : 200): Promise<T> {
  const res = await page.request.fetch(`/api/v1${url}`, { method, headers: await csrf(page), ...(data === undefined ? {} : { data }) });
  expect(res.status(), `${method} ${url}: ${await res.text()}`).toBe(status);
  return (await res.json()) as T;
}

interface Quotable {
  id: string;
  name: string;
  specs: { id: string; name: string; prices: { unit: string; duration: number; priceFen: number }[] }[];
}

test('a demand enters the pool on the hour, the seller grabs it and sends a two-quote 方案, the buyer pays it in one click, and the orders say 定制方案', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const name = `E2E方案${Date.now().toString(36).slice(-5)}`;

  // — the buyer posts an ordinary demand: not in the pool before the next full hour
  await logIn(page, BUYER.loginName, BUYER.password);
  const demand = await call<{ id: string; poolAt: string }>(page, 'POST', '/buyer/demands', {
    name,
    type: 'website',
    summary: '官网改版与在线客服',
    region: '杭州',
    budget: '5000_10000',
    contactName: '王先生',
    contactPhone: '13800001111',
  });
  const { page: s } = await sellerPage(browser);
  const inPool = async () => (await call<{ items: { id: string }[] }>(s, 'GET', `/seller/lead-pool?q=${encodeURIComponent(name)}`)).items.length;
  const now = new Date((await call<{ now: string }>(page, 'GET', '/dev/clock')).now);
  const poolAt = new Date(demand.poolAt);
  expect(poolAt.getUTCMinutes()).toBe(0);
  if (poolAt > now) {
    expect(await inPool()).toBe(0);
    await call(page, 'POST', '/dev/clock', { advance: `${Math.ceil((poolAt.getTime() - now.getTime()) / 1000)}s` }, 200);
  }
  expect(await inPool()).toBe(1);

  // — Demo ISV grabs it and sends a 方案 with two 报价单 at adjusted prices
  const lead = await call<{ id: string }>(s, 'POST', `/seller/lead-pool/${demand.id}/grab`);
  const products = await call<Quotable[]>(s, 'GET', '/seller/quotable-products');
  const quotes = products
    .flatMap((p) => p.specs.flatMap((sp) => sp.prices.slice(0, 1).map((pr) => ({ productId: p.id, specId: sp.id, unit: pr.unit, duration: pr.duration }))))
    .slice(0, 2)
    .map((q, i) => ({ ...q, quantity: 1, priceFen: i === 0 ? 380_000 : 120_000 }));
  expect(quotes).toHaveLength(2);
  const proposal = await call<{ id: string }>(s, 'POST', `/seller/leads/${lead.id}/proposals`, { name: `${name} 方案`, quotes });

  // — the buyer: 我的需求 > 详情 > 一键支付, then both orders at the cashier
  await page.goto(`/buyer/demands/${demand.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.getByText(`${name} 方案`)).toBeVisible();
  await page.getByRole('button', { name: /一键支付/ }).click();
  await expectAnswer(page, 'POST', new RegExp(`/buyer/proposals/${proposal.id}/pay$`), 200, () =>
    page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click(),
  );
  await expect(page).toHaveURL(/\/store\/pay\?orders=/);
  const orderIds = (new URL(page.url()).searchParams.get('orders') ?? '').split(',');
  expect(orderIds).toHaveLength(2);
  await expect(page.getByTestId('batch-due')).toHaveText('¥5,000.00');
  await page.getByRole('button', { name: '使用沙箱支付' }).click();
  await expect(page.getByText('全部订单已支付')).toBeVisible({ timeout: 30_000 });

  // — the seller's order detail: 订单来源 定制方案 and the 定制方案ID
  await s.goto(`/seller/orders/${orderIds[0]}`);
  await expect(s.getByText('定制方案', { exact: true })).toBeVisible();
  await expect(s.getByText(proposal.id)).toBeVisible();
  // and the lead is won
  const won = await call<{ status: string }>(s, 'GET', `/seller/leads/${lead.id}`);
  expect(won.status).toBe('won');
});
