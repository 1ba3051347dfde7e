import type { EmployeeTagPreset } from '@cloudmart/contracts';

/**
 * The preset employee tags as the guide writes them (5.4.3: 标准 高级 尊贵 旗舰). Data, not a
 * translation: older rows store the Chinese word, which reads as the same preset in any language.
 */
export const presetTagWords = {
  standard: '标准',
  advanced: '高级',
  premium: '尊贵',
  flagship: '旗舰',
} satisfies Record<EmployeeTagPreset, string>;
