// Maintenance breaks: scheduled, changed, cancelled and undone through the admin API with every
// change recorded; announced in the public registry ahead of time; and while one goes on, the
// writes it covers get 503 with Retry-After while reads, other areas and drafts go on.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MaintenanceBreak, PublicMaintenance } from '@portal/shared-contracts/maintenance';
import {
  Browser,
  TEST_CONFIG,
  TestClock,
  expectApiError,
  openMigratedTestStorage,
  signIn,
  startInstances,
  startTestServer,
  type TestServer,
} from '../../testing/harness.js';
import { MAINTENANCE_CACHE_MS } from './service.js';

const TOKEN = TEST_CONFIG.adminApiTokens[0]?.token ?? '';
const MESSAGE = { fi: 'Suunnitelman huoltokatko.', sv: 'Serviceavbrott i planen.', en: 'Maintenance break of the plan.' };
const HOUR = 3600;

let server: TestServer;
let clock: TestClock;
let tessa: Browser;
before(async () => {
  clock = new TestClock(new Date('2026-12-08T10:00:00Z'));
  // Sessions outlast the hours the clock moves through.
  server = await startTestServer({ clock: clock.now, config: { sessionIdleSeconds: 86_400, sessionAbsoluteSeconds: 172_800 } });
  tessa = new Browser(server.baseUrl);
  assert.equal((await signIn(tessa, 'tessa')).callback.status, 303);
});
after(() => server.close());

function admin(method: string, path: string, body?: unknown, token = TOKEN): Promise<Response> {
  return fetch(`${server.baseUrl}/admin-api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function json<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return JSON.parse(text) as T;
}

/** `seconds` from the test's now, as ISO with an offset of +02:00 (the operator's Helsinki time). */
function at(seconds: number): string {
  const local = new Date(clock.now().getTime() + seconds * 1000 + 2 * HOUR * 1000);
  return `${local.toISOString().slice(0, 19)}+02:00`;
}

async function publicBreaks(): Promise<PublicMaintenance[] | undefined> {
  const registry = await json<{ maintenance?: PublicMaintenance[] }>(await tessa.fetch('/api/registry'));
  return registry.maintenance;
}

function write(path: string, body: unknown = {}, method = 'POST'): Promise<Response> {
  return tessa.fetch(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('maintenance breaks through the admin API', () => {
  test('need an operator’s token', async () => {
    assert.equal((await admin('GET', '/maintenance', undefined, 'wrong')).status, 401);
    assert.equal((await admin('POST', '/maintenance', { area: null }, 'wrong')).status, 401);
  });

  test('refuse what is not valid with a 400 naming the field', async () => {
    const valid = { area: 'plan', startsAt: at(HOUR), endsAt: at(2 * HOUR), message: MESSAGE };
    await expectApiError(await admin('POST', '/maintenance', { ...valid, endsAt: valid.startsAt }), 400, 'validation-failed');
    await expectApiError(await admin('POST', '/maintenance', { ...valid, startsAt: '2026-12-08T12:00:00' }), 400, 'validation-failed');
    await expectApiError(await admin('POST', '/maintenance', { ...valid, message: { fi: 'x', sv: 'y' } }), 400, 'validation-failed');
    await expectApiError(
      await admin('POST', '/maintenance', { ...valid, message: { ...MESSAGE, en: 'x'.repeat(501) } }),
      400,
      'validation-failed',
    );
    await expectApiError(await admin('POST', '/maintenance', { ...valid, area: 'no-such-area' }), 400, 'validation-failed');
    await expectApiError(
      await admin('POST', '/maintenance', { ...valid, startsAt: at(-2 * HOUR), endsAt: at(-HOUR) }),
      400,
      'validation-failed',
    );
    await expectApiError(await admin('PUT', '/maintenance/not-a-uuid', valid), 404, 'not-found');
    await expectApiError(await admin('POST', '/maintenance/00000000-0000-4000-8000-000000000000/cancel'), 404, 'not-found');
    const response = await admin('POST', '/maintenance', { ...valid, endsAt: at(-1) });
    const body = await json<{ error: { details: { path: string }[] } }>(response, 400);
    assert.deepEqual(
      body.error.details.map((detail) => detail.path),
      ['endsAt'],
    );
    assert.deepEqual((await json<{ breaks: unknown[] }>(await admin('GET', '/maintenance'))).breaks, [], 'nothing was stored');
  });

  test('a break of one area: announced ahead, refusing its writes while it goes on, then gone; changes recorded and undone', async () => {
    assert.equal(await publicBreaks(), undefined, 'no break: no field');
    const scheduled = await json<MaintenanceBreak>(
      await admin('POST', '/maintenance', {
        area: 'plan',
        startsAt: at(3 * HOUR),
        endsAt: at(4 * HOUR),
        message: MESSAGE,
        announceHours: 2,
      }),
      201,
    );
    assert.equal(scheduled.startsAt, '2026-12-08T13:00:00.000Z');
    assert.equal(await publicBreaks(), undefined, 'not announced before its announcement time');

    clock.advance(HOUR + 1);
    assert.deepEqual(await publicBreaks(), [
      { area: 'plan', startsAt: '2026-12-08T13:00:00.000Z', endsAt: '2026-12-08T14:00:00.000Z', message: MESSAGE },
    ]);
    // Announced, not going on: the area's writes still reach it (this one is refused by the area as invalid).
    await expectApiError(await write('/api/plan/accept'), 400, 'bad-request');

    clock.advance(2 * HOUR);
    const refused = await write('/api/plan/accept');
    assert.equal(refused.headers.get('retry-after'), String(HOUR - 1));
    await expectApiError(refused, 503, 'service-unavailable');
    await expectApiError(await write('/api/plan/job-applications'), 503, 'service-unavailable');
    assert.equal((await tessa.fetch('/api/plan')).status, 200, 'reads go on');
    await expectApiError(await write('/api/profile/changes'), 400, 'bad-request');
    assert.equal((await write('/api/drafts/plan.proposal', { data: { text: 'kept' } }, 'PUT')).status, 200, 'drafts are saved');

    // Ended now: writes reach the area again.
    const ended = await json<MaintenanceBreak>(await admin('POST', `/maintenance/${scheduled.id}/cancel`));
    assert.equal(ended.endsAt, clock.now().toISOString());
    assert.equal(ended.cancelled, false, 'it went on until now: its record says so');
    await expectApiError(await write('/api/plan/accept'), 400, 'bad-request');
    assert.equal(await publicBreaks(), undefined);
    await expectApiError(await admin('POST', `/maintenance/${scheduled.id}/cancel`), 409, 'conflict');

    // Undo the ending: it goes on again until its end.
    const undone = await json<MaintenanceBreak>(await admin('POST', `/maintenance/${scheduled.id}/undo`));
    assert.equal(undone.endsAt, '2026-12-08T14:00:00.000Z');
    await expectApiError(await write('/api/plan/accept'), 503, 'service-unavailable');

    const shown = await json<{
      history: { actor: string; action: string; before: { endsAt: string } | null; after: { endsAt: string } }[];
    }>(await admin('GET', `/maintenance/${scheduled.id}`));
    assert.deepEqual(
      shown.history.map((change) => [change.action, change.actor, change.before?.endsAt ?? null, change.after.endsAt]),
      [
        ['undo', 'tester', '2026-12-08T13:00:01.000Z', '2026-12-08T14:00:00.000Z'],
        ['cancel', 'tester', '2026-12-08T14:00:00.000Z', '2026-12-08T13:00:01.000Z'],
        ['schedule', 'tester', null, '2026-12-08T14:00:00.000Z'],
      ],
    );
    // Undo twice: undoing the undo ends it again.
    await json(await admin('POST', `/maintenance/${scheduled.id}/undo`));
    await expectApiError(await write('/api/plan/accept'), 400, 'bad-request');
  });

  test('a break of the whole portal: every citizen write refused but the session’s, drafts’ and error reports’; a change and an undo of its scheduling', async () => {
    const scheduled = await json<MaintenanceBreak>(
      await admin('POST', '/maintenance', { area: null, startsAt: at(HOUR), endsAt: at(3 * HOUR), message: MESSAGE }),
      201,
    );
    assert.deepEqual(
      (await publicBreaks())?.map((item) => item.area),
      [null],
      'announced 48 h ahead by default',
    );
    // Moved to start now: a change, recorded.
    const moved = await json<MaintenanceBreak>(
      await admin('PUT', `/maintenance/${scheduled.id}`, { area: null, startsAt: at(-60), endsAt: at(HOUR), message: MESSAGE }),
    );
    assert.equal(moved.endsAt, new Date(clock.now().getTime() + HOUR * 1000).toISOString());
    for (const path of ['/api/plan/accept', '/api/profile/changes', '/api/job-search/end', '/api/accessibility-feedback']) {
      const refused = await write(path);
      assert.equal(refused.headers.get('retry-after'), String(HOUR), path);
      await expectApiError(refused, 503, 'service-unavailable');
    }
    assert.equal((await write('/api/drafts/profile.change', { data: { phone: '040' } }, 'PUT')).status, 200);
    assert.equal((await write('/api/session/extend')).status, 200);
    assert.equal((await tessa.fetch('/api/profile')).status, 200, 'reads go on');

    // Undo the move, then the scheduling itself: cancelled, nothing refused, nothing announced.
    await json(await admin('POST', `/maintenance/${scheduled.id}/undo`));
    await expectApiError(await write('/api/profile/changes'), 400, 'bad-request');
    const list = await json<{ breaks: MaintenanceBreak[] }>(await admin('GET', '/maintenance'));
    assert.ok(list.breaks.some((item) => item.id === scheduled.id && !item.cancelled));
    await json(await admin('POST', `/maintenance/${scheduled.id}/cancel`));
    assert.equal(await publicBreaks(), undefined);
    await expectApiError(
      await admin('PUT', `/maintenance/${scheduled.id}`, { area: null, startsAt: at(HOUR), endsAt: at(2 * HOUR), message: MESSAGE }),
      409,
      'conflict',
    );
  });
});

describe('maintenance breaks on several instances of the backend', () => {
  test('a break scheduled through one instance refuses writes on the other within its few seconds of cache', async () => {
    const storage = await openMigratedTestStorage();
    const shared = new TestClock(new Date('2026-12-08T10:00:00Z'));
    const [one, other] = await startInstances(2, {
      storage,
      clock: shared.now,
      config: { sessionIdleSeconds: 86_400, sessionAbsoluteSeconds: 172_800 },
    });
    try {
      const browser = new Browser(other!.baseUrl);
      assert.equal((await signIn(browser, 'tessa')).callback.status, 303);
      const send = () => browser.fetch('/api/plan/accept', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      // The other instance reads (and caches) that there is no break.
      await expectApiError(await send(), 400, 'bad-request');
      const iso = (seconds: number) => new Date(shared.now().getTime() + seconds * 1000).toISOString();
      const scheduled = await fetch(`${one!.baseUrl}/admin-api/maintenance`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ area: 'plan', startsAt: iso(-1), endsAt: iso(HOUR), message: MESSAGE }),
      });
      assert.equal(scheduled.status, 201, await scheduled.text());
      // Past its cache, the other instance reads the database again: nothing was kept in one's memory only.
      shared.advance(MAINTENANCE_CACHE_MS / 1000);
      await expectApiError(await send(), 503, 'service-unavailable');
    } finally {
      await one?.close();
      await other?.close();
      await storage.close();
    }
  });
});
