// Calendar days as they are in Finland. "Today" decides whether a reported change takes effect now
// or waits, and that must not flip at midnight UTC (02:00 or 03:00 in Helsinki).

const HELSINKI_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (yyyy-mm-dd) in Europe/Helsinki at this instant. */
export function helsinkiDate(instant: Date): string {
  // formatToParts rather than a formatted string: no reliance on a locale's order of the parts.
  const parts = new Map(HELSINKI_DAY.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.get('year') ?? ''}-${parts.get('month') ?? ''}-${parts.get('day') ?? ''}`;
}

/**
 * Whether a yyyy-mm-dd string names a real day. valibot's isoDate checks only the shape, so
 * "2026-02-30" passes it, and PostgreSQL would refuse it with an error (a 500) instead of a 400.
 * Years before 100 are refused too (Date.UTC maps them to 19xx); they are out of any window anyway.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day as a Date at noon UTC: the same day in Helsinki whatever the season, for formatDate. */
export function dateAtNoon(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day `days` after (or, negative, before) a yyyy-mm-dd day; no time zone involved. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a day is at most `days` calendar days before or after `today`. */
export function withinDaysOf(day: string, today: string, days: number): boolean {
  return Math.abs(Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) <= days * DAY_MS;
}
