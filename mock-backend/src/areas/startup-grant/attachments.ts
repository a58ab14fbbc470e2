// The person's files for the start-up grant: stored as they stream in, content-checked by the same
// platform code as the answers to requests for clarification (platform/attachments/: the name, the
// type from the first bytes, the size at every chunk), with no transaction open meanwhile; then one
// short transaction under the person's row lock checks the count and total and commits the row. A
// file is pending until it is sent with an application, a supplement answer or a payment application.
import { setImmediate } from 'node:timers/promises';
import { API_ERROR_CODES, parseOrThrow } from '@portal/shared-contracts';
import { STARTUP_GRANT_ERRORS as E, STARTUP_GRANT_PATHS as PATHS } from '@portal/shared-contracts/startup-grant';
import { AttachmentSchema, type Attachment, type AttachmentLimits } from '@portal/shared-contracts/unemployment-security';
import { ATTACHMENT_CHUNK_BYTES, appendChunk, beginUpload, dropUpload } from '../../platform/attachments/attachment-bytes.js';
import type { ChunkSink, ReceivedFile } from '../../platform/attachments/upload.js';
import type { Clock } from '../../platform/clock.js';
import { httpError } from '../../platform/errors.js';
import type { Foreground } from '../../platform/foreground.js';
import type { Database } from '../../storage/storage.js';
import { withPersonLocked } from '../profile/changes-store.js';
import { toAttachment } from './service.js';
import { deletePendingAttachment, findAttachment, findAttachmentByKey, insertAttachment, pendingOf, type AttachmentRow } from './store.js';

export interface FileDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly limits: AttachmentLimits;
  readonly foreground: Foreground;
}

export type Receive = (sink: ChunkSink, chunkBytes: number) => Promise<ReceivedFile>;

const tooMuch = (limits: AttachmentLimits) =>
  httpError(
    413,
    API_ERROR_CODES.payloadTooLarge,
    `Your files waiting to be sent would be larger than ${limits.maxAnswerBytes} bytes together.`,
    [{ path: 'file', message: 'answer.too-large' }],
  );

const shown = (row: AttachmentRow): Attachment => parseOrThrow(AttachmentSchema, toAttachment(row), `POST ${PATHS.attachments}`);

/** An earlier upload with this key, as its retry gets it back. */
export async function replayedFile(db: Database, personId: string, key: string): Promise<Attachment | undefined> {
  const row = await findAttachmentByKey(db, personId, key);
  return row ? shown(row) : undefined;
}

/** Stores an uploaded file as pending, within the count and size limits of what waits to be sent. */
export async function storeFile(
  deps: FileDeps,
  personId: string,
  key: string,
  receive: Receive,
): Promise<{ created: boolean; attachment: Attachment }> {
  const { db, clock, limits, foreground } = deps;
  const before = await pendingOf(db, personId);
  if (before.count >= limits.maxFiles) {
    throw httpError(400, API_ERROR_CODES.validationFailed, `At most ${limits.maxFiles} files can wait to be sent.`, [
      { path: 'file', message: E.attachmentsTooMany },
    ]);
  }
  let uploadId: string | undefined;
  let seq = 0;
  const sink: ChunkSink = {
    async open() {
      uploadId = await beginUpload(db, clock());
    },
    async write(chunk, sizeSoFar) {
      if (before.bytes + sizeSoFar > limits.maxAnswerBytes) throw tooMuch(limits);
      if (uploadId === undefined) throw new Error('A chunk came before the upload was opened');
      // Others first: a turn of the event loop, then a moment when nobody else is being served.
      await setImmediate();
      await foreground.quietMoment();
      await appendChunk(db, uploadId, seq, chunk);
      seq += 1;
    },
  };
  let stored: AttachmentRow | undefined;
  try {
    const file = await receive(sink, ATTACHMENT_CHUNK_BYTES);
    const id = uploadId;
    if (id === undefined) throw new Error('A file was received but never stored');
    stored = await withPersonLocked(db, personId, async (tx) => {
      const first = await findAttachmentByKey(tx, personId, key);
      if (first) return undefined;
      const pending = await pendingOf(tx, personId);
      if (pending.count >= limits.maxFiles) {
        throw httpError(400, API_ERROR_CODES.validationFailed, `At most ${limits.maxFiles} files can wait to be sent.`, [
          { path: 'file', message: E.attachmentsTooMany },
        ]);
      }
      if (pending.bytes + file.size > limits.maxAnswerBytes) throw tooMuch(limits);
      return insertAttachment(tx, { personId, idempotencyKey: key, ...file, uploadId: id, uploadedAt: clock() });
    });
  } finally {
    // Nothing refers to the bytes unless their row was committed. Best effort: the sweep gets the rest.
    if (stored === undefined && uploadId !== undefined) {
      await dropUpload(db, uploadId).catch((error: unknown) => console.error('Removing a refused upload failed:', error));
    }
  }
  if (stored) return { created: true, attachment: shown(stored) };
  const replay = await findAttachmentByKey(db, personId, key);
  if (!replay) throw new Error('An attachment key conflicted, but no attachment has it');
  return { created: false, attachment: shown(replay) };
}

/** Removes the person's file not sent yet: 404 for an unknown one, 409 for one sent already. */
export async function removeFile(db: Database, personId: string, id: string): Promise<void> {
  await withPersonLocked(db, personId, async (tx) => {
    const row = await findAttachment(tx, personId, id);
    if (!row) throw httpError(404, API_ERROR_CODES.notFound, 'No such attachment.');
    const deleted = await deletePendingAttachment(tx, personId, id);
    if (!deleted) {
      throw httpError(409, API_ERROR_CODES.conflict, 'This file has been sent already; it cannot be removed.', [
        { path: 'id', message: E.stateConflict },
      ]);
    }
    // The bytes go with their row, in the same transaction: nothing is left to sweep.
    await dropUpload(tx, deleted.uploadId);
  });
}
