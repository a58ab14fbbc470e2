// Countries as ISO 3166-1 alpha-2 codes, named by the platform (Intl.DisplayNames) in the person's
// language: only the codes are data here, so no hand-kept list of names goes stale or out of step
// between Finnish, Swedish and English, and a browser or Node with newer CLDR data names them better.
import { INTL_LOCALE } from './i18n.js';
import type { Locale } from './locale.js';

/**
 * Every officially assigned ISO 3166-1 alpha-2 code (249, as of 2025), Finland included: a caller
 * that means "abroad" leaves FI out itself. Sorted by code; sort for people with `countryOptions`.
 */
export const COUNTRY_CODES: readonly string[] =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW'.match(
    /../g,
  ) ?? [];

const namers = new Map<Locale, Intl.DisplayNames | null>();

function namer(locale: Locale): Intl.DisplayNames | null {
  if (!namers.has(locale)) {
    let names: Intl.DisplayNames | null;
    try {
      names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'code' });
    } catch {
      // A runtime without region names (very old browsers): the code is still a true answer.
      names = null;
    }
    namers.set(locale, names);
  }
  return namers.get(locale) ?? null;
}

/** A country's name in the language, from the platform's own data; its code if it has none. */
export function countryName(code: string, locale: Locale): string {
  try {
    return namer(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

const sorted = new Map<Locale, readonly { value: string; label: string }[]>();

/**
 * `codes` (every country by default) as options sorted by their names in the language, the way the
 * language sorts (Å and Ä where Swedish and Finnish put them). Cached per language for the full list.
 */
export function countryOptions(locale: Locale, codes: readonly string[] = COUNTRY_CODES): readonly { value: string; label: string }[] {
  const all = codes === COUNTRY_CODES;
  const cached = all ? sorted.get(locale) : undefined;
  if (cached) return cached;
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const options = codes
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  if (all) sorted.set(locale, options);
  return options;
}
