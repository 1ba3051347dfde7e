// ad-hoc screenshots (not committed): node e2e/shots/shoot.mjs BASE login path out [locale]
import { chromium } from 'playwright';
const [base, login, path, out, locale = 'zh-CN'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h] of [[1440, 900], [1280, 800]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale, timezoneId: 'Asia/Shanghai' });
  const page = await ctx.newPage();
  const res = await page.request.post(`${base}/api/v1/auth/login`, { data: { loginName: login, password: 'Demo1234' } });
  if (!res.ok()) throw new Error(`login ${res.status()}`);
  await page.addInitScript((l) => localStorage.setItem('cloudmart.locale', l), locale);
  await page.goto(`${base}${path}`);
  await page.locator(process.env.WAIT_FOR ?? 'main').first().waitFor({ timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}-${w}-${locale}.png`, fullPage: false });
  await ctx.close();
}
await browser.close();
