// The session's life as the shell sees it: both expiries enforced from the database, the idle time
// extended by activity (but not by /status), the header on every answer, and the difference
// between "never signed in" and "signed in until recently".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SESSION_EXPIRES_HEADER, SessionInfoSchema, validate, type SessionInfo } from '@portal/shared-contracts';
import { eq } from 'drizzle-orm';
import type { Storage } from '../../storage/storage.js';
import { sessions } from '../../storage/schema/index.js';
import {
  Browser,
  SESSION_COOKIE,
  TestClock,
  expectApiError,
  openMigratedTestStorage,
  sessionOf,
  signIn,
  startInstances,
  type TestServer,
} from '../../testing/harness.js';

const IDLE = 600;
const ABSOLUTE = 1500;
/** Within this many seconds an active session's expiry is not written again (DatabaseSessionStore.extendStepMs). */
const STEP = Math.min(30, IDLE / 10);
const clock = new TestClock();
let storage: Storage;
let server: TestServer;
let other: TestServer;
before(async () => {
  storage = await openMigratedTestStorage();
  [server, other] = (await startInstances(2, {
    storage,
    clock: clock.now,
    config: { sessionIdleSeconds: IDLE, sessionAbsoluteSeconds: ABSOLUTE },
  })) as [TestServer, TestServer];
});
after(async () => {
  await other.close();
  await server.close();
  await storage.close();
});

type SignedIn = Extract<SessionInfo, { authenticated: true }>;

async function signedIn(person: Parameters<typeof signIn>[1] = 'tessa'): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

async function info(browser: Browser, path: '/api/session' | '/api/session/status' = '/api/session'): Promise<SignedIn> {
  const body = await sessionOf(browser, path);
  assert.ok(validate(SessionInfoSchema, body).ok, JSON.stringify(body));
  assert.equal((body as SessionInfo).authenticated, true, JSON.stringify(body));
  return body as SignedIn;
}

/** The session's row as stored, found by the id in the browser's signed cookie (`s:<sid>.<signature>`). */
async function sessionRow(browser: Browser): Promise<{ expiresAt: Date } | undefined> {
  const cookie = decodeURIComponent(browser.cookies.get(SESSION_COOKIE) ?? '');
  const sid = cookie.slice('s:'.length, cookie.lastIndexOf('.'));
  const [row] = await storage.db.select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.sid, sid));
  return row ? { expiresAt: new Date(row.expiresAt) } : undefined;
}

function at(offsetSeconds: number, from: Date): string {
  return new Date(from.getTime() + offsetSeconds * 1000).toISOString();
}

describe('session info', () => {
  test('GET /api/session tells the idle and the absolute expiry, no-store', async () => {
    const browser = await signedIn();
    const signedInAt = clock.now();
    const response = await browser.fetch('/api/session');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = (await response.json()) as SignedIn;
    assert.ok(validate(SessionInfoSchema, body).ok);
    assert.equal(body.expiresAt, at(IDLE, signedInAt));
    assert.equal(body.absoluteExpiresAt, at(ABSOLUTE, signedInAt));
    assert.equal(response.headers.get(SESSION_EXPIRES_HEADER), body.expiresAt);
  });

  test('/session and /extend extend the idle time; /status only reports it', async () => {
    const browser = await signedIn();
    const start = clock.now();
    clock.advance(100);
    const status = await browser.fetch('/api/session/status');
    const reported = (await status.json()) as SignedIn;
    assert.equal(reported.expiresAt, at(IDLE, start), '/status did not move it');
    assert.equal(status.headers.get(SESSION_EXPIRES_HEADER), reported.expiresAt, 'the unchanged expiry');

    clock.advance(100);
    assert.equal((await info(browser)).expiresAt, at(200 + IDLE, start), '/session moved it');
    clock.advance(100);
    const extend = await browser.fetch('/api/session/extend', { method: 'POST' });
    assert.equal(extend.status, 200);
    const extended = (await extend.json()) as SignedIn;
    assert.equal(extended.expiresAt, at(300 + IDLE, start), '/extend moved it');
    assert.equal(extend.headers.get(SESSION_EXPIRES_HEADER), extended.expiresAt);
    assert.equal(extended.absoluteExpiresAt, at(ABSOLUTE, start), 'the absolute expiry never moves');
    assert.equal((await info(browser, '/api/session/status')).expiresAt, extended.expiresAt);
  });

  test('every /api answer to a live session carries the new idle expiry, errors included', async () => {
    const browser = await signedIn();
    for (const [path, status] of [
      ['/api/profile', 200],
      ['/api/profile/current-items', 200],
      ['/api/registry', 200],
      ['/api/no-such-thing', 404],
    ] as const) {
      // Past the step within which the expiry is not written again (the test below).
      clock.advance(STEP + 1);
      const response = await browser.fetch(path);
      assert.equal(response.status, status, path);
      assert.equal(response.headers.get(SESSION_EXPIRES_HEADER), at(IDLE, clock.now()), path);
    }
    // Not for a signed-out request, and not outside /api.
    assert.equal((await new Browser(server.baseUrl).fetch('/api/registry')).headers.get(SESSION_EXPIRES_HEADER), null);
    assert.equal((await browser.fetch('/idp/assets/idp.css')).headers.get(SESSION_EXPIRES_HEADER), null);
  });
});

test('requests within a step of each other read the session and do not write it; /extend always does', async () => {
  const browser = await signedIn();
  const start = clock.now();
  const written = async () => (await sessionRow(browser))?.expiresAt.toISOString();
  const first = await written();
  for (let i = 0; i < 5; i++) {
    clock.advance(STEP / 6);
    const response = await browser.fetch('/api/profile');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get(SESSION_EXPIRES_HEADER), at(IDLE, start), 'the stored expiry, not moved');
  }
  assert.equal(await written(), first, 'no write within the step');
  const extended = await browser.fetch('/api/session/extend', { method: 'POST' });
  assert.equal(extended.headers.get(SESSION_EXPIRES_HEADER), at(IDLE, clock.now()), '/extend: exactly the idle time from now');
  assert.equal(await written(), at(IDLE, clock.now()));
  clock.advance(STEP + 1);
  assert.equal((await browser.fetch('/api/profile')).headers.get(SESSION_EXPIRES_HEADER), at(IDLE, clock.now()), 'a step behind: written');
});

describe('expiry', () => {
  test('idle for longer than SESSION_IDLE_SECONDS: 401 session-expired, and /api/session says signed out', async () => {
    const browser = await signedIn();
    clock.advance(IDLE - 1);
    assert.equal((await browser.fetch('/api/profile')).status, 200, 'one second before, still alive (and extended)');
    clock.advance(IDLE + 1);
    await expectApiError(await browser.fetch('/api/profile'), 401, 'session-expired');
    await expectApiError(await browser.fetch('/api/session/extend', { method: 'POST' }), 401, 'session-expired');
    for (const path of ['/api/session', '/api/session/status'] as const) {
      const response = await browser.fetch(path);
      assert.equal(response.status, 200, path);
      assert.deepEqual(await response.json(), { authenticated: false }, path);
      assert.equal(response.headers.get(SESSION_EXPIRES_HEADER), null, path);
    }
  });

  test('the absolute lifetime ends the session despite activity', async () => {
    const browser = await signedIn();
    const start = clock.now();
    for (let elapsed = 0; elapsed + 300 < ABSOLUTE; elapsed += 300) {
      clock.advance(300);
      assert.equal((await browser.fetch('/api/profile')).status, 200, `active at ${elapsed + 300} s`);
    }
    // Near the end the idle expiry is capped at the absolute one, so the shell warns in time.
    assert.equal((await info(browser, '/api/session/status')).expiresAt, at(ABSOLUTE, start));
    clock.advance(ABSOLUTE - 1200);
    await expectApiError(await browser.fetch('/api/profile'), 401, 'session-expired');
    assert.deepEqual(await sessionOf(browser), { authenticated: false });
  });

  test('no cookie is unauthenticated; an ended one is session-expired', async () => {
    const fresh = new Browser(server.baseUrl);
    await expectApiError(await fresh.fetch('/api/profile'), 401, 'unauthenticated');
    await expectApiError(await fresh.fetch('/api/session/extend', { method: 'POST' }), 401, 'unauthenticated');
    const forged = new Browser(server.baseUrl);
    forged.cookies.set(SESSION_COOKIE, 's%3Anot-a-session.signature');
    await expectApiError(await forged.fetch('/api/profile'), 401, 'session-expired');
  });

  test('a sign-in in progress is not an ended session', async () => {
    const browser = new Browser(server.baseUrl);
    await browser.fetch('/auth/login');
    assert.ok(browser.cookies.has(SESSION_COOKIE));
    await expectApiError(await browser.fetch('/api/profile'), 401, 'unauthenticated');
  });
});

describe('several tabs and instances', () => {
  test('a second instance on the same database accepts the session and extends it', async () => {
    const browser = await signedIn();
    clock.advance(50);
    const elsewhere = browser.copyCookiesTo(new Browser(other.baseUrl));
    const response = await elsewhere.fetch('/api/profile');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get(SESSION_EXPIRES_HEADER), at(IDLE, clock.now()));
    assert.equal((await info(browser, '/api/session/status')).expiresAt, at(IDLE, clock.now()), 'the first instance sees the extension');
  });

  test('sign-out in one tab ends the session in another (on another instance): session-expired', async () => {
    const tab1 = await signedIn();
    const tab2 = tab1.copyCookiesTo(new Browser(other.baseUrl));
    assert.equal((await tab2.fetch('/api/profile')).status, 200);
    await tab1.fetch('/auth/logout', { method: 'POST' });
    await expectApiError(await tab2.fetch('/api/profile'), 401, 'session-expired');
    assert.deepEqual(await sessionOf(tab2), { authenticated: false });
  });
});

describe('the language chosen for the pages (PUT /api/session/language)', () => {
  const put = (browser: Browser, body: unknown, headers: Record<string, string> = {}) =>
    browser.fetch('/api/session/language', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  test('until one is chosen the answer says null, beside the service language', async () => {
    const ulla = await info(await signedIn('ulla'));
    assert.equal(ulla.uiLanguage, null);
    assert.equal(ulla.person.preferredLanguage, 'en');
  });

  test('a choice is saved with the person: the next sign-in, in another browser, brings it; the service language stays', async () => {
    const browser = await signedIn('sven');
    const response = await put(browser, { language: 'en' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), { language: 'en' });
    const now = await info(browser);
    assert.equal(now.uiLanguage, 'en');
    assert.equal(now.person.preferredLanguage, 'sv', 'the service language is changed only by a reported change');

    const elsewhere = await info(await signedIn('sven'));
    assert.equal(elsewhere.uiLanguage, 'en');
    assert.equal((await put(browser, { language: 'sv' })).status, 200, 'the same PUT again is fine');
    assert.equal((await info(browser)).uiLanguage, 'sv');
  });

  test('anything but {"language": "fi" | "sv" | "en"} is a 400 with the JSON error, and nothing is saved', async () => {
    const browser = await signedIn('ulla');
    for (const body of [{ language: 'de' }, { language: 'FI' }, { language: null }, { lang: 'sv' }, {}, []]) {
      await expectApiError(await put(browser, body), 400, 'validation-failed');
    }
    // Not JSON at all: refused by the body parser before the route, still as the JSON error.
    await expectApiError(await put(browser, '{"language":'), 400, 'bad-request');
    assert.equal((await info(browser)).uiLanguage, null);
  });

  test('signed out: 401, whatever the body; from another site: 403', async () => {
    const fresh = new Browser(server.baseUrl);
    await expectApiError(await put(fresh, { language: 'sv' }), 401, 'unauthenticated');
    await expectApiError(await put(fresh, { language: 'xx' }), 401, 'unauthenticated');
    const browser = await signedIn('ulla');
    await expectApiError(await put(browser, { language: 'sv' }, { 'sec-fetch-site': 'cross-site' }), 403, 'forbidden');
    assert.equal((await info(browser)).uiLanguage, null);
  });
});
