import type { Permission } from '@cloudmart/contracts';

/** 商品成长 permission node (contracts' growthPermissions): every seller route needs growth.view. */
export { growthPermissions } from '@cloudmart/contracts';
export const viewGrowth = { auth: 'seller', permission: 'growth.view' satisfies Permission } as const;
