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

/** A date (yyyy-mm-dd or a timestamp) as the language writes it: 1.3.2025 / 1.3.2025 / 1 March 2025. */
export function formatDate(value: string | Date, locale: Locale): string {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: locale === 'en' ? 'long' : 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Helsinki',
  }).format(date);
}
