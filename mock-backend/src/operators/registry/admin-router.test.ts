// Switching an area between its legacy pages and its module: the admin API's rules, the registry
// resolved per person (everyone, nobody, a stable percentage, listed persons), every change recorded
// and undone, and a module rollback that reads past these changes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Registry } from '@portal/shared-contracts';
import type { Rollout } from '@portal/shared-contracts/registry-admin';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { rollbackTarget } from '../modules/versions-store.js';
import { Browser, TEST_CONFIG, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';
import { rolloutBucket, servesModule } from './service.js';

const TOKEN = TEST_CONFIG.adminApiTokens[0]?.token ?? '';
const AREA = 'job-search';
const LEGACY = { kind: 'legacy', url: '/legacy/job-search' } as const;

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

function admin(method: string, path: string, body?: unknown, token = TOKEN): Promise<Response> {
  return fetch(`${server.baseUrl}/admin-api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function ok<T>(response: Response): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, 200, text);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  return JSON.parse(text) as T;
}

const setRollout = (rollout: Rollout) => admin('PUT', `/registry/${AREA}/rollout`, { rollout });

/** What serves the area for this person (null: signed out), from the public registry. */
async function servedTo(person: keyof typeof SEED_PERSON_IDS | null): Promise<string> {
  const browser = new Browser(server.baseUrl);
  if (person) assert.equal((await signIn(browser, person)).callback.status, 303);
  const response = await browser.fetch('/api/registry');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'private, no-cache');
  assert.match(response.headers.get('vary') ?? '', /Cookie/i);
  const entry = ((await response.json()) as Registry).areas.find((candidate) => candidate.area === AREA);
  assert.ok(entry);
  return entry.implementation.kind;
}

/** The legacy pages the registry offers this person if the area's module fails. */
async function fallbackFor(person: keyof typeof SEED_PERSON_IDS): Promise<unknown> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  const registry = (await (await browser.fetch('/api/registry')).json()) as Registry;
  return registry.areas.find((candidate) => candidate.area === AREA)?.fallback;
}

describe('the registry admin API', () => {
  test('needs an operator’s token', async () => {
    assert.equal((await admin('GET', '/registry', undefined, 'wrong')).status, 401);
    assert.equal((await fetch(`${server.baseUrl}/admin-api/registry`)).status, 401);
  });

  test('lists every area with its module, legacy pages and rollout', async () => {
    const { areas } = await ok<{ areas: { area: string; legacy: unknown; rollout: Rollout; federated: { kind: string } }[] }>(
      await admin('GET', '/registry'),
    );
    const jobSearch = areas.find((area) => area.area === AREA);
    assert.deepEqual([jobSearch?.federated.kind, jobSearch?.legacy, jobSearch?.rollout], ['federated', null, { mode: 'everyone' }]);
  });

  test('refuses what cannot be: a rollout away from a module without legacy pages, bad values', async () => {
    await expectApiError(await admin('PUT', '/registry/profile/rollout', { rollout: { mode: 'nobody' } }), 409, 'conflict');
    await expectApiError(
      await admin('PUT', `/registry/${AREA}/rollout`, { rollout: { mode: 'percentage', percentage: 101 } }),
      400,
      'validation-failed',
    );
    await expectApiError(
      await admin('PUT', `/registry/${AREA}/rollout`, { rollout: { mode: 'persons', persons: ['010101-1234'] } }),
      400,
      'validation-failed',
    );
    await expectApiError(await admin('PUT', `/registry/${AREA}/rollout`, { rollout: { mode: 'sometimes' } }), 400, 'validation-failed');
    await expectApiError(
      await admin('PUT', `/registry/${AREA}/legacy`, { legacy: { kind: 'legacy', url: 'https://elsewhere.example/x' } }),
      400,
      'validation-failed',
    );
    await expectApiError(await admin('PUT', '/registry/no-such-area/legacy', { legacy: LEGACY }), 404, 'not-found');
    await expectApiError(await admin('PUT', '/registry/Not_An_Area/legacy', { legacy: LEGACY }), 400, 'validation-failed');
  });

  test('switches an area to its legacy pages and back, for the next registry read, with every change recorded and undoable', async () => {
    assert.equal(await servedTo('tessa'), 'federated');
    const legacy = await ok<{ changed: boolean }>(await admin('PUT', `/registry/${AREA}/legacy`, { legacy: LEGACY }));
    assert.equal(legacy.changed, true);
    assert.equal(await servedTo('tessa'), 'federated', 'legacy pages alone change nothing: the rollout is still everyone');

    await ok(await setRollout({ mode: 'nobody' }));
    assert.equal(await servedTo('tessa'), 'legacy');
    assert.equal(await servedTo(null), 'legacy');
    // Dropping the legacy pages while they serve people would leave them nowhere.
    await expectApiError(await admin('PUT', `/registry/${AREA}/legacy`, { legacy: null }), 409, 'conflict');

    await ok(await setRollout({ mode: 'persons', persons: ['010280-952L'] }));
    assert.equal(await servedTo('tessa'), 'federated');
    assert.deepEqual(await fallbackFor('tessa'), LEGACY, 'the module, with the legacy pages to fall back on');
    assert.equal(await servedTo('sven'), 'legacy');
    assert.equal(await servedTo(null), 'legacy');
    // The same again is no change, and is not recorded as one.
    assert.equal((await ok<{ changed: boolean }>(await setRollout({ mode: 'persons', persons: ['010280-952L'] }))).changed, false);

    // Undo: back to nobody; undo the undo: the listed person again.
    await ok(await admin('POST', `/registry/${AREA}/undo`));
    assert.equal(await servedTo('tessa'), 'legacy');
    await ok(await admin('POST', `/registry/${AREA}/undo`));
    assert.equal(await servedTo('tessa'), 'federated');

    const state = await ok<{
      rollout: Rollout;
      history: { actor: string; action: string; before?: { rollout: Rollout }; after?: { rollout: Rollout } }[];
    }>(await admin('GET', `/registry/${AREA}`));
    assert.deepEqual(state.rollout, { mode: 'persons', persons: ['010280-952L'] });
    assert.deepEqual(
      state.history.map((change) => [change.action, change.before?.rollout.mode, change.after?.rollout.mode]),
      [
        ['undo', 'nobody', 'persons'],
        ['undo', 'persons', 'nobody'],
        ['rollout', 'nobody', 'persons'],
        ['rollout', 'everyone', 'nobody'],
        ['legacy', 'everyone', 'everyone'],
      ],
    );
    assert.ok(state.history.every((change) => change.actor === 'tester'));

    await ok(await setRollout({ mode: 'everyone' }));
    await ok(await admin('PUT', `/registry/${AREA}/legacy`, { legacy: null }));
    assert.equal(await servedTo('sven'), 'federated');
    assert.equal(await fallbackFor('sven'), undefined, 'no legacy pages, nothing to fall back on');
  });

  test('a 50 % rollout gives each person the same answer every time', async () => {
    await ok(await admin('PUT', `/registry/${AREA}/legacy`, { legacy: LEGACY }));
    await ok(await setRollout({ mode: 'percentage', percentage: 50 }));
    for (const person of ['tessa', 'sven', 'yrjo', 'ulla', 'turva'] as const) {
      const first = await servedTo(person);
      assert.equal(await servedTo(person), first, person);
      assert.equal(first === 'federated', rolloutBucket(AREA, SEED_PERSON_IDS[person]) < 50, person);
    }
    await ok(await setRollout({ mode: 'everyone' }));
    await ok(await admin('PUT', `/registry/${AREA}/legacy`, { legacy: null }));
  });
});

test('an area with only legacy pages keeps them, and has no module to roll out yet', async () => {
  const { areas } = await ok<{ areas: { area: string; federated: unknown; legacy: unknown; rollout: Rollout }[] }>(
    await admin('GET', '/registry'),
  );
  assert.deepEqual(
    areas.find((area) => area.area === 'plan'),
    { area: 'plan', federated: null, legacy: { kind: 'legacy', url: '/legacy/plan' }, rollout: { mode: 'nobody' } },
  );
  await expectApiError(await admin('PUT', '/registry/plan/legacy', { legacy: null }), 409, 'conflict');
  await expectApiError(await admin('PUT', '/registry/plan/rollout', { rollout: { mode: 'everyone' } }), 409, 'conflict');
  // Other legacy pages are a change like any other.
  assert.equal((await admin('PUT', '/registry/plan/legacy', { legacy: { kind: 'legacy', url: '/legacy/plan/v2' } })).status, 200);
  assert.equal((await admin('POST', '/registry/plan/undo')).status, 200);
  const show = await ok<{ federated: unknown; legacy: { url: string }; history: { action: string; toVersion?: unknown }[] }>(
    await admin('GET', '/registry/plan'),
  );
  assert.deepEqual(
    [show.federated, show.legacy.url, show.history.map((change) => change.action)],
    [null, '/legacy/plan', ['undo', 'legacy']],
  );
});

test('offers starts on its legacy pages, for everyone, with its module built and waiting', async () => {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, 'tessa')).callback.status, 303);
  const registry = (await (await browser.fetch('/api/registry')).json()) as Registry;
  assert.deepEqual(registry.areas.find((entry) => entry.area === 'offers')?.implementation, { kind: 'legacy', url: '/legacy/offers' });
  const state = await ok<{ federated: { remoteName: string }; rollout: Rollout }>(await admin('GET', '/registry/offers'));
  assert.deepEqual([state.federated.remoteName, state.rollout], ['portal_offers', { mode: 'nobody' }]);
});

describe('the rollout rule', () => {
  test('a percentage splits many persons near that share, independently per area', () => {
    const ids = Array.from({ length: 2000 }, () => randomUUID());
    const half = ids.filter((id) => servesModule('offers', { mode: 'percentage', percentage: 50 }, { id, hetu: null })).length;
    assert.ok(half > 850 && half < 1150, `${half} of 2000`);
    const tenth = ids.filter((id) => servesModule('offers', { mode: 'percentage', percentage: 10 }, { id, hetu: null })).length;
    assert.ok(tenth > 140 && tenth < 260, `${tenth} of 2000`);
    // Growing the percentage only adds persons: nobody who had the module loses it.
    assert.ok(
      ids.every(
        (id) =>
          !servesModule('offers', { mode: 'percentage', percentage: 10 }, { id, hetu: null }) ||
          servesModule('offers', { mode: 'percentage', percentage: 50 }, { id, hetu: null }),
      ),
    );
    const sameInPlan = ids.filter((id) => rolloutBucket('offers', id) < 50 === rolloutBucket('plan', id) < 50).length;
    assert.ok(sameInPlan < 1150, 'areas are not rolled out to the same persons');
    assert.equal(servesModule('offers', { mode: 'percentage', percentage: 100 }, null), false, 'signed out, no bucket: the legacy pages');
  });

  test('a module rollback reads past changes of the rollout', () => {
    const v = (version: string) => ({
      kind: 'federated' as const,
      remoteName: 'portal_x',
      version,
      manifestUrl: `/m/${version}`,
      exposes: './app',
    });
    const target = rollbackTarget([
      { action: 'publish', before: v('1.0.0'), after: v('1.1.0') },
      { action: 'rollout', before: v('1.1.0'), after: v('1.1.0') },
      { action: 'undo', before: v('1.1.0'), after: v('1.1.0') },
    ]);
    assert.equal(target?.version, '1.0.0');
  });
});
