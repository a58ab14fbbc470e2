// Job seeking (työnhaku). Reference data first: the law and the organisations change (TE offices
// became municipal employment areas on 1.1.2025), so who does what is rows, not code.
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@portal/shared-contracts';
import type {
  AssessmentAnswers,
  BenefitStatus,
  ChangeKind,
  EndReason,
  PayerNotice,
  RegistrationData,
} from '@portal/shared-contracts/job-search';
import { day, idempotencyKey, inLanguages, ownedBy, randomId, timestamptz, uniqueKeyPerPerson } from './columns.js';
import { municipalities, personRef, reportColumns } from './profile.js';

/** Official job-seeker status codes (työnhakijan tila). Which of them a person may pick is data too. */
export const jobSeekerStatuses = pgTable(
  'job_seeker_statuses',
  {
    code: text('code').primaryKey(),
    ...inLanguages('label'),
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
    ...inLanguages('name'),
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
    id: randomId(),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    handlerId: text('handler_id')
      .notNull()
      .references(() => handlers.id),
    validFrom: day('valid_from').notNull(),
    /** The last day; null while valid until further notice. */
    validTo: day('valid_to'),
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
    ...inLanguages('name'),
  },
  (t) => [
    check('benefit_payers_kind', sql`${t.kind} in ('kela', 'fund')`),
    check('benefit_payers_id_format', sql`${t.id} ~ '^[a-z][a-z0-9-]*$'`),
  ],
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
    ...inLanguages('text'),
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
    /** The registration is the period's first report: its Idempotency-Key and when it was received. */
    ...reportColumns(),
    startDate: day('start_date').notNull(),
    /** The last day of job seeking; null while it continues. A day ahead keeps it valid until then. */
    endDate: day('end_date'),
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
    /**
     * A fund the payers do not list ("other"), by the name the person typed; then `payer_id` is null,
     * so no payer notice is made: there is no payer to read it. The office forwards it by hand.
     */
    otherFundName: text('other_fund_name'),
    /** The certificate's reference: random at registration, so stable for the period and unguessable. */
    certificateReference: text('certificate_reference').notNull().unique(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    uniqueKeyPerPerson('job_seeking_periods', t),
    index('job_seeking_periods_person_idx').on(t.personId, t.receivedAt),
    check('job_seeking_periods_end', sql`${t.endDate} is null or (${t.endDate} >= ${t.startDate} and ${t.endReason} is not null)`),
    check(
      'job_seeking_periods_end_reason',
      sql`${t.endReason} is null or ${t.endReason} in ('employed', 'business', 'studies', 'moved-abroad', 'no-need', 'other')`,
    ),
    check(
      'job_seeking_periods_benefit',
      sql`${t.benefitStatus} in ('none', 'applied', 'receiving') and (${t.benefitStatus} = 'none' or ${t.payerId} is not null or ${t.otherFundName} is not null)`,
    ),
  ],
);

/** The service-need assessment of a period: a task with a deadline until answered. */
export const assessments = pgTable(
  'assessments',
  {
    id: randomId(),
    periodId: uuid('period_id')
      .notNull()
      .unique()
      .references(() => jobSeekingPeriods.id, { onDelete: 'cascade' }),
    dueDate: day('due_date').notNull(),
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
    id: randomId(),
    personId: personRef(),
    periodId: ownedBy('period_id', () => jobSeekingPeriods.id),
    idempotencyKey: idempotencyKey(),
    kind: text('kind').$type<ChangeKind>().notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
    details: jsonb('details').$type<JobSearchReportDetails>().notNull(),
    receivedAt: timestamptz('received_at').notNull(),
  },
  (t) => [
    uniqueKeyPerPerson('job_search_reports', t),
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
    personId: personRef(),
    periodId: ownedBy('period_id', () => jobSeekingPeriods.id),
    payerId: text('payer_id')
      .notNull()
      .references(() => benefitPayers.id),
    event: text('event').$type<PayerNotice['event']>().notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
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
    uniqueIndex('payer_notices_period_event')
      .on(t.periodId, t.event)
      .where(sql`${t.sourceReportId} is null`),
  ],
);
