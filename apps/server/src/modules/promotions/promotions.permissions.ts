import type { Permission } from '@cloudmart/contracts';

/** 营销 permission nodes (contracts' promotionPermissions): GET routes need view, writes need manage. */
export { promotionPermissions } from '@cloudmart/contracts';
export const viewPromotions = { auth: 'seller', permission: 'promotions.view' satisfies Permission } as const;
export const managePromotions = { auth: 'seller', permission: 'promotions.manage' satisfies Permission } as const;
