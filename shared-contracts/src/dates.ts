/**
 * Calendar days as the service counts them: in Finland's time zone, as yyyy-mm-dd. Deadlines
 * ("palautuspäivämäärä", the assessment's due date) are days, not instants, so a person in
 * Helsinki at 00:30 is already on the next day's count wherever the browser's clock is set.
 */

/** Today in Finland, yyyy-mm-dd: the day a person means when they say "today". */
export function helsinkiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(now);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both yyyy-mm-dd): 0 on the day, negative once `to` has passed. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The calendar day `days` after (or, negative, before) a yyyy-mm-dd day; no time zone involved. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether a yyyy-mm-dd string names a real day. valibot's isoDate checks only the shape, so
 * "2026-02-30" passes it; the form says so first, and the server answers 400 rather than letting
 * PostgreSQL refuse it with a 500. Years before 100 are refused too (Date.UTC maps them to 19xx).
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
