import type { Permission } from '@cloudmart/contracts';

/** 分销 permission nodes: GET routes need view, 分销设置 needs manage. */
export const viewDistribution = { auth: 'seller', permission: 'distribution.view' satisfies Permission } as const;
export const manageDistribution = { auth: 'seller', permission: 'distribution.manage' satisfies Permission } as const;
