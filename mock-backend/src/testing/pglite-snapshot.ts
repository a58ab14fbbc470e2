// Creating a PGlite database runs initdb inside WebAssembly, about 4 s of CPU; loading a dump of a
// fresh cluster takes under 1 s. Test files run in separate processes, so the dump is cached on
// disk (per PGlite version), made by the first test file that needs it.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

function pgliteVersion(): string {
  // The package's entry is <package>/dist/index.js; its exports map does not expose package.json.
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  const parsed: unknown = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'));
  const version = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : undefined;
  if (typeof version !== 'string') throw new Error('Cannot read the PGlite version');
  return version;
}

export async function freshClusterSnapshot(): Promise<Blob> {
  const file = join(tmpdir(), `mock-backend-pglite-${pgliteVersion()}-${process.getuid?.() ?? 'user'}.tar.gz`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const client = await PGlite.create();
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  // Written aside and renamed, so a test file running in parallel never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}
