// Module versions that an older backend kept on its disk, `<DATA_DIR>/module-store/<area>/<version>/`,
// are read into the database at start (server.ts), so an existing installation keeps every published
// version and can still roll back to it. Each file whose path the version does not have in the
// database yet is stored with the same rules as an upload (path, size, files per version); a file
// already there is left as it is. Its row is inserted only if the path is still free (ON CONFLICT DO
// NOTHING), so two instances starting at once on one database store each file once, and a start cut
// halfway is finished by the next one. The folders are left in place for the operator to remove:
// nothing reads them after this.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../../storage/storage.js';
import { contentTypeOf } from './files-service.js';
import { dropModuleFileUpload, insertModuleFileIfAbsent, listModuleFiles, writeModuleFileUpload } from './files-store.js';
import { isAreaId, isStorablePath, isStorableVersion, MAX_FILE_BYTES, MAX_FILES, sri } from './module-store.js';

export interface ImportedModuleFiles {
  /** Versions that had at least one file read into the database. */
  readonly versions: number;
  /** Files read into the database. */
  readonly imported: number;
  /** Files not taken: a path or size the store refuses, a link, or past MAX_FILES in their version. */
  readonly skipped: number;
}

async function subfolders(dir: string, accept: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory() && accept(entry.name)).map((entry) => entry.name);
}

/**
 * Every regular file below `dir`, by its path relative to it. Symbolic links are passed over (one
 * could point anywhere on the server, and the old store refused them too); folders only by names a
 * stored path may have.
 */
async function filesBelow(dir: string, prefix = ''): Promise<{ files: string[]; skipped: number }> {
  const files: string[] = [];
  let skipped = 0;
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory() && isStorablePath(entry.name)) {
      const below = await filesBelow(dir, relative);
      files.push(...below.files);
      skipped += below.skipped;
    } else if (entry.isFile()) {
      files.push(relative);
    } else {
      skipped += 1;
    }
  }
  return { files, skipped };
}

/** Imports one version's folder: the files the database does not have yet. */
async function importVersion(db: Database, folder: string, area: string, version: string, now: Date) {
  const stored = new Set((await listModuleFiles(db, area, version)).map((file) => file.path));
  const found = await filesBelow(folder);
  let imported = 0;
  let skipped = found.skipped;
  for (const path of found.files.sort()) {
    if (stored.has(path)) continue;
    const stats = isStorablePath(path) ? await lstat(join(folder, path)) : undefined;
    if (!stats?.isFile() || stats.size > MAX_FILE_BYTES || stored.size >= MAX_FILES) {
      skipped += 1;
      continue;
    }
    const bytes = await readFile(join(folder, path));
    // Nobody is being served yet (the server listens after this): no pause between chunks.
    const uploadId = await writeModuleFileUpload(db, bytes, now, () => Promise.resolve());
    const file = { area, version, path, uploadId, size: bytes.byteLength, contentType: contentTypeOf(path), integrity: sri(bytes) };
    if (await insertModuleFileIfAbsent(db, { ...file, createdAt: stats.mtime })) {
      imported += 1;
    } else {
      // Another instance starting on the same database stored it first.
      await dropModuleFileUpload(db, uploadId);
    }
    stored.add(path);
  }
  return { imported, skipped };
}

/** Imports `<dir>/<area>/<version>/` (dir may not exist) as described above. */
export async function importModuleStoreFolder(db: Database, dir: string, now: Date = new Date()): Promise<ImportedModuleFiles> {
  let versions = 0;
  let imported = 0;
  let skipped = 0;
  for (const area of await subfolders(dir, isAreaId)) {
    for (const version of await subfolders(join(dir, area), isStorableVersion)) {
      const result = await importVersion(db, join(dir, area, version), area, version, now);
      if (result.imported > 0) versions += 1;
      imported += result.imported;
      skipped += result.skipped;
    }
  }
  return { versions, imported, skipped };
}
