// Reads and writes of the career radar's saved results (Työelämätutka). Only the signed-in person's
// own rows are ever read: every query is by person id.
import { and, desc, eq } from 'drizzle-orm';
import { careerRadarResults } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

export type CareerRadarResultRow = typeof careerRadarResults.$inferSelect;
export type NewCareerRadarResult = Omit<typeof careerRadarResults.$inferInsert, 'id'>;

/** The person's results, newest first (the id breaks a tie of two results in one millisecond). */
export async function listResults(db: Database, personId: string): Promise<CareerRadarResultRow[]> {
  return db
    .select()
    .from(careerRadarResults)
    .where(eq(careerRadarResults.personId, personId))
    .orderBy(desc(careerRadarResults.takenAt), desc(careerRadarResults.id));
}

/** The person's newest result, if any (the index on person and time serves it). */
export async function latestResult(db: Database, personId: string): Promise<CareerRadarResultRow | undefined> {
  const [row] = await db
    .select()
    .from(careerRadarResults)
    .where(eq(careerRadarResults.personId, personId))
    .orderBy(desc(careerRadarResults.takenAt), desc(careerRadarResults.id))
    .limit(1);
  return row;
}

export async function findResultByKey(db: Database, personId: string, key: string): Promise<CareerRadarResultRow | undefined> {
  const [row] = await db
    .select()
    .from(careerRadarResults)
    .where(and(eq(careerRadarResults.personId, personId), eq(careerRadarResults.idempotencyKey, key)));
  return row;
}

/** Inserts a result; undefined when the person already has one with this idempotency key. */
export async function insertResult(db: Database, result: NewCareerRadarResult): Promise<CareerRadarResultRow | undefined> {
  const [row] = await db
    .insert(careerRadarResults)
    .values(result)
    .onConflictDoNothing({ target: [careerRadarResults.personId, careerRadarResults.idempotencyKey] })
    .returning();
  return row;
}
