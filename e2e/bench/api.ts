// The bench's api stage (issue 19): the backend's throughput under 200 connections, beside a bare
// Express 5 hello-world measured in the same run on the same machine, so the ratio says what the
// portal's own work costs whatever the machine. For each database (the embedded PGlite, and a
// PostgreSQL cluster where Debian's binaries are installed): the signed-out front page, a signed-in
// JSON GET (the profile) and a signed-in write with an idempotency key (a career-radar result);
// req/s, p50, p99, errors, timeouts and non-2xx answers. After the write, every key must be stored
// exactly once. BENCH_SECONDS sets each run's length (default 10).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';
import { CAREER_RADAR_PATHS, QUESTIONNAIRE_VERSION, statementIds } from '@portal/shared-contracts/career-radar';
import { SEED_PERSON_IDS } from '../../mock-backend/src/storage/seeds/seed.js';
import { signInOverHttp } from '../../mock-backend/src/fuzz/client.js';
import { startPostgres } from '../../mock-backend/src/testing/postgres-server.js';
import { rssOf } from '../../mock-backend/src/testing/server-process.js';
import { printTable } from './table.js';
import { REPO_ROOT, startPortal, type RunningPortal } from '../lib/server.js';

const CONNECTIONS = 200;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
/** What issue 19 asks of a signed-in JSON GET and a signed-in write, as shares of the bare rate. */
const GOALS = { read: { postgres: 0.5, pglite: 0.25 }, write: 0.15, p99Ms: 100 };

interface Run {
  readonly name: string;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly ok2xx: number;
}

async function cannon(name: string, options: autocannon.Options): Promise<Run> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, timeout: 10, ...options });
  return {
    name,
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    ok2xx: result['2xx'],
  };
}

/** Express 5 answering `{"hello":"world"}`, in a process of its own as the portal is. */
async function startBareExpress(): Promise<{ url: string; stop: () => void }> {
  const express = createRequire(join(REPO_ROOT, 'mock-backend', 'package.json')).resolve('express');
  const source = `const express = require(${JSON.stringify(express)});
const app = express();
app.get('/', (req, res) => res.json({ hello: 'world' }));
const server = app.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  const child: ChildProcess = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

/** A process's resident memory in MB, from /proc (Linux); undefined where it cannot be read. */
function mb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    return rssOf(pid) / 2 ** 20;
  } catch {
    return undefined;
  }
}

async function measurePortal(portal: RunningPortal, label: string): Promise<Run[]> {
  const base = portal.baseUrl;
  const cookie = await signInOverHttp(base, SEED_PERSON_IDS.tessa);
  const answers = Object.fromEntries(statementIds().map((id, i) => [id, (i % 5) + 1]));
  const body = JSON.stringify({ questionnaireVersion: QUESTIONNAIRE_VERSION, answers });
  const runs = [
    await cannon(`${label}: signed-out front page`, { url: `${base}/`, headers: { accept: 'text/html' } }),
    await cannon(`${label}: signed-in JSON GET /api/profile`, { url: `${base}/api/profile`, headers: { cookie } }),
    await cannon(`${label}: signed-in write (career-radar result, idempotency key)`, {
      url: `${base}${CAREER_RADAR_PATHS.results}`,
      requests: [
        {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json', origin: base },
          body,
          // A key of its own for every request, as a browser's every new answer has.
          setupRequest: (request) => ({ ...request, headers: { ...request.headers, [IDEMPOTENCY_KEY_HEADER]: randomUUID() } }),
        },
      ],
    }),
  ];
  return runs;
}

function table(runs: readonly Run[], bare: Run): void {
  const rows = runs.map((r) => [
    r.name,
    r.rate.toFixed(0),
    `${r.p50} ms`,
    `${r.p99} ms`,
    String(r.errors),
    String(r.timeouts),
    String(r.non2xx),
    (r.rate / bare.rate).toFixed(2),
  ]);
  printTable(['run', 'req/s', 'p50', 'p99', 'errors', 'timeouts', 'non-2xx', '× bare'], rows);
}

export async function apiStage(): Promise<boolean> {
  console.log(`\nAPI throughput: ${CONNECTIONS} connections, ${SECONDS} s a run (autocannon)`);
  const bareServer = await startBareExpress();
  let bare: Run;
  try {
    bare = await cannon('bare Express 5 hello-world', { url: bareServer.url });
  } finally {
    bareServer.stop();
  }
  const runs: Run[] = [bare];
  const memory: string[] = [];
  let ok = true;
  const check = (run: Run | undefined, share: number, p99Ms?: number) => {
    if (!run) return;
    const failed =
      run.rate < share * bare.rate || run.errors > 0 || run.timeouts > 0 || run.non2xx > 0 || (p99Ms !== undefined && run.p99 > p99Ms);
    if (failed) ok = false;
  };

  const engines: { label: 'pglite' | 'postgres'; env: Record<string, string>; stop?: () => void }[] = [{ label: 'pglite', env: {} }];
  const postgres = await startPostgres({ max_connections: '100' });
  if (postgres) engines.push({ label: 'postgres', env: { DATABASE_URL: postgres.url }, stop: () => postgres.stop() });
  else console.log('  (PostgreSQL not installed: the embedded database only)');
  try {
    for (const engine of engines) {
      const portal = await startPortal({ ...engine.env, SIGN_IN_RATE_LIMIT: '100000' });
      try {
        // Idle memory: after start-up and a moment of quiet, before any load.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const idle = mb(portal.pid);
        const [page, read, write] = await measurePortal(portal, engine.label);
        const peak = mb(portal.pid);
        runs.push(page!, read!, write!);
        check(read, GOALS.read[engine.label], engine.label === 'postgres' ? GOALS.p99Ms : undefined);
        check(write, GOALS.write);
        memory.push(`${engine.label}: ${idle?.toFixed(0) ?? '?'} MB idle, ${peak?.toFixed(0) ?? '?'} MB after the runs`);
        if (engine.label === 'postgres' && postgres) {
          // Every key stored once, and none answered 201 and lost. (Writes still in flight when a run
          // ends are stored without being counted, so there may be a few more rows than answers.)
          const client = new pg.Client({ connectionString: postgres.url });
          await client.connect();
          const { rows } = await client.query<{ results: string; keys: string }>(
            'select count(*) as results, count(distinct idempotency_key) as keys from career_radar_results',
          );
          await client.end();
          const stored = rows[0];
          console.log(
            `  career-radar results stored on PostgreSQL: ${stored?.results} for ${write?.ok2xx} answered writes, distinct keys ${stored?.keys}`,
          );
          if (stored?.results !== stored?.keys || Number(stored?.results) < (write?.ok2xx ?? 0)) ok = false;
        }
      } finally {
        await portal.stop();
      }
    }
  } finally {
    for (const engine of engines) engine.stop?.();
  }
  table(runs, bare);
  console.log(`  memory of the portal's process: ${memory.join('; ')}`);
  console.log(
    `  goals: signed-in GET ≥ ${GOALS.read.postgres} × bare on PostgreSQL (p99 < ${GOALS.p99Ms} ms) and ≥ ${GOALS.read.pglite} × on PGlite; write ≥ ${GOALS.write} × bare; 0 errors, timeouts and non-2xx: ${ok ? 'met' : 'NOT met'}`,
  );
  return ok;
}
