import type { TFunction } from 'i18next';
import { storedHolidayNames } from './stored-holiday-names';

type HolidayKey = keyof typeof storedHolidayNames;
const keyOfName: ReadonlyMap<string, HolidayKey> = new Map(
  Object.entries(storedHolidayNames).flatMap(([key, name]) => (isHolidayKey(key) ? [[name, key] as const] : [])),
);

function isHolidayKey(key: string): key is HolidayKey {
  return Object.hasOwn(storedHolidayNames, key);
}

/** A stored holiday name in the user's language (a preset name is translated; an operator's own is shown as stored). */
export function holidayName(t: TFunction, stored: string): string {
  const key = keyOfName.get(stored.trim());
  return key ? t(`deliveryHolidayNames.${key}`) : stored;
}
