// Countries by name, in the person's language, from the platform (`Intl.DisplayNames`, the CLDR
// data every browser and Node carries). Apart from the list of codes (country-codes.ts), so a page
// that only names a country (the details page) does not download the list.

/** Finland: its addresses follow Finnish rules (a five-digit postal code), not those of an address abroad. */
export const FINLAND = 'FI';

// One DisplayNames per language: building one reads the locale data each time.
const namers = /* @__PURE__ */ new Map<string, Intl.DisplayNames>();

export function namer(locale: string): Intl.DisplayNames {
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
