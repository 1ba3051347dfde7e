import type { Permission } from '@cloudmart/contracts';

/** Who hands out permissions: the main account, or a sub-account holding account.admin. */
export interface Granter {
  userId: string;
  isMain: boolean;
  permissions: ReadonlySet<Permission>;
}

export type GrantRefusal = { code: 'grant_exceeds_own'; permission: string } | { code: 'grant_to_self' } | null;

/**
 * Issue 17.4, no privilege escalation: the main account grants anything; a sub-account grants only
 * permissions it holds itself, never sub-account administration (account.admin, the main account's
 * alone), and never to itself (`toUserIds` are the accounts that would gain the permissions).
 */
export function grantRefusal(by: Granter, permissions: Iterable<string>, toUserIds: readonly string[] = []): GrantRefusal {
  if (by.isMain) return null;
  if (toUserIds.includes(by.userId)) return { code: 'grant_to_self' };
  for (const p of permissions) {
    if (p === 'account.admin' || !by.permissions.has(p as Permission)) return { code: 'grant_exceeds_own', permission: p };
  }
  return null;
}
