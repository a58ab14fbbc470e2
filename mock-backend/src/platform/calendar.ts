// Calendar days as they are in Finland. "Today" decides whether a reported change takes effect now
// or waits, and that must not flip at midnight UTC (02:00 or 03:00 in Helsinki).
import { daysBetween } from '@portal/shared-contracts';

// The browser and the server count days with the same functions (the contracts' dates.ts).
export { addDays, isCalendarDate } from '@portal/shared-contracts';

const HELSINKI_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** helsinkiDate's last answer, by the minute it was asked in. */
let lastDay = { minute: Number.NaN, day: '' };

/** The calendar day (yyyy-mm-dd) in Europe/Helsinki at this instant. */
export function helsinkiDate(instant: Date): string {
  // Helsinki's day turns over on a whole minute (its offsets are whole hours), and every request
  // asks for it: the last minute's answer is kept, as formatting was a visible cost per request.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute === lastDay.minute) return lastDay.day;
  // formatToParts rather than a formatted string: no reliance on a locale's order of the parts.
  const parts = new Map(HELSINKI_DAY.formatToParts(instant).map((part) => [part.type, part.value]));
  const day = `${parts.get('year') ?? ''}-${parts.get('month') ?? ''}-${parts.get('day') ?? ''}`;
  lastDay = { minute, day };
  return day;
}

/** A calendar day as a Date at noon UTC: the same day in Helsinki whatever the season, for formatDate. */
export function dateAtNoon(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** Whether a day is at most `days` calendar days before or after `today`. */
export function withinDaysOf(day: string, today: string, days: number): boolean {
  return Math.abs(daysBetween(today, day)) <= days;
}
