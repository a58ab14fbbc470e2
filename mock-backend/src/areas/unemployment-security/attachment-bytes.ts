// The bytes of uploaded attachments, in the database (storage/schema/unemployment-security.ts): an
// upload's row, then its chunks as they arrive, so a file takes one chunk of memory at a time on the
// way in and on the way out, and any instance serves any file. Nothing here holds a transaction
// while a client sends or reads: each chunk is one statement of its own.
import { Readable } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import { attachmentChunks, attachmentUploads } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

/** Bytes per stored chunk: small enough that 40 uploads at once hold 10 MB, big enough that a 10 MB file is 40 rows. */
export const ATTACHMENT_CHUNK_BYTES = 256 * 1024;

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
 * Removes an upload and (by cascade) its chunks, once no attachment refers to it; one still referred
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
