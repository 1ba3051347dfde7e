import type { Permission } from '@cloudmart/contracts';

/** 数据 permission node (contracts' analyticsPermissions): every report and export needs it. */
export { analyticsPermissions } from '@cloudmart/contracts';
export const viewAnalytics = { auth: 'seller', permission: 'analytics.view' satisfies Permission } as const;
