import { validate, type Locale } from '@portal/shared-contracts';
import {
  effectiveDateInWindow,
  PROFILE_CHANGE_ERRORS,
  ProfileChangeRequestSchema,
  type ContactChannel,
  type Profile,
  type ProfileChangeRequest,
} from '@portal/shared-contracts/profile';
import { FINLAND, isCountryCode } from '@portal/shared-contracts/countries';
import { FORM_PATH, type FieldErrors, type Validation } from '@portal/ui-kit/form';

/** Where the address is: the choice that decides which rules and fields the address has. */
export const ADDRESS_PLACES = ['finland', 'abroad'] as const;
export type AddressPlace = (typeof ADDRESS_PLACES)[number];

/**
 * What the form holds: strings as typed, so nothing is lost or reformatted while editing. A type
 * alias, not an interface: the draft controller wants a plain record (an index signature).
 */
export type ChangeValues = {
  effectiveDate: string;
  addressIn: AddressPlace;
  street: string;
  postalCode: string;
  /** The post office in Finland, the city or town abroad: the profile's one field for both. */
  postOffice: string;
  /** Abroad: the ISO 3166-1 alpha-2 code chosen, '' until one is. Not used in Finland. */
  country: string;
  phone: string;
  email: string;
  preferredLanguage: Locale;
  contactChannel: ContactChannel;
};

export const FIELD_ORDER = [
  'effectiveDate',
  'addressIn',
  'street',
  'postalCode',
  'postOffice',
  'country',
  'phone',
  'email',
  'preferredLanguage',
  'contactChannel',
] as const;
export type ChangeField = (typeof FIELD_ORDER)[number];

export function initialValues(profile: Profile, today: string): ChangeValues {
  const abroad = profile.address !== null && profile.address.country !== FINLAND;
  return {
    effectiveDate: today,
    addressIn: abroad ? 'abroad' : 'finland',
    street: profile.address?.street ?? '',
    postalCode: profile.address?.postalCode ?? '',
    postOffice: profile.address?.postOffice ?? '',
    country: abroad ? (profile.address?.country ?? '') : '',
    phone: profile.phone ?? '',
    email: profile.email ?? '',
    preferredLanguage: profile.preferredLanguage,
    contactChannel: profile.contactChannel,
  };
}

/**
 * Restores a saved draft over the initial values, keeping only fields of the right type. A draft
 * from before addresses abroad has no `addressIn` or `country`: those stay as the profile has them.
 * A place or a country the form could not have saved is dropped, not shown as a broken choice.
 */
export function restoreValues(base: ChangeValues, draft: Record<string, unknown>): ChangeValues {
  const restored = { ...base };
  for (const field of FIELD_ORDER) {
    const value = draft[field];
    if (typeof value === 'string') (restored as Record<ChangeField, string>)[field] = value;
  }
  if (!(ADDRESS_PLACES as readonly string[]).includes(restored.addressIn)) restored.addressIn = base.addressIn;
  if (restored.country !== '' && (!isCountryCode(restored.country) || restored.country === FINLAND)) restored.country = base.country;
  return restored;
}

/** The address as the contract takes it: Finnish rules for FI, the rules abroad for the country chosen. */
function addressOf(values: ChangeValues): Record<string, string> {
  const { street, postalCode, postOffice } = values;
  return { street, postalCode, postOffice, country: values.addressIn === 'abroad' ? values.country : FINLAND };
}

/** Only what differs from the profile goes into the report. */
export function toRequest(values: ChangeValues, profile: Profile): Record<string, unknown> {
  const before = initialValues(profile, values.effectiveDate);
  const request: Record<string, unknown> = { effectiveDate: values.effectiveDate, basedOn: profile.updatedAt };
  const addressChanged =
    values.street.trim() !== before.street ||
    values.postalCode.trim() !== before.postalCode ||
    values.postOffice.trim() !== before.postOffice ||
    addressOf(values)['country'] !== addressOf(before)['country'];
  if (addressChanged) request['address'] = addressOf(values);
  if (values.phone.trim() !== before.phone) request['phone'] = values.phone;
  if (values.email.trim() !== before.email) request['email'] = values.email;
  if (values.preferredLanguage !== before.preferredLanguage) request['preferredLanguage'] = values.preferredLanguage;
  if (values.contactChannel !== before.contactChannel) request['contactChannel'] = values.contactChannel;
  return request;
}

/** The field an issue path names: `address.postalCode` → `postalCode`; no path → the whole form. */
export function fieldOfPath(path: string): ChangeField | typeof FORM_PATH {
  const last = path.split('.').pop() ?? '';
  return (FIELD_ORDER as readonly string[]).includes(last) ? (last as ChangeField) : FORM_PATH;
}

/**
 * Errors by field: the contract's paths (`address.postalCode`, from the browser's validation or
 * the server's 400) on the fields of the form, which are flat; the first error of a field wins.
 */
export function errorsByField(errors: FieldErrors): FieldErrors {
  const byField: Record<string, string> = {};
  for (const [path, code] of Object.entries(errors)) byField[fieldOfPath(path)] ??= code;
  return byField;
}

/** Validates with the contract's own schema, so the browser and the server agree on every rule. */
export function validateChange(values: ChangeValues, profile: Profile, today: string): Validation<ProfileChangeRequest> {
  const result = validate(ProfileChangeRequestSchema, toRequest(values, profile));
  const errors: Record<string, string> = {};
  if (!result.ok) {
    for (const issue of result.issues) errors[fieldOfPath(issue.path)] ??= issue.message;
  } else if (!effectiveDateInWindow(result.value.effectiveDate, today)) {
    errors.effectiveDate = PROFILE_CHANGE_ERRORS.effectiveDateRange;
  }
  return Object.keys(errors).length === 0 && result.ok ? { ok: true, request: result.value } : { ok: false, errors };
}
