// A throwaway PostgreSQL cluster from Debian's binaries, on loopback, for the tests and benches that
// run the DATABASE_URL path: initdb in a temporary folder, started on a free port, removed on stop.
// Durability settings are off (fsync, full-page writes): the data dies with the test anyway.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PG_ROOT = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin folder, or undefined when there is none. */
export function findPostgresBin(): string | undefined {
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(PG_ROOT, versions[0], 'bin');
}

export const NO_POSTGRES = 'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin; `apt-get install postgresql` enables this';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** PostgreSQL refuses to run as root, so as root its tools run as the `postgres` user. */
function runner(): { run: (bin: string, args: string[]) => void; owner?: { uid: number; gid: number } } {
  if (process.getuid?.() !== 0) {
    return { run: (bin, args) => void execFileSync(bin, args, { stdio: 'pipe', timeout: 60_000 }) };
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return {
    run: (bin, args) => void execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe', timeout: 60_000 }),
    owner: { uid, gid },
  };
}

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  readonly url: string;
  stop(): void;
}

/** Starts a cluster; undefined when PostgreSQL is not installed. */
export async function startPostgres(settings: Record<string, string> = {}): Promise<PostgresServer | undefined> {
  const bin = findPostgresBin();
  if (!bin) return undefined;
  const { run, owner } = runner();
  const dir = mkdtempSync(join(tmpdir(), 'portal-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  const options = { listen_addresses: '127.0.0.1', fsync: 'off', full_page_writes: 'off', ...settings };
  try {
    run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const flags = Object.entries(options).map(([name, value]) => `-c ${name}=${value}`);
    run(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'postgres.log'),
      '-w',
      '-t',
      '30',
      '-o',
      `-p ${port} -k ${dir} ${flags.join(' ')}`,
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
