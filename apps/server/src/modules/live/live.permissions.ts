import type { Permission } from '@cloudmart/contracts';

/** 直播 permission nodes: GET routes need view; applying, creating, editing and the stream key need manage. */
export const viewLive = { auth: 'seller', permission: 'live.view' satisfies Permission } as const;
export const manageLive = { auth: 'seller', permission: 'live.manage' satisfies Permission } as const;
/** the product editor's 商品直播ID select lists approved lives to whoever edits products */
export const pickLiveForProduct = { auth: 'seller', permission: 'products.manage' satisfies Permission } as const;
