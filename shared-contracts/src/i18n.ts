import type { Locale } from './locale.js';

/**
 * A component's messages in every language. The type demands the same keys in fi, sv and en, so a
 * missing translation is a compile error rather than a blank on a citizen's screen.
 */
export type Messages<K extends string> = { readonly [L in Locale]: Readonly<Record<K, string>> };

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

/** Fills `{name}` placeholders; a missing parameter stays visible instead of vanishing. */
export function formatMessage(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The BCP 47 tag for Intl formatting of each portal language. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

// Numeric dates and times are written here from their parts, not left to each browser's locale data:
// Finnish and Finland-Swedish both write 1.3.2025 and 12.00, but browsers disagree on `sv-FI`
// (Firefox ESR 140 writes 2025-03-01 and 12:00, Sweden's way). A person must read the same date on
// every browser, and the same as the backend's letters and receipts write it.
const HELSINKI_PARTS = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Helsinki',
});

/** A yyyy-mm-dd day is taken at noon UTC, which is the same calendar day in Helsinki. */
function toDate(value: string | Date): Date {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/** The date and time in Helsinki as numbers (en-GB pads day and month; Finland does not). */
function helsinkiParts(date: Date): { day: number; month: number; year: number; hour: string; minute: string } {
  const parts = Object.fromEntries(HELSINKI_PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    day: Number(parts.day),
    month: Number(parts.month),
    year: Number(parts.year),
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

/** A date (yyyy-mm-dd or a timestamp) as the language writes it: 1.3.2025 / 1.3.2025 / 1 March 2025. */
export function formatDate(value: string | Date, locale: Locale): string {
  const date = toDate(value);
  if (locale === 'en') {
    return new Intl.DateTimeFormat(INTL_LOCALE.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Helsinki' }).format(
      date,
    );
  }
  const { day, month, year } = helsinkiParts(date);
  return `${day}.${month}.${year}`;
}

/** A month (yyyy-mm) as the language writes it: 3.2019 / 3.2019 / March 2019. */
export function formatMonth(value: string, locale: Locale): string {
  const date = new Date(`${value}-15T12:00:00Z`);
  if (locale === 'en') {
    return new Intl.DateTimeFormat(INTL_LOCALE.en, { month: 'long', year: 'numeric', timeZone: 'Europe/Helsinki' }).format(date);
  }
  const { month, year } = helsinkiParts(date);
  return `${month}.${year}`;
}

/** A time of day in Finland: 9.05 / 9.05 / 09:05 (British English keeps the leading zero). */
export function formatTime(value: string | Date, locale: Locale): string {
  const { hour, minute } = helsinkiParts(toDate(value));
  return locale === 'en' ? `${hour}:${minute}` : `${Number(hour)}.${minute}`;
}
