import type { Permission } from '@cloudmart/contracts';

/** 商机 permission nodes (contracts' leadPermissions): GET routes need view, actions need manage. */
export { leadPermissions } from '@cloudmart/contracts';
export const viewLeads = { auth: 'seller', permission: 'leads.view' satisfies Permission } as const;
export const manageLeads = { auth: 'seller', permission: 'leads.manage' satisfies Permission } as const;
