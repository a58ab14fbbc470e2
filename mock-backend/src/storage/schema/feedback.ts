// What people tell the provider: feedback on the service's accessibility (Act 306/2019), read by
// the operators through the admin API.
import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { day, randomId, timestamptz } from './columns.js';
import { persons } from './profile.js';

/**
 * One feedback on accessibility. `number` makes its reference (`SP-<year>-<number>`), drawn by the
 * database so instances never hand out the same one. The sender's person is kept only to answer
 * inside the service; the feedback stays if the person's data goes.
 */
export const accessibilityFeedback = pgTable(
  'accessibility_feedback',
  {
    id: randomId(),
    number: integer('number').generatedAlwaysAsIdentity().notNull().unique(),
    message: text('message').notNull(),
    email: text('email'),
    page: text('page'),
    language: text('language').$type<'fi' | 'sv' | 'en'>().notNull(),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    receivedAt: timestamptz('received_at').notNull(),
    answerBy: day('answer_by').notNull(),
    /** When an operator marked it answered (the answer itself goes by e-mail or in the service), and who. */
    answeredAt: timestamptz('answered_at'),
    answeredBy: text('answered_by'),
  },
  (t) => [index('accessibility_feedback_answer_by_idx').on(t.answerBy)],
);
