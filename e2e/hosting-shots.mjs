// Screenshots of the hosting pages at 1440×900 and 1280×800 in both languages (not a test).
import { chromium } from 'playwright';
const base = 'http://127.0.0.1:3111';
const out = '/tmp/hosting-shots';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
async function session(login, locale, size) {
  const ctx = await b.newContext({ viewport: size, locale: 'zh-CN' });
  await ctx.addInitScript((l) => window.localStorage.setItem('cloudmart.locale', l), locale);
  const p = await ctx.newPage();
  await p.goto(`${base}/login`);
  await p.locator('input').nth(0).fill(login);
  await p.locator('input[type=password]').fill('Demo1234');
  await p.keyboard.press('Enter');
  await p.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 60000 });
  return p;
}
const settle = (p) => p.waitForLoadState('networkidle', { timeout: 60000 }).catch(() => {}).then(() => p.waitForTimeout(1500));
for (const locale of ['zh-CN', 'en-US']) {
  for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 800 }]) {
    const tag = `${locale}-${size.width}`;
    const p = await session('demo', locale, size);
    await p.goto(`${base}/seller/hosting`);
    await settle(p);
    await p.screenshot({ path: `${out}/list-${tag}.png`, fullPage: true });
    const first = p.locator('tbody tr[data-row-key]').filter({ hasText: '智能客服云原生版' }).getByRole('link').first();
    await first.click();
    await settle(p);
    await p.screenshot({ path: `${out}/detail-${tag}.png`, fullPage: true });
    await p.goto(`${base}/seller/hosting/new`);
    await settle(p);
    await p.screenshot({ path: `${out}/wizard0-${tag}.png`, fullPage: true });
    const pending = p.url();
    await p.goto(`${base}/seller/hosting`);
    await settle(p);
    const id = await p.locator('tbody tr[data-row-key]').filter({ hasText: '智能客服云原生版' }).getAttribute('data-row-key');
    for (const step of [1, 2, 3]) {
      await p.goto(`${base}/seller/hosting/${id}/wizard?step=${step}`);
      await settle(p);
      await p.screenshot({ path: `${out}/wizard${step}-${tag}.png`, fullPage: true });
    }
    void pending;
    await p.context().close();
    const op = await session('operator', locale, size);
    await op.goto(`${base}/operator/hosting-reviews`);
    await settle(op);
    await op.screenshot({ path: `${out}/queue-${tag}.png`, fullPage: true });
    const btn = op.locator('tbody tr[data-row-key] button').first();
    if (await btn.count()) {
      await btn.click();
      await settle(op);
      await op.screenshot({ path: `${out}/drawer-${tag}.png` });
    }
    await op.context().close();
  }
}
await b.close();
