// Työelämätutka (career radar)
import { index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { persons } from './profile.js';

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
