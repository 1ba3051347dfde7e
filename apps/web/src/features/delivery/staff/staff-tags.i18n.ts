import type { EmployeeTagPreset } from '@cloudmart/contracts';

/** The preset employee tags of the capacity dialog (guide 5.4.3: 标准 高级 尊贵 旗舰), namespace `deliveryTags`. */
export const deliveryTagsZhCN = {
  standard: '标准',
  advanced: '高级',
  premium: '尊贵',
  flagship: '旗舰',
} satisfies Record<EmployeeTagPreset, string>;

export const deliveryTagsEnUS: typeof deliveryTagsZhCN = {
  standard: 'Standard',
  advanced: 'Advanced',
  premium: 'Premium',
  flagship: 'Flagship',
};
