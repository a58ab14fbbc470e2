// A fake module build, and a fake shell build with its portal-provides.json, for the tests of
// uploading, publishing, rollback and serving. Shaped like the real rspack output (see
// modules/<area>/dist), small enough to read. A version's files go into the module store through the
// admin API (uploadFakeVersion), straight into its tables (storeFakeVersion), or into a folder of the
// old on-disk store (writeFakeVersion), which the backend imports at start.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { insertModuleFileIfAbsent, writeModuleFileUpload } from '../operators/modules/files-store.js';
import { contentTypeOf } from '../operators/modules/files-service.js';
import type { Database } from '../storage/storage.js';

export interface FakeVersionOptions {
  readonly remoteName?: string;
  /** The lit range the module was built for (the manifest's shared[].requiredVersion). */
  readonly litRange?: string;
  readonly topics?: readonly string[];
  readonly apis?: readonly string[];
  /** Replaces the package.json's `portal` field; null leaves it out. */
  readonly portal?: unknown;
  /** The version written into package.json (default: the folder's). */
  readonly declaredVersion?: string;
  /** Extra files the manifest names (relative paths, written unless `writeExtra` is false). */
  readonly extraFiles?: readonly string[];
  readonly writeExtra?: boolean;
}

export const FAKE_FILES = {
  remoteEntry: 'remoteEntry.1a2b3c4d.js',
  expose: '__federation_expose_app.5e6f7a8b.js',
  lazy: '241.9c0d1e2f.js',
  lit: '308.3a4b5c6d.js',
} as const;

export function sha384(content: string | Buffer): string {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

/** A version's files by path, as `npm run deploy` uploads them (its build and its package.json). */
export type FakeFiles = Map<string, Buffer>;

/** The files of a fake build of `area` at `version`. */
export function fakeVersionFiles(area: string, version: string, options: FakeVersionOptions = {}): FakeFiles {
  const files: FakeFiles = new Map();
  const put = (path: string, content: string) => files.set(path, Buffer.from(content));
  const remoteName = options.remoteName ?? `portal_${area.replaceAll('-', '_')}`;
  const manifest = {
    id: remoteName,
    name: remoteName,
    metaData: {
      name: remoteName,
      buildInfo: { buildVersion: version, buildName: `@portal/module-${area}` },
      publicPath: 'auto',
      remoteEntry: { name: FAKE_FILES.remoteEntry, path: '', type: 'global' },
    },
    shared: [
      {
        id: `${remoteName}:lit`,
        name: 'lit',
        version: '3.3.3',
        singleton: true,
        requiredVersion: options.litRange ?? '^3.3.0',
        assets: { js: { sync: [FAKE_FILES.lit], async: [] }, css: { sync: [], async: [] } },
      },
    ],
    remotes: [],
    exposes: [
      {
        id: `${remoteName}:app`,
        name: 'app',
        path: './app',
        assets: {
          js: { sync: [FAKE_FILES.expose], async: [FAKE_FILES.lazy, ...(options.extraFiles ?? [])] },
          css: { sync: [], async: [] },
        },
      },
    ],
  };
  put('mf-manifest.json', JSON.stringify(manifest, null, 2));
  put(FAKE_FILES.remoteEntry, `var ${remoteName}; /* ${area} ${version} entry */`);
  put(FAKE_FILES.expose, `/* ${area} ${version} app */`);
  put(FAKE_FILES.lazy, `/* ${area} ${version} lazy page */`);
  put(FAKE_FILES.lit, '/* lit */');
  if (options.writeExtra !== false) {
    for (const file of options.extraFiles ?? []) {
      if (!file.includes('..')) put(file, `/* ${file} */`);
    }
  }
  const portal =
    options.portal === undefined
      ? { requires: { topics: options.topics ?? ['session.changed@1', 'locale.changed@1'], apis: options.apis ?? ['profile@1'] } }
      : options.portal;
  put(
    'package.json',
    JSON.stringify(
      { name: `@portal/module-${area}`, version: options.declaredVersion ?? version, ...(portal === null ? {} : { portal }) },
      null,
      2,
    ),
  );
  return files;
}

/** Files as given, or a fake build made with these options. */
function filesOf(area: string, version: string, options: FakeVersionOptions | FakeFiles): FakeFiles {
  return options instanceof Map ? options : fakeVersionFiles(area, version, options);
}

/** Writes `<store>/<area>/<version>/` as an older `npm run deploy` copied a build there; returns the folder. */
export function writeFakeVersion(store: string, area: string, version: string, options: FakeVersionOptions | FakeFiles = {}): string {
  const folder = join(store, area, version);
  for (const [path, bytes] of filesOf(area, version, options)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

/** Stores the files straight into the module store's tables (as an upload would; no registry or rules). */
export async function storeFakeVersion(
  db: Database,
  area: string,
  version: string,
  options: FakeVersionOptions | FakeFiles = {},
): Promise<FakeFiles> {
  const files = filesOf(area, version, options);
  for (const [path, bytes] of files) {
    const uploadId = await writeModuleFileUpload(db, bytes, new Date(), () => Promise.resolve());
    const file = { area, version, path, uploadId, size: bytes.byteLength, contentType: contentTypeOf(path), integrity: sha384(bytes) };
    if (!(await insertModuleFileIfAbsent(db, { ...file, createdAt: new Date() })))
      throw new Error(`${area} ${version} ${path} is stored already`);
  }
  return files;
}

/** PUT /admin-api/modules/<area>/versions/<version>/files/<path> for every file, as `npm run deploy` does; fails on any refusal. */
export async function uploadFakeVersion(
  baseUrl: string,
  token: string,
  area: string,
  version: string,
  options: FakeVersionOptions | FakeFiles = {},
): Promise<FakeFiles> {
  const files = filesOf(area, version, options);
  for (const [path, bytes] of files) {
    const response = await fetch(`${baseUrl}/admin-api/modules/${area}/versions/${version}/files/${path}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: Uint8Array.from(bytes),
    });
    if (!response.ok) throw new Error(`Uploading ${area} ${version} ${path}: ${response.status} ${await response.text()}`);
  }
  return files;
}

/** A shell build's portal-provides.json (and index.html), as shell/portal-provides.mjs writes it. */
export function writeFakeShell(staticRoot: string, provides: { lit?: string; topics?: readonly string[] } = {}): void {
  const dist = join(staticRoot, 'shell', 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="fi"><title>Shell</title>');
  writeFileSync(
    join(dist, 'portal-provides.json'),
    JSON.stringify({
      schemaVersion: 1,
      shared: { lit: provides.lit ?? '3.3.3', '@portal/shared-contracts': '1.0.0' },
      topics: provides.topics ?? ['session.changed@1', 'customer.changed@1', 'locale.changed@1', 'page.shown@1'],
      apis: { profile: 1 },
    }),
  );
}

/** A local build in modules/<area>/dist, which the seeded registry rows point at. */
export function writeFakeLocalBuild(staticRoot: string, area: string): void {
  const dist = join(staticRoot, 'modules', area, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'mf-manifest.json'), JSON.stringify({ name: `portal_${area.replaceAll('-', '_')}` }));
}
