// The start-up grant (seed lines 13 and 14): applications with their timeline and supplement
// requests, the decision's periods, the payment application of each period, and the person's files.
// The bytes of a file are the shared attachment_uploads/chunks (platform/attachments/).
import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { ApplicationContent, ApplicationKind, ApplicationState, PaymentState, StepKind } from '@portal/shared-contracts/startup-grant';
import { day, idempotencyKey, ownedBy, randomId, timestamptz, uniqueKeyPerPerson } from './columns.js';
import { personRef } from './profile.js';
import { attachmentFileChecks, attachmentFileColumns } from './unemployment-security.js';

export const startupGrantApplications = pgTable(
  'startup_grant_applications',
  {
    id: randomId(),
    personId: personRef(),
    kind: text('kind').$type<ApplicationKind>().notNull(),
    state: text('state').$type<ApplicationState>().notNull(),
    /** Every section as sent, valid by the contract's ApplicationContentSchema. */
    content: jsonb('content').$type<ApplicationContent>().notNull(),
    submittedAt: timestamptz('submitted_at').notNull(),
    idempotencyKey: idempotencyKey(),
    decidedAt: timestamptz('decided_at'),
    rejectionReason: text('rejection_reason'),
  },
  (t) => [
    index('startup_grant_applications_person_idx').on(t.personId, t.submittedAt),
    check('startup_grant_applications_kind', sql`${t.kind} in ('new', 'extension')`),
    check(
      'startup_grant_applications_state',
      sql`${t.state} in ('submitted', 'supplement-requested', 'in-processing', 'granted', 'rejected')`,
    ),
    uniqueKeyPerPerson('startup_grant_applications', t),
  ],
);

/** The timeline: one row per step, with its time; never changed once written. */
export const startupGrantSteps = pgTable(
  'startup_grant_steps',
  {
    id: randomId(),
    applicationId: ownedBy('application_id', () => startupGrantApplications.id),
    kind: text('kind').$type<StepKind>().notNull(),
    at: timestamptz('at').notNull(),
  },
  (t) => [
    index('startup_grant_steps_application_idx').on(t.applicationId, t.at),
    check(
      'startup_grant_steps_kind',
      sql`${t.kind} in ('received', 'in-processing', 'supplement-requested', 'supplement-answered', 'granted', 'rejected')`,
    ),
  ],
);

/** The office's request to supplement an application, and the person's answer (late when after the deadline). */
export const startupGrantSupplements = pgTable(
  'startup_grant_supplements',
  {
    id: randomId(),
    applicationId: ownedBy('application_id', () => startupGrantApplications.id),
    personId: personRef(),
    what: text('what').notNull(),
    deadline: day('deadline').notNull(),
    requestedAt: timestamptz('requested_at').notNull(),
    answerText: text('answer_text'),
    answeredAt: timestamptz('answered_at'),
    late: boolean('late'),
    answerIdempotencyKey: text('answer_idempotency_key'),
  },
  (t) => [
    index('startup_grant_supplements_application_idx').on(t.applicationId, t.requestedAt),
    check('startup_grant_supplements_answer', sql`(${t.answeredAt} is null) = (${t.answerText} is null)`),
    unique('startup_grant_supplements_person_answer_key').on(t.personId, t.answerIdempotencyKey),
  ],
);

/** A granted payment period (monthly): a payment application is made for it after it ends. */
export const startupGrantPeriods = pgTable(
  'startup_grant_periods',
  {
    id: randomId(),
    applicationId: ownedBy('application_id', () => startupGrantApplications.id),
    personId: personRef(),
    startsOn: day('starts_on').notNull(),
    endsOn: day('ends_on').notNull(),
  },
  (t) => [
    index('startup_grant_periods_application_idx').on(t.applicationId, t.startsOn),
    check('startup_grant_periods_order', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

/** The payment application of one period (at most one each). */
export const startupGrantPayments = pgTable(
  'startup_grant_payments',
  {
    id: randomId(),
    periodId: ownedBy('period_id', () => startupGrantPeriods.id).unique(),
    personId: personRef(),
    state: text('state').$type<PaymentState>().notNull(),
    submittedAt: timestamptz('submitted_at').notNull(),
    paymentDate: day('payment_date'),
    idempotencyKey: idempotencyKey(),
  },
  (t) => [
    check('startup_grant_payments_state', sql`${t.state} in ('submitted', 'in-processing', 'paid')`),
    check('startup_grant_payments_paid', sql`(${t.state} = 'paid') = (${t.paymentDate} is not null)`),
    uniqueKeyPerPerson('startup_grant_payments', t),
  ],
);

/**
 * The person's files for the start-up grant. Pending (every `sent…` null) until sent with an
 * application, a supplement answer or a payment application (as its tax card).
 */
export const startupGrantAttachments = pgTable(
  'startup_grant_attachments',
  {
    id: randomId(),
    personId: personRef(),
    applicationId: uuid('application_id').references(() => startupGrantApplications.id, { onDelete: 'cascade' }),
    supplementId: uuid('supplement_id').references(() => startupGrantSupplements.id, { onDelete: 'cascade' }),
    paymentId: uuid('payment_id').references(() => startupGrantPayments.id, { onDelete: 'cascade' }),
    ...attachmentFileColumns(),
  },
  (t) => [
    ...attachmentFileChecks('startup_grant_attachments', t),
    index('startup_grant_attachments_person_idx').on(t.personId),
    check('startup_grant_attachments_one_owner', sql`num_nonnulls(${t.applicationId}, ${t.supplementId}, ${t.paymentId}) <= 1`),
  ],
);
