// The bench's hostile stage: does one client's request hold up everybody else? A signed-in client
// reads its profile over and over; first alone (the baseline), then while a hostile client sends,
// back to back, each kind of request that once froze the server or could: a 100 KB error report
// built to make a pattern backtrack, a 30 000-character e-mail address, a body that claims a
// compression it does not have, a JSON body over the limit, a long URL with NUL characters, and a
// maximum-size attachment upload. For each kind: the other client's slowest read, and how much later
// it came than the baseline's median. Issue 18's line: no kind delays the other client by more than
// 100 ms. A kind over the line fails the stage (exit code 1).
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@portal/shared-contracts/unemployment-security';
import { UNEMPLOYMENT_SECURITY_PATHS as PATHS } from '@portal/shared-contracts/unemployment-security';
import { SEED_PERSON_IDS } from '../../mock-backend/src/storage/seeds/seed.js';
import { SEED_UNEMPLOYMENT_IDS } from '../../mock-backend/src/storage/seeds/unemployment-security.js';
import { signInOverHttp } from '../../mock-backend/src/fuzz/client.js';
import { Browser } from '../../mock-backend/src/testing/harness.js';
import { streamUpload } from '../../mock-backend/src/testing/uploads.js';
import { startPortal } from '../lib/server.js';

/** The line issue 18 draws: how much later another client's read may come. */
export const DELAY_LIMIT_MS = 100;
const ATTACKS_PER_KIND = 10;

interface Kind {
  readonly name: string;
  /** One hostile request; resolves when its answer has been read. The status is checked to be a 4xx (or the upload's 201). */
  send(): Promise<number>;
}

interface Reader {
  /** The times of the reads made while `during` ran, sorted. */
  readFor(during: () => Promise<unknown>): Promise<number[]>;
  exit(): void;
}

function readerProcess(url: string, cookie: string): Reader {
  const child = fork(fileURLToPath(new URL('./reader.mjs', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    async readFor(during) {
      const answer = new Promise<number[]>((resolve, reject) =>
        child.once('message', (message: { times?: number[]; error?: string }) =>
          message.times ? resolve(message.times.sort((a, b) => a - b)) : reject(new Error(message.error)),
        ),
      );
      child.send({ start: { url, cookie } });
      try {
        await during();
      } finally {
        child.send({ stop: true });
      }
      return answer;
    },
    exit: () => child.send({ exit: true }),
  };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function hostileStage(): Promise<boolean> {
  // Limits that would answer the hostile client with a 429 before the request did its harm.
  // And an answer's total large enough to keep every upload of the stage.
  const portal = await startPortal({ CLIENT_ERROR_RATE_LIMIT: '100000', SIGN_IN_RATE_LIMIT: '100000', ANSWER_MAX_BYTES: String(2 ** 30) });
  try {
    const base = portal.baseUrl;
    const readerCookie = await signInOverHttp(base, SEED_PERSON_IDS.yrjo);
    const hostile = await signInOverHttp(base, SEED_PERSON_IDS.tessa);
    const uploader = new Browser(base);
    for (const pair of (await signInOverHttp(base, SEED_PERSON_IDS.sven)).split('; ')) {
      const eq = pair.indexOf('=');
      uploader.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const json = (body: string, headers: Record<string, string> = {}): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, cookie: hostile, ...headers },
      body,
    });
    const status = async (path: string, init: RequestInit): Promise<number> => {
      const response = await fetch(new URL(path, base), init);
      await response.arrayBuffer();
      return response.status;
    };
    const report = (message: string) => JSON.stringify({ area: 'profile', version: '1.0.0', kind: 'runtime', message });
    const kinds: Kind[] = [
      { name: '100 KB error report, backtracking bait', send: () => status('/api/client-errors', json(report(`a@${'.'.repeat(99_000)}`))) },
      {
        name: '30 000-character e-mail in a form',
        send: () =>
          status(
            '/api/profile/changes',
            json(
              JSON.stringify({ effectiveDate: new Date().toISOString().slice(0, 10), email: `a@${'.'.repeat(30_000)}@`, basedOn: 'x' }),
              {
                'idempotency-key': randomUUID(),
              },
            ),
          ),
      },
      {
        name: 'gzip that is not gzip',
        send: () => status('/api/client-errors', json('{"not":"gzip"}'.repeat(1000), { 'content-encoding': 'gzip' })),
      },
      { name: '1 MB JSON over the limit', send: () => status('/api/client-errors', json(report('x'.repeat(1_000_000)))) },
      { name: '8 KB URL with NUL characters', send: () => status(`/api/offers/${'%00'.repeat(2700)}`, { headers: { cookie: hostile } }) },
      {
        name: `${DEFAULT_ATTACHMENT_MAX_BYTES / 1_000_000} MB attachment upload`,
        send: async () =>
          (
            await streamUpload(uploader, PATHS.requestAttachments(SEED_UNEMPLOYMENT_IDS.awaitingAttachmentsRequest), {
              key: randomUUID(),
              size: DEFAULT_ATTACHMENT_MAX_BYTES - 4096,
            })
          ).status,
      },
    ];

    const reader = readerProcess(`${base}/api/profile`, readerCookie);
    // Warm up (the first requests compile code paths), then the baseline.
    await reader.readFor(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    const baseline = await reader.readFor(() => new Promise((resolve) => setTimeout(resolve, 3000)));
    const median = percentile(baseline, 0.5);

    console.log(`\nHostile requests: another client's GET /api/profile while one client sends each kind ${ATTACKS_PER_KIND} times`);
    console.log(
      `  baseline (alone, ${baseline.length} reads): median ${ms(median)}, p99 ${ms(percentile(baseline, 0.99))}, max ${ms(baseline.at(-1) ?? 0)}`,
    );
    console.log(`  | kind | answers | other client's reads | median | p99 | slowest | delay over the baseline median |`);
    let ok = true;
    for (const kind of kinds) {
      const statuses = new Map<number, number>();
      const reads = await reader.readFor(async () => {
        for (let i = 0; i < ATTACKS_PER_KIND; i++) {
          const answer = await kind.send();
          statuses.set(answer, (statuses.get(answer) ?? 0) + 1);
        }
      });
      const delay = (reads.at(-1) ?? 0) - median;
      const answers = [...statuses].map(([code, n]) => `${n}×${code}`).join(' ');
      const fiveHundreds = [...statuses.keys()].some((code) => code >= 500);
      const over = delay > DELAY_LIMIT_MS;
      if (over || fiveHundreds) ok = false;
      console.log(
        `  | ${kind.name} | ${answers} | ${reads.length} | ${ms(percentile(reads, 0.5))} | ${ms(percentile(reads, 0.99))} | ${ms(reads.at(-1) ?? 0)} | ${ms(delay)}${over ? ` OVER ${DELAY_LIMIT_MS} ms` : ''} |`,
      );
    }
    reader.exit();
    return ok;
  } finally {
    await portal.stop();
  }
}
