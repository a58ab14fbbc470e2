import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { API_ERROR_CODES, type FederatedImplementation, type Registry } from '@portal/shared-contracts';
import { moduleFiles, moduleVersions } from '../../storage/schema/index.js';
import { expectApiError, startTestServer, type TestServer } from '../../testing/harness.js';
import {
  FAKE_FILES,
  sha384,
  uploadFakeVersion,
  writeFakeLocalBuild,
  writeFakeShell,
  type FakeVersionOptions,
} from '../../testing/module-store-fixtures.js';

const TOKEN = 'test-admin-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };

let root: string;
let server: TestServer;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'module-admin-root-'));
  writeFakeShell(root);
  writeFakeLocalBuild(root, 'profile');
  writeFakeLocalBuild(root, 'overview');
  server = await startTestServer({ config: { staticRoot: root } });
});

after(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Uploads a fake build of the version through the admin API, as `npm run deploy` does. */
function upload(area: string, version: string, options: FakeVersionOptions = {}) {
  return uploadFakeVersion(server.baseUrl, TOKEN, area, version, options);
}

function admin(path: string, init: RequestInit & { body?: string } = {}): Promise<Response> {
  return fetch(`${server.baseUrl}/admin-api${path}`, {
    ...init,
    headers: { ...AUTH, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
  });
}

function publish(area: string, version: string): Promise<Response> {
  return admin(`/modules/${area}/versions`, { method: 'POST', body: JSON.stringify({ version }) });
}

function rollback(area: string): Promise<Response> {
  return admin(`/modules/${area}/rollback`, { method: 'POST' });
}

/** The area's entry, served by its module (these areas have no legacy pages). */
async function registryEntry(area: string): Promise<Registry['areas'][number] & { implementation: FederatedImplementation }> {
  const registry = (await (await fetch(`${server.baseUrl}/api/registry`)).json()) as Registry;
  const entry = registry.areas.find((candidate) => candidate.area === area);
  assert.ok(entry, area);
  const { implementation } = entry;
  assert.equal(implementation.kind, 'federated', area);
  return { ...entry, implementation: implementation as FederatedImplementation };
}

interface AreaState {
  current: { version: string; manifestUrl: string };
  rollbackTo: string | null;
  versions: { version: string; publishedBy: string; current: boolean }[];
  history: { action: string; actor: string; fromVersion: string | null; toVersion: string }[];
}

async function state(area: string): Promise<AreaState> {
  const response = await admin(`/modules/${area}`);
  assert.equal(response.status, 200);
  return (await response.json()) as AreaState;
}

describe('the admin API asks for a token and answers in JSON, never cached', () => {
  test('401 without a token or with a wrong one, for reading and for changing', async () => {
    for (const [path, method] of [
      ['/modules', 'GET'],
      ['/modules/profile', 'GET'],
      ['/modules/profile/versions', 'POST'],
      ['/modules/profile/rollback', 'POST'],
      ['/modules/profile/versions/9.0.0/files', 'GET'],
      ['/modules/profile/versions/9.0.0/files', 'DELETE'],
      ['/modules/profile/versions/9.0.0/files/mf-manifest.json', 'PUT'],
    ] as const) {
      const none = await fetch(`${server.baseUrl}/admin-api${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'POST' ? '{"version":"9.0.0"}' : method === 'PUT' ? '{}' : null,
      });
      await expectApiError(none, 401, API_ERROR_CODES.unauthenticated);
      assert.equal(none.headers.get('www-authenticate'), 'Bearer realm="admin-api"');
      assert.equal(none.headers.get('cache-control'), 'no-store', path);
      const wrong = await admin(path, { method, headers: { authorization: 'Bearer not-the-admin-token' } });
      await expectApiError(wrong, 401, API_ERROR_CODES.unauthenticated);
    }
    // Without a token, even a malformed body gets the 401, not a parse error.
    const garbled = await fetch(`${server.baseUrl}/admin-api/modules/profile/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"version":',
    });
    await expectApiError(garbled, 401, API_ERROR_CODES.unauthenticated);
    // A payer's token is not an operator's.
    await expectApiError(
      await admin('/modules', { headers: { authorization: 'Bearer test-kela-token' } }),
      401,
      API_ERROR_CODES.unauthenticated,
    );
    assert.equal((await state('profile')).versions.length, 0);
  });

  test('unknown paths are a JSON 404; bad input is a 400 that says what is wrong', async () => {
    const unknown = await admin('/nothing-here');
    await expectApiError(unknown, 404, API_ERROR_CODES.notFound);
    assert.equal(unknown.headers.get('cache-control'), 'no-store');
    await expectApiError(await admin('/modules/no-such-area'), 404, API_ERROR_CODES.notFound);
    await expectApiError(await publish('no-such-area', '1.0.0'), 404, API_ERROR_CODES.notFound);
    await expectApiError(await admin('/modules/Bad_Area'), 400, API_ERROR_CODES.validationFailed);

    for (const [body, pattern] of [
      ['{}', /"version"/],
      ['{"version":1}', /"version"/],
      ['[]', /"version"/],
      ['{"version":"1.0"}', /not a semantic version/],
      ['{"version":"../../etc"}', /not a semantic version/],
      ['{"version":"1.0.0+build.1"}', /no build metadata/],
      ['{"version":"1.0.0","force":true}', /Unknown field\(s\) in the body: force/],
      ['{"version":', /not valid JSON/],
    ] as const) {
      const response = await admin('/modules/profile/versions', { method: 'POST', body });
      assert.equal(response.status, 400, body);
      const { error } = (await response.json()) as { error: { message: string } };
      assert.match(error.message, pattern, body);
    }
  });
});

describe('publishing', () => {
  test('points the registry at the store’s version with the hashes the server computed, and records who did it', async () => {
    const files = await upload('profile', '1.1.0');
    const hash = (file: string) => sha384(files.get(file) ?? '');
    const response = await publish('profile', '1.1.0');
    assert.equal(response.status, 201, await response.clone().text());
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = (await response.json()) as { version: string; manifestUrl: string; previousVersion: string; publishedBy: string };
    assert.equal(body.version, '1.1.0');
    assert.equal(body.previousVersion, '1.0.0');
    assert.equal(body.publishedBy, 'tester');

    const entry = await registryEntry('profile');
    assert.deepEqual(entry.implementation, {
      kind: 'federated',
      remoteName: 'portal_profile',
      version: '1.1.0',
      manifestUrl: '/modules/profile/1.1.0/mf-manifest.json',
      exposes: './app',
      integrity: {
        manifest: hash('mf-manifest.json'),
        files: Object.fromEntries(
          [FAKE_FILES.remoteEntry, FAKE_FILES.expose, FAKE_FILES.lazy, FAKE_FILES.lit].map((file) => [file, hash(file)]),
        ),
      },
    });

    const [row] = await server.storage.db.select().from(moduleVersions).where(eq(moduleVersions.version, '1.1.0'));
    assert.equal(row?.publishedBy, 'tester');
    assert.deepEqual(row?.requires, { topics: ['session.changed@1', 'locale.changed@1'], apis: ['profile@1'], shared: { lit: '^3.3.0' } });

    const profile = await state('profile');
    assert.equal(profile.current.version, '1.1.0');
    assert.equal(profile.rollbackTo, '1.0.0');
    assert.deepEqual(
      profile.versions.map((v) => [v.version, v.current]),
      [['1.1.0', true]],
    );
    assert.deepEqual(profile.history[0], {
      ...profile.history[0],
      action: 'publish',
      actor: 'tester',
      fromVersion: '1.0.0',
      toVersion: '1.1.0',
    });

    // The files are served from the store, immutable and open to other origins.
    const entryFile = await fetch(`${server.baseUrl}/modules/profile/1.1.0/${FAKE_FILES.remoteEntry}`);
    assert.equal(entryFile.status, 200);
    assert.equal(entryFile.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(entryFile.headers.get('access-control-allow-origin'), '*');
    assert.equal(await entryFile.text(), files.get(FAKE_FILES.remoteEntry)?.toString());
    const manifest = await fetch(`${server.baseUrl}/modules/profile/1.1.0/mf-manifest.json`);
    assert.equal(manifest.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  test('a published version is never replaced: publishing it again is refused', async () => {
    const again = await publish('profile', '1.1.0');
    await expectApiError(again.clone(), 409, API_ERROR_CODES.conflict);
    const { error } = (await again.json()) as { error: { message: string } };
    assert.match(error.message, /profile 1\.1\.0 is already published .* by tester.*never replaced/);
  });

  test('a version whose files are not in the store is refused with how to put them there', async () => {
    const response = await publish('profile', '7.0.0');
    await expectApiError(response.clone(), 422, API_ERROR_CODES.validationFailed);
    assert.match(
      ((await response.json()) as { error: { message: string } }).error.message,
      /No files for profile 7\.0\.0 in the module store: upload the build first \(npm run deploy -w modules\/profile does, with PUT \/admin-api\/modules\/profile\/versions\/7\.0\.0\/files\/<path>\)/,
    );
  });

  test('an incompatible version is refused with each misfit named, and nothing changes', async () => {
    await upload('profile', '1.2.0-bad.1', {
      litRange: '^4.0.0',
      topics: ['session.changed@9', 'locale.changed@1'],
      apis: ['profile@2'],
    });
    const response = await publish('profile', '1.2.0-bad.1');
    await expectApiError(response.clone(), 409, API_ERROR_CODES.conflict);
    const { error } = (await response.json()) as { error: { message: string; details: { message: string }[] } };
    assert.match(error.message, /^profile 1\.2\.0-bad\.1 does not fit the portal: /);
    assert.deepEqual(
      error.details.map((d) => d.message),
      [
        'lit: the module needs ^4.0.0, the shell provides 3.3.3',
        'topic session.changed@9 is not provided (the portal has session.changed@1)',
        'API profile@2 is not served (the backend serves profile@1)',
      ],
    );
    assert.equal((await registryEntry('profile')).implementation.version, '1.1.0');
    assert.deepEqual(
      (await state('profile')).versions.map((v) => v.version),
      ['1.1.0'],
    );
  });

  test('a manifest of another container, or without the registry’s exposed module, is refused', async () => {
    await upload('profile', '1.3.0', { remoteName: 'portal_other' });
    const other = await publish('profile', '1.3.0');
    await expectApiError(other.clone(), 422, API_ERROR_CODES.validationFailed);
    assert.match(
      ((await other.json()) as { error: { message: string } }).error.message,
      /names the container "portal_other", the registry's is "portal_profile"/,
    );
  });

  test('without the shell’s portal-provides.json nothing can be judged, so nothing is published', async () => {
    const bareRoot = mkdtempSync(join(tmpdir(), 'module-admin-bare-'));
    const bare = await startTestServer({ storage: server.storage, config: { staticRoot: bareRoot } });
    try {
      await upload('overview', '1.5.0');
      const response = await fetch(`${bare.baseUrl}/admin-api/modules/overview/versions`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ version: '1.5.0' }),
      });
      await expectApiError(response.clone(), 409, API_ERROR_CODES.conflict);
      assert.match(((await response.json()) as { error: { message: string } }).error.message, /portal-provides\.json is missing/);
    } finally {
      await bare.close();
      rmSync(bareRoot, { recursive: true, force: true });
    }
  });
});

describe('an area that has had only legacy pages (plan)', () => {
  const registryAdmin = (path: string, body?: unknown) =>
    admin(`/registry/plan${path}`, body === undefined ? { method: 'POST' } : { method: 'PUT', body: JSON.stringify(body) });
  const served = async () => {
    const registry = (await (await fetch(`${server.baseUrl}/api/registry`)).json()) as Registry;
    const entry = registry.areas.find((candidate) => candidate.area === 'plan');
    return [entry?.implementation.kind, entry?.fallback?.url ?? null];
  };

  test('gets its first module by publishing, under the container name every module is built with; the rollout then decides', async () => {
    const before = (await (await admin('/modules')).json()) as { areas: { area: string; version: string | null; published: boolean }[] };
    assert.deepEqual(
      before.areas.find((area) => area.area === 'plan'),
      { area: 'plan', version: null, manifestUrl: null, published: false },
    );
    assert.equal((await state('plan')).current, null);
    await expectApiError(await rollback('plan'), 409, API_ERROR_CODES.conflict);

    await upload('plan', '0.9.0', { remoteName: 'portal_planner' });
    const misnamed = await publish('plan', '0.9.0');
    await expectApiError(misnamed.clone(), 422, API_ERROR_CODES.validationFailed);
    assert.match(
      ((await misnamed.json()) as { error: { message: string } }).error.message,
      /"portal_planner", the registry's is "portal_plan"/,
    );

    await upload('plan', '1.0.0');
    const response = await publish('plan', '1.0.0');
    assert.equal(response.status, 201, await response.clone().text());
    assert.equal(((await response.json()) as { previousVersion: string | null }).previousVersion, null);
    // Published, but its rollout is still "nobody": the legacy pages serve everyone until switched.
    assert.deepEqual(await served(), ['legacy', null]);
    assert.equal((await state('plan')).current.version, '1.0.0');

    assert.equal((await registryAdmin('/rollout', { rollout: { mode: 'everyone' } })).status, 200);
    assert.deepEqual(await served(), ['federated', '/legacy/plan']);
    assert.equal((await registryAdmin('/undo')).status, 200);
    assert.deepEqual(await served(), ['legacy', null]);
    // There is no earlier module to go back to; the rollout is the way back to the legacy pages.
    await expectApiError(await rollback('plan'), 409, API_ERROR_CODES.conflict);
  });
});

describe('rollback', () => {
  test('walks back through the history, one version per command, to the local build and no further', async () => {
    await upload('profile', '1.4.0');
    assert.equal((await publish('profile', '1.4.0')).status, 201);

    const first = await rollback('profile');
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assert.deepEqual(((await first.json()) as { from: { version: string }; to: { version: string } }).to.version, '1.1.0');
    const afterFirst = await registryEntry('profile');
    assert.equal(afterFirst.implementation.manifestUrl, '/modules/profile/1.1.0/mf-manifest.json');
    assert.ok(afterFirst.implementation.integrity, 'the hashes come back with the version');

    const second = await rollback('profile');
    assert.equal(second.status, 200);
    const seeded = await registryEntry('profile');
    assert.equal(seeded.implementation.manifestUrl, '/modules/profile/mf-manifest.json');
    assert.equal(seeded.implementation.integrity, undefined);

    const none = await rollback('profile');
    await expectApiError(none.clone(), 409, API_ERROR_CODES.conflict);
    assert.match(((await none.json()) as { error: { message: string } }).error.message, /Nothing to roll back to/);

    // The history keeps everything, newest first; versions stay published.
    const profile = await state('profile');
    assert.deepEqual(
      profile.history.map((h) => [h.action, h.fromVersion, h.toVersion]),
      [
        ['rollback', '1.1.0', '1.0.0'],
        ['rollback', '1.4.0', '1.1.0'],
        ['publish', '1.1.0', '1.4.0'],
        ['publish', '1.0.0', '1.1.0'],
      ],
    );
    assert.deepEqual(profile.versions.map((v) => v.version).sort(), ['1.1.0', '1.4.0']);
    assert.equal(profile.rollbackTo, null);
  });

  test('refuses to point at files that are gone', async () => {
    await upload('overview', '2.0.0');
    await upload('overview', '2.1.0');
    assert.equal((await publish('overview', '2.0.0')).status, 201);
    assert.equal((await publish('overview', '2.1.0')).status, 201);
    // Removed from the database by hand: no route removes a published version's files.
    await server.storage.db.delete(moduleFiles).where(and(eq(moduleFiles.area, 'overview'), eq(moduleFiles.version, '2.0.0')));
    const response = await rollback('overview');
    await expectApiError(response.clone(), 409, API_ERROR_CODES.conflict);
    assert.match(
      ((await response.json()) as { error: { message: string } }).error.message,
      /Cannot roll back overview to 2\.0\.0: its files .* are no longer there/,
    );
    assert.equal((await registryEntry('overview')).implementation.version, '2.1.0');
  });

  test('GET /admin-api/modules lists what every area runs', async () => {
    const response = await admin('/modules');
    assert.equal(response.status, 200);
    const { areas } = (await response.json()) as { areas: { area: string; version: string; published: boolean }[] };
    assert.deepEqual(
      areas.find((a) => a.area === 'overview'),
      { area: 'overview', version: '2.1.0', manifestUrl: '/modules/overview/2.1.0/mf-manifest.json', published: true },
    );
  });
});

/** A GET with the path exactly as given: fetch() would resolve the ".." segments itself. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

test('the store is served only as /modules/<area>/<version>/<file>, never outside it', async () => {
  for (const path of [
    '/modules/profile/1.1.0/../../../etc/passwd',
    '/modules/profile/1.1.0/../1.4.0/package.json',
    '/modules/profile/1.1.0/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/modules/profile/1.1.0/%2e%2e%2f1.4.0%2fpackage.json',
    '/modules/profile/1.1.0/..%5c..%5c..%5cetc%5cpasswd',
    '/modules/profile/1.1.0/.hidden',
    '/modules/profile/1.1.0/',
    '/modules/profile/not-a-version/mf-manifest.json',
    '/modules/..%2f..%2fetc/1.0.0/passwd',
  ]) {
    const response = await rawGet(path);
    assert.ok([400, 403, 404].includes(response.status), `${path}: ${response.status}`);
    assert.doesNotMatch(response.body, /root:|portal_profile|"version"/, path);
  }
});
