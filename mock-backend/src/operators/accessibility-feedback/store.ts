// Accessibility feedback rows: one insert per feedback, read back by the operators.
import { asc } from 'drizzle-orm';
import { accessibilityFeedback } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

export type FeedbackRow = typeof accessibilityFeedback.$inferSelect;
export type NewFeedback = Omit<typeof accessibilityFeedback.$inferInsert, 'id' | 'number'>;

export async function insertFeedback(db: Database, feedback: NewFeedback): Promise<FeedbackRow> {
  const [row] = await db.insert(accessibilityFeedback).values(feedback).returning();
  if (!row) throw new Error('The feedback was not stored.');
  return row;
}

/** Every feedback, the answer due soonest first, then in the order they came. */
export async function listFeedback(db: Database): Promise<FeedbackRow[]> {
  return db.select().from(accessibilityFeedback).orderBy(asc(accessibilityFeedback.answerBy), asc(accessibilityFeedback.number));
}
