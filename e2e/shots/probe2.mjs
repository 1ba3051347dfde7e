import { chromium } from 'playwright';
const [base, login, path, locale] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
page.on('console', (m) => { if (m.type() !== 'info') console.log('console', m.type(), m.text().slice(0, 300)); });
page.on('requestfailed', (r) => console.log('failed', r.url()));
await page.request.post(`${base}/api/v1/auth/login`, { data: { loginName: login, password: 'Demo1234' } });
if (locale) await page.addInitScript((l) => localStorage.setItem('cloudmart.locale', l), locale);
await page.goto(`${base}${path}`);
for (let i = 0; i < 8; i++) {
  await page.waitForTimeout(1000);
  const op = await page.locator('.ant-table-tbody').evaluate((el) => getComputedStyle(el.closest('.ant-card') ?? el).opacity).catch(() => 'none');
  console.log(i, 'loading', await page.getByText('Loading…').count(), 'opacity', op);
}
await browser.close();
