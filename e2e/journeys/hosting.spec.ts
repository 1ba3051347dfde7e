import { crc32 } from 'node:zlib';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { SELLER, expectAnswer, logIn } from './support/aftersales';

// the machine these journeys share can be slow: a page's lazy chunks and strings get more time
const expect = baseExpect.configure({ timeout: 30_000 });

const OPERATOR = { loginName: 'operator', password: 'Demo1234' };
/** the demo's hosted product linked to 智能客服 SaaS (the seller's only listed SaaS product) */
const DEMO_HOSTED = '智能客服云原生版';
const LISTED_SAAS = '智能客服 SaaS';

function pdf(title: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

/** A ZIP of one stored entry (the 漏洞扫描报告). */
function zip(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const n = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(local.length + n.length + data.length, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}

async function upload(page: Page, id: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await expectAnswer(page, 'POST', /\/files$/, 201, () =>
    page.locator(`#${id}`).locator('xpath=ancestor::span[contains(@class,"ant-upload")]//input[@type="file"]').first().setInputFiles(file),
  );
}

async function openHosted(page: Page, name: string) {
  await page.goto('/seller/hosting');
  await page.getByRole('form', { name: '搜索条件' }).getByLabel('产品名称').fill(name);
  await page.getByRole('button', { name: /查\s?询/ }).click();
  const row = page.getByRole('table', { name: '产品列表' }).locator('tbody tr[data-row-key]').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  return row;
}

async function approve(page: Page, tab: '架构审核' | '托管审核', name: string) {
  await page.goto('/operator/hosting-reviews');
  await expect(page.getByRole('heading', { level: 1, name: '托管审核' })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
  const row = page.getByRole('table', { name: tab }).locator('tbody tr[data-row-key]').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /审\s?核/ }).click();
  const drawer = page.getByRole('dialog', { name: `${tab}：${name}` });
  await expect(drawer.getByRole('link', { name: /\.(pdf|zip)$/ }).first()).toBeVisible();
  await drawer.getByRole('button', { name: /通\s?过/ }).click();
  await expectAnswer(page, 'POST', new RegExp(`/reviews/${tab === '架构审核' ? 'architecture' : 'hosting'}$`), 200, () =>
    page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click(),
  );
  await expect(row).toHaveCount(0);
}

// 商品 > 产品托管 (guide 1.2): 新增产品 → 架构信息 (two PDFs) → 架构审核 → 继续提交: 产品托管 options and the
// three reports → 托管审核 → 关联商品; the store's product page shows the 云原生 badge (guide 1.1 平台权益).
test('a seller hosts a product through both reviews and links it; the product page shows the cloud-native badge', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const name = `托管旅程 ${Date.now().toString(36)}`;
  await logIn(page, SELLER.loginName, SELLER.password);
  await page.goto('/seller/hosting');
  await expect(page.getByRole('heading', { level: 1, name: '产品托管' })).toBeVisible();
  await page.getByRole('button', { name: '新增产品' }).click();

  // 基本信息
  await expect(page.getByRole('heading', { level: 1, name: '托管流程' })).toBeVisible();
  await page.getByLabel('产品名称').fill(name);
  await page.getByLabel('产品描述').fill('端到端旅程创建的托管产品');
  await expectAnswer(page, 'POST', /\/seller\/hosting\/products$/, 201, () => page.getByRole('button', { name: '下一步' }).click());

  // 架构信息: 系统架构 and 部署架构, PDFs
  await upload(page, 'hostingArch_systemArchFileId', { name: 'system.pdf', mimeType: 'application/pdf', buffer: pdf('system') });
  await upload(page, 'hostingArch_deployArchFileId', { name: 'deploy.pdf', mimeType: 'application/pdf', buffer: pdf('deploy') });
  await expectAnswer(page, 'POST', /\/architecture$/, 200, () => page.getByRole('button', { name: '提交审核' }).click());
  await expect(page.getByText('架构审核需要1~3个工作日').first()).toBeVisible();

  // the operator approves the architecture
  const opContext = await browser.newContext({ reducedMotion: 'reduce' });
  const op = await opContext.newPage();
  await logIn(op, OPERATOR.loginName, OPERATOR.password);
  await approve(op, '架构审核', name);

  // 继续提交: 产品托管 options, then the reports
  const row = await openHosted(page, name);
  await expect(row.getByText('审核通过')).toBeVisible();
  await row.getByRole('link', { name: '继续提交' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '托管流程' })).toBeVisible();
  for (const option of ['配置审计', '操作审计', '漏洞扫描', '性能压测', '云监控']) await page.getByLabel(option, { exact: true }).check();
  await page.getByRole('radio', { name: 'Kubernetes（ACK）' }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('button', { name: '下载模板' })).toBeVisible();
  await upload(page, 'hostingReport_securityReportFileId', { name: 'security.pdf', mimeType: 'application/pdf', buffer: pdf('security') });
  await upload(page, 'hostingReport_scanReportFileId', { name: 'scan.zip', mimeType: 'application/zip', buffer: zip('report.html', '<p>0 high</p>') });
  await upload(page, 'hostingReport_loadTestReportFileId', { name: 'pts.pdf', mimeType: 'application/pdf', buffer: pdf('pts') });
  await expectAnswer(page, 'POST', /\/hosting$/, 200, () => page.getByRole('button', { name: '提交审核' }).click());
  await expect(page.getByText('托管审核需要1~3个工作日').first()).toBeVisible();

  await approve(op, '托管审核', name);
  await opContext.close();

  // 智能客服 SaaS is linked to the demo's hosted product (one to one): unlink it there first
  await (await openHosted(page, DEMO_HOSTED)).getByRole('link', { name: '查看' }).click();
  await page.getByRole('button', { name: /取消关联/ }).click();
  await expectAnswer(page, 'DELETE', /\/link$/, 200, () =>
    page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click(),
  );

  // 关联商品 on the new hosted product
  await (await openHosted(page, name)).getByRole('link', { name: '查看' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  const linkButton = page.getByRole('button', { name: /^关\s?联$/ });
  // the option list may still be opening (or refilling after the unlink) when it is clicked: pick until taken
  await expect(async () => {
    await page.getByRole('combobox', { name: '选择已上架的 SaaS 商品' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: LISTED_SAAS }).click({ timeout: 5_000 });
    await expect(linkButton).toBeEnabled({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expectAnswer(page, 'PUT', /\/link$/, 200, () => linkButton.click());

  // the store's product page shows the badge
  await page.getByRole('link', { name: new RegExp(LISTED_SAAS) }).click();
  await expect(page.getByRole('heading', { level: 1, name: LISTED_SAAS })).toBeVisible();
  await expect(page.getByTestId('cloud-native-badge')).toHaveText('云原生');
});
