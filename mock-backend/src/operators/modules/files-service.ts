// Uploading a version's files into the module store, one file a request (`npm run deploy -w
// modules/<area>` sends its build this way), listing them, and discarding the files of a version that
// was never published. The rules: a file of a published version is never written again (the same
// bytes again are accepted, as a retry); before publishing a file may be replaced; at most MAX_FILES
// files of at most MAX_FILE_BYTES each per version. Each file's row is committed in one short
// transaction with the area's registry row locked, as publishing locks it, so an upload and a publish
// of one area never interleave.
import { extname } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { contentType } from 'mime-types';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { httpError } from '../../platform/errors.js';
import type { Foreground } from '../../platform/foreground.js';
import type { Database } from '../../storage/storage.js';
import {
  countModuleFiles,
  deleteModuleFileRows,
  dropModuleFileUpload,
  findModuleFile,
  listModuleFiles,
  putModuleFileRow,
  writeModuleFileUpload,
  type Pace,
} from './files-store.js';
import { MAX_FILE_BYTES, MAX_FILES, sri } from './module-store.js';
import { findModuleVersion, findRegistrySlot, lockRegistryEntry, type ModuleVersionRow } from './versions-store.js';

export interface ModuleFilesDeps {
  readonly db: Database;
  readonly clock: Clock;
  /** On the embedded database, chunks are written in quiet moments (platform/foreground.ts). */
  readonly foreground: Foreground;
}

export const FILE_OUTCOMES = { created: 'created', replaced: 'replaced', unchanged: 'unchanged' } as const;
export type FileOutcome = (typeof FILE_OUTCOMES)[keyof typeof FILE_OUTCOMES];

/** The Content-Type the file is served with: what express.static (send) gives its name. */
export function contentTypeOf(path: string): string {
  return contentType(extname(path)) || 'application/octet-stream';
}

async function areaOrThrow(db: Database, area: string): Promise<void> {
  if (!(await findRegistrySlot(db, area))) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
}

function publishedConflict(area: string, version: string, path: string, published: ModuleVersionRow, exists: boolean) {
  return httpError(
    409,
    API_ERROR_CODES.conflict,
    `${area} ${version} is published (${published.publishedAt.toISOString()} by ${published.publishedBy}): its files are never written again, and "${path}" would ${exists ? 'change' : 'be added'}. Upload the build as a new version.`,
    [{ path: 'path', message: 'The version is published' }],
  );
}

function tooManyFiles(area: string, version: string) {
  return httpError(409, API_ERROR_CODES.conflict, `${area} ${version} has ${MAX_FILES} files already, the most a version may have.`, [
    { path: 'path', message: `At most ${MAX_FILES} files per version` },
  ]);
}

/** Others first: a turn of the event loop, then a moment when nobody else is being served. */
function paceOf(foreground: Foreground): Pace {
  return async () => {
    await setImmediate();
    await foreground.quietMoment();
  };
}

/**
 * Stores one file of a version. The first look, before any byte is written, answers a retry of the
 * same bytes and refuses what the rules refuse; the bytes are then written as chunks of a new upload,
 * and the file's row committed with the rules checked again under the area's lock.
 */
export async function putModuleFile(deps: ModuleFilesDeps, area: string, version: string, path: string, bytes: Buffer) {
  const { db, clock, foreground } = deps;
  await areaOrThrow(db, area);
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw httpError(413, API_ERROR_CODES.payloadTooLarge, `A module file may have at most ${MAX_FILE_BYTES} bytes.`);
  }
  const integrity = sri(bytes);
  const file = { area, version, path, size: bytes.byteLength, contentType: contentTypeOf(path), integrity };
  const answer = (outcome: FileOutcome) => ({ ...file, outcome });

  const existing = await findModuleFile(db, area, version, path);
  if (existing?.integrity === integrity) return answer(FILE_OUTCOMES.unchanged);
  const published = await findModuleVersion(db, area, version);
  if (published) throw publishedConflict(area, version, path, published, existing !== undefined);
  if (!existing && (await countModuleFiles(db, area, version)) >= MAX_FILES) throw tooManyFiles(area, version);

  const uploadId = await writeModuleFileUpload(db, bytes, clock(), paceOf(foreground));
  let committed: { outcome: FileOutcome; replacedUploadId: string | undefined };
  try {
    committed = await db.transaction(async (tx) => {
      await lockRegistryEntry(tx, area);
      const current = await findModuleFile(tx, area, version, path);
      if (current?.integrity === integrity) return { outcome: FILE_OUTCOMES.unchanged, replacedUploadId: undefined };
      const publishedMeanwhile = await findModuleVersion(tx, area, version);
      if (publishedMeanwhile) throw publishedConflict(area, version, path, publishedMeanwhile, current !== undefined);
      if (!current && (await countModuleFiles(tx, area, version)) >= MAX_FILES) throw tooManyFiles(area, version);
      const { replacedUploadId } = await putModuleFileRow(tx, { ...file, uploadId, createdAt: clock() });
      return { outcome: current ? FILE_OUTCOMES.replaced : FILE_OUTCOMES.created, replacedUploadId };
    });
  } catch (error) {
    await dropModuleFileUpload(db, uploadId);
    throw error;
  }
  // The bytes nothing refers to any more (storage/prune.ts would remove them after an hour anyway).
  const unreferenced = committed.outcome === FILE_OUTCOMES.unchanged ? uploadId : committed.replacedUploadId;
  if (unreferenced !== undefined) await dropModuleFileUpload(db, unreferenced);
  return answer(committed.outcome);
}

/** A version's files in the store, and whether it is published. */
export async function versionFiles(db: Database, area: string, version: string) {
  await areaOrThrow(db, area);
  const [files, published] = await Promise.all([listModuleFiles(db, area, version), findModuleVersion(db, area, version)]);
  return {
    area,
    version,
    published: published !== undefined,
    files: files.map((row) => ({
      path: row.path,
      size: row.size,
      contentType: row.contentType,
      integrity: row.integrity,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

/** Removes the files of a version that is not published (what a refused deploy left); a published version's are kept. */
export async function discardVersionFiles(deps: Pick<ModuleFilesDeps, 'db'>, area: string, version: string) {
  const { db } = deps;
  await areaOrThrow(db, area);
  const uploads = await db.transaction(async (tx) => {
    await lockRegistryEntry(tx, area);
    const published = await findModuleVersion(tx, area, version);
    if (published) {
      throw httpError(
        409,
        API_ERROR_CODES.conflict,
        `${area} ${version} is published (${published.publishedAt.toISOString()} by ${published.publishedBy}): its files are kept, so a rollback finds them.`,
      );
    }
    return deleteModuleFileRows(tx, area, version);
  });
  for (const uploadId of uploads) await dropModuleFileUpload(db, uploadId);
  return { area, version, removed: uploads.length };
}
