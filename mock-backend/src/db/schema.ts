// The mock customer information system's tables. drizzle-kit reads this file to generate the SQL
// migrations in ../../drizzle; keep it free of runtime imports other than drizzle-orm, so the
// generator needs nothing else (type-only imports are erased).
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { ContactChannel, Locale, LocalizedText, ProfileChangeRequest, RegistryEntry } from '@portal/shared-contracts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const municipalities = pgTable(
  'municipalities',
  {
    /** Statistics Finland's three-digit municipality number (kuntanumero), e.g. "091". */
    code: text('code').primaryKey(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [check('municipalities_code_format', sql`${t.code} ~ '^[0-9]{3}$'`)],
);

export const persons = pgTable(
  'persons',
  {
    /** Opaque id used everywhere outside this table; the henkilötunnus never leaves the profile. */
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for a foreign eIDAS user, who has no henkilötunnus. */
    hetu: text('hetu').unique(),
    firstNames: text('first_names').notNull(),
    givenName: text('given_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
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
    contactChannel: text('contact_channel').$type<ContactChannel>().notNull().default('e-service'),
    deceased: boolean('deceased').notNull().default(false),
    /** Identified through eIDAS (a foreign EU identity) rather than with a henkilötunnus. */
    eidas: boolean('eidas').notNull().default(false),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('persons_preferred_language', sql`${t.preferredLanguage} in ('fi', 'sv', 'en')`),
    check('persons_contact_channel', sql`${t.contactChannel} in ('email', 'phone', 'letter', 'e-service')`),
    check('persons_country_format', sql`${t.country} is null or ${t.country} ~ '^[A-Z]{2}$'`),
    // Everyone identified with Suomi.fi has a henkilötunnus; only eIDAS users may lack one.
    check('persons_identity', sql`${t.hetu} is not null or ${t.eidas}`),
  ],
);

/** express-session's store (src/session-store.ts). The cookie carries only the id. */
export const sessions = pgTable(
  'sessions',
  {
    sid: text('sid').primaryKey(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /**
     * Idle expiry, moved forward by every /api request, but never past the absolute expiry
     * (created_at + SESSION_ABSOLUTE_SECONDS), so pruning by this column alone is enough.
     */
    expiresAt: timestamptz('expires_at').notNull(),
    /**
     * The absolute start: when this session id was created (a sign-in makes a new one). Written
     * once; touches and saves never move it. The default only fills rows older than this column.
     */
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('sessions_expires_at_idx').on(t.expiresAt)],
);

/**
 * One-time authorization codes of the mock identity provider. In the database, not in memory, so
 * the callback may land on another instance than the one that drew the identification page.
 */
export const idpCodes = pgTable(
  'idp_codes',
  {
    code: text('code').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    /** PKCE (S256): only the holder of the matching code_verifier can redeem the code. */
    codeChallenge: text('code_challenge').notNull(),
    /** Echoed into the ID token, so the client can tie the token to its own sign-in. */
    nonce: text('nonce').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    /** Set at the first redemption attempt, successful or not; a code is good once. */
    usedAt: timestamptz('used_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('idp_codes_expires_at_idx').on(t.expiresAt)],
);

/**
 * The mock identity provider's own single sign-on session ("continue as …"), separate from the
 * portal's session as a real IdP's would be. The cookie carries a random token; only its SHA-256 is
 * stored, so the table alone cannot be replayed as cookies.
 */
export const idpSessions = pgTable(
  'idp_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('idp_sessions_expires_at_idx').on(t.expiresAt)],
);

/**
 * Fixed-window counters of the rate limits (src/http/rate-limit.ts), in the database so every
 * instance counts the same attempts.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    /** The limit's name and the client, e.g. "sign-in:203.0.113.7". */
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetsAt: timestamptz('resets_at').notNull(),
  },
  (t) => [index('rate_limits_resets_at_idx').on(t.resetsAt)],
);

/** Which implementation serves which area: the rows of GET /api/registry. */
export const registryEntries = pgTable('registry_entries', {
  area: text('area').primaryKey(),
  route: text('route').notNull().unique(),
  names: jsonb('names').$type<LocalizedText>().notNull(),
  navOrder: integer('nav_order'),
  requiresAuth: boolean('requires_auth').notNull(),
  /** JSON so that other kinds (legacy pages, rollouts) can be added without a table per kind. */
  implementation: jsonb('implementation').$type<RegistryEntry['implementation']>().notNull(),
  currentItemsUrl: text('current_items_url'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/** Small key–value settings shared by every instance: the generated session secret and the IdP's signing key. */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/**
 * Server-side form drafts (PUT /api/drafts/:key). Keyed by the person, not the session, so a draft
 * survives a timeout and a sign-in again; pruned 30 days after it was last saved (src/db/prune.ts).
 */
export const drafts = pgTable(
  'drafts',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** `<area>.<form>` (DraftKeySchema), e.g. "profile.change". */
    key: text('key').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    savedAt: timestamptz('saved_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.key] }), index('drafts_saved_at_idx').on(t.savedAt)],
);

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
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /**
     * The client's Idempotency-Key. Unique per person, so a retry or a double click (even two at
     * the same moment on two instances) can never make a second report.
     */
    idempotencyKey: text('idempotency_key').notNull(),
    receivedAt: timestamptz('received_at').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    changes: jsonb('changes').$type<ProfileChangeFields>().notNull(),
    appliedAt: timestamptz('applied_at'),
  },
  (t) => [
    unique('profile_changes_person_idempotency_key').on(t.personId, t.idempotencyKey),
    // Every profile read looks for this person's pending changes that have come due.
    index('profile_changes_pending_idx').on(t.personId, t.effectiveDate).where(sql`${t.appliedAt} is null`),
  ],
);
