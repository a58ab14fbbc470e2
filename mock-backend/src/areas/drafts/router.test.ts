// Server-side drafts: the person's own, by key; refused when malformed or too large; kept through
// a sign-out and a timeout (their whole point), pruned after 30 days without a save.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import {
  API_ERROR_CODES,
  ApiErrorSchema,
  DRAFT_MAX_BYTES,
  DraftSchema,
  validate,
  type ApiError,
  type Draft,
} from '@portal/shared-contracts';
import { pruneExpired } from '../../storage/prune.js';
import { drafts } from '../../storage/schema/index.js';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { Browser, TestClock, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';

const DAY = 24 * 60 * 60;
const clock = new TestClock();
let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function signedIn(person: Parameters<typeof signIn>[1], browser = new Browser(server.baseUrl)): Promise<Browser> {
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

function put(browser: Browser, key: string, body: unknown): Promise<Response> {
  return browser.fetch(`/api/drafts/${key}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function draftOf(response: Response): Promise<Draft> {
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const body: unknown = await response.json();
  const parsed = validate(DraftSchema, body);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return body as Draft;
}

/** No draft under the key: 204 No Content, not a 404 (which a browser logs as an error on every form). */
async function assertNoDraft(response: Response, message?: string): Promise<void> {
  assert.equal(response.status, 204, message);
  assert.equal(await response.text(), '', message);
}

async function errorBody(response: Response, status: number, code: string): Promise<ApiError['error']> {
  assert.equal(response.status, status);
  const body: unknown = await response.json();
  assert.ok(validate(ApiErrorSchema, body).ok, JSON.stringify(body));
  assert.equal((body as ApiError).error.code, code, JSON.stringify(body));
  return (body as ApiError).error;
}

test('put, get, replace and delete a draft', async () => {
  const browser = await signedIn('tessa');
  const data = { phone: '+358 40 1', address: { street: 'Katu 1', postalCode: '' }, step: 2, agreed: [true, null] };
  const saved = await draftOf(await put(browser, 'profile.change', { data }));
  assert.deepEqual(saved, { key: 'profile.change', data, savedAt: clock.now().toISOString() });
  assert.deepEqual(await draftOf(await browser.fetch('/api/drafts/profile.change')), saved);

  clock.advance(60);
  const replaced = await draftOf(await put(browser, 'profile.change', { data: { phone: '+358 40 12' } }));
  assert.deepEqual(replaced.data, { phone: '+358 40 12' }, 'replaced, not merged');
  assert.equal(replaced.savedAt, clock.now().toISOString());
  assert.deepEqual(await draftOf(await browser.fetch('/api/drafts/profile.change')), replaced);

  const deleted = await browser.fetch('/api/drafts/profile.change', { method: 'DELETE' });
  assert.equal(deleted.status, 204);
  assert.equal(await deleted.text(), '');
  await assertNoDraft(await browser.fetch('/api/drafts/profile.change'), 'deleted: none');
  assert.equal((await browser.fetch('/api/drafts/profile.change', { method: 'DELETE' })).status, 204, 'deleting none is fine too');
});

test('no draft: 204 No Content, empty, and not cached', async () => {
  const browser = await signedIn('yrjo');
  const none = await browser.fetch('/api/drafts/jobs.application');
  assert.equal(none.headers.get('cache-control'), 'no-store');
  await assertNoDraft(none);
});

test('a malformed key: 400 validation-failed with the issue under `key`, by every method', async () => {
  const browser = await signedIn('tessa');
  for (const key of ['profile', 'Profile.change', '.change', 'profile..change', `a.${'b'.repeat(100)}`, 'profile.change%20x']) {
    for (const init of [{}, { method: 'DELETE' }]) {
      const error = await errorBody(await browser.fetch(`/api/drafts/${key}`, init), 400, API_ERROR_CODES.validationFailed);
      assert.ok(
        error.details?.every((d) => d.path === 'key'),
        JSON.stringify(error),
      );
    }
    await errorBody(await put(browser, key, { data: {} }), 400, API_ERROR_CODES.validationFailed);
  }
  // Not even percent-encoding: the router cannot decode it, and that is the client's error too.
  await expectApiError(await browser.fetch('/api/drafts/%E0.x'), 400, API_ERROR_CODES.badRequest);
});

test('a malformed body: 400, nothing stored', async () => {
  const browser = await signedIn('tessa');
  for (const body of [{}, { data: 'text' }, { data: [1, 2] }, { data: null }, []]) {
    await expectApiError(await put(browser, 'profile.bad', body), 400, API_ERROR_CODES.validationFailed);
  }
  await expectApiError(await put(browser, 'profile.bad', '{"data": {'), 400, API_ERROR_CODES.badRequest);
  // PostgreSQL stores neither a NUL character nor a lone surrogate: a 400 that says where, not a 500.
  const nul = await errorBody(
    await put(browser, 'profile.bad', { data: { form: { street: 'a\u0000b' } } }),
    400,
    API_ERROR_CODES.validationFailed,
  );
  assert.equal(nul.details?.[0]?.path, 'data.form.street');
  const surrogate = await errorBody(await put(browser, 'profile.bad', { data: { ['x\uD800']: 1 } }), 400, API_ERROR_CODES.validationFailed);
  assert.equal(surrogate.details?.[0]?.path, 'data.x\uD800');
  // Nesting deep enough to overflow a recursive parser or PostgreSQL's stack: a 400, not a 500.
  for (const depth of [33, 45_000]) {
    const deep = `{"data":{"a":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}}`;
    await expectApiError(await put(browser, 'profile.bad', deep), 400, API_ERROR_CODES.validationFailed);
  }
  await draftOf(await put(browser, 'profile.deep', `{"data":{"a":${'['.repeat(31)}${']'.repeat(31)}}}`));
  await assertNoDraft(await browser.fetch('/api/drafts/profile.bad'), 'nothing refused was stored');
});

test(`more than ${DRAFT_MAX_BYTES} bytes of JSON: 413 payload-too-large saying the limit; exactly the limit is fine`, async () => {
  const browser = await signedIn('tessa');
  const overhead = JSON.stringify({ text: '' }).length;
  const exact = { text: 'x'.repeat(DRAFT_MAX_BYTES - overhead) };
  assert.equal(Buffer.byteLength(JSON.stringify(exact)), DRAFT_MAX_BYTES);
  await draftOf(await put(browser, 'profile.big', { data: exact }));

  // Counted in bytes: "ä" is two of them in UTF-8, so this is too large though it has fewer characters.
  const tooLarge = { text: 'ä'.repeat((DRAFT_MAX_BYTES - overhead) / 2 + 1) };
  const error = await errorBody(await put(browser, 'profile.big', { data: tooLarge }), 413, API_ERROR_CODES.payloadTooLarge);
  assert.match(error.message, new RegExp(`at most ${DRAFT_MAX_BYTES} bytes`));
  assert.deepEqual((await draftOf(await browser.fetch('/api/drafts/profile.big'))).data, exact, 'the stored draft is untouched');

  // Beyond express.json's own limit the body is not even read; still a 413 with the error body.
  await expectApiError(await put(browser, 'profile.big', { data: { text: 'x'.repeat(200 * 1024) } }), 413, API_ERROR_CODES.payloadTooLarge);
});

test("another person's draft under the same key is not there for anyone else", async () => {
  const tessa = await signedIn('tessa');
  const sven = await signedIn('sven');
  await draftOf(await put(tessa, 'profile.shared-key', { data: { owner: 'tessa' } }));
  // Not hidden behind a 404 as another person's plan is: Sven simply has no draft under the key.
  await assertNoDraft(await sven.fetch('/api/drafts/profile.shared-key'), "Tessa's draft is not Sven's");

  // Sven's own draft under the key is his: saving and deleting it leaves Tessa's alone.
  await draftOf(await put(sven, 'profile.shared-key', { data: { owner: 'sven' } }));
  assert.deepEqual((await draftOf(await sven.fetch('/api/drafts/profile.shared-key'))).data, { owner: 'sven' });
  assert.equal((await sven.fetch('/api/drafts/profile.shared-key', { method: 'DELETE' })).status, 204);
  assert.deepEqual((await draftOf(await tessa.fetch('/api/drafts/profile.shared-key'))).data, { owner: 'tessa' });
});

test('a draft survives sign-out and a session timeout: it is there after signing in again', async () => {
  const browser = await signedIn('ulla');
  const saved = await draftOf(await put(browser, 'profile.change', { data: { email: 'ulla@example.com' } }));

  assert.equal((await browser.fetch('/auth/logout', { method: 'POST' })).status, 200);
  await expectApiError(await browser.fetch('/api/drafts/profile.change'), 401, API_ERROR_CODES.unauthenticated);
  await signedIn('ulla', browser);
  assert.deepEqual(await draftOf(await browser.fetch('/api/drafts/profile.change')), saved);

  clock.advance(2 * 3600);
  await expectApiError(await browser.fetch('/api/drafts/profile.change'), 401, API_ERROR_CODES.sessionExpired);
  await signedIn('ulla', browser);
  assert.deepEqual(await draftOf(await browser.fetch('/api/drafts/profile.change')), saved);
});

test('signed out: 401 by every method', async () => {
  const browser = new Browser(server.baseUrl);
  await expectApiError(await browser.fetch('/api/drafts/profile.change'), 401, API_ERROR_CODES.unauthenticated);
  await expectApiError(await put(browser, 'profile.change', { data: {} }), 401, API_ERROR_CODES.unauthenticated);
  await expectApiError(await browser.fetch('/api/drafts/profile.change', { method: 'DELETE' }), 401, API_ERROR_CODES.unauthenticated);
});

test('cross-site PUT and DELETE are refused (CSRF)', async () => {
  const browser = await signedIn('yrjo');
  const crossSite = { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' };
  await expectApiError(
    await browser.fetch('/api/drafts/profile.csrf', { method: 'PUT', headers: crossSite, body: '{"data":{}}' }),
    403,
    API_ERROR_CODES.forbidden,
  );
  await assertNoDraft(await browser.fetch('/api/drafts/profile.csrf'), 'nothing was stored');
});

test('the prune job removes drafts 30 days after their last save, and only those', async () => {
  const browser = await signedIn('yrjo');
  await draftOf(await put(browser, 'profile.old', { data: { n: 1 } }));
  clock.advance(20 * DAY);
  await signedIn('yrjo', browser);
  await draftOf(await put(browser, 'profile.recent', { data: { n: 2 } }));

  const stored = async (key: string) =>
    (
      await server.storage.db
        .select()
        .from(drafts)
        .where(and(eq(drafts.personId, SEED_PERSON_IDS.yrjo), eq(drafts.key, key)))
    ).length;
  clock.advance(9 * DAY);
  await pruneExpired(server.storage.db, clock.now());
  assert.equal(await stored('profile.old'), 1, '29 days: kept');

  clock.advance(1 * DAY + 1);
  const pruned = await pruneExpired(server.storage.db, clock.now());
  assert.ok(pruned.drafts >= 1);
  assert.equal(await stored('profile.old'), 0, '30 days: pruned');
  assert.equal(await stored('profile.recent'), 1, 'saved 10 days ago: kept');
});
