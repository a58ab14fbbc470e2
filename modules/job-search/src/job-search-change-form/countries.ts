import { INTL_LOCALE, type Locale } from '@portal/shared-contracts';

/**
 * The countries a person can name for travel abroad (ISO 3166-1 alpha-2): the Nordic countries,
 * the rest of the EU/EEA and Switzerland (where Finnish benefit rules differ least), and the
 * countries people in Finland most often travel to or come from. Finland itself is not abroad.
 * A list, not every code: a select of 250 entries is hard to use with a keyboard or a screen reader,
 * and anyone travelling elsewhere can say so in the details.
 */
export const COUNTRY_CODES = [
  // Nordic
  'SE',
  'NO',
  'DK',
  'IS',
  // EU and EEA (besides the Nordic), and Switzerland
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'EE',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'LI',
  'CH',
  // Elsewhere in Europe
  'GB',
  'UA',
  'RU',
  'RS',
  'BA',
  'AL',
  'MK',
  'ME',
  'MD',
  'GE',
  'TR',
  // Further away
  'US',
  'CA',
  'MX',
  'BR',
  'AR',
  'CU',
  'AU',
  'NZ',
  'JP',
  'CN',
  'KR',
  'IN',
  'TH',
  'VN',
  'PH',
  'ID',
  'MY',
  'SG',
  'NP',
  'LK',
  'AE',
  'IL',
  'IQ',
  'IR',
  'AF',
  'SY',
  'EG',
  'MA',
  'TN',
  'SO',
  'ET',
  'KE',
  'TZ',
  'NG',
  'GH',
  'GM',
  'ZA',
] as const;

const cache = new Map<Locale, { value: string; label: string }[]>();

/** A country's name in the language, from the browser's own data (Intl.DisplayNames); its code if none. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The countries as options, sorted by their names in the language (Å and Ä where Swedish and Finnish put them). */
export function countryOptions(locale: Locale): { value: string; label: string }[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region' });
  } catch {
    names = undefined;
  }
  const options = COUNTRY_CODES.map((code) => ({ value: code, label: names?.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
  cache.set(locale, options);
  return options;
}
