// The person and their reported changes: the customer information system's own records.
import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { Locale } from '@portal/shared-contracts';
import type { ContactChannel, ProfileChangeRequest } from '@portal/shared-contracts/profile';
import { day, idempotencyKey, inLanguages, ownedBy, randomId, timestamptz, uniqueKeyPerPerson } from './columns.js';

export const municipalities = pgTable(
  'municipalities',
  {
    /** Statistics Finland's three-digit municipality number (kuntanumero), e.g. "091". */
    code: text('code').primaryKey(),
    ...inLanguages('name'),
    /**
     * The classification's validity: the first and last day of the municipality (a merger ends one
     * and keeps the code of the one it joined). Null: since before the data / until further notice.
     * Forms offer only the municipalities valid today; a row is never deleted, as persons, handler
     * areas and old registrations keep naming it.
     */
    validFrom: day('valid_from'),
    validTo: day('valid_to'),
  },
  (t) => [
    check('municipalities_code_format', sql`${t.code} ~ '^[0-9]{3}$'`),
    check('municipalities_dates', sql`${t.validFrom} is null or ${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

export const persons = pgTable(
  'persons',
  {
    /** Opaque id used everywhere outside this table; the henkilötunnus never leaves the profile. */
    id: randomId(),
    /** Null for a foreign eIDAS user, who has no henkilötunnus. */
    hetu: text('hetu').unique(),
    firstNames: text('first_names').notNull(),
    givenName: text('given_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: day('birth_date'),
    homeMunicipalityCode: text('home_municipality_code').references(() => municipalities.code),
    street: text('street'),
    postalCode: text('postal_code'),
    postOffice: text('post_office'),
    /** ISO 3166-1 alpha-2. */
    country: text('country'),
    /** Turvakielto: the address (and the home municipality) is never handed out, not even to the person's own views. */
    addressProtected: boolean('address_protected').notNull().default(false),
    phone: text('phone'),
    email: text('email'),
    preferredLanguage: text('preferred_language').$type<Locale>().notNull().default('fi'),
    /**
     * The language the person chose for the portal's pages while signed in; null until they do. Not
     * their service language (`preferred_language`, what the TE services use with them), which only a
     * reported change alters: reading the pages in English does not make English the service language.
     */
    uiLanguage: text('ui_language').$type<Locale>(),
    contactChannel: text('contact_channel').$type<ContactChannel>().notNull().default('e-service'),
    deceased: boolean('deceased').notNull().default(false),
    /** Identified through eIDAS (a foreign EU identity) rather than with a henkilötunnus. */
    eidas: boolean('eidas').notNull().default(false),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('persons_preferred_language', sql`${t.preferredLanguage} in ('fi', 'sv', 'en')`),
    check('persons_ui_language', sql`${t.uiLanguage} is null or ${t.uiLanguage} in ('fi', 'sv', 'en')`),
    check('persons_contact_channel', sql`${t.contactChannel} in ('email', 'phone', 'letter', 'e-service')`),
    check('persons_country_format', sql`${t.country} is null or ${t.country} ~ '^[A-Z]{2}$'`),
    // Everyone identified with Suomi.fi has a henkilötunnus; only eIDAS users may lack one.
    check('persons_identity', sql`${t.hetu} is not null or ${t.eidas}`),
  ],
);

/** A person's record: required, and removed with the person. */
export const personRef = () => ownedBy('person_id', () => persons.id);

/**
 * What every report a person sends begins with: its id, the person, the client's Idempotency-Key
 * (unique per person: `uniqueKeyPerPerson`) and when the server received it.
 */
export const reportColumns = () => ({
  id: randomId(),
  personId: personRef(),
  idempotencyKey: idempotencyKey(),
  receivedAt: timestamptz('received_at').notNull(),
});

/** The fields of a change report, as validated (trimmed); only the changed ones are present. */
export type ProfileChangeFields = Pick<ProfileChangeRequest, 'address' | 'phone' | 'email' | 'preferredLanguage' | 'contactChannel'>;

/**
 * Reported changes of basic data (POST /api/profile/changes), kept as records of what the person
 * reported and when. One taking effect today or earlier is applied to `persons` at once; a later
 * one waits with `applied_at` null until a read of the profile finds its date has come.
 */
export const profileChanges = pgTable(
  'profile_changes',
  {
    ...reportColumns(),
    effectiveDate: day('effective_date').notNull(),
    changes: jsonb('changes').$type<ProfileChangeFields>().notNull(),
    appliedAt: timestamptz('applied_at'),
  },
  (t) => [
    uniqueKeyPerPerson('profile_changes', t),
    // Every profile read looks for this person's pending changes that have come due.
    index('profile_changes_pending_idx')
      .on(t.personId, t.effectiveDate)
      .where(sql`${t.appliedAt} is null`),
  ],
);
