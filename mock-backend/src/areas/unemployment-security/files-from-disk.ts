// Attachments stored before migration 0008 kept their bytes in files under <DATA_DIR>/attachments,
// named by the id their upload row now has; the migration could only carry the rows over. At start,
// each such file is read into its upload's chunks and then removed, so an old data folder loses no
// attachment. A file is imported only while its upload has no chunks, in one transaction per file:
// a crash halfway leaves the file, and the next start imports it again.
import { createReadStream } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { attachmentChunks, attachments } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { ATTACHMENT_CHUNK_BYTES } from '../../platform/attachments/attachment-bytes.js';

const UUID_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface ImportedFiles {
  /** Files read into the database and removed. */
  readonly imported: number;
  /** Files left where they are: no attachment refers to them, or their bytes are already stored. */
  readonly left: number;
}

/** Imports the files of `dir` (which may not exist) as described above. */
export async function importAttachmentFiles(db: Database, dir: string): Promise<ImportedFiles> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { imported: 0, left: 0 };
  }
  let imported = 0;
  let left = 0;
  for (const name of names.filter((entry) => UUID_NAME.test(entry))) {
    const done = await db
      .transaction(async (tx) => {
        // Locked, then the chunks counted in a statement of their own: another instance starting at the
        // same time on the same database waits here, and then finds the bytes stored.
        const [row] = await tx.select({ size: attachments.size }).from(attachments).where(eq(attachments.uploadId, name)).for('update');
        if (!row) return false;
        const [stored] = await tx.select({ n: count() }).from(attachmentChunks).where(eq(attachmentChunks.uploadId, name));
        if ((stored?.n ?? 0) > 0) return false;
        let seq = 0;
        let size = 0;
        // One chunk in memory at a time, as for an upload.
        for await (const chunk of createReadStream(join(dir, name), { highWaterMark: ATTACHMENT_CHUNK_BYTES })) {
          const bytes = chunk as Buffer;
          size += bytes.length;
          await tx.insert(attachmentChunks).values({ uploadId: name, seq: seq++, bytes });
        }
        // A file of another size is not this attachment's bytes: nothing is stored from it.
        if (size !== row.size) throw new SizeMismatch();
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof SizeMismatch) return false;
        throw error;
      });
    if (done) {
      await rm(join(dir, name), { force: true });
      imported++;
    } else {
      left++;
    }
  }
  // The folder goes once it is empty (temporary files of an interrupted save included, which no row refers to).
  if (left === 0) {
    for (const name of await readdir(dir)) if (name.startsWith('.') && name.endsWith('.part')) await rm(join(dir, name), { force: true });
    await rmdir(dir).catch(() => {});
  }
  return { imported, left };
}

class SizeMismatch extends Error {}
