// Labour-market training (seed line 11): the catalogue of trainings (reference data the office
// keeps, the same for everyone) and the persons' applications to them.
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@portal/shared-contracts';
import type { ApplicationState, TrainingLanguage } from '@portal/shared-contracts/training';
import { day, idempotencyKey, randomId, timestamptz, uniqueKeyPerPerson } from './columns.js';
import { personRef } from './profile.js';

/** A training of the catalogue. */
export const trainings = pgTable(
  'trainings',
  {
    id: randomId(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    provider: text('provider').notNull(),
    /** Where it is taught; null when remote. */
    place: jsonb('place').$type<LocalizedText>(),
    language: text('language').$type<TrainingLanguage>().notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date').notNull(),
    applyFrom: day('apply_from').notNull(),
    applyBy: day('apply_by').notNull(),
    forWhom: jsonb('for_whom').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
  },
  (t) => [
    index('trainings_apply_by_idx').on(t.applyBy),
    check('trainings_language', sql`${t.language} in ('fi', 'sv', 'en')`),
    check('trainings_dates', sql`${t.applyFrom} <= ${t.applyBy} and ${t.startDate} <= ${t.endDate}`),
  ],
);

/**
 * A person's application to a training. At most one live (not withdrawn) application per person
 * and training: the partial unique index holds it even for two requests at once on two instances.
 */
export const trainingApplications = pgTable(
  'training_applications',
  {
    id: randomId(),
    personId: personRef(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'restrict' }),
    /** The receipt's reference, to quote to the office. */
    reference: text('reference').notNull(),
    state: text('state').$type<ApplicationState>().notNull(),
    motivation: text('motivation').notNull(),
    education: text('education').notNull(),
    workHistory: text('work_history').notNull(),
    availability: text('availability').notNull(),
    /** When the person acknowledged the commitment of applying (with the send). */
    commitmentAcknowledgedAt: timestamptz('commitment_acknowledged_at').notNull(),
    submittedAt: timestamptz('submitted_at').notNull(),
    stateChangedAt: timestamptz('state_changed_at').notNull(),
    idempotencyKey: idempotencyKey(),
    withdrawIdempotencyKey: text('withdraw_idempotency_key'),
  },
  (t) => [
    index('training_applications_person_idx').on(t.personId, t.submittedAt),
    uniqueKeyPerPerson('training_applications', t),
    uniqueIndex('training_applications_live_idx')
      .on(t.personId, t.trainingId)
      .where(sql`${t.state} <> 'withdrawn'`),
    check(
      'training_applications_state',
      sql`${t.state} in ('submitted', 'in-review', 'interview', 'selected', 'reserve', 'rejected', 'withdrawn')`,
    ),
  ],
);
