// Publishing's reading of the module store (in the database): the manifest and the declaration
// parsed, the hashes of what the browser loads, and every refusal with what to fix.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openMigratedTestStorage } from '../../testing/harness.js';
import { FAKE_FILES, fakeVersionFiles, sha384, storeFakeVersion } from '../../testing/module-store-fixtures.js';
import type { Storage } from '../../storage/storage.js';
import { hasStoredVersion, isStorablePath, isStorableVersion, readStoredVersion, StoreError } from './module-store.js';

let storage: Storage;
before(async () => {
  storage = await openMigratedTestStorage();
  await storage.migrate();
});
after(() => storage.close());

/** Stores a fake version (the given files, or one made with these options) and reads it as publishing does. */
async function storeAndRead(version: string, files: Parameters<typeof storeFakeVersion>[3] = {}) {
  await storeFakeVersion(storage.db, 'profile', version, files);
  return readStoredVersion(storage.db, 'profile', version);
}

test('the server hashes the manifest and every JavaScript file it names, as browsers check them', async () => {
  const files = await storeFakeVersion(storage.db, 'profile', '1.1.0');
  const stored = await readStoredVersion(storage.db, 'profile', '1.1.0');
  const hash = (file: string) => sha384(files.get(file) ?? '');
  const expected = Object.fromEntries(
    ['mf-manifest.json', FAKE_FILES.remoteEntry, FAKE_FILES.expose, FAKE_FILES.lazy, FAKE_FILES.lit].map((file) => [file, hash(file)]),
  );
  assert.deepEqual(stored.integrity, expected);
  // Every file the version has, the package.json too: publishing checks under the lock that they are still these.
  assert.deepEqual(stored.uploaded, { ...expected, 'package.json': hash('package.json') });
  assert.equal(stored.remoteName, 'portal_profile');
  assert.deepEqual(stored.exposes, ['./app']);
  assert.deepEqual(stored.shared, [{ name: 'lit', requiredVersion: '^3.3.0', singleton: true }]);
  assert.deepEqual(stored.declared, { topics: ['session.changed@1', 'locale.changed@1'], apis: ['profile@1'] });
  assert.ok(await hasStoredVersion(storage.db, 'profile', '1.1.0'));
  assert.equal(await hasStoredVersion(storage.db, 'profile', '9.9.9'), false);
  assert.equal(await hasStoredVersion(storage.db, 'profile', '../1.1.0'), false);
});

test('a manifest naming a file outside the version’s folder, or a missing file, is refused', async () => {
  for (const [version, file] of [
    ['2.0.0', '../1.1.0/remoteEntry.1a2b3c4d.js'],
    ['2.0.1', '/etc/passwd'],
    ['2.0.2', 'a/../../x.js'],
    ['2.0.3', 'sub\\..\\x.js'],
    ['2.0.4', './remoteEntry.1a2b3c4d.js'],
  ] as const) {
    await assert.rejects(
      storeAndRead(version, { extraFiles: [file], writeExtra: false }),
      (error: unknown) => error instanceof StoreError && /not a file name inside/.test(error.message),
      file,
    );
  }
  await assert.rejects(
    storeAndRead('2.1.0', { extraFiles: ['static/js/9.abcdef12.js'], writeExtra: false }),
    /"static\/js\/9\.abcdef12\.js" is missing/,
  );
  // A manifest that is not there is missing like any other file.
  const withoutManifest = fakeVersionFiles('profile', '2.2.0');
  withoutManifest.delete('mf-manifest.json');
  await assert.rejects(storeAndRead('2.2.0', withoutManifest), /The manifest "mf-manifest\.json" is missing/);
});

test('the package.json must carry the published version and declare the portal’s topics and APIs', async () => {
  await assert.rejects(storeAndRead('3.0.0', { portal: null }), /has no "portal": \{ "requires"/);
  await assert.rejects(storeAndRead('3.0.1', { declaredVersion: '1.0.0' }), /says version "1\.0\.0", but 3\.0\.1 is being published/);
  await assert.rejects(storeAndRead('3.0.2', { topics: ['session.changed'] }), /"session\.changed" is not a topic/);
  await assert.rejects(storeAndRead('3.0.3', { apis: ['profile'] }), /"profile" is not an API/);
  await assert.rejects(storeAndRead('3.0.4', { portal: { requires: { topics: 'session.changed@1' } } }), /must be a list of strings/);
  const brokenDeclaration = fakeVersionFiles('profile', '3.0.5');
  brokenDeclaration.set('package.json', Buffer.from('{ "version": '));
  await assert.rejects(storeAndRead('3.0.5', brokenDeclaration), /The declaration "package\.json" is not valid JSON/);
});

test('a manifest that would load its files from elsewhere, or is not JSON, is refused; so is a version with no files', async () => {
  const elsewhere = fakeVersionFiles('profile', '4.0.0');
  const manifest = JSON.parse(elsewhere.get('mf-manifest.json')?.toString() ?? '') as { metaData: { publicPath: string } };
  manifest.metaData.publicPath = 'https://cdn.example/';
  elsewhere.set('mf-manifest.json', Buffer.from(JSON.stringify(manifest)));
  await assert.rejects(storeAndRead('4.0.0', elsewhere), /publicPath must be "auto"/);
  const notJson = fakeVersionFiles('profile', '4.0.1');
  notJson.set('mf-manifest.json', Buffer.from('{ not json'));
  await assert.rejects(storeAndRead('4.0.1', notJson), /not valid JSON/);
  await assert.rejects(
    readStoredVersion(storage.db, 'profile', '4.0.2'),
    (error: unknown) =>
      error instanceof StoreError &&
      /No files for profile 4\.0\.2 in the module store: upload the build first \(npm run deploy -w modules\/profile does/.test(
        error.message,
      ),
  );
});

test('store paths are made only of an area, a version and a relative file path', () => {
  for (const good of ['1.0.0', '10.20.30', '1.0.1-e2e.1', '2.0.0-RC.2']) assert.ok(isStorableVersion(good), good);
  for (const bad of ['1.0', 'v1.0.0', '1.0.0+build.5', '../1.0.0', '1.0.0/..', '01.0.0', `1.0.0-${'x'.repeat(80)}`, '']) {
    assert.equal(isStorableVersion(bad), false, bad);
  }
  for (const good of ['mf-manifest.json', 'embed/embed.js', '__federation_expose_app.5e6f7a8b.js', 'a/b/c-d_e~f@g+h.js', 'x'.repeat(512)]) {
    assert.ok(isStorablePath(good), good);
  }
  for (const bad of [
    '',
    '/etc/passwd',
    '../x',
    'a/../../x',
    'a\\..\\x',
    'a//b',
    './a',
    'a/.',
    'a/',
    '.hidden',
    'embed/.env',
    'a\u0000b',
    'a\nb',
    'a%2e%2e',
    'a b.js',
    'a?b',
    'x'.repeat(513),
  ]) {
    assert.equal(isStorablePath(bad), false, JSON.stringify(bad));
  }
});
