import * as v from 'valibot';
import { CalendarDate } from './calendar-date.js';
import { LocaleSchema, LocalizedTextSchema } from '../locale.js';

export const CONTACT_CHANNELS = ['email', 'phone', 'letter', 'e-service'] as const;
export const ContactChannelSchema = v.picklist(CONTACT_CHANNELS);
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const AddressSchema = v.object({
  street: v.string(),
  postalCode: v.string(),
  postOffice: v.string(),
  /** ISO 3166-1 alpha-2; "FI" for Finland. */
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
});
export type Address = v.InferOutput<typeof AddressSchema>;

/** GET /api/profile: the person's basic data as the customer information system holds it. */
export const ProfileSchema = v.object({
  henkilotunnus: v.nullable(v.string()),
  firstNames: v.string(),
  givenName: v.string(),
  lastName: v.string(),
  birthDate: v.nullable(CalendarDate),
  homeMunicipality: v.nullable(v.object({ code: v.pipe(v.string(), v.regex(/^\d{3}$/)), name: LocalizedTextSchema })),
  /** Null when there is no address, or when an address block (turvakielto) hides it. */
  address: v.nullable(AddressSchema),
  addressProtected: v.boolean(),
  phone: v.nullable(v.string()),
  email: v.nullable(v.string()),
  preferredLanguage: LocaleSchema,
  contactChannel: ContactChannelSchema,
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type Profile = v.InferOutput<typeof ProfileSchema>;
