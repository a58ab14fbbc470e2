import { INTL_LOCALE, type Locale } from '@portal/shared-contracts';

// Days are the contracts' (one calendar for the shell, the backend and every module): a deadline is
// a day in Finland, not an instant, so "today" is Helsinki's whatever the browser's clock says.
// Re-exported so that a module imports its date helpers from one place.
export { addDays, daysBetween, formatDate, helsinkiToday } from '@portal/shared-contracts';

/** A moment with date and time in Helsinki, as a receipt states it: "25. marraskuuta 2026 klo 12.00". */
export function formatDateTime(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(typeof value === 'string' ? new Date(value) : value);
}

/**
 * The items ordered by a day of theirs (yyyy-mm-dd, which sorts as text): the latest first, or the
 * earliest first (the nearest deadline). Items of one day keep their order (the server's).
 */
export function byDay<T>(items: readonly T[], day: (item: T) => string, order: 'latest-first' | 'earliest-first'): T[] {
  const later = order === 'latest-first' ? -1 : 1;
  return [...items].sort((a, b) => {
    const [x, y] = [day(a), day(b)];
    return x === y ? 0 : x < y ? -later : later;
  });
}
