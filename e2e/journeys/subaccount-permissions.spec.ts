import { expect, test, type Page } from '@playwright/test';

// The journey runs in the default UI language (zh-CN); the demo seller's account locale is zh-CN too.
const MAIN = { loginName: 'demo', password: 'Demo1234' };
const SELLER_CODE = 'demoisv';

async function logIn(page: Page, loginName: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('登录名', { exact: true }).fill(loginName);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

async function logOut(page: Page): Promise<void> {
  // A fresh-clone CI run once clicked 退出登录 and no log-out request left the page (its trace has
  // none), probably a click while the menu was still opening. Try again until the log-in page shows.
  await expect(async () => {
    await page.getByRole('button', { name: /^账号菜单/ }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click({ timeout: 3_000 });
    await expect(page).toHaveURL(/\/login$/, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

test('a sub-account in a group granting only orders.view sees only the orders it may see', async ({ page }) => {
  const stamp = Date.now();
  const groupName = `E2E 订单查看 ${stamp}`;
  const name = `e2e${stamp}`;
  const loginName = `${name}@${SELLER_CODE}`;
  const newPassword = `Changed${stamp % 100000}x`;

  // — the main account creates a permission group granting only "查看订单" (orders.view)
  await logIn(page, MAIN.loginName, MAIN.password);
  await expect(page).toHaveURL(/\/seller$/);
  const nav = page.getByRole('navigation', { name: '主菜单' });
  await nav.getByRole('menuitem', { name: '子账号管理' }).click();
  await expect(page).toHaveURL(/\/seller\/sub-accounts/);
  await expect(page.getByRole('heading', { name: '子账号管理', level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: '权限组' }).click();
  await page.getByRole('button', { name: '新建权限组' }).click();
  const groupDrawer = page.getByRole('dialog', { name: '新建权限组' });
  await groupDrawer.getByLabel('权限组名称').fill(groupName);
  await groupDrawer.getByRole('checkbox', { name: '查看订单', exact: true }).check();
  await expect(groupDrawer.getByRole('checkbox', { name: '导出订单', exact: true })).not.toBeChecked();
  await groupDrawer.getByRole('button', { name: '保存' }).click();
  await expect(groupDrawer).toBeHidden();
  const groupRow = page.getByRole('row').filter({ hasText: groupName });
  await expect(groupRow).toContainText('查看订单');
  await expect(groupRow).not.toContainText('导出订单');

  // — …and a sub-account in that group; the generated password is shown once
  await page.getByRole('tab', { name: '子账号', exact: true }).click();
  await page.getByRole('button', { name: '新建子账号' }).click();
  const accountDrawer = page.getByRole('dialog', { name: '新建子账号' });
  await accountDrawer.getByLabel('子账号名称').fill(name);
  await expect(accountDrawer.getByText(`@${SELLER_CODE}`, { exact: true })).toBeVisible();
  await accountDrawer.getByLabel('显示名称').fill(`E2E 订单员 ${stamp}`);
  const groupSelect = accountDrawer.getByLabel('权限组');
  await groupSelect.click();
  await groupSelect.fill(groupName);
  await page.keyboard.press('Enter');
  // Escape closes only the open dropdown (Tab would also pick the next active option)
  await page.keyboard.press('Escape');
  await expect(accountDrawer.getByTitle(groupName, { exact: true })).toBeVisible();
  await expect(accountDrawer).toBeVisible();
  await accountDrawer.getByRole('button', { name: '保存' }).click();

  const once = page.getByRole('dialog', { name: '子账号已创建' });
  await expect(once).toBeVisible();
  await expect(once).toContainText('只显示这一次');
  await expect(once.getByLabel('登录名')).toHaveValue(loginName);
  const initialPassword = await once.getByLabel('初始密码').inputValue();
  expect(initialPassword).toMatch(/^[A-Za-z0-9]{8}$/);
  await once.getByRole('button', { name: '我已保存，关闭' }).click();
  await expect(once).toBeHidden();
  const accountRow = page.getByRole('row').filter({ hasText: loginName });
  await expect(accountRow).toContainText(groupName);
  // only the new group: the seeded "订单专员" group would also grant orders.export
  await expect(accountRow).not.toContainText('订单专员');

  await logOut(page);

  // — the sub-account logs in with the generated password and must change it first
  await logIn(page, loginName, initialPassword);
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel('当前密码').fill(initialPassword);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: '确认修改' }).click();
  await expect(page).toHaveURL(/\/seller$/);

  // — it sees the Orders menu only: no sub-account management, in the menu or the account menu
  await expect(nav.getByRole('menuitem', { name: '订单管理' })).toBeVisible();
  await expect(nav.getByRole('menuitem', { name: '子账号管理' })).toHaveCount(0);
  await page.getByRole('button', { name: /^账号菜单/ }).click();
  await expect(page.getByRole('menuitem', { name: '退出登录' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '子账号管理' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // — and the order list (orders.view) without the export button (no orders.export)
  await nav.getByRole('menuitem', { name: '订单管理' }).click();
  await expect(page).toHaveURL(/\/seller\/orders$/);
  await expect(page.getByRole('heading', { name: '订单管理', level: 1 })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: '订单号' })).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText('导出 CSV')).toHaveCount(0);

  // — a direct visit to the forbidden page answers 403
  await page.goto('/seller/sub-accounts');
  await expect(page.getByText('无权访问')).toBeVisible();
});
