// Job and training offers: the rows, the reports with their idempotency keys, and the row lock a
// report takes. The API (router.ts) and the legacy pages (src/legacy/router.ts) both go
// through service.ts's reportOnOffer, which puts these together in one transaction.
import { and, asc, desc, eq } from 'drizzle-orm';
import { jobOfferReports, jobOffers, trainingOffers } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

export type JobOfferRow = typeof jobOffers.$inferSelect;
export type JobOfferReportRow = typeof jobOfferReports.$inferSelect;
export type TrainingOfferRow = typeof trainingOffers.$inferSelect;

/** The person's job offers, newest first by the day offered. */
export async function listJobOffers(db: Database, personId: string): Promise<JobOfferRow[]> {
  return db.select().from(jobOffers).where(eq(jobOffers.personId, personId)).orderBy(desc(jobOffers.offeredOn), asc(jobOffers.id));
}

export async function listTrainingOffers(db: Database, personId: string): Promise<TrainingOfferRow[]> {
  return db
    .select()
    .from(trainingOffers)
    .where(eq(trainingOffers.personId, personId))
    .orderBy(desc(trainingOffers.offeredOn), asc(trainingOffers.id));
}

/** The person's job offer by id; another person's id finds nothing, exactly like an unknown one. */
export async function findJobOffer(db: Database, personId: string, id: string): Promise<JobOfferRow | undefined> {
  const [row] = await db
    .select()
    .from(jobOffers)
    .where(and(eq(jobOffers.id, id), eq(jobOffers.personId, personId)));
  return row;
}

export async function findTrainingOffer(db: Database, personId: string, id: string): Promise<TrainingOfferRow | undefined> {
  const [row] = await db
    .select()
    .from(trainingOffers)
    .where(and(eq(trainingOffers.id, id), eq(trainingOffers.personId, personId)));
  return row;
}

/** Locks the person's job offer until the transaction ends: reports on one offer happen one at a time. */
export async function lockJobOffer(tx: Database, personId: string, id: string): Promise<JobOfferRow | undefined> {
  const [row] = await tx
    .select()
    .from(jobOffers)
    .where(and(eq(jobOffers.id, id), eq(jobOffers.personId, personId)))
    .for('update');
  return row;
}

export async function findOfferReportByKey(db: Database, personId: string, key: string): Promise<JobOfferReportRow | undefined> {
  const [row] = await db
    .select()
    .from(jobOfferReports)
    .where(and(eq(jobOfferReports.personId, personId), eq(jobOfferReports.idempotencyKey, key)));
  return row;
}

export async function listOfferReports(db: Database, personId: string): Promise<JobOfferReportRow[]> {
  return db.select().from(jobOfferReports).where(eq(jobOfferReports.personId, personId)).orderBy(asc(jobOfferReports.receivedAt));
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
