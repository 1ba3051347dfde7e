import type { zhCN } from './zh-CN';
import type { LazySections } from './lazy-sections';

/** The eager catalogue every page loads before its first render (typed against zh-CN). */
export type EagerCatalog = typeof zhCN;

/**
 * The shape t() is typed against: the eager catalogue plus every lazy section (see ./sections.ts),
 * whose strings arrive with the feature that uses them.
 */
export type Catalog = EagerCatalog & LazySections;
