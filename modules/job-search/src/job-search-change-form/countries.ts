import { COUNTRY_CODES, countryName, countryOptions } from '@portal/shared-contracts/countries';
import type { Locale } from '@portal/shared-contracts';

// The countries a person can name for travel abroad: every ISO 3166-1 country but Finland, named by
// the browser (shared-contracts/countries.ts), no longer a hand-picked list that left people out.

export const ABROAD_CODES: readonly string[] = COUNTRY_CODES.filter((code) => code !== 'FI');

const cache = new Map<Locale, readonly { value: string; label: string }[]>();

/** The countries as options, sorted by their names in the language; made once per language. */
export function abroadOptions(locale: Locale): readonly { value: string; label: string }[] {
  const cached = cache.get(locale) ?? countryOptions(locale, ABROAD_CODES);
  cache.set(locale, cached);
  return cached;
}

export { countryName };
