/**
 * 品牌绿色通道 and the hosting (托管) bonus (issue 15: "Hosted products get the guide's bonus once
 * hosting exists"). Neither exists in Cloudmart yet: typed seams answering false / 0 points, so
 * the factor brandGreenChannel is 0 and no bonus is added. docs/growth.md.
 */
export interface ProductPrivileges {
  brandGreenChannel: boolean;
  hosted: boolean;
}

/** points added to a hosted product's total (capped at 100) once hosting exists */
export const HOSTED_BONUS_POINTS = 5;

export function productPrivileges(productId: string): ProductPrivileges {
  void productId;
  return { brandGreenChannel: false, hosted: false };
}
