// The module store's queries (tables module_files, module_file_uploads, module_file_chunks): a
// version's files by path, and their bytes as chunks of an upload row, written and read one chunk per
// statement. On the embedded database a statement runs on the server's one thread: a 20 MB file in
// one bytea value took 1.3 s to insert and 0.8 s to read back, during which nobody else was served;
// a 64 KB chunk takes milliseconds. So the bytes go in and come out a chunk at a time, with a turn of
// the event loop (and, for writes, a quiet moment: platform/foreground.ts) between chunks, and no
// transaction is held while they do: only the file's row is committed in one short transaction.
import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { moduleFileChunks, moduleFileUploads, moduleFiles, moduleVersions } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

/** Bytes per stored chunk, as for attachments (platform/attachments/attachment-bytes.ts): one insert is about 20 ms on PGlite. */
export const MODULE_FILE_CHUNK_BYTES = 64 * 1024;

export type ModuleFileRow = typeof moduleFiles.$inferSelect;

/** What a file's row says about it, without where its bytes are. */
export type ModuleFileInfo = Pick<ModuleFileRow, 'path' | 'size' | 'contentType' | 'integrity' | 'createdAt'>;

const byVersion = (area: string, version: string) => and(eq(moduleFiles.area, area), eq(moduleFiles.version, version));

export async function findModuleFile(db: Database, area: string, version: string, path: string): Promise<ModuleFileRow | undefined> {
  const [row] = await db
    .select()
    .from(moduleFiles)
    .where(and(byVersion(area, version), eq(moduleFiles.path, path)));
  return row;
}

/** A file of a published version only (module_versions has it): what /modules/<area>/<version>/ serves. */
export async function findPublishedModuleFile(
  db: Database,
  area: string,
  version: string,
  path: string,
): Promise<ModuleFileRow | undefined> {
  const [row] = await db
    .select({ file: moduleFiles })
    .from(moduleFiles)
    .innerJoin(moduleVersions, and(eq(moduleVersions.area, moduleFiles.area), eq(moduleVersions.version, moduleFiles.version)))
    .where(and(byVersion(area, version), eq(moduleFiles.path, path)));
  return row?.file;
}

/** The version's files by path (their rows, not their bytes). */
export async function listModuleFiles(db: Database, area: string, version: string): Promise<ModuleFileRow[]> {
  return db.select().from(moduleFiles).where(byVersion(area, version)).orderBy(asc(moduleFiles.path));
}

export async function countModuleFiles(db: Database, area: string, version: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(moduleFiles).where(byVersion(area, version));
  return row?.n ?? 0;
}

/** Waits before each chunk is written: for others to be served first. */
export type Pace = () => Promise<void>;

/**
 * Writes the bytes as a new upload's chunks, each its own statement after `pace`; returns the
 * upload's id. Nothing refers to it yet: the caller commits a file row that does, or drops it.
 */
export async function writeModuleFileUpload(db: Database, bytes: Uint8Array, now: Date, pace: Pace): Promise<string> {
  const [upload] = await db.insert(moduleFileUploads).values({ startedAt: now }).returning({ id: moduleFileUploads.id });
  if (!upload) throw new Error('The upload was not started');
  for (let offset = 0, seq = 0; offset < bytes.byteLength; offset += MODULE_FILE_CHUNK_BYTES, seq++) {
    await pace();
    await db.insert(moduleFileChunks).values({ uploadId: upload.id, seq, bytes: bytes.subarray(offset, offset + MODULE_FILE_CHUNK_BYTES) });
  }
  return upload.id;
}

/**
 * Removes an upload and (by cascade) its chunks, unless a file refers to it: the bytes of a refused,
 * unchanged or replaced upload. Best effort: what is left, storage/prune.ts removes after an hour.
 */
export async function dropModuleFileUpload(db: Database, uploadId: string): Promise<void> {
  await db
    .delete(moduleFileUploads)
    .where(
      and(
        eq(moduleFileUploads.id, uploadId),
        sql`not exists (select 1 from module_files where module_files.upload_id = ${moduleFileUploads.id})`,
      ),
    );
}

async function* chunksOf(db: Database, uploadId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    // The embedded database answers within the same turn of the event loop: without this, a whole
    // file would be read before anyone else's request is looked at.
    if (seq > 0) await setImmediate();
    const [row] = await db
      .select({ bytes: moduleFileChunks.bytes })
      .from(moduleFileChunks)
      .where(and(eq(moduleFileChunks.uploadId, uploadId), eq(moduleFileChunks.seq, seq)));
    if (!row) return;
    yield row.bytes;
  }
}

/** A file's bytes, whole (for what is parsed, hashed or cached); a file whose chunks do not add up to its size is an error. */
export async function readModuleFileBytes(db: Database, file: Pick<ModuleFileRow, 'uploadId' | 'size' | 'path'>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of chunksOf(db, file.uploadId)) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  if (bytes.byteLength !== file.size) throw new Error(`The stored bytes of module file ${file.path} are not all there`);
  return bytes;
}

/** A file's bytes in order, one chunk read when the reader wants the next (a slow download's backpressure). */
export function moduleFileStream(db: Database, uploadId: string): Readable {
  return Readable.from(chunksOf(db, uploadId), { objectMode: false, highWaterMark: 1 });
}

export type NewModuleFile = Omit<ModuleFileRow, 'createdAt'> & { readonly createdAt: Date };

/**
 * Stores a file's row, or moves an existing one to new bytes, in the caller's transaction; returns
 * the upload the row referred to before (to drop once committed), if any.
 */
export async function putModuleFileRow(tx: Database, file: NewModuleFile): Promise<{ readonly replacedUploadId: string | undefined }> {
  const existing = await findModuleFile(tx, file.area, file.version, file.path);
  if (!existing) {
    await tx.insert(moduleFiles).values(file);
    return { replacedUploadId: undefined };
  }
  await tx
    .update(moduleFiles)
    .set({ uploadId: file.uploadId, size: file.size, contentType: file.contentType, integrity: file.integrity, createdAt: file.createdAt })
    .where(and(byVersion(file.area, file.version), eq(moduleFiles.path, file.path)));
  return { replacedUploadId: existing.uploadId };
}

/** Stores a file's row unless the path is taken (another instance, or an earlier start, was first). */
export async function insertModuleFileIfAbsent(db: Database, file: NewModuleFile): Promise<boolean> {
  const inserted = await db.insert(moduleFiles).values(file).onConflictDoNothing().returning({ path: moduleFiles.path });
  return inserted.length > 0;
}

/** Removes a version's file rows in the caller's transaction; returns their uploads, to drop once committed. */
export async function deleteModuleFileRows(tx: Database, area: string, version: string): Promise<string[]> {
  const gone = await tx.delete(moduleFiles).where(byVersion(area, version)).returning({ uploadId: moduleFiles.uploadId });
  return gone.map((row) => row.uploadId);
}
