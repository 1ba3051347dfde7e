import { expect, test } from '@playwright/test';
import { SERVICE_PRODUCT, sellerPage } from './support/aftersales';

// 数据 > 总览 end to end (guide 7 查看数据总览): an anonymous visitor opens a product page and the shop page in
// the storefront; the tracker sends the views (and their stay) to /api/v1/track; the rollup sweep runs when the
// manual clock moves on; the seller's 总览 then shows the visits, and its cards and trend equal the API's answer;
// 数据 > 商品's 商品类目明细 shows the visited product's type.

interface Metric {
  value: number | null;
}
interface Overview {
  range: { from: string; to: string };
  traffic: { visitors: Metric; views: Metric };
  products: { visitors: Metric; views: Metric };
  trend: { bucket: string; visitors: number; views: number }[];
}

test('storefront visits show up in the seller’s 总览 after the rollup, and the page shows the API’s numbers', async ({ browser }) => {
  test.setTimeout(120_000);

  // the visitor's browser says it is Chrome: the tracker drops user agents that look like bots ("HeadlessChrome")
  const visitor = await browser.newContext({
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  });
  const page = await visitor.newPage();
  const search = await page.request.get(`/api/v1/store/products?q=${encodeURIComponent(SERVICE_PRODUCT)}`);
  expect(search.ok()).toBe(true);
  const card = ((await search.json()) as { items: { code: string; name: string; seller: { code: string } }[] }).items.find((p) => p.name === SERVICE_PRODUCT);
  expect(card, `${SERVICE_PRODUCT} is listed`).toBeDefined();
  if (!card) return;

  // — the seller's figures before the visit (today on the manual clock)
  const seller = await sellerPage(browser);
  const sp = seller.page;
  const before = (await (await sp.request.get('/api/v1/seller/analytics/overview?period=day')).json()) as Overview;

  // — an anonymous visitor: the product page, then the shop page; leaving the store (pagehide) sends the
  //   batch by sendBeacon, which the browser may not report to the test, so the API is asked instead
  await page.goto(`/store/products/${encodeURIComponent(card.code)}`);
  await expect(page.getByRole('heading', { level: 1, name: SERVICE_PRODUCT })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(6_000); // the 5 s batch goes out by fetch
  await page.goto(`/store/shops/${encodeURIComponent(card.seller.code)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Demo ISV' })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(6_000); // the 5 s batch goes out by fetch
  await page.goto('about:blank');

  // — time moves on: the rollup sweep (every 5 minutes) runs on the manual clock, and the API counts the visit
  let api: Overview = before;
  await expect(async () => {
    const csrf = (await seller.context.cookies()).find((c) => c.name === 'cm_csrf')?.value ?? '';
    const moved = await sp.request.post('/api/v1/dev/clock', { data: { advance: '6m' }, headers: { 'x-csrf-token': csrf } });
    expect(moved.ok()).toBe(true);
    const res = await sp.request.get('/api/v1/seller/analytics/overview?period=day');
    expect(res.ok()).toBe(true);
    api = (await res.json()) as Overview;
    expect(api.products.visitors.value ?? 0).toBeGreaterThan(before.products.visitors.value ?? 0);
  }).toPass({ timeout: 30_000, intervals: [2_000] });
  expect(api.traffic.views.value ?? 0).toBeGreaterThan(before.traffic.views.value ?? 0);

  // — 数据 > 总览 from the left menu shows the same numbers as the API
  const nav = sp.getByRole('navigation', { name: '主菜单' });
  const entry = nav.getByRole('menuitem', { name: '总览' });
  await expect(async () => {
    if (!(await entry.isVisible())) await nav.getByRole('menuitem', { name: /(^|\s)数据$/ }).click();
    await entry.click({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(sp).toHaveURL(/\/seller\/data\/overview$/);
  await expect(sp.getByRole('heading', { level: 1, name: '数据总览' })).toBeVisible();
  await expect(sp.getByTestId('analytics-range')).toContainText(api.range.from);

  const count = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US'));
  await expect(sp.getByTestId('figure-visitors').getByTestId('figure-value')).toHaveText(count(api.traffic.visitors.value));
  await expect(sp.getByTestId('figure-views').getByTestId('figure-value')).toHaveText(count(api.traffic.views.value));
  await expect(sp.getByTestId('figure-productVisitors').getByTestId('figure-value')).toHaveText(count(api.products.visitors.value));
  await expect(sp.getByTestId('figure-productViews').getByTestId('figure-value')).toHaveText(count(api.products.views.value));

  // the chart's numbers (its accessible list, one entry per hour) are the API's trend
  const points = sp.getByTestId('overview-trend').locator('li');
  await expect(points).toHaveCount(api.trend.length);
  const drawn = await points.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-bucket'), Number(li.getAttribute('data-value'))]));
  expect(drawn).toEqual(api.trend.map((p) => [p.bucket, p.visitors]));

  // the product visited is in 商品访客排行Top3
  await expect(sp.getByTestId('top-visitors')).toContainText(SERVICE_PRODUCT);

  // — 数据 > 商品 > 详细分析: 商品类目明细 has the visited product's type (服务) with the API's visitors
  const products = (await (await sp.request.get('/api/v1/seller/analytics/products?period=day')).json()) as {
    productTypes: { productType: string; visitors: number }[];
  };
  const service = products.productTypes.find((r) => r.productType === 'service');
  expect(service?.visitors ?? 0).toBeGreaterThan(0);
  await sp.goto('/seller/data/products?tab=detail');
  await expect(sp.getByRole('heading', { level: 1, name: '商品分析' })).toBeVisible();
  const typeRow = sp
    .getByTestId('product-type-rows')
    .getByRole('row')
    .filter({ has: sp.getByRole('cell', { name: '服务', exact: true }) });
  await expect(typeRow).toHaveCount(1);
  // columns: 商品类目, 商品数, 访客数
  await expect(typeRow.getByRole('cell').nth(2)).toHaveText(String(service?.visitors));
  await seller.context.close();
  await visitor.close();
});
