/**
 * The shapes of the lazily loaded sections (./sections.ts), one key each, taken from their zh-CN
 * files by `import type` only (nothing here is loaded at run time). A feature adds its line here
 * and a `<name>.section.ts` beside its strings.
 */
import type { distributionZhCN } from '../../features/distribution/distribution.zh-CN';

export interface LazySections {
  distribution: typeof distributionZhCN;
}
