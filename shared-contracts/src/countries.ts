// `@portal/shared-contracts/countries`: the countries a person may live in or look for work in,
// as ISO 3166-1 alpha-2 codes, and their names in the person's language. The names come from the
// platform (`Intl.DisplayNames`, the CLDR data every browser and Node carries), not from a
// hand-kept list of names that would go stale or miss a language; only the codes are data here.
export { COUNTRY_CODES, isCountryCode, countryOptions } from './country-codes.js';
export type { CountryCode, CountryOption } from './country-codes.js';
export { FINLAND, countryName } from './country-names.js';
