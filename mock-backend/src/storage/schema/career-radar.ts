// Työelämätutka (career radar)
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { idempotencyKey, randomId, timestamptz, uniqueKeyPerPerson } from './columns.js';
import { personRef } from './profile.js';

/** A signed-in person's saved self-assessment results; nothing is stored for a signed-out one. */
export const careerRadarResults = pgTable(
  'career_radar_results',
  {
    id: randomId(),
    personId: personRef(),
    /** Which version of the questionnaire (the statements are data) the answers belong to. */
    questionnaireVersion: text('questionnaire_version').notNull(),
    /** Statement id → 1–5. */
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    /** Factor id → its score, computed by the backend from the answers. */
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    takenAt: timestamptz('taken_at').notNull(),
    idempotencyKey: idempotencyKey(),
  },
  (t) => [uniqueKeyPerPerson('career_radar_results', t), index('career_radar_results_person_idx').on(t.personId, t.takenAt)],
);
