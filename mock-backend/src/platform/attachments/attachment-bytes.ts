// The bytes of uploaded attachments, in the database (storage/schema/unemployment-security.ts): an
// upload's row, then its chunks as they arrive, so a file takes one chunk of memory at a time on the
// way in and on the way out, and any instance serves any file. Nothing here holds a transaction
// while a client sends or reads: each chunk is one statement of its own.
import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { and, eq, sql } from 'drizzle-orm';
import { attachmentChunks, attachmentUploads } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

/**
 * Bytes per stored chunk: 40 uploads at once hold under 3 MB, a 10 MB file is 160 rows, and one
 * insert on the embedded database takes about 20 ms, which is as long as another person's query can
 * wait behind it (platform/foreground.ts).
 */
export const ATTACHMENT_CHUNK_BYTES = 64 * 1024;

/** Starts an upload: its id is what the attachment will refer to once its row is committed. */
export async function beginUpload(db: Database, now: Date): Promise<string> {
  const [row] = await db.insert(attachmentUploads).values({ startedAt: now }).returning({ id: attachmentUploads.id });
  if (!row) throw new Error('The upload was not started');
  return row.id;
}

export async function appendChunk(db: Database, uploadId: string, seq: number, bytes: Uint8Array): Promise<void> {
  await db.insert(attachmentChunks).values({ uploadId, seq, bytes });
}

/**
 * Removes an upload and (by cascade) its chunks, once no attachment (of any area that keeps files)
 * refers to it; one still referred
 * to is kept (the foreign key would refuse it anyway). Best effort for a refused upload: what is left
 * the sweep in storage/prune.ts removes.
 */
export async function dropUpload(db: Database, uploadId: string): Promise<void> {
  await db
    .delete(attachmentUploads)
    .where(
      and(
        eq(attachmentUploads.id, uploadId),
        sql`not exists (select 1 from attachments where attachments.upload_id = ${attachmentUploads.id})`,
        sql`not exists (select 1 from startup_grant_attachments where startup_grant_attachments.upload_id = ${attachmentUploads.id})`,
      ),
    );
}

/** The bytes stored for an upload (octet_length reads a stored value's size without reading it). */
export async function storedSize(db: Database, uploadId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(octet_length(${attachmentChunks.bytes}))` })
    .from(attachmentChunks)
    .where(eq(attachmentChunks.uploadId, uploadId));
  return Number(row?.total ?? 0);
}

async function* chunksOf(db: Database, uploadId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    // The embedded database answers within the same turn of the event loop, and the socket takes
    // megabytes before it pushes back: without this, a whole download could be read before anyone
    // else's request is looked at.
    if (seq > 0) await setImmediate();
    const [row] = await db
      .select({ bytes: attachmentChunks.bytes })
      .from(attachmentChunks)
      .where(and(eq(attachmentChunks.uploadId, uploadId), eq(attachmentChunks.seq, seq)));
    if (!row) return;
    yield row.bytes;
  }
}

/** An upload's bytes in order, one chunk read when the reader wants the next (backpressure of a slow download). */
export function readUpload(db: Database, uploadId: string): Readable {
  // highWaterMark 1: one chunk ahead at most, whatever the chunk size.
  return Readable.from(chunksOf(db, uploadId), { objectMode: false, highWaterMark: 1 });
}
