import { vendorProjectManagerPermissions, type CreateVendorManager, type VendorManager } from '@cloudmart/contracts';
import type { Actor } from '../../../platform/auth/actor.js';
import { notFound } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/module.js';
import { createSubAccount, deleteSubAccount, ensureRoleGroup, roleMembers, type PresetRole } from '../../accounts/index.js';

/*
 * 厂商项目经理 (guide 5.2.7 管理子账号, 5.3): the vendor's main account creates sub-accounts of
 * this one role in the delivery center's 用户管理; the role is a preset permission group whose
 * nodes are contracts' vendorProjectManagerPermissions — "云市场平台已为厂商项目经理预置好一系列权限和功能，
 * 他可协助厂商主账号做项目管理和部分配置工作".
 */

type D = Pick<Deps, 'db' | 'clock' | 'config'>;

export const VENDOR_PROJECT_MANAGER: PresetRole = {
  name: '厂商项目经理',
  description: '交付中心预置角色：项目管理、私有服务流程模板、排队与服务商持单量（不可修改）',
  permissions: vendorProjectManagerPermissions,
};

const preset = [...vendorProjectManagerPermissions];

type Member = Awaited<ReturnType<typeof roleMembers>>[number];
const toManager = (m: Member): VendorManager => ({
  userId: m.id,
  loginName: m.loginName,
  displayName: m.displayName,
  email: m.email,
  phone: m.phone,
  accountStatus: m.status === 'disabled' ? 'disabled' : 'active',
  permissions: preset,
  createdAt: m.createdAt.toISOString(),
});

export async function listVendorManagers(deps: Pick<Deps, 'db'>, sellerId: string): Promise<VendorManager[]> {
  return (await roleMembers(deps.db, sellerId, VENDOR_PROJECT_MANAGER.name)).map(toManager);
}

async function getVendorManager(deps: Pick<Deps, 'db'>, sellerId: string, userId: string): Promise<VendorManager> {
  const m = (await listVendorManagers(deps, sellerId)).find((x) => x.userId === userId);
  if (!m) throw notFound('vendor project manager');
  return m;
}

/** A new sub-account holding the role; its generated password is shown once (5.2.7 step 5). */
export async function createVendorManager(deps: D, actor: Actor, sellerId: string, body: CreateVendorManager) {
  const { userId, initialPassword } = await deps.db.transaction(async (tx) => {
    const groupId = await ensureRoleGroup(tx, sellerId, VENDOR_PROJECT_MANAGER, deps.clock.now());
    const created = await createSubAccount(
      deps,
      actor,
      sellerId,
      {
        name: body.loginName,
        displayName: body.displayName,
        ...(body.email ? { email: body.email } : {}),
        ...(body.phone ? { phone: body.phone } : {}),
        groupIds: [groupId],
      },
      tx,
    );
    return { userId: created.subAccount.id, initialPassword: created.initialPassword };
  });
  return { manager: await getVendorManager(deps, sellerId, userId), initialPassword };
}

/** 删除子账号: only an account of this seller holding the role (anyone else's id is not found). */
export async function deleteVendorManager(deps: D, sellerId: string, userId: string): Promise<void> {
  await getVendorManager(deps, sellerId, userId);
  await deleteSubAccount(deps, sellerId, userId);
}
