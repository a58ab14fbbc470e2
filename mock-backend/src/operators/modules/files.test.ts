// The module store in the database: uploading a version's files through the admin API (the path
// rules, every refusal a 4xx ApiError, a retry of the same bytes accepted, a published version never
// written again), serving published files from any instance with their headers, ETag and 304, the
// in-process cache, sweeping the bytes nothing refers to, and the import of an old store folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { moduleFileChunks, moduleFileUploads, moduleFiles } from '../../storage/schema/index.js';
import { pruneExpired } from '../../storage/prune.js';
import { openStorage, type Storage } from '../../storage/storage.js';
import { expectApiError, openMigratedTestStorage, startInstances, startTestServer, type TestServer } from '../../testing/harness.js';
import { NO_POSTGRES, startPostgres } from '../../testing/postgres-server.js';
import {
  FAKE_FILES,
  fakeVersionFiles,
  sha384,
  uploadFakeVersion,
  writeFakeLocalBuild,
  writeFakeShell,
  writeFakeVersion,
} from '../../testing/module-store-fixtures.js';
import { importModuleStoreFolder } from './files-from-disk.js';
import { writeModuleFileUpload } from './files-store.js';
import { MAX_FILE_BYTES, MAX_FILES } from './module-store.js';
import { ByteLru } from './served-files.js';

const TOKEN = 'test-admin-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };

let root: string;
let storage: Storage;
/** Two instances of one deployment on one database, as behind a load balancer. */
let first: TestServer;
let second: TestServer;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'module-files-root-'));
  writeFakeShell(root);
  writeFakeLocalBuild(root, 'profile');
  writeFakeLocalBuild(root, 'overview');
  storage = await openMigratedTestStorage();
  [first, second] = (await startInstances(2, { storage, config: { staticRoot: root } })) as [TestServer, TestServer];
});

after(async () => {
  await first.close();
  await second.close();
  await storage.close();
  rmSync(root, { recursive: true, force: true });
});

function put(path: string, body: Uint8Array | string, server: TestServer = first, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.baseUrl}/admin-api/modules/${path}`, {
    method: 'PUT',
    headers: { ...AUTH, 'content-type': 'application/octet-stream', ...headers },
    body: typeof body === 'string' ? body : Uint8Array.from(body),
  });
}

function publish(area: string, version: string, server: TestServer = first): Promise<Response> {
  return fetch(`${server.baseUrl}/admin-api/modules/${area}/versions`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ version }),
  });
}

interface FilesState {
  published: boolean;
  files: { path: string; size: number; contentType: string; integrity: string }[];
}

async function filesOf(area: string, version: string): Promise<FilesState> {
  const response = await fetch(`${first.baseUrl}/admin-api/modules/${area}/versions/${version}/files`, { headers: AUTH });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  return (await response.json()) as FilesState;
}

/** A request with the path exactly as given: fetch() would resolve "..", "." and "\" itself. */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(first.baseUrl);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method, headers: { ...AUTH, 'content-length': '2', ...headers } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end('{}');
  });
}

async function uploadsLeft(): Promise<number> {
  const [row] = await storage.db.select({ n: count() }).from(moduleFileUploads);
  return row?.n ?? 0;
}

async function filesStored(): Promise<number> {
  const [row] = await storage.db.select({ n: count() }).from(moduleFiles);
  return row?.n ?? 0;
}

describe('uploading a file', () => {
  test('answers with what was stored: 201 for a new file, 200 for the same bytes again or a replacement before publishing', async () => {
    const created = await put('profile/versions/2.0.0/files/embed/embed.js', 'export {};');
    assert.equal(created.status, 201, await created.clone().text());
    assert.equal(created.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await created.json(), {
      area: 'profile',
      version: '2.0.0',
      path: 'embed/embed.js',
      size: 10,
      contentType: 'text/javascript; charset=utf-8',
      integrity: sha384('export {};'),
      outcome: 'created',
    });

    // A retry (the same bytes, through the other instance): accepted, nothing written.
    const before = await uploadsLeft();
    const again = await put('profile/versions/2.0.0/files/embed/embed.js', 'export {};', second);
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { outcome: string }).outcome, 'unchanged');
    assert.equal(await uploadsLeft(), before, 'no bytes stored for a retry');

    // Not published yet: other bytes replace the file, and the old bytes go.
    const replaced = await put('profile/versions/2.0.0/files/embed/embed.js', 'export const x = 1;');
    assert.equal(replaced.status, 200);
    assert.equal(((await replaced.json()) as { outcome: string }).outcome, 'replaced');
    assert.equal(await uploadsLeft(), before, 'the replaced bytes are dropped');
    const { published, files } = await filesOf('profile', '2.0.0');
    assert.equal(published, false);
    assert.deepEqual(files, [
      {
        path: 'embed/embed.js',
        size: 19,
        contentType: 'text/javascript; charset=utf-8',
        integrity: sha384('export const x = 1;'),
        createdAt: (files[0] as { createdAt?: string } | undefined)?.createdAt,
      },
    ]);

    // Any content type, an empty file, and a name without extension.
    const json = await put('profile/versions/2.0.0/files/data.json', '{}', first, { 'content-type': 'application/json' });
    assert.equal(((await json.json()) as { contentType: string }).contentType, 'application/json; charset=utf-8');
    const empty = await put('profile/versions/2.0.0/files/empty.txt', '', first, { 'content-type': 'text/plain' });
    assert.equal(empty.status, 201, await empty.clone().text());
    assert.equal(((await empty.json()) as { size: number }).size, 0);
    const plain = await put('profile/versions/2.0.0/files/LICENSE', 'MIT');
    assert.equal(((await plain.json()) as { contentType: string }).contentType, 'application/octet-stream');
  });

  test('a path, version or area the store does not take is a 400 naming what is wrong; an unknown area a 404', async () => {
    for (const path of [
      '/admin-api/modules/profile/versions/2.0.0/files/..%2F..%2Fx.js',
      '/admin-api/modules/profile/versions/2.0.0/files/%2e%2e/x.js',
      '/admin-api/modules/profile/versions/2.0.0/files/a/../../x.js',
      '/admin-api/modules/profile/versions/2.0.0/files/.hidden',
      '/admin-api/modules/profile/versions/2.0.0/files/embed/.env',
      '/admin-api/modules/profile/versions/2.0.0/files/a%5C..%5Cx.js',
      '/admin-api/modules/profile/versions/2.0.0/files/a%20b.js',
      '/admin-api/modules/profile/versions/2.0.0/files/a//b.js',
      '/admin-api/modules/profile/versions/2.0.0/files/a%0Ab.js',
      `/admin-api/modules/profile/versions/2.0.0/files/${'x'.repeat(513)}`,
    ]) {
      const response = await raw('PUT', path);
      assert.equal(response.status, 400, `${path}: ${response.body}`);
      const { error } = JSON.parse(response.body) as { error: { code: string; message: string; details?: { path: string }[] } };
      assert.equal(error.code, API_ERROR_CODES.validationFailed, path);
      assert.match(error.message, /is not a file path the store takes/, path);
      assert.deepEqual(error.details?.[0]?.path, 'path', path);
    }
    // Percent-encoding that is not (a URIError in the router), a NUL: 400s too, never a 500.
    for (const path of [
      '/admin-api/modules/profile/versions/2.0.0/files/%E0.js',
      '/admin-api/modules/profile/versions/2.0.0/files/a%00.js',
    ]) {
      const response = await raw('PUT', path);
      assert.equal(response.status, 400, `${path}: ${response.body}`);
    }
    for (const version of ['1.0', '1.0.0+build.1', 'v1.0.0', '..']) {
      const response = await raw('PUT', `/admin-api/modules/profile/versions/${version}/files/x.js`);
      assert.ok([400, 404].includes(response.status), `${version}: ${response.status}`);
      if (response.status === 400) assert.match(response.body, /not a semantic version/, version);
    }
    await expectApiError(await put('Bad_Area/versions/2.0.0/files/x.js', 'x'), 400, API_ERROR_CODES.validationFailed);
    await expectApiError(await put('no-such-area/versions/2.0.0/files/x.js', 'x'), 404, API_ERROR_CODES.notFound);
    // Without a token the body is never read: a 401, whatever it is.
    const anonymous = await fetch(`${first.baseUrl}/admin-api/modules/profile/versions/2.0.0/files/x.js`, { method: 'PUT', body: 'x' });
    await expectApiError(anonymous, 401, API_ERROR_CODES.unauthenticated);
    assert.equal((await filesOf('profile', '2.0.0')).files.length, 4, 'nothing stored by the refusals');
  });

  test('a file over the limit is a 413, and nothing is stored', async () => {
    const stored = await filesStored();
    const response = await put('profile/versions/2.0.1/files/big.js', new Uint8Array(MAX_FILE_BYTES + 1));
    await expectApiError(response, 413, API_ERROR_CODES.payloadTooLarge);
    assert.equal(await filesStored(), stored);
  });

  test(`at most ${MAX_FILES} files per version: the next is a 409, a replacement of one still goes`, async () => {
    for (let i = 0; i < MAX_FILES; i++) {
      const uploadId = await writeModuleFileUpload(storage.db, new Uint8Array(0), new Date(), () => Promise.resolve());
      await storage.db.insert(moduleFiles).values({
        area: 'overview',
        version: '3.0.0-many.1',
        path: `f${i}.js`,
        uploadId,
        size: 0,
        contentType: 'text/javascript; charset=utf-8',
        integrity: sha384(''),
      });
    }
    const more = await put('overview/versions/3.0.0-many.1/files/one-more.js', 'x');
    await expectApiError(more.clone(), 409, API_ERROR_CODES.conflict);
    assert.match(((await more.json()) as { error: { message: string } }).error.message, /has 500 files already/);
    assert.equal((await put('overview/versions/3.0.0-many.1/files/f0.js', 'x')).status, 200);
    // What an abandoned attempt leaves, discarded in one call.
    const discarded = await fetch(`${first.baseUrl}/admin-api/modules/overview/versions/3.0.0-many.1/files`, {
      method: 'DELETE',
      headers: AUTH,
    });
    assert.equal(discarded.status, 200);
    assert.deepEqual(await discarded.json(), { area: 'overview', version: '3.0.0-many.1', removed: MAX_FILES });
    assert.deepEqual((await filesOf('overview', '3.0.0-many.1')).files, []);
  });
});

describe('a published version', () => {
  const version = '2.5.0';
  let files: Map<string, Buffer>;

  before(async () => {
    files = fakeVersionFiles('profile', version);
    // A source map beside the bundle, as a production build keeps it, and a file large enough to be streamed.
    files.set(`${FAKE_FILES.lazy}.map`, Buffer.from('{"version":3,"sources":["webpack://profile/src/secret.ts"]}'));
    files.set('large.bin', randomBytes(5 * 1024 * 1024 + 123));
    // Through the one instance, published through the other.
    await uploadFakeVersion(first.baseUrl, TOKEN, 'profile', version, files);
    const published = await publish('profile', version, second);
    assert.equal(published.status, 201, await published.clone().text());
  });

  test('is never written again: other bytes, a new file or discarding are a 409; the same bytes a 200', async () => {
    const changed = await put(`profile/versions/${version}/files/${FAKE_FILES.remoteEntry}`, 'window.tampered = 1;');
    await expectApiError(changed.clone(), 409, API_ERROR_CODES.conflict);
    assert.match(
      ((await changed.json()) as { error: { message: string } }).error.message,
      /profile 2\.5\.0 is published \(.* by tester\): its files are never written again, and "remoteEntry\.1a2b3c4d\.js" would change/,
    );
    await expectApiError(await put(`profile/versions/${version}/files/new.js`, 'x'), 409, API_ERROR_CODES.conflict);
    const same = await put(`profile/versions/${version}/files/${FAKE_FILES.remoteEntry}`, files.get(FAKE_FILES.remoteEntry) ?? '', second);
    assert.equal(same.status, 200);
    assert.equal(((await same.json()) as { outcome: string }).outcome, 'unchanged');
    const discard = await fetch(`${first.baseUrl}/admin-api/modules/profile/versions/${version}/files`, {
      method: 'DELETE',
      headers: AUTH,
    });
    await expectApiError(discard, 409, API_ERROR_CODES.conflict);
    const served = await fetch(`${second.baseUrl}/modules/profile/${version}/${FAKE_FILES.remoteEntry}`);
    assert.equal(await served.text(), files.get(FAKE_FILES.remoteEntry)?.toString());
    assert.equal((await filesOf('profile', version)).published, true);
  });

  test('is served by every instance, immutable, open to other origins, with its type and an ETag; a 304 for what the browser has', async () => {
    for (const server of [first, second]) {
      const entry = await fetch(`${server.baseUrl}/modules/profile/${version}/${FAKE_FILES.remoteEntry}`, {
        headers: { origin: 'https://kunta.example' },
      });
      assert.equal(entry.status, 200);
      assert.equal(entry.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(entry.headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.equal(entry.headers.get('access-control-allow-origin'), '*');
      assert.equal(entry.headers.get('cross-origin-resource-policy'), 'cross-origin');
      assert.equal(entry.headers.get('x-content-type-options'), 'nosniff');
      const etag = entry.headers.get('etag');
      assert.equal(etag, `"${sha384(files.get(FAKE_FILES.remoteEntry) ?? '')}"`);
      assert.ok(entry.headers.get('last-modified'));
      assert.equal(await entry.text(), files.get(FAKE_FILES.remoteEntry)?.toString());

      const revalidated = await fetch(`${server.baseUrl}/modules/profile/${version}/${FAKE_FILES.remoteEntry}`, {
        // As a browser revalidates (fetch() with If-None-Match would add Cache-Control: no-cache, which asks for the bytes).
        headers: { 'if-none-match': etag ?? '', 'cache-control': 'max-age=0' },
      });
      assert.equal(revalidated.status, 304);
      assert.equal(revalidated.headers.get('etag'), etag);
      assert.equal(await revalidated.text(), '');
      const other = await fetch(`${server.baseUrl}/modules/profile/${version}/${FAKE_FILES.remoteEntry}`, {
        headers: { 'if-none-match': '"sha384-something-else"', 'cache-control': 'max-age=0' },
      });
      assert.equal(other.status, 200);
      await other.body?.cancel();

      const manifest = await fetch(`${server.baseUrl}/modules/profile/${version}/mf-manifest.json`);
      assert.equal(manifest.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(manifest.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      await manifest.body?.cancel();

      const head = await fetch(`${server.baseUrl}/modules/profile/${version}/${FAKE_FILES.lazy}`, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('content-length'), String(files.get(FAKE_FILES.lazy)?.byteLength));
      assert.equal(await head.text(), '');
    }
  });

  test('a file too large to keep in memory is streamed from the database, byte for byte', async () => {
    for (const server of [first, second, first]) {
      const response = await fetch(`${server.baseUrl}/modules/profile/${version}/large.bin`, {
        headers: { 'accept-encoding': 'identity' },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/octet-stream');
      assert.ok(Buffer.from(await response.arrayBuffer()).equals(files.get('large.bin') ?? Buffer.alloc(0)));
    }
  });

  test('source maps are not served outside development; unpublished versions, unknown files and odd paths are 404s', async () => {
    const map = await fetch(`${first.baseUrl}/modules/profile/${version}/${FAKE_FILES.lazy}.map`);
    assert.equal(map.status, 404);
    assert.doesNotMatch(await map.text(), /secret\.ts/);
    for (const path of [
      `/modules/profile/2.0.0/embed/embed.js`,
      `/modules/profile/${version}/nope.js`,
      `/modules/profile/${version}/`,
      `/modules/profile/${version}/.hidden`,
      `/modules/profile/${version}/%2e%2e/2.0.0/embed/embed.js`,
      `/modules/overview/${version}/${FAKE_FILES.remoteEntry}`,
    ]) {
      const response = await raw('GET', path);
      assert.equal(response.status, 404, `${path}: ${response.status}`);
      assert.doesNotMatch(response.body, /export/, path);
    }
    const post = await fetch(`${first.baseUrl}/modules/profile/${version}/${FAKE_FILES.remoteEntry}`, { method: 'POST' });
    assert.ok(post.status >= 400 && post.status < 500, String(post.status));
    const development = await startTestServer({ storage, config: { staticRoot: root, development: true } });
    try {
      const served = await fetch(`${development.baseUrl}/modules/profile/${version}/${FAKE_FILES.lazy}.map`);
      assert.equal(served.status, 200);
      assert.match(await served.text(), /secret\.ts/);
    } finally {
      await development.close();
    }
  });

  test('once served, a file comes from the instance’s memory, not the database', async () => {
    const path = `/modules/profile/${version}/${FAKE_FILES.expose}`;
    assert.equal((await fetch(`${first.baseUrl}${path}`)).status, 200);
    // The version's bytes gone from the database (never done by the portal itself): what was read is still served.
    const [row] = await storage.db
      .select()
      .from(moduleFiles)
      .where(and(eq(moduleFiles.area, 'profile'), eq(moduleFiles.version, version), eq(moduleFiles.path, FAKE_FILES.expose)));
    assert.ok(row);
    await storage.db.delete(moduleFileChunks).where(eq(moduleFileChunks.uploadId, row.uploadId));
    const cached = await fetch(`${first.baseUrl}${path}`);
    assert.equal(cached.status, 200);
    assert.equal(await cached.text(), files.get(FAKE_FILES.expose)?.toString());
  });
});

test('the served-file cache keeps the most recently used entries within its bytes', () => {
  const lru = new ByteLru<string>(10);
  lru.set('a', 'A', 4);
  lru.set('b', 'B', 4);
  assert.equal(lru.get('a'), 'A');
  lru.set('c', 'C', 4);
  assert.equal(lru.get('b'), undefined, 'the least recently used went');
  assert.equal(lru.get('a'), 'A');
  assert.equal(lru.get('c'), 'C');
  assert.equal(lru.bytes, 8);
  lru.set('huge', 'H', 11);
  assert.equal(lru.get('huge'), undefined, 'larger than the whole cache: not kept');
  lru.set('a', 'A2', 6);
  assert.equal(lru.bytes, 10);
  assert.equal(lru.get('a'), 'A2');
});

test('bytes no file refers to are swept: after an hour, or all of them at a start on the embedded database', async () => {
  const swept = await openMigratedTestStorage();
  try {
    await swept.migrate();
    const now = new Date();
    await writeModuleFileUpload(swept.db, Buffer.from('cut off'), new Date(now.getTime() - 2 * 3600_000), () => Promise.resolve());
    await writeModuleFileUpload(swept.db, Buffer.from('coming'), now, () => Promise.resolve());
    assert.equal((await pruneExpired(swept.db, now)).moduleFileUploads, 1);
    assert.equal((await pruneExpired(swept.db, now, { everyUnfinishedUpload: true })).moduleFileUploads, 1);
    const [chunks] = await swept.db.select({ n: count() }).from(moduleFileChunks);
    assert.equal(chunks?.n, 0, 'the chunks went with their uploads');
  } finally {
    await swept.close();
  }
});

describe('an old store folder (<DATA_DIR>/module-store) is read into the database at start', () => {
  test('every file once, even with two instances starting at once; links, hidden files and odd folders are not taken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'module-store-import-'));
    const imported = await openMigratedTestStorage();
    try {
      await imported.migrate();
      const files = fakeVersionFiles('profile', '1.9.0');
      files.set('embed/embed.js', Buffer.from('export {};'));
      const folder = writeFakeVersion(dir, 'profile', '1.9.0', files);
      writeFakeVersion(dir, 'overview', '1.9.1');
      symlinkSync('/etc/hostname', join(folder, 'link.js'));
      writeFileSync(join(folder, '.DS_Store'), 'x');
      mkdirSync(join(dir, 'profile', 'not-a-version'));
      writeFileSync(join(dir, 'profile', 'not-a-version', 'x.js'), 'x');
      mkdirSync(join(dir, 'Not_An_Area', '1.0.0'), { recursive: true });

      const [a, b] = await Promise.all([importModuleStoreFolder(imported.db, dir), importModuleStoreFolder(imported.db, dir)]);
      const stored = await imported.db.select().from(moduleFiles);
      const expectedCount = files.size + fakeVersionFiles('overview', '1.9.1').size;
      assert.equal(stored.length, expectedCount);
      assert.equal(a.imported + b.imported, expectedCount, 'each file stored by one of the two');
      assert.equal(a.skipped, 2, 'the link and the hidden file');
      for (const [path, bytes] of files) {
        const row = stored.find((file) => file.area === 'profile' && file.version === '1.9.0' && file.path === path);
        assert.equal(row?.integrity, sha384(bytes), path);
      }
      const [uploads] = await imported.db.select({ n: count() }).from(moduleFileUploads);
      assert.equal(uploads?.n, expectedCount, 'the loser’s bytes were dropped');

      // Again at the next start: nothing new.
      assert.deepEqual(await importModuleStoreFolder(imported.db, dir), { versions: 0, imported: 0, skipped: 2 });
      assert.deepEqual(await importModuleStoreFolder(imported.db, join(dir, 'missing')), { versions: 0, imported: 0, skipped: 0 });

      // And publishing reads them from the database.
      const server = await startTestServer({ storage: imported, config: { staticRoot: root } });
      try {
        const published = await publish('profile', '1.9.0', server);
        assert.equal(published.status, 201, await published.clone().text());
        const served = await fetch(`${server.baseUrl}/modules/profile/1.9.0/embed/embed.js`);
        assert.equal(await served.text(), 'export {};');
      } finally {
        await server.close();
      }
    } finally {
      await imported.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('on PostgreSQL: uploads racing on two instances store each file once; a publish through one is served by the other; two starts import once', async (t) => {
  const cluster = await startPostgres();
  if (!cluster) {
    t.skip(NO_POSTGRES);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'module-store-import-pg-'));
  try {
    const shared = await openStorage({ databaseUrl: cluster.url });
    const [a, b] = (await startInstances(2, { storage: shared, config: { staticRoot: root } })) as [TestServer, TestServer];
    try {
      const files = fakeVersionFiles('profile', '3.1.0');
      // Every file sent to both instances at the same moment, and one file with other bytes racing it.
      await Promise.all([
        uploadFakeVersion(a.baseUrl, TOKEN, 'profile', '3.1.0', files),
        uploadFakeVersion(b.baseUrl, TOKEN, 'profile', '3.1.0', files),
      ]);
      const racing = await Promise.all([
        put('profile/versions/3.1.0/files/race.js', 'one', a),
        put('profile/versions/3.1.0/files/race.js', 'two', b),
      ]);
      assert.deepEqual(racing.map((response) => response.status).sort(), [200, 201], 'one stored it, the other replaced it');
      const stored = await shared.db
        .select()
        .from(moduleFiles)
        .where(and(eq(moduleFiles.area, 'profile'), eq(moduleFiles.version, '3.1.0')));
      assert.equal(stored.length, files.size + 1);
      const [orphans] = await shared.db.select({ n: count() }).from(moduleFileUploads);
      assert.equal(orphans?.n, stored.length, 'the bytes of the uploads that lost are gone');

      assert.equal((await publish('profile', '3.1.0', a)).status, 201);
      const served = await fetch(`${b.baseUrl}/modules/profile/3.1.0/${FAKE_FILES.remoteEntry}`);
      assert.equal(await served.text(), files.get(FAKE_FILES.remoteEntry)?.toString());
      await expectApiError(await put('profile/versions/3.1.0/files/race.js', 'three', b), 409, API_ERROR_CODES.conflict);

      // Two instances starting at once with the same old store folder (a shared volume): each file once.
      writeFakeVersion(dir, 'overview', '3.2.0');
      const [one, two] = await Promise.all([importModuleStoreFolder(shared.db, dir), importModuleStoreFolder(shared.db, dir)]);
      assert.equal(one.imported + two.imported, fakeVersionFiles('overview', '3.2.0').size);
      const [imported] = await shared.db.select({ n: count() }).from(moduleFiles).where(eq(moduleFiles.version, '3.2.0'));
      assert.equal(imported?.n, fakeVersionFiles('overview', '3.2.0').size);
    } finally {
      await a.close();
      await b.close();
      await shared.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    cluster.stop();
  }
});
