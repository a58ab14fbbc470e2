// A day as every contract writes it: yyyy-mm-dd, and a day that exists. valibot's isoDate checks the
// shape only, so "2026-02-31" passed it and reached PostgreSQL, which refused it with a 500.
import * as v from 'valibot';
import { isCalendarDate } from '../dates.js';

/**
 * A yyyy-mm-dd string naming a real day; `message` is the one issue for a bad shape and for a day
 * that does not exist alike (isCalendarDate checks both, so a person sees one message, not two).
 */
export function calendarDate<TMessage extends string>(
  message: TMessage | 'must be a yyyy-mm-dd day that exists' = 'must be a yyyy-mm-dd day that exists',
) {
  return v.pipe(v.string(), v.check(isCalendarDate, message));
}

export const CalendarDate = calendarDate();
