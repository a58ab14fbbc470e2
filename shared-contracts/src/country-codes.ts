// The list of countries to choose from and check against: ISO 3166-1 alpha-2 codes as data, their
// names from the platform (country-names.ts).
import { namer } from './country-names.js';

/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249, as published by the ISO 3166 Maintenance
 * Agency; the same list as the i18n-iso-countries package). Only the pages that ask for a country
 * download it (about 1.5 kB): not in the shared index, nor in country-names.ts.
 */
// One line per initial letter, so a missing or extra code is easy to see.
// prettier-ignore
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

const known: ReadonlySet<string> = /* @__PURE__ */ new Set(COUNTRY_CODES);

/** Whether a string is an assigned ISO 3166-1 alpha-2 code (upper case, as stored). */
export function isCountryCode(code: string): code is CountryCode {
  return known.has(code);
}

// One Collator per language: building one reads the locale data each time.
const collators = /* @__PURE__ */ new Map<string, Intl.Collator>();

export interface CountryOption {
  readonly value: CountryCode;
  readonly label: string;
}

/**
 * The countries to choose from, sorted by their names in the language (Intl.Collator: "Åland" and
 * "Ö" where a Swedish reader expects them); codes the platform has no name for are left out rather
 * than shown as bare codes. `except` leaves out some (Finland, when the choice is "abroad").
 */
export function countryOptions(locale: string, except: readonly string[] = []): CountryOption[] {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator([locale]);
    collators.set(locale, collator);
  }
  const names = namer(locale);
  const options: CountryOption[] = [];
  for (const value of COUNTRY_CODES) {
    const label = names.of(value);
    if (label !== undefined && !except.includes(value)) options.push({ value, label });
  }
  const order = collator;
  return options.sort((a, b) => order.compare(a.label, b.label));
}
