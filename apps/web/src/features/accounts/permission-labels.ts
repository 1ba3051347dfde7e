import { isPermission } from '@cloudmart/contracts';
import type { TFunction } from 'i18next';
import { isKnownPermissionModule } from '../../shared/i18n';

/** `orders.view` → "查看订单"; a node this build does not know is shown as its key. */
export function permissionLabel(t: TFunction, key: string): string {
  return isPermission(key) ? t(`permissions.${key}`) : key;
}

export function permissionModuleLabel(t: TFunction, module: string): string {
  return isKnownPermissionModule(module) ? t(`permissionModules.${module}`) : module;
}
