// The mock customer information system's tables. drizzle-kit reads this file to generate the SQL
// migrations in ../../drizzle; keep it free of runtime imports other than drizzle-orm, so the
// generator needs nothing else (type-only imports are erased).
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Locale, LocalizedText, FederatedImplementation, LegacyImplementation } from '@portal/shared-contracts';
import type { ContactChannel, ProfileChangeRequest } from '@portal/shared-contracts/profile';
import type { Rollout } from '@portal/shared-contracts/registry-admin';
import type {
  AssessmentAnswers,
  BenefitStatus,
  ChangeKind,
  EndReason,
  PayerNotice,
  RegistrationData,
} from '@portal/shared-contracts/job-search';
import type {
  AttachmentMediaType,
  Contact,
  EventKind,
  PaymentNoticeKind,
  RequestState,
} from '@portal/shared-contracts/unemployment-security';
import type { JobOfferOutcome, JobOfferState } from '@portal/shared-contracts/offers';
import type { PlanState, PlanType } from '@portal/shared-contracts/plan';

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

/** express-session's store (src/identity/sessions/store.ts). The cookie carries only the id. */
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
 * Fixed-window counters of the rate limits (src/platform/rate-limit.ts), in the database so every
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
  /** The area's federated module (the version publishing points it at). */
  implementation: jsonb('implementation').$type<FederatedImplementation>().notNull(),
  currentItemsUrl: text('current_items_url'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  /** The legacy Oma asiointi pages of the area, while it migrates; null when it has none (any more). */
  legacy: jsonb('legacy').$type<LegacyImplementation>(),
  /** Who gets the module rather than the legacy pages; without legacy pages, everyone. */
  rollout: jsonb('rollout').$type<Rollout>().notNull().default({ mode: 'everyone' }),
});

/** Small key–value settings shared by every instance: the generated session secret and the IdP's signing key. */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/**
 * Server-side form drafts (PUT /api/drafts/:key). Keyed by the person, not the session, so a draft
 * survives a timeout and a sign-in again; pruned 30 days after it was last saved (src/storage/prune.ts).
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

// ---------------------------------------------------------------------------------------------
// Job seeking (työnhaku). Reference data first: the law and the organisations change (TE offices
// became municipal employment areas on 1.1.2025), so who does what is rows, not code.

/** Official job-seeker status codes (työnhakijan tila). Which of them a person may pick is data too. */
export const jobSeekerStatuses = pgTable(
  'job_seeker_statuses',
  {
    code: text('code').primaryKey(),
    labelFi: text('label_fi').notNull(),
    labelSv: text('label_sv').notNull(),
    labelEn: text('label_en').notNull(),
    /** Offered in the registration form; the others are set by the office (training, subsidised work…). */
    selfSelectable: boolean('self_selectable').notNull().default(false),
  },
  (t) => [check('job_seeker_statuses_code_format', sql`${t.code} ~ '^[0-9]{2}$'`)],
);

/** A TE office or a municipal employment area: who handles a person's job seeking. */
export const handlers = pgTable(
  'handlers',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<'te-office' | 'municipality'>().notNull(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    phone: text('phone').notNull(),
    email: text('email'),
    /** The customer service point's street address, one line. */
    address: text('address'),
    serviceHoursFi: text('service_hours_fi'),
    serviceHoursSv: text('service_hours_sv'),
    serviceHoursEn: text('service_hours_en'),
    url: text('url'),
  },
  (t) => [
    check('handlers_kind', sql`${t.kind} in ('te-office', 'municipality')`),
    // Hours in every language or in none: the API gives them as one localized text.
    check(
      'handlers_service_hours_complete',
      sql`(${t.serviceHoursFi} is null) = (${t.serviceHoursSv} is null) and (${t.serviceHoursSv} is null) = (${t.serviceHoursEn} is null)`,
    ),
  ],
);

/**
 * Which handler serves the residents of a municipality, and when. A null municipality is the row
 * for persons without a Finnish home municipality. Reads pick the row valid on the day asked about,
 * so a reorganisation is new rows with dates, decided in advance, and history stays answerable.
 */
export const handlerAreas = pgTable(
  'handler_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    handlerId: text('handler_id')
      .notNull()
      .references(() => handlers.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** The last day; null while valid until further notice. */
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    check('handler_areas_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    // NULLS NOT DISTINCT: the no-municipality rows conflict too, so the seed stays idempotent for them.
    unique('handler_areas_municipality_valid_from').on(t.municipalityCode, t.validFrom).nullsNotDistinct(),
  ],
);

/** Who pays unemployment benefit: Kela, or an unemployment fund (työttömyyskassa). */
export const benefitPayers = pgTable(
  'benefit_payers',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<'kela' | 'fund'>().notNull(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [check('benefit_payers_kind', sql`${t.kind} in ('kela', 'fund')`), check('benefit_payers_id_format', sql`${t.id} ~ '^[a-z][a-z0-9-]*$'`)],
);

/** One option of a single or multiple choice question. */
export interface AssessmentOption {
  readonly id: string;
  readonly label: LocalizedText;
}

/** The service-need questions, as data: the office words and orders them, the form only renders them. */
export const assessmentQuestions = pgTable(
  'assessment_questions',
  {
    id: text('id').primaryKey(),
    position: integer('position').notNull().unique(),
    kind: text('kind').$type<'single' | 'multiple' | 'text'>().notNull(),
    textFi: text('text_fi').notNull(),
    textSv: text('text_sv').notNull(),
    textEn: text('text_en').notNull(),
    help: jsonb('help').$type<LocalizedText>(),
    required: boolean('required').notNull(),
    options: jsonb('options').$type<AssessmentOption[]>(),
    maxLength: integer('max_length'),
  },
  (t) => [
    check('assessment_questions_kind', sql`${t.kind} in ('single', 'multiple', 'text')`),
    check('assessment_questions_id_format', sql`${t.id} ~ '^[a-z][a-z0-9-]*$'`),
    // A choice has options, a text question a limit; the contract's two shapes.
    check(
      'assessment_questions_shape',
      sql`case when ${t.kind} = 'text' then ${t.maxLength} > 0 and ${t.options} is null else ${t.options} is not null and ${t.maxLength} is null end`,
    ),
  ],
);

/**
 * A period of job seeking: from the day of registration (never earlier) to the end date the person
 * reported. The registration's data is kept as sent; `updated_at` is the concurrency token the forms
 * send back as `basedOn`, moved by every report that changes the period.
 */
export const jobSeekingPeriods = pgTable(
  'job_seeking_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** The registration's Idempotency-Key; unique per person like every report's. */
    idempotencyKey: text('idempotency_key').notNull(),
    receivedAt: timestamptz('received_at').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** The last day of job seeking; null while it continues. A day ahead keeps it valid until then. */
    endDate: date('end_date', { mode: 'string' }),
    endReason: text('end_reason').$type<EndReason>(),
    endDetails: text('end_details'),
    /** When the end was reported, and with which key (its retry gets the same receipt). */
    endReceivedAt: timestamptz('end_received_at'),
    endIdempotencyKey: text('end_idempotency_key'),
    statusCode: text('status_code')
      .notNull()
      .references(() => jobSeekerStatuses.code),
    registration: jsonb('registration').$type<RegistrationData>().notNull(),
    /** From the registration's benefit, as columns: the payer notices are made from these. */
    benefitStatus: text('benefit_status').$type<BenefitStatus>().notNull(),
    payerId: text('payer_id').references(() => benefitPayers.id),
    /** The certificate's reference: random at registration, so stable for the period and unguessable. */
    certificateReference: text('certificate_reference').notNull().unique(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    unique('job_seeking_periods_person_idempotency_key').on(t.personId, t.idempotencyKey),
    index('job_seeking_periods_person_idx').on(t.personId, t.receivedAt),
    check('job_seeking_periods_end', sql`${t.endDate} is null or (${t.endDate} >= ${t.startDate} and ${t.endReason} is not null)`),
    check('job_seeking_periods_end_reason', sql`${t.endReason} is null or ${t.endReason} in ('employed', 'business', 'studies', 'moved-abroad', 'no-need', 'other')`),
    check('job_seeking_periods_benefit', sql`${t.benefitStatus} in ('none', 'applied', 'receiving') and (${t.benefitStatus} = 'none' or ${t.payerId} is not null)`),
  ],
);

/** The service-need assessment of a period: a task with a deadline until answered. */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodId: uuid('period_id')
      .notNull()
      .unique()
      .references(() => jobSeekingPeriods.id, { onDelete: 'cascade' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    completedAt: timestamptz('completed_at'),
    answers: jsonb('answers').$type<AssessmentAnswers>(),
    /** The key of the answer that completed it: its retry gets the same receipt, another key a 409. */
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [check('assessments_completed', sql`(${t.completedAt} is null) = (${t.answers} is null)`)],
);

/** What a change report carries besides its dates: the kind's own fields, and the person's free text. */
export interface JobSearchReportDetails {
  readonly employer?: string;
  readonly hoursPerWeek?: number;
  readonly businessName?: string;
  readonly institution?: string;
  readonly fullTime?: boolean;
  readonly country?: string;
  readonly details?: string;
}

/** Reported changes of job seeking (starting work, a business, studies, sickness, travel abroad). */
export const jobSearchReports = pgTable(
  'job_search_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    periodId: uuid('period_id')
      .notNull()
      .references(() => jobSeekingPeriods.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    kind: text('kind').$type<ChangeKind>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    details: jsonb('details').$type<JobSearchReportDetails>().notNull(),
    receivedAt: timestamptz('received_at').notNull(),
  },
  (t) => [
    unique('job_search_reports_person_idempotency_key').on(t.personId, t.idempotencyKey),
    index('job_search_reports_period_idx').on(t.periodId, t.receivedAt),
    check('job_search_reports_kind', sql`${t.kind} in ('work', 'business', 'studies', 'sickness', 'travel')`),
  ],
);

/**
 * The outbox of notices to benefit payers: one row per event a payer must hear of, read by the payer
 * through GET /payer-api/notices. The id is the payer's cursor, so it only grows.
 */
export const payerNotices = pgTable(
  'payer_notices',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    periodId: uuid('period_id')
      .notNull()
      .references(() => jobSeekingPeriods.id, { onDelete: 'cascade' }),
    payerId: text('payer_id')
      .notNull()
      .references(() => benefitPayers.id),
    event: text('event').$type<PayerNotice['event']>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    details: jsonb('details').$type<PayerNotice['details']>().notNull(),
    createdAt: timestamptz('created_at').notNull(),
    /** The change report it was made from; null for a registration or an end. */
    sourceReportId: uuid('source_report_id')
      .unique()
      .references(() => jobSearchReports.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('payer_notices_payer_idx').on(t.payerId, t.id),
    index('payer_notices_person_idx').on(t.personId),
    check('payer_notices_event', sql`${t.event} in ('registration', 'work', 'business', 'studies', 'sickness', 'travel', 'end')`),
    // One registration notice and one end notice per period, whatever retries or races happen.
    uniqueIndex('payer_notices_period_event').on(t.periodId, t.event).where(sql`${t.sourceReportId} is null`),
  ],
);

/**
 * Every published version of a module (`npm run deploy -w modules/<area>`): where its files are,
 * their Subresource Integrity hashes, and what it declared it needs. Kept after a newer version is
 * published, so a rollback points the registry back at files that are still there.
 */
export const moduleVersions = pgTable(
  'module_versions',
  {
    area: text('area').notNull(),
    version: text('version').notNull(),
    remoteName: text('remote_name').notNull(),
    manifestUrl: text('manifest_url').notNull(),
    /** File path (relative to the manifest) → `sha384-…`, for the files the shell loads. */
    integrity: jsonb('integrity').$type<Record<string, string>>().notNull(),
    /** What the module declared it needs (contract topics and APIs, shared singletons) at publish time. */
    requires: jsonb('requires').$type<Record<string, unknown>>().notNull(),
    publishedAt: timestamptz('published_at').notNull(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.area, t.version] })],
);

/**
 * The registry's history: every change of an area's implementation, who made it, when, from what
 * to what. A rollback or an undo is itself a change, so the history only grows.
 */
export const registryChanges = pgTable(
  'registry_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    area: text('area').notNull(),
    changedAt: timestamptz('changed_at').notNull(),
    /** Who: the admin token's name, or "seed". */
    actor: text('actor').notNull(),
    /** What kind of change: publish, rollback, undo, switch… */
    action: text('action').notNull(),
    before: jsonb('before').$type<FederatedImplementation | null>(),
    after: jsonb('after').$type<FederatedImplementation>().notNull(),
    /** For a change of the legacy pages or the rollout: both sides of it (null columns otherwise). */
    legacyBefore: jsonb('legacy_before').$type<LegacyImplementation | null>(),
    legacyAfter: jsonb('legacy_after').$type<LegacyImplementation | null>(),
    rolloutBefore: jsonb('rollout_before').$type<Rollout>(),
    rolloutAfter: jsonb('rollout_after').$type<Rollout>(),
  },
  (t) => [index('registry_changes_area_idx').on(t.area, t.changedAt)],
);

/**
 * Errors browsers reported for a module version (POST /api/client-errors), counted rather than
 * stored one by one, so a bad release shows as a climbing count without keeping personal data.
 */
export const clientErrorCounts = pgTable(
  'client_error_counts',
  {
    area: text('area').notNull(),
    version: text('version').notNull(),
    /** load, mount, runtime, shared-mismatch */
    kind: text('kind').notNull(),
    count: integer('count').notNull(),
    firstSeenAt: timestamptz('first_seen_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull(),
    /** The latest message, cut short; never anything the person typed. */
    lastMessage: text('last_message'),
  },
  (t) => [primaryKey({ columns: [t.area, t.version, t.kind] })],
);

// ---------------------------------------------------------------------------------------------
// Unemployment-security data (työttömyysturvatiedot)

/** What an event carries beyond its columns, by kind (see the contracts' unemployment-security DTOs). */
export type UnemploymentEventDetail =
  | {
      kind: 'statement';
      cancelledOn: string | null;
      cancellationReason: LocalizedText | null;
      payer: LocalizedText;
      body: LocalizedText[];
      legalBasis: LocalizedText;
      effectiveFrom: string | null;
      issuer: Contact;
    }
  | {
      kind: 'payment-notice';
      noticeKind: PaymentNoticeKind;
      training: LocalizedText;
      provider: string;
      startDate: string | null;
      endDate: string | null;
      payer: LocalizedText;
      body: LocalizedText[];
      issuer: Contact;
    }
  | {
      kind: 'clarification-request';
      explain: LocalizedText[];
      requiredAttachments: LocalizedText[];
      contact: Contact;
    };

/** The events the office issued to a person: statements, requests for clarification, payment notices. */
export const unemploymentEvents = pgTable(
  'unemployment_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<EventKind>().notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    subject: jsonb('subject').$type<LocalizedText>().notNull(),
    detail: jsonb('detail').$type<UnemploymentEventDetail>().notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    index('unemployment_events_person_idx').on(t.personId, t.issuedOn),
    check('unemployment_events_kind', sql`${t.kind} in ('statement', 'clarification-request', 'payment-notice')`),
  ],
);

/** A request for clarification's state and return date: the columns its rules query and lock. */
export const clarificationRequests = pgTable(
  'clarification_requests',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => unemploymentEvents.id, { onDelete: 'cascade' }),
    state: text('state').$type<RequestState>().notNull(),
    returnDate: date('return_date', { mode: 'string' }).notNull(),
    stateChangedAt: timestamptz('state_changed_at').notNull(),
  },
  (t) => [
    check(
      'clarification_requests_state',
      sql`${t.state} in ('awaiting-answer', 'awaiting-attachments', 'in-processing', 'processed', 'unfounded', 'further-clarification-requested')`,
    ),
  ],
);

/** The person's answer to a request, and later supplements of attachments. */
export const clarificationAnswers = pgTable(
  'clarification_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => clarificationRequests.eventId, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'answer' | 'supplement'>().notNull(),
    text: text('text'),
    late: boolean('late').notNull(),
    receivedAt: timestamptz('received_at').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
  },
  (t) => [
    unique('clarification_answers_person_idempotency_key').on(t.personId, t.idempotencyKey),
    index('clarification_answers_request_idx').on(t.requestId, t.receivedAt),
    check('clarification_answers_kind', sql`${t.kind} in ('answer', 'supplement')`),
    // One answer with text per request; supplements may be many.
    uniqueIndex('clarification_answers_one_answer').on(t.requestId).where(sql`${t.kind} = 'answer'`),
  ],
);

/**
 * Uploaded files. A row without an answer is pending: uploaded for the request, not yet sent. The
 * bytes are in the attachment directory under `storageName`, a name the backend chose; the
 * person's own file name is only shown back to them.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => clarificationRequests.eventId, { onDelete: 'cascade' }),
    answerId: uuid('answer_id').references(() => clarificationAnswers.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').$type<AttachmentMediaType>().notNull(),
    size: integer('size').notNull(),
    storageName: text('storage_name').notNull().unique(),
    uploadedAt: timestamptz('uploaded_at').notNull(),
  },
  (t) => [
    unique('attachments_person_idempotency_key').on(t.personId, t.idempotencyKey),
    index('attachments_request_idx').on(t.requestId),
    check('attachments_media_type', sql`${t.mediaType} in ('application/pdf', 'image/jpeg', 'image/png')`),
    check('attachments_size', sql`${t.size} > 0`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Työelämätutka (career radar)

/** A signed-in person's saved self-assessment results; nothing is stored for a signed-out one. */
export const careerRadarResults = pgTable(
  'career_radar_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** Which version of the questionnaire (the statements are data) the answers belong to. */
    questionnaireVersion: text('questionnaire_version').notNull(),
    /** Statement id → 1–5. */
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    /** Factor id → its score, computed by the backend from the answers. */
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    takenAt: timestamptz('taken_at').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
  },
  (t) => [
    unique('career_radar_results_person_idempotency_key').on(t.personId, t.idempotencyKey),
    index('career_radar_results_person_idx').on(t.personId, t.takenAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// Job and training offers, the employment plan (seed lines 8–10). The legacy Oma asiointi pages
// (src/legacy) and the JSON API read and write these same rows.

/** A job offer the office assigned to the person, with the person's report on it. */
export const jobOffers = pgTable(
  'job_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    offeredOn: date('offered_on', { mode: 'string' }).notNull(),
    employer: text('employer').notNull(),
    jobTitle: jsonb('job_title').$type<LocalizedText>().notNull(),
    location: text('location').notNull(),
    howToApply: jsonb('how_to_apply').$type<LocalizedText>().notNull(),
    applyBy: date('apply_by', { mode: 'string' }).notNull(),
    state: text('state').$type<JobOfferState>().notNull(),
    notAppliedReason: text('not_applied_reason'),
    outcome: text('outcome').$type<JobOfferOutcome>(),
    reportedAt: timestamptz('reported_at'),
    /** The concurrency token of reports (`basedOn`), bumped by every report. */
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('job_offers_person_idx').on(t.personId, t.offeredOn),
    check('job_offers_state', sql`${t.state} in ('assigned', 'applied', 'not-applied')`),
    check('job_offers_outcome', sql`${t.outcome} is null or ${t.outcome} in ('hired', 'not-hired', 'no-answer')`),
    // The rules as the database sees them too: a reason only when not applied, an outcome only after applying.
    check('job_offers_reason', sql`(${t.state} = 'not-applied') = (${t.notAppliedReason} is not null)`),
    check('job_offers_outcome_applied', sql`${t.outcome} is null or ${t.state} = 'applied'`),
  ],
);

/**
 * Each report on a job offer, with its idempotency key and the offer as it stood after it: a retry
 * gets exactly the first receipt, whatever happened to the offer since.
 */
export const jobOfferReports = pgTable(
  'job_offer_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => jobOffers.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    kind: text('kind').$type<'applied' | 'not-applied' | 'outcome'>().notNull(),
    reason: text('reason'),
    outcome: text('outcome').$type<JobOfferOutcome>(),
    receivedAt: timestamptz('received_at').notNull(),
    /** The JobOffer DTO right after this report (the receipt). */
    offerAfter: jsonb('offer_after').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    unique('job_offer_reports_person_idempotency_key').on(t.personId, t.idempotencyKey),
    index('job_offer_reports_offer_idx').on(t.offerId, t.receivedAt),
    check('job_offer_reports_kind', sql`${t.kind} in ('applied', 'not-applied', 'outcome')`),
  ],
);

/** A labour-market training the office suggests the person apply for. */
export const trainingOffers = pgTable(
  'training_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    offeredOn: date('offered_on', { mode: 'string' }).notNull(),
    training: jsonb('training').$type<LocalizedText>().notNull(),
    provider: text('provider').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    applyBy: date('apply_by', { mode: 'string' }).notNull(),
    applyUrl: text('apply_url').notNull(),
  },
  (t) => [index('training_offers_person_idx').on(t.personId, t.offeredOn)],
);

/** An employment plan (or activation, integration, multisectoral plan) of the person. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    type: text('type').$type<PlanType>().notNull(),
    state: text('state').$type<PlanState>().notNull(),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    goals: jsonb('goals').$type<LocalizedText>().notNull(),
    actions: jsonb('actions').$type<LocalizedText>().notNull(),
    servicesAgreed: jsonb('services_agreed').$type<LocalizedText[]>().notNull(),
    contact: jsonb('contact').$type<LocalizedText>().notNull(),
    /** Applications per calendar-month review period (Nordic labour market service model). */
    applicationsPerPeriod: integer('applications_per_period').notNull(),
    acceptedAt: timestamptz('accepted_at'),
    acceptIdempotencyKey: text('accept_idempotency_key'),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('plans_person_idx').on(t.personId, t.proposedOn),
    check('plans_type', sql`${t.type} in ('employment', 'activation', 'integration', 'multisectoral')`),
    check('plans_state', sql`${t.state} in ('proposed', 'accepted', 'draft', 'submitted', 'returned', 'superseded')`),
    check('plans_obligation', sql`${t.applicationsPerPeriod} between 0 and 4`),
    unique('plans_person_accept_key').on(t.personId, t.acceptIdempotencyKey),
  ],
);

/** A task agreed in a plan. Stored open or reported; overdue is computed from Finland's calendar. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status').$type<'open' | 'reported'>().notNull(),
    report: text('report'),
    reportedAt: timestamptz('reported_at'),
    reportIdempotencyKey: text('report_idempotency_key'),
  },
  (t) => [
    index('plan_tasks_plan_idx').on(t.planId, t.position),
    check('plan_tasks_status', sql`${t.status} in ('open', 'reported')`),
    check('plan_tasks_report', sql`(${t.status} = 'reported') = (${t.reportedAt} is not null)`),
    unique('plan_tasks_person_report_key').on(t.personId, t.reportIdempotencyKey),
  ],
);

/**
 * The legacy pages' per-session state: the synchronizer CSRF token of their forms and the one-time
 * flash message after a post. Its own table rather than the session's data, so writing it can never
 * revive an ended session (the store's save is an upsert); it goes with the session row.
 */
export const legacyPageState = pgTable('legacy_page_state', {
  sid: text('sid')
    .primaryKey()
    .references(() => sessions.sid, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  flash: jsonb('flash').$type<{ kind: string; receivedAt: string }>(),
});
