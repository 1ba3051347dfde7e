import { crc32, deflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectAnswer, logIn } from './support/aftersales';

// 直播 end to end (guide 2.11): a seller without live permission signs the 云市场服务协议 (申请权限 →
// 我已阅读，确认签署), the operator grants it (直播权限审核), the seller creates a real-time live with a
// 552×280 cover made here, the operator approves it (直播审核), and the seller's detail shows the OBS
// push URL and stream key. Acme is the seller: the demo seed gives Demo ISV live permission already.
const SELLER = { loginName: 'acme', password: 'Demo1234' };
const OPERATOR = { loginName: 'operator', password: 'Demo1234' };

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A 552×280 RGB PNG of one colour. */
function coverPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(552, 0);
  ihdr.writeUInt32BE(280, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(552 * 3, 0x3a)]);
  const raw = Buffer.concat(Array.from({ length: 280 }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function operatorApproves(page: Page, path: string, rowText: string | RegExp): Promise<void> {
  await page.goto(path);
  const row = page.getByRole('row').filter({ hasText: rowText }).first();
  await row.getByRole('button', { name: '通过' }).click();
  await expectAnswer(page, 'POST', /^\/api\/v1\/operator\/live.*\/approve$/, 200, () =>
    page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click(),
  );
  await expect(page.getByText('已处理').first()).toBeVisible();
}

test('a seller applies for live permission, creates a real-time live, and sees the OBS push URL and key once approved', async ({ browser }) => {
  // 24 s on an idle machine; CI shares two cores with the server and chromium (it hit 60 s once)
  test.setTimeout(150_000);
  const seller = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  const operator = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  await logIn(seller, SELLER.loginName, SELLER.password);
  // acme speaks en-US; this journey reads the guide's Chinese words
  const csrf = (await seller.context().cookies()).find((c) => c.name === 'cm_csrf')?.value ?? '';
  expect((await seller.request.patch('/api/v1/auth/me', { data: { locale: 'zh-CN' }, headers: { 'x-csrf-token': decodeURIComponent(csrf) } })).ok()).toBe(true);
  await seller.evaluate(() => window.localStorage.setItem('cloudmart.locale', 'zh-CN'));
  await logIn(operator, OPERATOR.loginName, OPERATOR.password);

  // 营销 > 直播列表 > 申请权限
  await seller.goto('/seller/lives');
  await seller.getByRole('button', { name: '申请权限' }).click();
  const sign = seller.getByRole('button', { name: '我已阅读，确认签署' });
  await expect(sign).toBeDisabled();
  await seller.getByLabel('我已阅读并同意《云市场服务协议》').check();
  await sign.click();
  await seller.getByRole('button', { name: /确\s*定/ }).click();
  await expect(seller.getByText('直播权限审核中')).toBeVisible();

  // 直播权限审核
  await operatorApproves(operator, '/operator/live-permissions', 'Acme');

  // 创建直播
  await seller.reload();
  await seller.getByRole('button', { name: '创建直播' }).click();
  const name = `E2E 实时直播 ${Date.now()}`;
  await seller.getByLabel('直播名称').fill(name);
  const now = new Date(Date.now() + 8 * 3_600_000 + 86_400_000);
  const day = now.toISOString().slice(0, 10);
  for (const [label, time] of [
    ['直播开始时间', `${day} 19:00`],
    ['直播结束时间', `${day} 21:00`],
  ] as const) {
    const input = seller.getByLabel(label);
    await input.click();
    await input.fill(time);
    await input.press('Enter');
  }
  await seller.getByLabel('实时直播').check();
  await seller.getByLabel('直播关键字').fill('建站 小程序 云市场');
  await seller.getByLabel('直播简介').fill('本次直播讲解如何在云市场快速建站。');
  await expect(seller.getByText('17 / 500')).toBeVisible();
  await seller.locator('input[type=file]').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: coverPng() });
  await expect(seller.getByRole('img', { name: '直播海报封面' })).toBeVisible();
  await seller.getByRole('button', { name: '创建直播' }).last().click();
  await expect(seller.getByRole('heading', { name })).toBeVisible();
  await expect(seller.getByText('待审核').first()).toBeVisible();
  await expect(seller.getByText('直播审核通过后，可在此查看OBS推流地址和推流密钥。')).toBeVisible();

  // 直播审核
  await operatorApproves(operator, '/operator/lives', name);

  // the seller's detail: 推流地址 and 推流密钥, shown on demand
  await seller.reload();
  await expect(seller.getByText('审核通过').first()).toBeVisible();
  await expect(seller.getByTestId('live-push-url')).toContainText(/^rtmp:\/\//);
  await seller.getByRole('button', { name: '显示' }).click();
  await expect(seller.getByTestId('live-stream-key')).toContainText(/lk_[A-Za-z0-9_-]{32}/);
  const before = await seller.getByTestId('live-stream-key').innerText();
  await seller.getByRole('button', { name: '重置密钥' }).click();
  await expectAnswer(seller, 'POST', /^\/api\/v1\/seller\/lives\/[^/]+\/stream-key$/, 200, () =>
    seller
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click(),
  );
  await expect(seller.getByTestId('live-stream-key')).not.toHaveText(before);
});
