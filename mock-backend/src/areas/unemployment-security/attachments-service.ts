// The files of an answer to a request for clarification: storing an upload before the answer is sent,
// and removing one not sent yet. Files are stored before their row is (and removed if the row is
// not), and every change goes through the request's row lock, so a removal cannot slip between an
// answer's check and its send.
import { API_ERROR_CODES, parseOrThrow } from '@portal/shared-contracts';
import {
  ATTACHMENTS_PER_ANSWER_MAX,
  AttachmentSchema,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  UNEMPLOYMENT_SECURITY_PATHS as PATHS,
  type Attachment,
} from '@portal/shared-contracts/unemployment-security';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { httpError } from '../../platform/errors.js';
import type { Database } from '../../storage/storage.js';
import type { AttachmentFiles } from './attachment-files.js';
import { closed, effectiveState, invalid, isOpen, isRequest, notFound, toAttachment } from './service.js';
import {
  deletePendingAttachment,
  findAttachment,
  findAttachmentByKey,
  insertAttachment,
  listAttachments,
  lockRequest,
  pendingBytes,
  type AttachmentRow,
} from './store.js';
import type { UploadedFile } from './upload.js';

export interface AttachmentDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly files: AttachmentFiles;
  /** The most an answer's files may take together (config ANSWER_MAX_BYTES). */
  readonly answerMaxBytes: number;
}

/** An earlier upload with this key, as its retry gets it back; one for another request is a 400. */
export async function replayedUpload(db: Database, personId: string, requestId: string, key: string): Promise<Attachment | undefined> {
  // A retry of an upload that was stored (its answer lost on the way): the first one's row.
  const replayed = await findAttachmentByKey(db, personId, key);
  if (!replayed) return undefined;
  if (replayed.requestId !== requestId) invalid('This Idempotency-Key was used for another upload.', 'Idempotency-Key', 'key.reused');
  return parseOrThrow(AttachmentSchema, toAttachment(replayed), 'upload replay');
}

export interface UploadOutcome {
  readonly created: boolean;
  readonly attachment: Attachment;
}

/** Stores an uploaded file for a request still open, within the count and size limits of one answer. */
export async function storeUpload(
  deps: AttachmentDeps,
  personId: string,
  requestId: string,
  key: string,
  file: UploadedFile,
): Promise<UploadOutcome> {
  const { db, clock, files, answerMaxBytes } = deps;
  const storageName = await files.save(file.bytes);
  let stored: AttachmentRow | undefined;
  let replay: AttachmentRow | undefined;
  try {
    ({ stored, replay } = await db.transaction(async (tx) => {
      const row = await lockRequest(tx, personId, requestId);
      if (!row || !isRequest(row)) notFound('request for clarification');
      const first = await findAttachmentByKey(tx, personId, key);
      if (first) return { stored: undefined, replay: first };
      if (!isOpen(effectiveState(row.request, helsinkiDate(clock())))) closed('This request is no longer open for attachments.');
      const pending = (await listAttachments(tx, requestId)).filter((existing) => existing.answerId === null);
      if (pending.length >= ATTACHMENTS_PER_ANSWER_MAX) {
        invalid(`At most ${ATTACHMENTS_PER_ANSWER_MAX} files can be sent at once.`, 'file', E.attachmentsTooMany);
      }
      if ((await pendingBytes(tx, requestId)) + file.bytes.byteLength > answerMaxBytes) {
        throw httpError(413, API_ERROR_CODES.payloadTooLarge, `The answer's files together would be larger than ${answerMaxBytes} bytes.`, [
          { path: 'file', message: E.answerTooLarge },
        ]);
      }
      const inserted = await insertAttachment(tx, {
        personId,
        requestId,
        answerId: null,
        idempotencyKey: key,
        fileName: file.fileName,
        mediaType: file.mediaType,
        size: file.bytes.byteLength,
        storageName,
        uploadedAt: clock(),
      });
      return inserted
        ? { stored: inserted, replay: undefined }
        : { stored: undefined, replay: await findAttachmentByKey(tx, personId, key) };
    }));
  } finally {
    // Nothing refers to the file unless its row was stored.
    if (!stored) await files.remove(storageName);
  }
  const row = stored ?? replay;
  if (!row) throw new Error('An attachment key conflicted, but no attachment has it');
  return {
    created: stored !== undefined,
    attachment: parseOrThrow(AttachmentSchema, toAttachment(row), `POST ${PATHS.requestAttachments(':id')}`),
  };
}

/** Removes the person's file not sent yet; a 404 for an unknown one, a 409 for one sent already. */
export async function removeAttachment({ db, files }: AttachmentDeps, personId: string, id: string): Promise<void> {
  const removed = await db.transaction(async (tx) => {
    const row = await findAttachment(tx, personId, id);
    // Unknown, another person's, or removed already (a retried removal): the client treats 404 as gone.
    if (!row) notFound('attachment');
    // Through the request's lock, so a removal cannot slip between an answer's check and its send.
    await lockRequest(tx, personId, row.requestId);
    const deleted = await deletePendingAttachment(tx, personId, id);
    if (!deleted) closed('This file has been sent already; it cannot be removed.');
    return deleted;
  });
  await files.remove(removed.storageName);
}

/** As platform/idempotency.ts accepts them. */
const UPLOAD_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Removes a file by the key it was uploaded with: one whose upload failed without an answer may
 * still have been stored, and the form removes it so nothing the person removed comes back.
 */
export async function removeUpload({ db, files }: AttachmentDeps, personId: string, key: unknown): Promise<void> {
  const row = typeof key === 'string' && UPLOAD_KEY.test(key) ? await findAttachmentByKey(db, personId, key) : undefined;
  if (!row) notFound('upload');
  const removed = await db.transaction(async (tx) => {
    await lockRequest(tx, personId, row.requestId);
    const deleted = await deletePendingAttachment(tx, personId, row.id);
    if (!deleted) closed('This file has been sent already; it cannot be removed.');
    return deleted;
  });
  await files.remove(removed.storageName);
}
