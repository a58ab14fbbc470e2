// Unemployment-security data (työttömyysturvatiedot)
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@portal/shared-contracts';
import type {
  AttachmentMediaType,
  Contact,
  EventKind,
  PaymentNoticeKind,
  RequestState,
} from '@portal/shared-contracts/unemployment-security';
import { bytea, day, idempotencyKey, ownedBy, randomId, timestamptz, uniqueKeyPerPerson } from './columns.js';
import { personRef } from './profile.js';

/** What an event carries beyond its columns, by kind (see the contracts' unemployment-security DTOs). */
export type UnemploymentEventDetail =
  | {
      kind: 'statement';
      cancelledOn: string | null;
      cancellationReason: LocalizedText | null;
      payer: LocalizedText;
      body: LocalizedText[];
      legalBasis: LocalizedText;
      effectiveFrom: string | null;
      issuer: Contact;
    }
  | {
      kind: 'payment-notice';
      noticeKind: PaymentNoticeKind;
      training: LocalizedText;
      /** The training of the catalogue (storage/schema/training.ts) it is about, when it is one. */
      trainingId?: string;
      provider: string;
      startDate: string | null;
      endDate: string | null;
      payer: LocalizedText;
      body: LocalizedText[];
      issuer: Contact;
    }
  | {
      kind: 'clarification-request';
      explain: LocalizedText[];
      requiredAttachments: LocalizedText[];
      contact: Contact;
    };

/** The events the office issued to a person: statements, requests for clarification, payment notices. */
export const unemploymentEvents = pgTable(
  'unemployment_events',
  {
    id: randomId(),
    personId: personRef(),
    kind: text('kind').$type<EventKind>().notNull(),
    issuedOn: day('issued_on').notNull(),
    subject: jsonb('subject').$type<LocalizedText>().notNull(),
    detail: jsonb('detail').$type<UnemploymentEventDetail>().notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    index('unemployment_events_person_idx').on(t.personId, t.issuedOn),
    check('unemployment_events_kind', sql`${t.kind} in ('statement', 'clarification-request', 'payment-notice')`),
  ],
);

/** A request for clarification's state and return date: the columns its rules query and lock. */
export const clarificationRequests = pgTable(
  'clarification_requests',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => unemploymentEvents.id, { onDelete: 'cascade' }),
    state: text('state').$type<RequestState>().notNull(),
    returnDate: day('return_date').notNull(),
    stateChangedAt: timestamptz('state_changed_at').notNull(),
  },
  (t) => [
    check(
      'clarification_requests_state',
      sql`${t.state} in ('awaiting-answer', 'awaiting-attachments', 'in-processing', 'processed', 'unfounded', 'further-clarification-requested')`,
    ),
  ],
);

/** The person's answer to a request, and later supplements of attachments. */
export const clarificationAnswers = pgTable(
  'clarification_answers',
  {
    id: randomId(),
    requestId: ownedBy('request_id', () => clarificationRequests.eventId),
    personId: personRef(),
    kind: text('kind').$type<'answer' | 'supplement'>().notNull(),
    text: text('text'),
    late: boolean('late').notNull(),
    receivedAt: timestamptz('received_at').notNull(),
    idempotencyKey: idempotencyKey(),
  },
  (t) => [
    uniqueKeyPerPerson('clarification_answers', t),
    index('clarification_answers_request_idx').on(t.requestId, t.receivedAt),
    check('clarification_answers_kind', sql`${t.kind} in ('answer', 'supplement')`),
    // One answer with text per request; supplements may be many.
    uniqueIndex('clarification_answers_one_answer')
      .on(t.requestId)
      .where(sql`${t.kind} = 'answer'`),
  ],
);

/**
 * The bytes of one uploaded file, as they arrive: the upload's row first, then its chunks, and only
 * at the end, in one short transaction, the attachment that refers to it. An upload no attachment
 * refers to was refused, aborted or cut by a crash; src/storage/prune.ts removes it (and by cascade
 * its chunks). In the database, not on an instance's disk, so any instance serves any file.
 */
export const attachmentUploads = pgTable(
  'attachment_uploads',
  {
    id: randomId(),
    startedAt: timestamptz('started_at').notNull(),
  },
  (t) => [index('attachment_uploads_started_at_idx').on(t.startedAt)],
);

/** An upload's bytes in order, a chunk at a time (ATTACHMENT_CHUNK_BYTES, the last one shorter). */
export const attachmentChunks = pgTable(
  'attachment_chunks',
  {
    uploadId: ownedBy('upload_id', () => attachmentUploads.id),
    seq: integer('seq').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.seq] }), check('attachment_chunks_seq', sql`${t.seq} >= 0`)],
);

/**
 * What every table of a person's attached files has, whichever area takes them: the file as the
 * upload judged it (name, content type, size), its bytes (an upload of attachment_uploads), and when.
 */
export const attachmentFileColumns = () => ({
  idempotencyKey: idempotencyKey(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').$type<AttachmentMediaType>().notNull(),
  size: integer('size').notNull(),
  // No cascade: an upload goes only after its attachment has (platform/attachments/attachment-bytes.ts).
  uploadId: uuid('upload_id')
    .notNull()
    .unique()
    .references(() => attachmentUploads.id),
  uploadedAt: timestamptz('uploaded_at').notNull(),
});

/** The constraints that go with attachmentFileColumns: a key once per person, the kinds of file, a size. */
export const attachmentFileChecks = (
  table: string,
  t: { readonly personId: AnyPgColumn; readonly idempotencyKey: AnyPgColumn; readonly mediaType: AnyPgColumn; readonly size: AnyPgColumn },
) => [
  uniqueKeyPerPerson(table, t),
  check(`${table}_media_type`, sql`${t.mediaType} in ('application/pdf', 'image/jpeg', 'image/png')`),
  check(`${table}_size`, sql`${t.size} > 0`),
];

/**
 * Uploaded files. A row without an answer is pending: uploaded for the request, not yet sent. The
 * bytes are the chunks of `uploadId`; the person's own file name (cleaned, its extension the one of
 * the type found in the content) is only shown back to them.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: randomId(),
    personId: personRef(),
    requestId: ownedBy('request_id', () => clarificationRequests.eventId),
    answerId: uuid('answer_id').references(() => clarificationAnswers.id, { onDelete: 'cascade' }),
    ...attachmentFileColumns(),
  },
  (t) => [...attachmentFileChecks('attachments', t), index('attachments_request_idx').on(t.requestId)],
);
