// Accessibility feedback rows: one insert per feedback, read back by the operators.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { accessibilityFeedback } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

export type FeedbackRow = typeof accessibilityFeedback.$inferSelect;
export type NewFeedback = Omit<typeof accessibilityFeedback.$inferInsert, 'id' | 'number'>;

export async function insertFeedback(db: Database, feedback: NewFeedback): Promise<FeedbackRow> {
  const [row] = await db.insert(accessibilityFeedback).values(feedback).returning();
  if (!row) throw new Error('The feedback was not stored.');
  return row;
}

/** Every feedback (or the open ones): the open first, the answer due soonest first, then in the order they came. */
export async function listFeedback(db: Database, openOnly = false): Promise<FeedbackRow[]> {
  const t = accessibilityFeedback;
  return db
    .select()
    .from(t)
    .where(openOnly ? isNull(t.answeredAt) : undefined)
    .orderBy(sql`${t.answeredAt} is not null`, asc(t.answerBy), asc(t.number));
}

/** One feedback by its number; undefined when there is none. */
export async function findFeedback(db: Database, number: number): Promise<FeedbackRow | undefined> {
  const [row] = await db.select().from(accessibilityFeedback).where(eq(accessibilityFeedback.number, number));
  return row;
}

/**
 * Marks it answered unless it already is (the first mark stays: when and by whom it was answered),
 * or takes the mark back; in one statement, so two operators at once leave one consistent mark.
 */
export async function markAnswered(db: Database, number: number, mark: { at: Date; by: string } | null): Promise<FeedbackRow | undefined> {
  const t = accessibilityFeedback;
  if (mark) {
    await db
      .update(t)
      .set({ answeredAt: mark.at, answeredBy: mark.by })
      .where(and(eq(t.number, number), isNull(t.answeredAt)));
  } else {
    await db.update(t).set({ answeredAt: null, answeredBy: null }).where(eq(t.number, number));
  }
  return findFeedback(db, number);
}
