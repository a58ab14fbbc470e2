// Reads and writes of the career radar's saved results (Työelämätutka). Only the signed-in person's
// own rows are ever read: every query is by person id.
import { careerRadarResults } from '../../storage/schema/index.js';
import { findByKey, insertOnce, listOwn, newestFirst } from '../../storage/rows.js';
import type { Database } from '../../storage/storage.js';

export type CareerRadarResultRow = typeof careerRadarResults.$inferSelect;
export type NewCareerRadarResult = Omit<typeof careerRadarResults.$inferInsert, 'id'>;

const NEWEST_FIRST = newestFirst(careerRadarResults.takenAt, careerRadarResults.id);

/** The person's results, newest first. */
export async function listResults(db: Database, personId: string): Promise<CareerRadarResultRow[]> {
  return listOwn(db, careerRadarResults, personId, NEWEST_FIRST);
}

/** The person's newest result, if any (the index on person and time serves it). */
export async function latestResult(db: Database, personId: string): Promise<CareerRadarResultRow | undefined> {
  const [row] = await listOwn(db, careerRadarResults, personId, NEWEST_FIRST, 1);
  return row;
}

export async function findResultByKey(db: Database, personId: string, key: string): Promise<CareerRadarResultRow | undefined> {
  return findByKey(db, careerRadarResults, careerRadarResults.idempotencyKey, personId, key);
}

/** Inserts a result; undefined when the person already has one with this idempotency key. */
export async function insertResult(db: Database, result: NewCareerRadarResult): Promise<CareerRadarResultRow | undefined> {
  return insertOnce(db, careerRadarResults, result);
}
