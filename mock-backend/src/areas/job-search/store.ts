// Reads and writes of a person's job seeking: periods, the assessment, change reports and the
// payers' outbox. The code tables they refer to are reference-store.ts's.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, type SQL } from 'drizzle-orm';
import type { Payer, PayerNotice } from '@portal/shared-contracts/job-search';
import { assessments, benefitPayers, jobSearchReports, jobSeekingPeriods, payerNotices, persons } from '../../storage/schema/index.js';
import { findByKey, findOwn, insertOnce, listBy, listOwn, newestFirst, nextToken } from '../../storage/rows.js';
import type { Database } from '../../storage/storage.js';
import { toPayer } from './reference-store.js';

export type PeriodRow = typeof jobSeekingPeriods.$inferSelect;
export type NewPeriod = Omit<typeof jobSeekingPeriods.$inferInsert, 'id'>;
export type AssessmentRow = typeof assessments.$inferSelect;
export type ReportRow = typeof jobSearchReports.$inferSelect;
export type NewReport = Omit<typeof jobSearchReports.$inferInsert, 'id'>;
export type NoticeRow = typeof payerNotices.$inferSelect;
export type NewNotice = Omit<typeof payerNotices.$inferInsert, 'id'>;

/**
 * Job seeking is valid from its start date through its end date: a reported end date ahead keeps it
 * valid until that day has passed (Helsinki's calendar, as `today`).
 */
export function isActive(period: Pick<PeriodRow, 'endDate'>, today: string): boolean {
  return period.endDate === null || period.endDate >= today;
}

/**
 * The next concurrency token: now, but always later than the last one, even within one millisecond
 * or under a test's clock that stands still, so a form based on the old value always gets its 409.
 */
export function nextUpdatedAt(previous: Date | undefined, now: Date): Date {
  return previous === undefined || now.getTime() > previous.getTime() ? now : new Date(previous.getTime() + 1);
}

/**
 * A certificate reference: random, so it cannot be guessed from the period, and kept with the period,
 * so every printout of one period quotes the same one. 60 random bits, in 32 symbols without the
 * look-alikes 0/O and 1/I (32 divides 256, so no symbol is likelier than another).
 */
export function newCertificateReference(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = [...randomBytes(12)].map((byte) => alphabet[byte % alphabet.length] ?? 'X');
  return `TH-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}`;
}

// ---------------------------------------------------------------------------------------------
// Periods

/** The person's periods, newest first: the first is "the latest", whose state the person sees. */
export async function listPeriods(db: Database, personId: string): Promise<PeriodRow[]> {
  return listOwn(db, jobSeekingPeriods, personId, newestFirst(jobSeekingPeriods.receivedAt, jobSeekingPeriods.id));
}

export async function findPeriodByKey(db: Database, personId: string, key: string): Promise<PeriodRow | undefined> {
  return findByKey(db, jobSeekingPeriods, jobSeekingPeriods.idempotencyKey, personId, key);
}

export async function findPeriodByEndKey(db: Database, personId: string, key: string): Promise<PeriodRow | undefined> {
  return findByKey(db, jobSeekingPeriods, jobSeekingPeriods.endIdempotencyKey, personId, key);
}

/** Undefined when the person already has a period with the key: the unique constraint decides. */
export async function insertPeriod(db: Database, period: NewPeriod): Promise<PeriodRow | undefined> {
  return insertOnce(db, jobSeekingPeriods, period);
}

/** Moves the concurrency token of a period that a report changed. */
export async function touchPeriod(db: Database, periodId: string, now: Date): Promise<void> {
  await db
    .update(jobSeekingPeriods)
    .set({ updatedAt: nextToken(jobSeekingPeriods.updatedAt, now) })
    .where(eq(jobSeekingPeriods.id, periodId));
}

export interface PeriodEnd {
  readonly endDate: string;
  readonly endReason: NonNullable<PeriodRow['endReason']>;
  readonly endDetails: string | null;
  readonly endReceivedAt: Date;
  readonly endIdempotencyKey: string;
}

/** Sets the end of a period not ended before; undefined if it was (the row lock makes that a bug). */
export async function endPeriod(db: Database, periodId: string, end: PeriodEnd): Promise<PeriodRow | undefined> {
  const [row] = await db
    .update(jobSeekingPeriods)
    .set({ ...end, updatedAt: nextToken(jobSeekingPeriods.updatedAt, end.endReceivedAt) })
    .where(and(eq(jobSeekingPeriods.id, periodId), isNull(jobSeekingPeriods.endDate)))
    .returning();
  return row;
}

// ---------------------------------------------------------------------------------------------
// The assessment

export async function insertAssessment(db: Database, periodId: string, dueDate: string): Promise<void> {
  await db.insert(assessments).values({ periodId, dueDate }).onConflictDoNothing();
}

export async function findAssessment(db: Database, periodId: string): Promise<AssessmentRow | undefined> {
  const [row] = await db.select().from(assessments).where(eq(assessments.periodId, periodId));
  return row;
}

/** The person's assessment completed with this key, in any of their periods. */
export async function findAssessmentByKey(db: Database, personId: string, key: string): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select({ assessment: assessments })
    .from(assessments)
    .innerJoin(jobSeekingPeriods, eq(jobSeekingPeriods.id, assessments.periodId))
    .where(and(eq(jobSeekingPeriods.personId, personId), eq(assessments.idempotencyKey, key)));
  return row?.assessment;
}

/** Completes an open assessment; undefined when it was already completed. */
export async function completeAssessment(
  db: Database,
  id: string,
  completion: Pick<AssessmentRow, 'answers' | 'completedAt' | 'idempotencyKey'>,
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .update(assessments)
    .set(completion)
    .where(and(eq(assessments.id, id), isNull(assessments.completedAt)))
    .returning();
  return row;
}

// ---------------------------------------------------------------------------------------------
// Change reports

/** A period's reports, newest first; the id breaks ties so the order never flickers. */
export async function listReports(db: Database, periodId: string): Promise<ReportRow[]> {
  return listBy(db, jobSearchReports, jobSearchReports.periodId, periodId, newestFirst(jobSearchReports.receivedAt, jobSearchReports.id));
}

/** One of the person's reports; another person's id, or no id at all, finds nothing. */
export async function findReport(db: Database, personId: string, id: string): Promise<ReportRow | undefined> {
  return findOwn(db, jobSearchReports, personId, id);
}

export async function findReportByKey(db: Database, personId: string, key: string): Promise<ReportRow | undefined> {
  return findByKey(db, jobSearchReports, jobSearchReports.idempotencyKey, personId, key);
}

export async function insertReport(db: Database, report: NewReport): Promise<ReportRow | undefined> {
  return insertOnce(db, jobSearchReports, report);
}

// ---------------------------------------------------------------------------------------------
// The payers' outbox

/**
 * Makes a notice for a payer. The payer's row is locked first, until the transaction ends: notices
 * of one payer are then numbered and committed in the same order, so a payer reading with the
 * `after` cursor can never skip a notice that committed late with a lower id. (It serialises the
 * notices of one payer, which a mock can afford; a real outbox would use a commit-ordered log.)
 */
export async function insertNotice(tx: Database, notice: NewNotice): Promise<NoticeRow | undefined> {
  await tx.select({ id: benefitPayers.id }).from(benefitPayers).where(eq(benefitPayers.id, notice.payerId)).for('update');
  const [row] = await tx.insert(payerNotices).values(notice).onConflictDoNothing().returning();
  return row;
}

export interface NoticeWithPayer {
  readonly notice: NoticeRow;
  readonly payer: Payer;
}

async function noticesWhere(db: Database, where: SQL): Promise<NoticeWithPayer[]> {
  const rows = await db
    .select({ notice: payerNotices, payer: benefitPayers })
    .from(payerNotices)
    .innerJoin(benefitPayers, eq(benefitPayers.id, payerNotices.payerId))
    .where(where)
    .orderBy(asc(payerNotices.id));
  return rows.map((row) => ({ notice: row.notice, payer: toPayer(row.payer) }));
}

/** The notice made from a change report, if any. */
export async function findReportNotice(db: Database, reportId: string): Promise<NoticeWithPayer | undefined> {
  return (await noticesWhere(db, eq(payerNotices.sourceReportId, reportId)))[0];
}

/** The notices made from a period's reports, by report id. */
export async function reportNoticesOfPeriod(db: Database, periodId: string): Promise<Map<string, NoticeWithPayer>> {
  const found = await noticesWhere(db, eq(payerNotices.periodId, periodId));
  return new Map(found.flatMap((item) => (item.notice.sourceReportId === null ? [] : [[item.notice.sourceReportId, item]])));
}

/** The registration or end notice of a period, if any. */
export async function findPeriodNotice(
  db: Database,
  periodId: string,
  event: 'registration' | 'end',
): Promise<NoticeWithPayer | undefined> {
  const found = await noticesWhere(db, eq(payerNotices.periodId, periodId));
  return found.find((item) => item.notice.event === event && item.notice.sourceReportId === null);
}

/** Every notice made about the person, oldest first: what was sent to whom (the export). */
export async function listNoticesOfPerson(db: Database, personId: string): Promise<NoticeWithPayer[]> {
  return noticesWhere(db, eq(payerNotices.personId, personId));
}

/** A payer's notices after the cursor, oldest first, as the payer API gives them. */
export async function listNoticesForPayer(db: Database, payerId: string, after: number, limit: number): Promise<PayerNotice[]> {
  const rows = await db
    .select({ notice: payerNotices, hetu: persons.hetu, firstNames: persons.firstNames, lastName: persons.lastName })
    .from(payerNotices)
    .innerJoin(persons, eq(persons.id, payerNotices.personId))
    .where(and(eq(payerNotices.payerId, payerId), gt(payerNotices.id, after)))
    .orderBy(asc(payerNotices.id))
    .limit(limit);
  return rows.map(({ notice, hetu, firstNames, lastName }) => ({
    id: String(notice.id),
    createdAt: notice.createdAt.toISOString(),
    payerId: notice.payerId,
    henkilotunnus: hetu,
    fullName: `${firstNames} ${lastName}`,
    event: notice.event,
    startDate: notice.startDate,
    endDate: notice.endDate,
    details: notice.details,
  }));
}
