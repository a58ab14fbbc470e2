import * as v from 'valibot';
import { CalendarDate, calendarDate } from './calendar-date.js';
import { daysBetween } from '../dates.js';
import { LocaleSchema } from '../locale.js';
import { FINLAND, isCountryCode } from '../countries.js';
import { emailField, phoneField } from './contact-fields.js';
import { ContactChannelSchema, ProfileSchema } from './profile.js';

/**
 * Reporting a change of basic data. Issue messages are codes (`phone.invalid`…), not prose: the
 * user interface says them in the person's language next to the field, and the API returns the
 * same codes in its error details, so client and server validation speak with one voice.
 */
export const PROFILE_CHANGE_ERRORS = {
  effectiveDateInvalid: 'effective-date.invalid',
  effectiveDateRange: 'effective-date.range',
  streetRequired: 'street.required',
  streetTooLong: 'street.too-long',
  postalCodeRequired: 'postal-code.required',
  postalCodeInvalid: 'postal-code.invalid',
  postalCodeAbroadInvalid: 'postal-code-abroad.invalid',
  postalCodeAbroadTooLong: 'postal-code-abroad.too-long',
  postOfficeRequired: 'post-office.required',
  postOfficeTooLong: 'post-office.too-long',
  cityRequired: 'city.required',
  cityTooLong: 'city.too-long',
  countryRequired: 'country.required',
  countryInvalid: 'country.invalid',
  countryFinland: 'country.finland',
  /** A character PostgreSQL cannot store (a NUL): only the server finds it; it is not "missing". */
  textCharacters: 'text.characters',
  phoneInvalid: 'phone.invalid',
  emailInvalid: 'email.invalid',
  nothingChanged: 'nothing-changed',
} as const;
export type ProfileChangeError = (typeof PROFILE_CHANGE_ERRORS)[keyof typeof PROFILE_CHANGE_ERRORS];

/** How far back and ahead a change may take effect (assumed; the office decides on older ones). */
export const EFFECTIVE_DATE_WINDOW_DAYS = 365;

const E = PROFILE_CHANGE_ERRORS;

/**
 * The longest value of each address field. A value over it is "too long", not "missing": the person
 * is told the limit (`street.too-long` with `{max}` from here), not asked for what they typed.
 */
export const ADDRESS_LIMITS = {
  street: 100,
  /** Abroad one line holds what may be two lines elsewhere (a building, a flat, a c/o). */
  streetAbroad: 150,
  postOffice: 60,
  /** The longest postal codes in use are about ten characters (e.g. "SW1A 1AA", "1234 AB"); room to spare. */
  postalCodeAbroad: 16,
} as const;

const L = ADDRESS_LIMITS;

/** Missing and too long are different problems with different words, so they have different codes. */
function requiredText<const R extends string, const T extends string>(max: number, required: R, tooLong: T) {
  return v.pipe(v.string(), v.trim(), v.minLength(1, required), v.maxLength(max, tooLong));
}

/**
 * An address in Finland: a five-digit postal code and its post office. `country` may be left out
 * (reports, drafts and callers from before addresses abroad send none) and then means Finland.
 */
export const FinnishAddressSchema = v.object({
  country: v.optional(v.literal(FINLAND), FINLAND),
  street: requiredText(L.street, E.streetRequired, E.streetTooLong),
  postalCode: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, E.postalCodeRequired),
    // Empty passes here: "missing" already says it, and one field has one error.
    v.regex(/^(?:\d{5})?$/, E.postalCodeInvalid),
  ),
  postOffice: requiredText(L.postOffice, E.postOfficeRequired, E.postOfficeTooLong),
});

/**
 * An address abroad: free-form street (one longer line), an optional postal code of letters, digits,
 * spaces and hyphens, a city or town (in `postOffice`, the profile's field for it), and the country.
 *
 * `country` is the discriminator of `AddressChangeSchema`'s variant, and valibot picks the variant
 * by running that entry alone: what fails there is the variant's one error (`country.invalid`).
 * So the entry takes two letters or nothing, and "no country chosen", "not a country" and "Finland"
 * are the checks after the object, each with its own code at the country's path.
 */
export const ForeignAddressSchema = v.pipe(
  v.object({
    country: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^(?:[A-Z]{2})?$/, E.countryInvalid)),
    street: requiredText(L.streetAbroad, E.streetRequired, E.streetTooLong),
    postalCode: v.optional(
      v.pipe(
        v.string(),
        v.trim(),
        v.maxLength(L.postalCodeAbroad, E.postalCodeAbroadTooLong),
        v.regex(/^[\p{L}\p{N} -]*$/u, E.postalCodeAbroadInvalid),
      ),
      '',
    ),
    postOffice: requiredText(L.postOffice, E.cityRequired, E.cityTooLong),
  }),
  v.forward(
    v.check((input) => input.country !== '', E.countryRequired),
    ['country'],
  ),
  v.forward(
    v.check((input) => input.country === '' || input.country === FINLAND || isCountryCode(input.country), E.countryInvalid),
    ['country'],
  ),
  // "fi" or " FI " reach this variant (only the exact "FI" is the Finnish one): Finland is not abroad.
  v.forward(
    v.check((input) => input.country !== FINLAND, E.countryFinland),
    ['country'],
  ),
);

/**
 * The address of a change report: in Finland (country `FI` or none) by Finnish rules, or abroad
 * (any other country) by the rules of an address abroad. The issue paths are the same in both
 * (`address.postalCode`…), only the codes differ.
 */
// The message: a country that is not even a string (an API caller's mistake) is an invalid country.
export const AddressChangeSchema = v.variant('country', [FinnishAddressSchema, ForeignAddressSchema], E.countryInvalid);
export type AddressChange = v.InferOutput<typeof AddressChangeSchema>;

/** `today` is the person's calendar day in Finland (yyyy-mm-dd), passed in so tests can fix it. */
export function effectiveDateInWindow(date: string, today: string): boolean {
  return Math.abs(daysBetween(today, date)) <= EFFECTIVE_DATE_WINDOW_DAYS;
}

/** POST /api/profile/changes body. Only the fields being changed are present. */
export const ProfileChangeRequestSchema = v.pipe(
  v.object({
    effectiveDate: calendarDate(E.effectiveDateInvalid),
    address: v.optional(AddressChangeSchema),
    phone: v.optional(phoneField(E.phoneInvalid)),
    email: v.optional(emailField(E.emailInvalid)),
    preferredLanguage: v.optional(LocaleSchema),
    contactChannel: v.optional(ContactChannelSchema),
    /** The profile's `updatedAt` the person saw; a newer one on the server means someone else changed it. */
    basedOn: v.pipe(v.string(), v.isoTimestamp()),
  }),
  v.check(
    (input) =>
      input.address !== undefined ||
      input.phone !== undefined ||
      input.email !== undefined ||
      input.preferredLanguage !== undefined ||
      input.contactChannel !== undefined,
    E.nothingChanged,
  ),
);
export type ProfileChangeRequest = v.InferOutput<typeof ProfileChangeRequestSchema>;

/** The answer to a change report: what was received and when, and the profile as it now stands. */
export const ProfileChangeReceiptSchema = v.object({
  id: v.string(),
  receivedAt: v.pipe(v.string(), v.isoTimestamp()),
  effectiveDate: CalendarDate,
  changed: v.array(v.picklist(['address', 'phone', 'email', 'preferredLanguage', 'contactChannel'])),
  profile: ProfileSchema,
});
export type ProfileChangeReceipt = v.InferOutput<typeof ProfileChangeReceiptSchema>;

export { IDEMPOTENCY_KEY_HEADER } from './errors.js';
