/**
 * The preset holidays' names as the calendar stores them (chinese-days, in Chinese), by a
 * stable key. This is data, not a translation: `holidayName` maps a stored name to its key in
 * either language, and the zh-CN catalogue shows these same words.
 */
export const storedHolidayNames = {
  newYear: '元旦',
  springFestival: '春节',
  tombSweeping: '清明',
  labourDay: '劳动节',
  dragonBoat: '端午',
  midAutumn: '中秋',
  nationalDay: '国庆节',
  makeUpWorkday: '调休',
};
