// Serving the module store: GET /modules/<area>/<version>/<path> answers with a file of a published
// version from the database, with the headers express.static gave the store's files when it was a
// folder: immutable for a year (a published version is never written again, and a new one has a new
// URL), the Content-Type of its name, plus a strong ETag (its sha384) and Last-Modified for
// revalidation. platform/static.ts decides which paths come here and opens them to other origins.
//
// Since a published file never changes, what was read once may be kept: recently served files stay
// in this process (an LRU bounded by bytes), so a page load costs the database nothing once the
// version is warm, and a 304 costs nothing at all. Only published versions are served, so nothing
// kept can be replaced under it; a version still being uploaded is a 404 until it is published.
import type { RequestHandler } from 'express';
import { pipeline } from 'node:stream/promises';
import { IMMUTABLE } from '../../platform/static.js';
import type { Database } from '../../storage/storage.js';
import { findPublishedModuleFile, moduleFileStream, readModuleFileBytes, type ModuleFileRow } from './files-store.js';
import { isAreaId, isStorablePath, isStorableVersion } from './module-store.js';

/** Bytes of served files kept in memory, altogether. */
export const SERVED_CACHE_BYTES = 32 * 1024 * 1024;
/** Larger files are streamed from the database every time: one would push out dozens of small ones. */
export const SERVED_CACHE_FILE_BYTES = 4 * 1024 * 1024;
/** What a kept entry without bytes (a large file's row) is counted as. */
const ENTRY_OVERHEAD_BYTES = 512;

type ServedRow = Pick<ModuleFileRow, 'path' | 'uploadId' | 'size' | 'contentType' | 'integrity' | 'createdAt'>;

interface Served {
  readonly file: ServedRow;
  /** Undefined for a file above SERVED_CACHE_FILE_BYTES. */
  readonly bytes: Buffer | undefined;
}

/** A least-recently-used map whose entries are counted by their size in bytes (Map keeps insertion order). */
export class ByteLru<V> {
  readonly #entries = new Map<string, { value: V; bytes: number }>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, bytes: number): void {
    if (bytes > this.maxBytes) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= old.bytes;
    }
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }
}

interface StorePath {
  readonly area: string;
  readonly version: string;
  readonly path: string;
}

/** `/<area>/<version>/<path>` below /modules, decoded, each part as the store takes it; undefined for anything else. */
function storePath(requestPath: string): StorePath | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  const [empty, area, version, ...rest] = decoded.split('/');
  const path = rest.join('/');
  if (empty !== '' || area === undefined || version === undefined) return undefined;
  return isAreaId(area) && isStorableVersion(version) && isStorablePath(path) ? { area, version, path } : undefined;
}

export interface ServedFilesOptions {
  readonly cacheBytes?: number;
  readonly cacheFileBytes?: number;
}

/** The handler of store paths below /modules (platform/static.ts mounts it); anything it does not have goes on. */
export function servedModuleFiles(db: Database, options: ServedFilesOptions = {}): RequestHandler {
  const cacheFileBytes = options.cacheFileBytes ?? SERVED_CACHE_FILE_BYTES;
  const cache = new ByteLru<Served>(options.cacheBytes ?? SERVED_CACHE_BYTES);
  // Requests for one file that come while it is being read (a version's first page loads) share the read.
  const reading = new Map<string, Promise<Served | undefined>>();

  async function load({ area, version, path }: StorePath, key: string): Promise<Served | undefined> {
    const row = await findPublishedModuleFile(db, area, version, path);
    // Not cached: the version may be published a moment from now.
    if (!row) return undefined;
    const bytes = row.size <= cacheFileBytes ? await readModuleFileBytes(db, row) : undefined;
    const served: Served = { file: row, bytes };
    cache.set(key, served, (bytes?.byteLength ?? 0) + ENTRY_OVERHEAD_BYTES);
    return served;
  }

  function served(target: StorePath): Promise<Served | undefined> {
    const key = `${target.area}/${target.version}/${target.path}`;
    const cached = cache.get(key);
    if (cached) return Promise.resolve(cached);
    let pending = reading.get(key);
    if (!pending) {
      pending = load(target, key).finally(() => reading.delete(key));
      reading.set(key, pending);
    }
    return pending;
  }

  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    const target = storePath(req.path);
    const found = target && (await served(target));
    if (!found) {
      next();
      return;
    }
    const { file, bytes } = found;
    res.set({
      'Cache-Control': IMMUTABLE,
      'Content-Type': file.contentType,
      ETag: `"${file.integrity}"`,
      'Last-Modified': file.createdAt.toUTCString(),
    });
    // If-None-Match (or If-Modified-Since) of what is served: nothing to send.
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.set('Content-Length', String(file.size));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (bytes) {
      res.end(bytes);
      return;
    }
    // A chunk at a time, as the client reads: a large file is never whole in memory.
    await pipeline(moduleFileStream(db, file.uploadId), res);
  };
}
