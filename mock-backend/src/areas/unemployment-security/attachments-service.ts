// The files of an answer to a request for clarification: storing an upload before the answer is sent,
// and removing one not sent yet. The bytes are stored as they stream in (attachment-bytes.ts), with no
// transaction open meanwhile; then one short transaction under the request's row lock checks the
// rules and commits the row that refers to them. Bytes whose row never came are removed at once, or
// by the sweep (storage/prune.ts) after a crash. Every change goes through the request's row lock, so
// a removal cannot slip between an answer's check and its send.
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
import { setImmediate } from 'node:timers/promises';
import type { Foreground } from '../../platform/foreground.js';
import { ATTACHMENT_CHUNK_BYTES, appendChunk, beginUpload, dropUpload } from '../../platform/attachments/attachment-bytes.js';
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
import type { ChunkSink, ReceivedFile } from '../../platform/attachments/upload.js';

export interface AttachmentDeps {
  readonly db: Database;
  readonly clock: Clock;
  /** The most an answer's files may take together (config ANSWER_MAX_BYTES). */
  readonly answerMaxBytes: number;
  /** Each chunk waits for a moment when nobody else is being served (platform/foreground.ts). */
  readonly foreground: Foreground;
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

const answerTooLarge = (answerMaxBytes: number) =>
  httpError(413, API_ERROR_CODES.payloadTooLarge, `The answer's files together would be larger than ${answerMaxBytes} bytes.`, [
    { path: 'file', message: E.answerTooLarge },
  ]);

/** Reads the file from the request into a sink the service gives; the router's part (upload.ts). */
export type Receive = (sink: ChunkSink, chunkBytes: number) => Promise<ReceivedFile>;

interface Upload {
  readonly sink: ChunkSink;
  readonly id: () => string | undefined;
}

/**
 * Where the bytes go: an upload row once the type is accepted, then a row per chunk, each its own
 * statement. The request's pending bytes are read once before: a file that would take the answer
 * past its limit is refused as soon as it does, not after it has all come (the commit checks again).
 */
function uploadInto(deps: AttachmentDeps, pendingBefore: number): Upload {
  const { db, clock, answerMaxBytes, foreground } = deps;
  let uploadId: string | undefined;
  let seq = 0;
  return {
    id: () => uploadId,
    sink: {
      async open() {
        uploadId = await beginUpload(db, clock());
      },
      async write(chunk, sizeSoFar) {
        if (pendingBefore + sizeSoFar > answerMaxBytes) throw answerTooLarge(answerMaxBytes);
        if (uploadId === undefined) throw new Error('A chunk came before the upload was opened');
        // Others first: a turn of the event loop, then a moment when nobody else is being served.
        await setImmediate();
        await foreground.quietMoment();
        await appendChunk(db, uploadId, seq, chunk);
        seq += 1;
      },
    },
  };
}

interface Committed {
  readonly stored: AttachmentRow | undefined;
  readonly replay: AttachmentRow | undefined;
}

/** The one short transaction at the end: the rules under the request's lock, then the row. */
async function commitUpload(
  deps: AttachmentDeps,
  personId: string,
  requestId: string,
  key: string,
  file: ReceivedFile & { readonly uploadId: string },
): Promise<Committed> {
  const { db, clock, answerMaxBytes } = deps;
  return db.transaction(async (tx) => {
    const row = await lockRequest(tx, personId, requestId);
    if (!row || !isRequest(row)) notFound('request for clarification');
    const first = await findAttachmentByKey(tx, personId, key);
    if (first) return { stored: undefined, replay: first };
    if (!isOpen(effectiveState(row.request, helsinkiDate(clock())))) closed('This request is no longer open for attachments.');
    const pending = (await listAttachments(tx, requestId)).filter((existing) => existing.answerId === null);
    if (pending.length >= ATTACHMENTS_PER_ANSWER_MAX) {
      invalid(`At most ${ATTACHMENTS_PER_ANSWER_MAX} files can be sent at once.`, 'file', E.attachmentsTooMany);
    }
    if ((await pendingBytes(tx, requestId)) + file.size > answerMaxBytes) throw answerTooLarge(answerMaxBytes);
    const inserted = await insertAttachment(tx, {
      personId,
      requestId,
      answerId: null,
      idempotencyKey: key,
      fileName: file.fileName,
      mediaType: file.mediaType,
      size: file.size,
      uploadId: file.uploadId,
      uploadedAt: clock(),
    });
    return inserted ? { stored: inserted, replay: undefined } : { stored: undefined, replay: await findAttachmentByKey(tx, personId, key) };
  });
}

/** Stores an uploaded file for a request still open, within the count and size limits of one answer. */
export async function storeUpload(
  deps: AttachmentDeps,
  personId: string,
  requestId: string,
  key: string,
  receive: Receive,
): Promise<UploadOutcome> {
  const upload = uploadInto(deps, await pendingBytes(deps.db, requestId));
  let committed: Committed | undefined;
  try {
    const file = await receive(upload.sink, ATTACHMENT_CHUNK_BYTES);
    const uploadId = upload.id();
    if (uploadId === undefined) throw new Error('A file was received but never stored');
    committed = await commitUpload(deps, personId, requestId, key, { ...file, uploadId });
  } finally {
    // Nothing refers to the bytes unless their row was committed. Best effort: the sweep gets the rest.
    const uploadId = upload.id();
    if (committed?.stored === undefined && uploadId !== undefined) {
      await dropUpload(deps.db, uploadId).catch((error: unknown) => console.error('Removing a refused upload failed:', error));
    }
  }
  const row = committed.stored ?? committed.replay;
  if (!row) throw new Error('An attachment key conflicted, but no attachment has it');
  return {
    created: committed.stored !== undefined,
    attachment: parseOrThrow(AttachmentSchema, toAttachment(row), `POST ${PATHS.requestAttachments(':id')}`),
  };
}

/** Removes the person's file not sent yet; a 404 for an unknown one, a 409 for one sent already. */
export async function removeAttachment({ db }: AttachmentDeps, personId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await findAttachment(tx, personId, id);
    // Unknown, another person's, or removed already (a retried removal): the client treats 404 as gone.
    if (!row) notFound('attachment');
    // Through the request's lock, so a removal cannot slip between an answer's check and its send.
    await lockRequest(tx, personId, row.requestId);
    const deleted = await deletePendingAttachment(tx, personId, id);
    if (!deleted) closed('This file has been sent already; it cannot be removed.');
    // The bytes go with their row, in the same transaction: nothing is left to sweep.
    await dropUpload(tx, deleted.uploadId);
  });
}

/** As platform/idempotency.ts accepts them. */
const UPLOAD_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Removes a file by the key it was uploaded with: one whose upload failed without an answer may
 * still have been stored, and the form removes it so nothing the person removed comes back.
 */
export async function removeUpload({ db }: AttachmentDeps, personId: string, key: unknown): Promise<void> {
  const row = typeof key === 'string' && UPLOAD_KEY.test(key) ? await findAttachmentByKey(db, personId, key) : undefined;
  if (!row) notFound('upload');
  await db.transaction(async (tx) => {
    await lockRequest(tx, personId, row.requestId);
    const deleted = await deletePendingAttachment(tx, personId, row.id);
    if (!deleted) closed('This file has been sent already; it cannot be removed.');
    // The bytes go with their row, in the same transaction: nothing is left to sweep.
    await dropUpload(tx, deleted.uploadId);
  });
}
