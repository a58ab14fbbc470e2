// Module errors counted per version: anyone may report (no session), only what the contract names is
// kept (cleaned and cut), unknown areas and malformed versions are refused, a flood is cut off, and
// operators read the counts with a bearer token.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_ERROR_CODES, CLIENT_ERROR_MESSAGE_MAX, type ClientErrorCountsResponse } from '@portal/shared-contracts';
import { clientErrorCounts } from '../../storage/schema/index.js';
import type { Storage } from '../../storage/storage.js';
import {
  Browser,
  TestClock,
  expectApiError,
  openMigratedTestStorage,
  signIn,
  startTestServer,
  type TestServer,
} from '../../testing/harness.js';
import { cleanClientMessage } from './service.js';

const ADMIN = { authorization: 'Bearer test-admin-token' };
const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));

function post(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

async function counts(server: TestServer, query = ''): Promise<ClientErrorCountsResponse> {
  const response = await fetch(`${server.baseUrl}/admin-api/client-errors${query}`, { headers: ADMIN });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  return (await response.json()) as ClientErrorCountsResponse;
}

describe('POST /api/client-errors and GET /admin-api/client-errors', () => {
  let storage: Storage;
  let server: TestServer;
  before(async () => {
    storage = await openMigratedTestStorage();
    server = await startTestServer({ storage, clock: clock.now });
  });
  after(async () => {
    await server.close();
    await storage.close();
  });

  test('a report without a session is counted per area, version and kind; the newest version comes first', async () => {
    const browser = new Browser(server.baseUrl);
    const first = await browser.fetch(
      '/api/client-errors',
      post({ area: 'profile', version: '1.0.0', kind: 'load', message: 'Loading portal_profile/app failed' }),
    );
    assert.equal(first.status, 204);
    assert.equal(first.headers.get('set-cookie'), null, 'no session is started for a report');
    clock.advance(60);
    assert.equal((await browser.fetch('/api/client-errors', post({ area: 'profile', version: '1.0.0', kind: 'load' }))).status, 204);
    clock.advance(60);
    assert.equal(
      (await browser.fetch('/api/client-errors', post({ area: 'profile', version: '1.0.0', kind: 'mount', message: 'boom' }))).status,
      204,
    );
    clock.advance(60);
    assert.equal(
      (await browser.fetch('/api/client-errors', post({ area: 'profile', version: '1.1.0', kind: 'runtime', message: 'later' }))).status,
      204,
    );

    const { items } = await counts(server, '?area=profile');
    assert.deepEqual(
      items.map((item) => [item.version, item.total]),
      [
        ['1.1.0', 1],
        ['1.0.0', 3],
      ],
    );
    const older = items[1];
    assert.deepEqual(
      older?.kinds.map((kind) => [kind.kind, kind.count, kind.lastMessage]),
      [
        ['mount', 1, 'boom'],
        // A report without a message keeps the one an earlier report left.
        ['load', 2, 'Loading portal_profile/app failed'],
      ],
    );
    assert.equal(older?.firstSeenAt, '2026-03-02T09:00:00.000Z');
    assert.equal(older?.lastSeenAt, '2026-03-02T09:02:00.000Z');
    assert.deepEqual((await counts(server, '?area=overview')).items, []);
  });

  test('only the four fields are kept; the message is cleaned of query strings and personal data, and cut', async () => {
    const browser = new Browser(server.baseUrl);
    const message = `TypeError at https://cdn.example/app.js?token=s3cret#x for 010280-952L tessa@example.fi 040 123 4567 ${'x'.repeat(400)}`;
    const response = await browser.fetch(
      '/api/client-errors',
      post({
        area: 'overview',
        version: '2.0.0-rc.1',
        kind: 'runtime',
        message,
        url: 'https://portal/?q=secret',
        userAgent: 'UA',
        person: 'Tessa',
      }),
    );
    assert.equal(response.status, 204);
    const rows = await storage.db.select().from(clientErrorCounts);
    const row = rows.find((r) => r.area === 'overview');
    assert.ok(row);
    assert.deepEqual(Object.keys(row).sort(), ['area', 'count', 'firstSeenAt', 'kind', 'lastMessage', 'lastSeenAt', 'version']);
    const kept = row.lastMessage ?? '';
    assert.ok(kept.startsWith('TypeError at https://cdn.example/app.js for [hetu] [email] [number] xxx'), kept);
    assert.equal(Array.from(kept).length, CLIENT_ERROR_MESSAGE_MAX);
    assert.doesNotMatch(JSON.stringify(rows), /s3cret|952L|tessa@|secret|UA|Tessa/);
  });

  test('unknown areas, malformed versions, unknown kinds and broken bodies are refused with JSON', async () => {
    const browser = new Browser(server.baseUrl);
    const refused = [
      { area: 'nosuch', version: '1.0.0', kind: 'load' },
      { area: 'profile', version: 'latest', kind: 'load' },
      { area: 'profile', version: '1.0', kind: 'load' },
      { area: 'profile', version: `1.0.0-${'a'.repeat(80)}`, kind: 'load' },
      { area: 'profile', version: '1.0.0', kind: 'crash' },
      { area: 'Profile!', version: '1.0.0', kind: 'load' },
      { area: 'profile', version: '1.0.0', kind: 'load', message: 42 },
      [],
    ];
    for (const body of refused) {
      await expectApiError(await browser.fetch('/api/client-errors', post(body)), 400, API_ERROR_CODES.validationFailed);
    }
    const notJson = await browser.fetch('/api/client-errors', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"area":',
    });
    await expectApiError(notJson, 400, API_ERROR_CODES.badRequest);
    assert.deepEqual(
      (await counts(server)).items.filter((item) => item.version === 'latest' || item.area === 'nosuch'),
      [],
      'nothing refused was counted',
    );
  });

  test('the cross-site request check stays: another site cannot post reports', async () => {
    const crossSite = await new Browser(server.baseUrl).fetch(
      '/api/client-errors',
      post({ area: 'profile', version: '1.0.0', kind: 'load' }, { 'sec-fetch-site': 'cross-site' }),
    );
    await expectApiError(crossSite, 403, API_ERROR_CODES.forbidden);
  });

  test('a report does not extend the session of the person whose page failed', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const before = (await (await browser.fetch('/api/session/status')).json()) as { expiresAt: string };
    clock.advance(120);
    const response = await browser.fetch('/api/client-errors', post({ area: 'profile', version: '1.0.0', kind: 'runtime' }));
    assert.equal(response.status, 204);
    const after = (await (await browser.fetch('/api/session/status')).json()) as { expiresAt: string };
    assert.equal(after.expiresAt, before.expiresAt);
  });

  test('the admin API wants an admin token; other paths under it are a JSON 404', async () => {
    const none = await fetch(`${server.baseUrl}/admin-api/client-errors`);
    await expectApiError(none, 401, API_ERROR_CODES.unauthenticated);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer realm="admin-api"');
    for (const authorization of ['Bearer test-kela-token', 'Bearer wrong-token-123']) {
      await expectApiError(
        await fetch(`${server.baseUrl}/admin-api/client-errors`, { headers: { authorization } }),
        401,
        API_ERROR_CODES.unauthenticated,
      );
    }
    await expectApiError(
      await fetch(`${server.baseUrl}/admin-api/client-errors/profile`, { headers: ADMIN }),
      404,
      API_ERROR_CODES.notFound,
    );
    await expectApiError(
      await fetch(`${server.baseUrl}/admin-api/client-errors`, { method: 'DELETE', headers: ADMIN }),
      404,
      API_ERROR_CODES.notFound,
    );
    await expectApiError(await fetch(`${server.baseUrl}/admin-api/client-errors/x`), 401, API_ERROR_CODES.unauthenticated);
    await expectApiError(
      await fetch(`${server.baseUrl}/admin-api/client-errors?area=NO!`, { headers: ADMIN }),
      400,
      API_ERROR_CODES.validationFailed,
    );
    // The person's session is no key to it.
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    await expectApiError(await browser.fetch('/admin-api/client-errors'), 401, API_ERROR_CODES.unauthenticated);
  });
});

describe('the error reports are rate-limited per client', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { clientErrorRateLimit: 3, clientErrorRateWindowSeconds: 60 } });
  });
  after(() => server.close());

  test('past the limit a client gets 429 JSON with Retry-After, and nothing more is counted', async () => {
    const browser = new Browser(server.baseUrl);
    for (let i = 0; i < 3; i++) {
      assert.equal((await browser.fetch('/api/client-errors', post({ area: 'profile', version: '1.0.0', kind: 'runtime' }))).status, 204);
    }
    // The refusal is JSON even for a client that prefers HTML: nobody navigates to this endpoint.
    const refused = await browser.fetch(
      '/api/client-errors',
      post({ area: 'profile', version: '1.0.0', kind: 'runtime' }, { accept: 'text/html,*/*' }),
    );
    await expectApiError(refused, 429, API_ERROR_CODES.tooManyRequests);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    const { items } = await counts(server);
    assert.equal(items[0]?.total, 3);
  });
});

describe('cleanClientMessage', () => {
  test('keeps what helps an operator and drops what could identify someone', () => {
    assert.equal(cleanClientMessage(undefined), undefined);
    assert.equal(cleanClientMessage('  \n '), undefined);
    assert.equal(
      cleanClientMessage('Loading /modules/profile/mf-manifest.json?v=2 failed'),
      'Loading /modules/profile/mf-manifest.json failed',
    );
    assert.equal(cleanClientMessage('GET /api/job-search/changes/123#top\tfailed'), 'GET /api/job-search/changes/123 failed');
    assert.equal(cleanClientMessage('Why? Nobody knows #3'), 'Why? Nobody knows #3');
    assert.equal(cleanClientMessage('hetu 131052-308T and 010101A123N'), 'hetu [hetu] and [hetu]');
    assert.equal(cleanClientMessage('mail maija.meikalainen@example.fi now'), 'mail [email] now');
    assert.equal(cleanClientMessage('call +358 40 123 4567 or FI2112345600000785'), 'call [number] or FI[number]');
    assert.equal(cleanClientMessage('took over 5000 ms'), 'took over 5000 ms');
    assert.equal(cleanClientMessage('nul\u0000 and \ud800 half'), 'nul and half');
    // Cut by characters, never through the middle of one.
    const emoji = cleanClientMessage('😀'.repeat(400)) ?? '';
    assert.equal(Array.from(emoji).length, CLIENT_ERROR_MESSAGE_MAX);
    assert.ok(!/[\uD800-\uDBFF]$/.test(emoji));
  });
});
