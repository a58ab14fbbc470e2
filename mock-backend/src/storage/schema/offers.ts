// Job and training offers (seed line 10). The legacy Oma asiointi pages (src/legacy) and the JSON
// API read and write these same rows.
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@portal/shared-contracts';
import type { JobOfferOutcome, JobOfferState } from '@portal/shared-contracts/offers';
import { day, idempotencyKey, ownedBy, randomId, timestamptz, uniqueKeyPerPerson } from './columns.js';
import { personRef } from './profile.js';

/** A job offer the office assigned to the person, with the person's report on it. */
export const jobOffers = pgTable(
  'job_offers',
  {
    id: randomId(),
    personId: personRef(),
    offeredOn: day('offered_on').notNull(),
    employer: text('employer').notNull(),
    jobTitle: jsonb('job_title').$type<LocalizedText>().notNull(),
    location: text('location').notNull(),
    howToApply: jsonb('how_to_apply').$type<LocalizedText>().notNull(),
    /** The employer's page for applying, when the office has one: "apply on the employer's site" with no link helped nobody. */
    applyUrl: text('apply_url'),
    applyBy: day('apply_by').notNull(),
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
    id: randomId(),
    offerId: ownedBy('offer_id', () => jobOffers.id),
    personId: personRef(),
    idempotencyKey: idempotencyKey(),
    kind: text('kind').$type<'applied' | 'not-applied' | 'outcome'>().notNull(),
    reason: text('reason'),
    outcome: text('outcome').$type<JobOfferOutcome>(),
    receivedAt: timestamptz('received_at').notNull(),
    /** The JobOffer DTO right after this report (the receipt). */
    offerAfter: jsonb('offer_after').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    uniqueKeyPerPerson('job_offer_reports', t),
    index('job_offer_reports_offer_idx').on(t.offerId, t.receivedAt),
    check('job_offer_reports_kind', sql`${t.kind} in ('applied', 'not-applied', 'outcome')`),
  ],
);

/** A labour-market training the office suggests the person apply for. */
export const trainingOffers = pgTable(
  'training_offers',
  {
    id: randomId(),
    personId: personRef(),
    offeredOn: day('offered_on').notNull(),
    training: jsonb('training').$type<LocalizedText>().notNull(),
    provider: text('provider').notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date').notNull(),
    applyBy: day('apply_by').notNull(),
    applyUrl: text('apply_url').notNull(),
  },
  (t) => [index('training_offers_person_idx').on(t.personId, t.offeredOn)],
);
