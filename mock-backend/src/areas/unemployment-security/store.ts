// Unemployment-security data: the events the office issued to a person, the requests for
// clarification with their answers, and the attachments (their rows; the bytes are in
// src/areas/unemployment-security/attachment-files.ts). The routes put these together, one transaction per write,
// with the request's row locked.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { RequestState } from '@portal/shared-contracts/unemployment-security';
import { attachments, clarificationAnswers, clarificationRequests, unemploymentEvents } from '../../storage/schema/index.js';
import { findByKey, findOwn, listBy } from '../../storage/rows.js';
import type { Database } from '../../storage/storage.js';

export type EventRow = typeof unemploymentEvents.$inferSelect;
export type NewEvent = Omit<typeof unemploymentEvents.$inferInsert, 'id'> & { id?: string };
export type RequestRow = typeof clarificationRequests.$inferSelect;
export type AnswerRow = typeof clarificationAnswers.$inferSelect;
export type NewAnswer = Omit<typeof clarificationAnswers.$inferInsert, 'id'>;
export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachment = Omit<typeof attachments.$inferInsert, 'id'>;

/** An event with its request columns when it is a request for clarification. */
export interface EventWithRequest {
  readonly event: EventRow;
  readonly request: RequestRow | null;
}

/** The person's events, newest first by issue date (then by creation, for events of one day). */
export async function listEvents(db: Database, personId: string): Promise<EventWithRequest[]> {
  return db
    .select({ event: unemploymentEvents, request: clarificationRequests })
    .from(unemploymentEvents)
    .leftJoin(clarificationRequests, eq(clarificationRequests.eventId, unemploymentEvents.id))
    .where(eq(unemploymentEvents.personId, personId))
    .orderBy(desc(unemploymentEvents.issuedOn), desc(unemploymentEvents.createdAt));
}

/** The person's event by id; another person's id finds nothing, exactly like an unknown one. */
export async function findEvent(db: Database, personId: string, id: string): Promise<EventWithRequest | undefined> {
  const [row] = await db
    .select({ event: unemploymentEvents, request: clarificationRequests })
    .from(unemploymentEvents)
    .leftJoin(clarificationRequests, eq(clarificationRequests.eventId, unemploymentEvents.id))
    .where(and(eq(unemploymentEvents.id, id), eq(unemploymentEvents.personId, personId)));
  return row;
}

/**
 * Locks the person's request until the transaction ends: answers, supplements and uploads of one
 * request happen one at a time, so the per-answer size limit and the state cannot be raced past.
 */
export async function lockRequest(tx: Database, personId: string, id: string): Promise<EventWithRequest | undefined> {
  const [row] = await tx
    .select({ event: unemploymentEvents, request: clarificationRequests })
    .from(clarificationRequests)
    .innerJoin(unemploymentEvents, eq(clarificationRequests.eventId, unemploymentEvents.id))
    .where(and(eq(clarificationRequests.eventId, id), eq(unemploymentEvents.personId, personId)))
    .for('update', { of: clarificationRequests });
  return row;
}

/** The office side: a request by id whoever it belongs to, locked. */
export async function lockRequestForOffice(tx: Database, id: string): Promise<RequestRow | undefined> {
  const [row] = await tx.select().from(clarificationRequests).where(eq(clarificationRequests.eventId, id)).for('update');
  return row;
}

export async function insertEvent(db: Database, event: NewEvent): Promise<EventRow> {
  const [row] = await db.insert(unemploymentEvents).values(event).returning();
  if (!row) throw new Error('The event was not stored');
  return row;
}

export async function insertRequest(db: Database, request: typeof clarificationRequests.$inferInsert): Promise<void> {
  await db.insert(clarificationRequests).values(request);
}

export async function setRequestState(db: Database, id: string, state: RequestState, now: Date): Promise<void> {
  await db.update(clarificationRequests).set({ state, stateChangedAt: now }).where(eq(clarificationRequests.eventId, id));
}

export async function listAnswers(db: Database, requestId: string): Promise<AnswerRow[]> {
  return listBy(db, clarificationAnswers, clarificationAnswers.requestId, requestId, [asc(clarificationAnswers.receivedAt)]);
}

export async function findAnswerByKey(db: Database, personId: string, key: string): Promise<AnswerRow | undefined> {
  return findByKey(db, clarificationAnswers, clarificationAnswers.idempotencyKey, personId, key);
}

export async function insertAnswer(db: Database, answer: NewAnswer): Promise<AnswerRow> {
  const [row] = await db.insert(clarificationAnswers).values(answer).returning();
  if (!row) throw new Error('The answer was not stored');
  return row;
}

/** Every attachment of a request, sent or pending, oldest first. */
export async function listAttachments(db: Database, requestId: string): Promise<AttachmentRow[]> {
  return listBy(db, attachments, attachments.requestId, requestId, [asc(attachments.uploadedAt), asc(attachments.id)]);
}

export async function findAttachment(db: Database, personId: string, id: string): Promise<AttachmentRow | undefined> {
  return findOwn(db, attachments, personId, id);
}

export async function findAttachmentByKey(db: Database, personId: string, key: string): Promise<AttachmentRow | undefined> {
  return findByKey(db, attachments, attachments.idempotencyKey, personId, key);
}

/** Stores the row unless the person's key is taken already (a retry that raced its first try); undefined then. */
export async function insertAttachment(db: Database, attachment: NewAttachment): Promise<AttachmentRow | undefined> {
  const [row] = await db.insert(attachments).values(attachment).onConflictDoNothing().returning();
  return row;
}

/** Bytes of the request's pending uploads: what the next answer or supplement would carry. */
export async function pendingBytes(db: Database, requestId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(${attachments.size})` })
    .from(attachments)
    .where(and(eq(attachments.requestId, requestId), isNull(attachments.answerId)));
  return Number(row?.total ?? 0);
}

/** Ties pending uploads to the answer that sends them. */
export async function attachToAnswer(db: Database, ids: readonly string[], answerId: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(attachments)
    .set({ answerId })
    .where(and(inArray(attachments.id, [...ids]), isNull(attachments.answerId)));
}

/** Removes a pending upload's row; a sent one stays. The removed row, so its file can go too. */
export async function deletePendingAttachment(db: Database, personId: string, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .delete(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.personId, personId), isNull(attachments.answerId)))
    .returning();
  return row;
}
