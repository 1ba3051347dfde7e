import type { TFunction } from 'i18next';
import { holidayNamesZhCN } from './holiday-names.i18n';

type HolidayKey = keyof typeof holidayNamesZhCN;
const keyOfName: ReadonlyMap<string, HolidayKey> = new Map(
  Object.entries(holidayNamesZhCN).flatMap(([key, name]) => (isHolidayKey(key) ? [[name, key] as const] : [])),
);

function isHolidayKey(key: string): key is HolidayKey {
  return Object.hasOwn(holidayNamesZhCN, key);
}

/** A stored holiday name in the user's language (a preset name is translated; an operator's own is shown as stored). */
export function holidayName(t: TFunction, stored: string): string {
  const key = keyOfName.get(stored.trim());
  return key ? t(`deliveryHolidayNames.${key}`) : stored;
}
