// Creating a PGlite database runs initdb inside WebAssembly, about 4 s of CPU; loading a dump of a
// fresh cluster takes under 1 s. Migrating it is another 1.5 s in a new process (the migrator's
// and the catalog's first use). Test files run in separate processes, so both are cached on disk,
// made by the first test file that needs them: a fresh cluster (for the tests of migrations
// themselves) and a migrated one, keyed by the migrations' own bytes, so a new or changed migration
// makes a new one rather than a database that claims a schema it does not have.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_FOLDER } from '../storage/storage.js';

function pgliteVersion(): string {
  // The package's entry is <package>/dist/index.js; its exports map does not expose package.json.
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  const parsed: unknown = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'));
  const version = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : undefined;
  if (typeof version !== 'string') throw new Error('Cannot read the PGlite version');
  return version;
}

/** What the migrator reads (the journal and the SQL files), hashed: the migrated cluster's identity. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(MIGRATIONS_FOLDER)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => join(MIGRATIONS_FOLDER, name));
  for (const file of [join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), ...files])
    hash.update(file.slice(MIGRATIONS_FOLDER.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** `<tmp>/<prefix>-<PGlite version>[-<migrations>]-<uid><suffix>`: one per machine, user and schema. */
function cachePath(prefix: string, migrated: boolean, suffix = ''): string {
  const schema = migrated ? `-m${migrationsHash()}` : '';
  return join(tmpdir(), `${prefix}-${pgliteVersion()}${schema}-${process.getuid?.() ?? 'user'}${suffix}`);
}

/** Written aside and renamed, so a test file running in parallel never reads half a file. */
function writeOnce(file: string, bytes: Buffer): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** A dump of a new cluster: no tables at all. */
export async function freshClusterSnapshot(): Promise<Blob> {
  const file = cachePath('mock-backend-pglite', false, '.tar.gz');
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const client = await PGlite.create();
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  writeOnce(file, Buffer.from(await dump.arrayBuffer()));
  return dump;
}

/** A dump of a cluster with every committed migration applied and nothing seeded. */
export async function migratedClusterSnapshot(): Promise<Blob> {
  const file = cachePath('mock-backend-pglite', true, '.tar.gz');
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const client = await PGlite.create({ loadDataDir: await freshClusterSnapshot() });
  await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  writeOnce(file, Buffer.from(await dump.arrayBuffer()));
  return dump;
}

/**
 * A data folder (for a backend process, as `DATA_DIR/pglite`) with every migration applied: copy it,
 * never open it. Made aside and renamed, so a test file running at the same time never copies half
 * of one; the backend still runs its migrations at start, and finds nothing to do.
 */
export async function migratedClusterFolder(): Promise<string> {
  const folder = cachePath('portal-e2e-pglite', true);
  if (existsSync(folder)) return folder;
  const partial = `${folder}.${process.pid}.partial`;
  const client = await PGlite.create({ dataDir: partial, loadDataDir: await freshClusterSnapshot() });
  await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  await client.close();
  try {
    renameSync(partial, folder);
  } catch {
    // Another test file made it first.
    rmSync(partial, { recursive: true, force: true });
  }
  return folder;
}
