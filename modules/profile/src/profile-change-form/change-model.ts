import { validate, type Locale } from '@portal/shared-contracts';
import {
  effectiveDateInWindow,
  PROFILE_CHANGE_ERRORS,
  ProfileChangeRequestSchema,
  type ContactChannel,
  type Profile,
  type ProfileChangeRequest,
} from '@portal/shared-contracts/profile';
import { FORM_PATH, type FieldErrors, type Validation } from '@portal/ui-kit/form';

/**
 * What the form holds: strings as typed, so nothing is lost or reformatted while editing. A type
 * alias, not an interface: the draft controller wants a plain record (an index signature).
 */
export type ChangeValues = {
  effectiveDate: string;
  street: string;
  postalCode: string;
  postOffice: string;
  phone: string;
  email: string;
  preferredLanguage: Locale;
  contactChannel: ContactChannel;
};

export const FIELD_ORDER = [
  'effectiveDate',
  'street',
  'postalCode',
  'postOffice',
  'phone',
  'email',
  'preferredLanguage',
  'contactChannel',
] as const;
export type ChangeField = (typeof FIELD_ORDER)[number];

export function initialValues(profile: Profile, today: string): ChangeValues {
  return {
    effectiveDate: today,
    street: profile.address?.street ?? '',
    postalCode: profile.address?.postalCode ?? '',
    postOffice: profile.address?.postOffice ?? '',
    phone: profile.phone ?? '',
    email: profile.email ?? '',
    preferredLanguage: profile.preferredLanguage,
    contactChannel: profile.contactChannel,
  };
}

/** Restores a saved draft over the initial values, keeping only fields of the right type. */
export function restoreValues(base: ChangeValues, draft: Record<string, unknown>): ChangeValues {
  const restored = { ...base };
  for (const field of FIELD_ORDER) {
    const value = draft[field];
    if (typeof value === 'string') (restored as Record<ChangeField, string>)[field] = value;
  }
  return restored;
}

/** Only what differs from the profile goes into the report. */
export function toRequest(values: ChangeValues, profile: Profile): Record<string, unknown> {
  const before = initialValues(profile, values.effectiveDate);
  const request: Record<string, unknown> = { effectiveDate: values.effectiveDate, basedOn: profile.updatedAt };
  const addressChanged =
    values.street.trim() !== before.street ||
    values.postalCode.trim() !== before.postalCode ||
    values.postOffice.trim() !== before.postOffice;
  if (addressChanged) request['address'] = { street: values.street, postalCode: values.postalCode, postOffice: values.postOffice };
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
