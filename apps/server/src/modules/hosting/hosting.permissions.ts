import type { Permission } from '@cloudmart/contracts';

/** 产品托管 permission nodes (contracts' hostingPermissions): GET routes need view, actions need manage. */
export { hostingPermissions } from '@cloudmart/contracts';
export const viewHosting = { auth: 'seller', permission: 'hosting.view' satisfies Permission } as const;
export const manageHosting = { auth: 'seller', permission: 'hosting.manage' satisfies Permission } as const;
export const operatorHosting = { auth: 'operator' } as const;
