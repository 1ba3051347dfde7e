import type { zhCN } from './zh-CN';

/** The shape of a complete catalog, taken from the reference (zh-CN). */
export type Catalog = typeof zhCN;
