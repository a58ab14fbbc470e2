// The employment plan (seed lines 8–9). The legacy Oma asiointi pages (src/legacy) and the JSON API
// read and write these same rows.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@portal/shared-contracts';
import type { PlanAuthor, PlanState, PlanType, TaskOutcome } from '@portal/shared-contracts/plan';
import type { ApplicationMethod } from '@portal/shared-contracts/plan-obligation';
import { day, idempotencyKey, ownedBy, randomId, timestamptz, uniqueKeyPerPerson } from './columns.js';
import { personRef } from './profile.js';

/** An employment plan (or activation, integration, multisectoral plan) of the person. */
export const plans = pgTable(
  'plans',
  {
    id: randomId(),
    personId: personRef(),
    type: text('type').$type<PlanType>().notNull(),
    state: text('state').$type<PlanState>().notNull(),
    /** The office's proposal, or the person's own. */
    madeBy: text('made_by').$type<PlanAuthor>().notNull().default('office'),
    proposedOn: day('proposed_on').notNull(),
    validFrom: day('valid_from').notNull(),
    validUntil: day('valid_until'),
    goals: jsonb('goals').$type<LocalizedText>().notNull(),
    actions: jsonb('actions').$type<LocalizedText>().notNull(),
    servicesAgreed: jsonb('services_agreed').$type<LocalizedText[]>().notNull(),
    contact: jsonb('contact').$type<LocalizedText>().notNull(),
    /** Applications per calendar-month review period (Nordic labour market service model). */
    applicationsPerPeriod: integer('applications_per_period').notNull(),
    /** The person's message with their own proposal. */
    message: text('message'),
    /** The office's comments when it returned the person's proposal. */
    officeComments: text('office_comments'),
    /** The person's submission of their own proposal: when, and under which key. */
    submittedAt: timestamptz('submitted_at'),
    submitIdempotencyKey: text('submit_idempotency_key'),
    acceptedAt: timestamptz('accepted_at'),
    acceptIdempotencyKey: text('accept_idempotency_key'),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('plans_person_idx').on(t.personId, t.proposedOn),
    check('plans_type', sql`${t.type} in ('employment', 'activation', 'integration', 'multisectoral')`),
    check('plans_state', sql`${t.state} in ('proposed', 'accepted', 'draft', 'submitted', 'returned', 'superseded')`),
    check('plans_made_by', sql`${t.madeBy} in ('office', 'person')`),
    check('plans_obligation', sql`${t.applicationsPerPeriod} between 0 and 4`),
    unique('plans_person_accept_key').on(t.personId, t.acceptIdempotencyKey),
    unique('plans_person_submit_key').on(t.personId, t.submitIdempotencyKey),
  ],
);

/** A task agreed in a plan. Stored open or reported; overdue is computed from Finland's calendar. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: randomId(),
    planId: ownedBy('plan_id', () => plans.id),
    personId: personRef(),
    position: integer('position').notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    deadline: day('deadline').notNull(),
    status: text('status').$type<'open' | 'reported'>().notNull(),
    /** Done or not done (the report then says why); set with the report. */
    outcome: text('outcome').$type<TaskOutcome>(),
    report: text('report'),
    reportedAt: timestamptz('reported_at'),
    reportIdempotencyKey: text('report_idempotency_key'),
  },
  (t) => [
    index('plan_tasks_plan_idx').on(t.planId, t.position),
    check('plan_tasks_status', sql`${t.status} in ('open', 'reported')`),
    check('plan_tasks_report', sql`(${t.status} = 'reported') = (${t.reportedAt} is not null)`),
    check('plan_tasks_outcome', sql`(${t.status} = 'reported') = (${t.outcome} is not null) and ${t.outcome} in ('done', 'not-done')`),
    unique('plan_tasks_person_report_key').on(t.personId, t.reportIdempotencyKey),
  ],
);

/**
 * A job applied for, reported against the job-search obligation of the plan in force. Never changed
 * once stored: a period that has ended keeps what was reported in it.
 */
export const jobApplications = pgTable(
  'job_applications',
  {
    id: randomId(),
    personId: personRef(),
    /** The plan whose obligation it counts toward. */
    planId: ownedBy('plan_id', () => plans.id),
    employer: text('employer').notNull(),
    job: text('job').notNull(),
    appliedOn: day('applied_on').notNull(),
    method: text('method').$type<ApplicationMethod>().notNull(),
    reportedAt: timestamptz('reported_at').notNull(),
    /** Reported after the period of `appliedOn` had ended. */
    late: boolean('late').notNull(),
    idempotencyKey: idempotencyKey(),
  },
  (t) => [
    index('job_applications_plan_idx').on(t.planId, t.appliedOn),
    check('job_applications_method', sql`${t.method} in ('online', 'email', 'phone', 'in-person', 'other')`),
    uniqueKeyPerPerson('job_applications', t),
  ],
);
