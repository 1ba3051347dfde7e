import { storedHolidayNames } from './stored-holiday-names';

/*
 * The preset holidays' names (chinese-days, stored in Chinese) in each language, keyed by a
 * stable key; `holidayName` maps a stored Chinese name to its key. Operator-typed names are
 * shown as typed.
 */
export const holidayNamesZhCN = { ...storedHolidayNames };
