// The start-up grant's queries. Rules are service.ts's; nothing here decides.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { StepKind } from '@portal/shared-contracts/startup-grant';
import {
  startupGrantApplications as applications,
  startupGrantAttachments as attachments,
  startupGrantPayments as payments,
  startupGrantPeriods as periods,
  startupGrantSteps as steps,
  startupGrantSupplements as supplements,
} from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type StepRow = typeof steps.$inferSelect;
export type SupplementRow = typeof supplements.$inferSelect;
export type PeriodRow = typeof periods.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type AttachmentRow = typeof attachments.$inferSelect;

export function listApplications(db: Database, personId: string): Promise<ApplicationRow[]> {
  return db.select().from(applications).where(eq(applications.personId, personId)).orderBy(desc(applications.submittedAt));
}

export async function findApplicationByKey(db: Database, personId: string, key: string): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.personId, personId), eq(applications.idempotencyKey, key)));
  return row;
}

/** For the office: the application locked for its change. */
export async function lockApplication(db: Database, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.id, id)).for('update');
  return row;
}

export async function insertApplication(db: Database, values: typeof applications.$inferInsert): Promise<ApplicationRow> {
  const [row] = await db.insert(applications).values(values).returning();
  if (!row) throw new Error('The application was not stored');
  return row;
}

export async function setApplicationState(
  db: Database,
  id: string,
  values: Partial<Pick<ApplicationRow, 'state' | 'decidedAt' | 'rejectionReason'>>,
): Promise<void> {
  await db.update(applications).set(values).where(eq(applications.id, id));
}

export async function insertStep(db: Database, applicationId: string, kind: StepKind, at: Date): Promise<void> {
  await db.insert(steps).values({ applicationId, kind, at });
}

export function listSteps(db: Database, applicationIds: readonly string[]): Promise<StepRow[]> {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(steps)
    .where(inArray(steps.applicationId, [...applicationIds]))
    .orderBy(asc(steps.at), asc(steps.id));
}

export function listSupplements(db: Database, applicationIds: readonly string[]): Promise<SupplementRow[]> {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(supplements)
    .where(inArray(supplements.applicationId, [...applicationIds]))
    .orderBy(asc(supplements.requestedAt));
}

export async function insertSupplement(db: Database, values: typeof supplements.$inferInsert): Promise<SupplementRow> {
  const [row] = await db.insert(supplements).values(values).returning();
  if (!row) throw new Error('The supplement request was not stored');
  return row;
}

export async function lockSupplement(db: Database, personId: string, id: string): Promise<SupplementRow | undefined> {
  const [row] = await db
    .select()
    .from(supplements)
    .where(and(eq(supplements.id, id), eq(supplements.personId, personId)))
    .for('update');
  return row;
}

export async function answerSupplement(
  db: Database,
  id: string,
  values: Pick<SupplementRow, 'answerText' | 'answeredAt' | 'late' | 'answerIdempotencyKey'>,
): Promise<SupplementRow> {
  const [row] = await db.update(supplements).set(values).where(eq(supplements.id, id)).returning();
  if (!row) throw new Error('The supplement was not answered');
  return row;
}

export function listPeriods(db: Database, applicationIds: readonly string[]): Promise<PeriodRow[]> {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(periods)
    .where(inArray(periods.applicationId, [...applicationIds]))
    .orderBy(asc(periods.startsOn));
}

export async function insertPeriods(db: Database, values: (typeof periods.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await db.insert(periods).values(values);
}

export function listPayments(db: Database, personId: string): Promise<PaymentRow[]> {
  return db.select().from(payments).where(eq(payments.personId, personId));
}

export async function findPaymentByKey(db: Database, personId: string, key: string): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.personId, personId), eq(payments.idempotencyKey, key)));
  return row;
}

export async function insertPayment(db: Database, values: typeof payments.$inferInsert): Promise<PaymentRow> {
  const [row] = await db.insert(payments).values(values).returning();
  if (!row) throw new Error('The payment application was not stored');
  return row;
}

export async function lockPayment(db: Database, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id)).for('update');
  return row;
}

export async function setPayment(db: Database, id: string, values: Pick<PaymentRow, 'state' | 'paymentDate'>): Promise<void> {
  await db.update(payments).set(values).where(eq(payments.id, id));
}

export function listAttachments(db: Database, personId: string): Promise<AttachmentRow[]> {
  return db.select().from(attachments).where(eq(attachments.personId, personId)).orderBy(asc(attachments.uploadedAt), asc(attachments.id));
}

export async function findAttachment(db: Database, personId: string, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.personId, personId)));
  return row;
}

export async function findAttachmentByKey(db: Database, personId: string, key: string): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.personId, personId), eq(attachments.idempotencyKey, key)));
  return row;
}

const pending = () => and(isNull(attachments.applicationId), isNull(attachments.supplementId), isNull(attachments.paymentId));

export async function pendingOf(db: Database, personId: string): Promise<{ count: number; bytes: number }> {
  const [row] = await db
    .select({ count: sql<string>`count(*)`, bytes: sql<string | null>`sum(${attachments.size})` })
    .from(attachments)
    .where(and(eq(attachments.personId, personId), pending()));
  return { count: Number(row?.count ?? 0), bytes: Number(row?.bytes ?? 0) };
}

export async function insertAttachment(db: Database, values: typeof attachments.$inferInsert): Promise<AttachmentRow | undefined> {
  const [row] = await db.insert(attachments).values(values).onConflictDoNothing().returning();
  return row;
}

/** Claims the person's pending files for what they are sent with; the ids of those claimed. */
export async function claimAttachments(
  db: Database,
  personId: string,
  ids: readonly string[],
  owner: Partial<Pick<AttachmentRow, 'applicationId' | 'supplementId' | 'paymentId'>>,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .update(attachments)
    .set(owner)
    .where(and(eq(attachments.personId, personId), inArray(attachments.id, [...ids]), pending()))
    .returning({ id: attachments.id });
  return rows.map((row) => row.id);
}

export async function deletePendingAttachment(db: Database, personId: string, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .delete(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.personId, personId), pending()))
    .returning();
  return row;
}
