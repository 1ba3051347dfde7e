/*
 * The preset holidays' names (chinese-days, stored in Chinese) in each language, keyed by a
 * stable key; `holidayName` maps a stored Chinese name to its key. Operator-typed names are
 * shown as typed.
 */
export const holidayNamesZhCN = {
  newYear: '元旦',
  springFestival: '春节',
  tombSweeping: '清明',
  labourDay: '劳动节',
  dragonBoat: '端午',
  midAutumn: '中秋',
  nationalDay: '国庆节',
  makeUpWorkday: '调休',
};

export const holidayNamesEnUS: Record<keyof typeof holidayNamesZhCN, string> = {
  newYear: 'New Year’s Day',
  springFestival: 'Spring Festival',
  tombSweeping: 'Tomb-sweeping Day',
  labourDay: 'Labour Day',
  dragonBoat: 'Dragon Boat Festival',
  midAutumn: 'Mid-autumn Festival',
  nationalDay: 'National Day',
  makeUpWorkday: 'Make-up workday',
};
