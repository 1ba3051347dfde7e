import type { Me, Permission } from '@cloudmart/contracts';

/**
 * The same permission strings the server checks. Main seller accounts hold all of them
 * (the server lists them in `permissions`; `isMain` is a second guard).
 */
export function can(me: Pick<Me, 'kind' | 'isMain' | 'permissions'>, permission: Permission | undefined): boolean {
  if (!permission) return true;
  if (me.kind !== 'seller') return false;
  return me.isMain || me.permissions.includes(permission);
}
