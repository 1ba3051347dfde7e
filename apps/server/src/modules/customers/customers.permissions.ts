import type { Permission } from '@cloudmart/contracts';

/** 客户中心 permission nodes (contracts' customerPermissions): GET routes need view, every write needs manage. */
export { customerPermissions } from '@cloudmart/contracts';
export const viewCustomers = { auth: 'seller', permission: 'customers.view' satisfies Permission } as const;
export const manageCustomers = { auth: 'seller', permission: 'customers.manage' satisfies Permission } as const;
