import type { holidayNamesZhCN } from './holiday-names.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const holidayNamesEnUS: typeof holidayNamesZhCN = {
  newYear: 'New Year’s Day',
  springFestival: 'Spring Festival',
  tombSweeping: 'Tomb-sweeping Day',
  labourDay: 'Labour Day',
  dragonBoat: 'Dragon Boat Festival',
  midAutumn: 'Mid-autumn Festival',
  nationalDay: 'National Day',
  makeUpWorkday: 'Make-up workday',
};
