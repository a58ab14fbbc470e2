import { INTL_LOCALE, type Locale } from '@portal/shared-contracts';

// Today and day counts are the contracts' (one calendar for the front page, the shell and every
// module); re-exported so a form of the area imports its date helpers from one place.
export { daysBetween, helsinkiToday } from '@portal/shared-contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of a yyyy-mm-dd date: calendar arithmetic without time zones or summer time. */
function utcDay(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** A yyyy-mm-dd date moved by whole days. */
export function addDays(isoDate: string, days: number): string {
  return new Date(utcDay(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A timestamp with date and time, as a receipt states it: "25.11.2026 klo 12.00". */
export function formatDateTime(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(typeof value === 'string' ? new Date(value) : value);
}
