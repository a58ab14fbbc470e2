// A fake module build in a module store, and a fake shell build with its portal-provides.json, for
// the tests of publishing, rollback and serving. Shaped like the real rspack output (see
// modules/<area>/dist), small enough to read.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** Writes `<store>/<area>/<version>/` as `npm run deploy` would; returns the folder. */
export function writeFakeVersion(store: string, area: string, version: string, options: FakeVersionOptions = {}): string {
  const folder = join(store, area, version);
  mkdirSync(folder, { recursive: true });
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
  writeFileSync(join(folder, 'mf-manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(folder, FAKE_FILES.remoteEntry), `var ${remoteName}; /* ${area} ${version} entry */`);
  writeFileSync(join(folder, FAKE_FILES.expose), `/* ${area} ${version} app */`);
  writeFileSync(join(folder, FAKE_FILES.lazy), `/* ${area} ${version} lazy page */`);
  writeFileSync(join(folder, FAKE_FILES.lit), '/* lit */');
  if (options.writeExtra !== false) {
    for (const file of options.extraFiles ?? []) {
      if (file.includes('..')) continue;
      mkdirSync(join(folder, file, '..'), { recursive: true });
      writeFileSync(join(folder, file), `/* ${file} */`);
    }
  }
  const portal =
    options.portal === undefined
      ? { requires: { topics: options.topics ?? ['session.changed@1', 'locale.changed@1'], apis: options.apis ?? ['profile@1'] } }
      : options.portal;
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify(
      { name: `@portal/module-${area}`, version: options.declaredVersion ?? version, ...(portal === null ? {} : { portal }) },
      null,
      2,
    ),
  );
  return folder;
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
