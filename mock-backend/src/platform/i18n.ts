import { DEFAULT_LOCALE, isLocale, type Locale } from '@portal/shared-contracts';

/**
 * The language asked for in a query parameter: a supported value, or the first supported one of a
 * space-separated list (OIDC's `ui_locales`), else the fallback.
 */
export function localeFrom(value: unknown, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (typeof value !== 'string') return fallback;
  for (const candidate of value.trim().toLowerCase().split(/\s+/)) {
    const language = candidate.split('-')[0];
    if (isLocale(language)) return language;
  }
  return fallback;
}

const FORMAT_LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const satisfies Record<Locale, string>;

/** A calendar date as each language writes it in Finland: "12.3.2025", "12.3.2025", "12 March 2025". */
export function formatDate(date: Date, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    locale === 'en'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Helsinki' }
      : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' };
  return new Intl.DateTimeFormat(FORMAT_LOCALES[locale], options).format(date);
}
