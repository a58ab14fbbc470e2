// The property-based fuzz suite (issue 18): every state-changing route gets requests derived from
// its contract schema, mostly malformed in body, headers, path or query, sent as the signed-in
// person (sometimes signed out or from another site). Every answer must be below 500, a JSON API's
// 4xx the ApiError body, with no stack trace, SQL or NUL in it; and a refused request (4xx) must
// leave the data as it was. A fixed seed per route: the same requests every run. FUZZ_RUNS sets
// the requests per route (default below), FUZZ_ROUTE picks the routes whose key contains it;
// `npm run bench -- fuzz` sends 10 000 to a server of its own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type SQL } from 'drizzle-orm';
import { Browser, signIn, startTestServer, TEST_CONFIG, type TestServer } from '../testing/harness.js';
import type { Database } from '../storage/storage.js';
import { type SEED_PERSON_IDS } from '../storage/seeds/seed.js';
import { closeConnections, discover, type Target } from './client.js';
import type { FuzzContext } from './requests.js';
import { ROUTES, routesOf } from './routes.js';
import { assertRoute, seedOf } from './runner.js';

const SEED = 20_261_218;

type Person = keyof typeof SEED_PERSON_IDS;
/**
 * Tessa, whose ids the requests use, sends most; the rest go to one of the others by turns, whose
 * situations differ (not registered, no phone, abroad, turvakielto, deceased, no henkilötunnus).
 */
const OTHERS: readonly Person[] = ['sven', 'yrjo', 'ulla', 'turva', 'deceased', 'erika'];
const OTHERS_SHARE = 1 / 3;
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 20);
const ONLY = process.env['FUZZ_ROUTE'];

/**
 * Tables whose rows change with any request, refused or not: sessions (every /api request extends
 * one), the IdP's codes and sessions, rate-limit counts and the legacy pages' per-session state.
 */
const VOLATILE = ['sessions', 'idp_codes', 'idp_sessions', 'rate_limits', 'legacy_page_state'];

/** The rows of a query (PGlite and node-postgres both answer with `rows`). */
async function rowsOf<TRow>(db: Database, statement: SQL): Promise<TRow[]> {
  const result: unknown = await db.execute(statement);
  const rows = typeof result === 'object' && result !== null && 'rows' in result ? result.rows : undefined;
  return Array.isArray(rows) ? (rows as TRow[]) : [];
}

/**
 * Counts, per table, every row inserted, updated or deleted from now on (row-level triggers, in the
 * test's database only): reading one small table after each request is what makes checking every
 * request affordable, where hashing every table each time was not. A write rolled back is no write.
 */
async function countWrites(db: Database): Promise<void> {
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  await db.execute(sql.raw('create table fuzz_writes (table_name text primary key, n bigint not null)'));
  await db.execute(
    sql.raw(`create function fuzz_count_write() returns trigger language plpgsql as $$
      begin
        insert into fuzz_writes values (tg_table_name, 1) on conflict (table_name) do update set n = fuzz_writes.n + 1;
        return null;
      end $$`),
  );
  for (const { name } of tables.filter((row) => !VOLATILE.includes(row.name))) {
    await db.execute(
      sql.raw(
        `create trigger fuzz_count_write after insert or update or delete on "${name}" for each row execute function fuzz_count_write()`,
      ),
    );
  }
}

/** The write counts so far, "table:n …": equal before and after a request, it wrote nothing. */
async function writesSoFar(db: Database): Promise<string> {
  const rows = await rowsOf<{ t: string; n: string }>(db, sql`select table_name as t, n from fuzz_writes order by 1`);
  return rows.map((row) => `${row.t}:${row.n}`).join(' ');
}

/** The tables written to between two counts. */
function changedTables(before: string, now: string): string[] {
  const earlier = new Set(before.split(' '));
  return now
    .split(' ')
    .filter((part) => !earlier.has(part))
    .map((part) => part.split(':')[0] ?? part);
}

async function signedIn(server: TestServer, person: Person = 'tessa'): Promise<Target> {
  const browser = new Browser(server.baseUrl);
  await signIn(browser, person);
  return { baseUrl: server.baseUrl, cookie: [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
}

describe('fuzzing every state-changing route', () => {
  let server: TestServer;
  let ctx: FuzzContext;
  before(async () => {
    server = await startTestServer();
    await countWrites(server.storage.db);
    const tokens = { office: TEST_CONFIG.officeApiTokens[0]?.token ?? '', admin: TEST_CONFIG.adminApiTokens[0]?.token ?? '' };
    ctx = await discover(await signedIn(server), tokens);
  });
  after(async () => {
    closeConnections();
    await server.close();
  });

  test('every POST, PUT, PATCH and DELETE route of the app has a fuzz spec, and every spec a route', () => {
    assert.deepEqual([...routesOf(server.app)].sort(), Object.keys(ROUTES).sort());
  });

  test('the start knows valid values: the person’s offers, plan, tasks, requests, the areas, a form token', () => {
    for (const source of ['offer', 'plan', 'task', 'request', 'area'] as const) assert.ok(ctx.ids[source].length > 0, source);
    assert.equal(ctx.legacyCsrf.length, 1);
    assert.ok(ctx.oidc['state']);
  });

  const routes = Object.entries(ROUTES).filter(([key]) => ONLY === undefined || key.includes(ONLY));
  for (const [index, [key, spec]] of routes.entries()) {
    const other = OTHERS[index % OTHERS.length] ?? 'sven';
    const share = Math.round(RUNS * OTHERS_SHARE);
    test(`${key}: ${RUNS} requests (Tessa, ${other}), none answered 5xx or out of shape, none refused that changed data`, async () => {
      for (const [person, runs] of [['tessa', RUNS - share] as const, [other, share] as const]) {
        // A session of its own per route: a logout fuzzed earlier must not sign the next route out.
        const target = await signedIn(server, person);
        let data = await writesSoFar(server.storage.db);
        await assertRoute({
          target,
          key,
          spec,
          ctx,
          seed: seedOf(`${key} ${person}`, SEED),
          runs,
          afterEach: async (_request, response) => {
            const now = await writesSoFar(server.storage.db);
            const problems =
              response.status >= 400 && now !== data
                ? [`refused with ${response.status}, yet changed ${changedTables(data, now).join(', ')}`]
                : [];
            data = now;
            return problems;
          },
        });
      }
    });
  }
});
