import * as v from 'valibot';
import { CalendarDate, calendarDate } from './calendar-date.js';
import { daysBetween } from '../dates.js';
import { LocaleSchema } from '../locale.js';
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
  postalCodeInvalid: 'postal-code.invalid',
  postOfficeRequired: 'post-office.required',
  phoneInvalid: 'phone.invalid',
  emailInvalid: 'email.invalid',
  nothingChanged: 'nothing-changed',
} as const;
export type ProfileChangeError = (typeof PROFILE_CHANGE_ERRORS)[keyof typeof PROFILE_CHANGE_ERRORS];

/** How far back and ahead a change may take effect (assumed; the office decides on older ones). */
export const EFFECTIVE_DATE_WINDOW_DAYS = 365;

const E = PROFILE_CHANGE_ERRORS;

export const AddressChangeSchema = v.object({
  street: v.pipe(v.string(), v.trim(), v.minLength(1, E.streetRequired), v.maxLength(100, E.streetRequired)),
  postalCode: v.pipe(v.string(), v.trim(), v.regex(/^\d{5}$/, E.postalCodeInvalid)),
  postOffice: v.pipe(v.string(), v.trim(), v.minLength(1, E.postOfficeRequired), v.maxLength(60, E.postOfficeRequired)),
});

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

export const PROFILE_CHANGE_FIELDS = ['address', 'phone', 'email', 'preferredLanguage', 'contactChannel'] as const;

/** GET /api/profile/changes: the person's change reports, newest first (what changed, not the values). */
export const ProfileChangeHistorySchema = v.object({
  items: v.array(
    v.object({
      id: v.string(),
      receivedAt: v.pipe(v.string(), v.isoTimestamp()),
      effectiveDate: CalendarDate,
      changed: v.array(v.picklist(PROFILE_CHANGE_FIELDS)),
      /** `pending` until its effective date has come. */
      status: v.picklist(['applied', 'pending']),
    }),
  ),
});
export type ProfileChangeHistory = v.InferOutput<typeof ProfileChangeHistorySchema>;

/** GET /api/profile/export: everything held on the person, as a downloadable JSON file (GDPR art. 15). */
export const PROFILE_EXPORT_PATH = '/api/profile/export';
