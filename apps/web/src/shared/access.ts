import { deliveryPermissions, type Me, type Permission } from '@cloudmart/contracts';

/**
 * The same permission strings the server checks. Main seller accounts hold all of them
 * (the server lists them in `permissions`; `isMain` is a second guard).
 */
export function can(me: Pick<Me, 'kind' | 'isMain' | 'permissions'>, permission: Permission | undefined): boolean {
  if (!permission) return true;
  if (me.kind !== 'seller') return false;
  return me.isMain || me.permissions.includes(permission);
}

/**
 * Who a page or menu item is for beyond one permission node (issue 11 item 8):
 * - `deliveryCenter`: the delivery center and the ways into it — a seller account holding any
 *   delivery permission, or a delivery employee (who sees their own work without one);
 * - `deliveryEmployee`: an employee's own pages (我的工作台, 我的接单状态) — only accounts with a
 *   delivery profile, so a main account that is not staff never meets "您还不是交付人员";
 * - `mainAccount`: the seller's main account only (操作日志 watches the sub-accounts, the
 *   account administrator among them).
 */
export type Audience = 'deliveryCenter' | 'deliveryEmployee' | 'mainAccount';

export function canEnterDelivery(me: Pick<Me, 'kind' | 'isMain' | 'permissions'>, deliveryEmployee: boolean): boolean {
  return me.kind === 'seller' && (deliveryEmployee || deliveryPermissions.some((p) => can(me, p)));
}

export function isFor(me: Pick<Me, 'kind' | 'isMain' | 'permissions'>, audience: Audience | undefined, deliveryEmployee: boolean): boolean {
  switch (audience) {
    case undefined:
      return true;
    case 'deliveryCenter':
      return canEnterDelivery(me, deliveryEmployee);
    case 'deliveryEmployee':
      return me.kind === 'seller' && deliveryEmployee;
    case 'mainAccount':
      return me.kind === 'seller' && me.isMain;
  }
}
