// The bench's fuzz stage: 10 000 requests from the backend's fuzz suite (mock-backend/src/fuzz),
// spread evenly over every state-changing route, against a backend started as the bench starts one,
// with a fixed seed; the counts of answers by class and the rate. Any 5xx, malformed error body or
// leak fails the stage (exit code 1) and prints the first few requests that caused one.
import { SEED_PERSON_IDS } from '../../mock-backend/src/storage/seeds/seed.js';
import { closeConnections, discover, signInOverHttp } from '../../mock-backend/src/fuzz/client.js';
import { ROUTES } from '../../mock-backend/src/fuzz/routes.js';
import { emptyTally, seedOf, tallyRoute } from '../../mock-backend/src/fuzz/runner.js';
import { startPortal } from '../lib/server.js';

export const FUZZ_REQUESTS = 10_000;
const SEED = 20_261_218;
const OTHERS = ['sven', 'yrjo', 'ulla', 'turva', 'deceased', 'erika'] as const;
const TOKENS = { office: 'bench-office-token', admin: 'bench-admin-token' };

export async function fuzzStage(total: number = FUZZ_REQUESTS): Promise<boolean> {
  const portal = await startPortal({
    OFFICE_API_TOKENS: `te-office:${TOKENS.office}`,
    ADMIN_API_TOKENS: `bench:${TOKENS.admin}`,
    // Limits that would answer most requests with a 429 and fuzz nothing behind them.
    SIGN_IN_RATE_LIMIT: '100000',
    CLIENT_ERROR_RATE_LIMIT: '100000',
  });
  try {
    const keys = Object.keys(ROUTES);
    const tally = emptyTally();
    const started = performance.now();
    let ctx: Awaited<ReturnType<typeof discover>> | undefined;
    for (const [index, key] of keys.entries()) {
      const runs = Math.floor(total / keys.length) + (index < total % keys.length ? 1 : 0);
      // As in the suite: Tessa (whose ids the requests use) two thirds, another person by turns the rest.
      const other = OTHERS[index % OTHERS.length] ?? 'sven';
      const share = Math.round(runs / 3);
      for (const [person, count] of [['tessa', runs - share] as const, [other, share] as const]) {
        // A session of its own per route and person: a fuzzed logout does not sign the rest out.
        const target = { baseUrl: portal.baseUrl, cookie: await signInOverHttp(portal.baseUrl, SEED_PERSON_IDS[person]) };
        ctx ??= await discover(target, TOKENS);
        await tallyRoute({ target, key, spec: ROUTES[key]!, ctx, seed: seedOf(`${key} ${person}`, SEED), runs: count }, tally);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const { byClass } = tally;
    console.log(`\nFuzz (${keys.length} state-changing routes, seed ${SEED}):`);
    console.log(`  requests ${tally.requests}, 2xx ${byClass['2xx']}, 3xx ${byClass['3xx']}, 4xx ${byClass['4xx']}, 5xx ${byClass['5xx']}`);
    console.log(`  failures ${tally.failed} (5xx, a JSON API's 4xx not an ApiError, a stack trace, SQL or NUL in a body, no answer)`);
    console.log(`  ${seconds.toFixed(1)} s, ${(tally.requests / seconds).toFixed(0)} requests/s (one at a time, sign-ins included)`);
    for (const failure of tally.failures) console.log(`\n${failure}`);
    return tally.failed === 0;
  } finally {
    closeConnections();
    await portal.stop();
  }
}
