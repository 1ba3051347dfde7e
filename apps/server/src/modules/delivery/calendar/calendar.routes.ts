import { calendarDayBody, calendarDayParams, calendarDaySchema, calendarYearQuery, holidayYearSchema, operatorCalendarSchema } from '@cloudmart/contracts';
import type { App, Deps } from '../../../platform/module.js';
import { requireActor } from '../../../platform/auth/actor.js';
import { deleteCalendarDay, holidayYear, operatorCalendar, setCalendarDay } from './calendar.service.js';

const tags = ['delivery', 'delivery-calendar'];
const operator = { auth: 'operator' } as const;

export function calendarRoutes(app: App, deps: Deps): void {
  app.get(
    '/delivery/holidays',
    {
      // read-only reference for every vendor and provider account: no permission needed
      config: { auth: 'seller' },
      schema: {
        tags,
        summary: 'Holidays and make-up workdays of a year (timeouts skip them)',
        querystring: calendarYearQuery,
        response: { 200: holidayYearSchema },
      },
    },
    async (req) => holidayYear(deps, req.query.year),
  );

  app.get(
    '/operator/delivery/calendar',
    {
      config: operator,
      schema: {
        tags,
        summary: 'The working-day calendar of a year: grouped holidays and every stored day',
        querystring: calendarYearQuery,
        response: { 200: operatorCalendarSchema },
      },
    },
    async (req) => operatorCalendar(deps, req.query.year),
  );

  app.put(
    '/operator/delivery/calendar/:day',
    {
      config: operator,
      schema: {
        tags,
        summary: 'Make a day a holiday or a make-up workday',
        params: calendarDayParams,
        body: calendarDayBody,
        response: { 200: calendarDaySchema },
      },
    },
    async (req) => setCalendarDay(deps, req.params.day, req.body, requireActor(req.actor).userId),
  );

  app.delete(
    '/operator/delivery/calendar/:day',
    { config: operator, schema: { tags, summary: 'Remove a stored day; it follows the Monday–Friday rule again', params: calendarDayParams } },
    async (req, reply) => {
      await deleteCalendarDay(deps, req.params.day);
      return reply.status(204).send();
    },
  );
}
