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
