// Job and training offers: the rows, the reports with their idempotency keys, and the row lock a
// report takes. The API (router.ts) and the legacy pages (src/legacy/router.ts) both go
// through service.ts's reportOnOffer, which puts these together in one transaction.
import { asc, desc, eq } from 'drizzle-orm';
import { jobOfferReports, jobOffers, trainingOffers } from '../../storage/schema/index.js';
import { findByKey, findOwn, listOwn } from '../../storage/rows.js';
import type { Database } from '../../storage/storage.js';

export type JobOfferRow = typeof jobOffers.$inferSelect;
export type JobOfferReportRow = typeof jobOfferReports.$inferSelect;
export type TrainingOfferRow = typeof trainingOffers.$inferSelect;

/** The person's job offers, newest first by the day offered. */
export async function listJobOffers(db: Database, personId: string): Promise<JobOfferRow[]> {
  return listOwn(db, jobOffers, personId, [desc(jobOffers.offeredOn), asc(jobOffers.id)]);
}

export async function listTrainingOffers(db: Database, personId: string): Promise<TrainingOfferRow[]> {
  return listOwn(db, trainingOffers, personId, [desc(trainingOffers.offeredOn), asc(trainingOffers.id)]);
}

/** The person's job offer by id; another person's id finds nothing, exactly like an unknown one. */
export async function findJobOffer(db: Database, personId: string, id: string): Promise<JobOfferRow | undefined> {
  return findOwn(db, jobOffers, personId, id);
}

export async function findTrainingOffer(db: Database, personId: string, id: string): Promise<TrainingOfferRow | undefined> {
  return findOwn(db, trainingOffers, personId, id);
}

/** Locks the person's job offer until the transaction ends: reports on one offer happen one at a time. */
export async function lockJobOffer(tx: Database, personId: string, id: string): Promise<JobOfferRow | undefined> {
  return findOwn(tx, jobOffers, personId, id, { lock: true });
}

export async function findOfferReportByKey(db: Database, personId: string, key: string): Promise<JobOfferReportRow | undefined> {
  return findByKey(db, jobOfferReports, jobOfferReports.idempotencyKey, personId, key);
}

export async function listOfferReports(db: Database, personId: string): Promise<JobOfferReportRow[]> {
  return listOwn(db, jobOfferReports, personId, [asc(jobOfferReports.receivedAt)]);
}

export async function updateJobOffer(
  tx: Database,
  id: string,
  fields: Pick<JobOfferRow, 'state' | 'notAppliedReason' | 'outcome' | 'reportedAt' | 'updatedAt'>,
): Promise<JobOfferRow> {
  const [row] = await tx.update(jobOffers).set(fields).where(eq(jobOffers.id, id)).returning();
  if (!row) throw new Error(`Job offer ${id} vanished under its row lock`);
  return row;
}

/** Stores the report unless the person's key is taken (a retry that raced its first try); undefined then. */
export async function insertOfferReport(
  tx: Database,
  report: Omit<typeof jobOfferReports.$inferInsert, 'id'>,
): Promise<JobOfferReportRow | undefined> {
  const [row] = await tx.insert(jobOfferReports).values(report).onConflictDoNothing().returning();
  return row;
}

/**
 * A new concurrency token: now, or just after the previous one when the clock has not moved (tests
 * with a stopped clock, two reports within a millisecond), so a form based on the older one is stale.
 */
export function nextUpdatedAt(previous: Date, now: Date): Date {
  return now.getTime() > previous.getTime() ? now : new Date(previous.getTime() + 1);
}
