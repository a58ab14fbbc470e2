import { INTL_LOCALE, type Locale } from '@portal/shared-contracts';

// Today and day counts are the contracts' (one calendar for the front page, the shell and every
// module); re-exported so a form of the area imports its date helpers from one place.
export { addDays, daysBetween, helsinkiToday } from '@portal/shared-contracts';

/** A timestamp with date and time, as a receipt states it: "25.11.2026 klo 12.00". */
export function formatDateTime(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(typeof value === 'string' ? new Date(value) : value);
}
