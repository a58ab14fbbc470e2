// `@portal/shared-contracts/countries`: the countries a person may live in or look for work in,
// as ISO 3166-1 alpha-2 codes, and their names in the person's language. The names come from the
// platform (`Intl.DisplayNames`, the CLDR data every browser and Node carries), not from a
// hand-kept list of names that would go stale or miss a language; only the codes are data here.

/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249, as published by the ISO 3166 Maintenance
 * Agency; the same list as the i18n-iso-countries package). A subpath of its own, not in the
 * shared index, so only the pages that ask for a country download it (about 1.5 kB).
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

/** Finland: its addresses follow Finnish rules (a five-digit postal code), not those of an address abroad. */
export const FINLAND: CountryCode = 'FI';

const known: ReadonlySet<string> = new Set(COUNTRY_CODES);

/** Whether a string is an assigned ISO 3166-1 alpha-2 code (upper case, as stored). */
export function isCountryCode(code: string): code is CountryCode {
  return known.has(code);
}

// One DisplayNames and one Collator per language: building them reads the locale data each time.
const namers = new Map<string, Intl.DisplayNames>();
const collators = new Map<string, Intl.Collator>();

function namer(locale: string): Intl.DisplayNames {
  let names = namers.get(locale);
  if (!names) {
    // `fallback: none`: an unknown code gives undefined, not the code itself, so the list can leave it out.
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    namers.set(locale, names);
  }
  return names;
}

/**
 * A country's name in a language (`fi`, `sv`, `en` or any BCP 47 tag): "Norja", "Norge",
 * "Norway". A code the platform does not know comes back as itself, so an address is never shown
 * without its country.
 */
export function countryName(code: string, locale: string): string {
  return namer(locale).of(code) ?? code;
}

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
