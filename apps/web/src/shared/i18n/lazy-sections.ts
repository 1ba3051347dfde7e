import type { customersZhCN } from '../../features/customers/customers.zh-CN';

/**
 * The shapes of the lazily loaded sections (./sections.ts), one key each, taken from their zh-CN
 * files by `import type` only (nothing here is loaded at run time). A feature adds its line here
 * and a `<name>.section.ts` beside its strings.
 */
export interface LazySections {
  customers: typeof customersZhCN;
}
