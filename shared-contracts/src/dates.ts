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
