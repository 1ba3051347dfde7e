// Calendar room: working days (pure `work-calendar`, Beijing days), the operators' calendar and its seed. What other rooms use.
export { dayRange, monthIndexIn, monthRange, type Range, shiftDay } from './beijing-days.js';
export { ensureCalendarSeeded } from './calendar-seed.js';
export { calendarRoutes } from './calendar.routes.js';
export { loadCalendar } from './calendar.service.js';
export { addWorkingDays, addWorkingMs, beijingDay, type CalendarExceptions, closeOfDay, dueAfterWorkingMs, workingMsBetween } from './work-calendar.js';
