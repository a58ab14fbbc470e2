import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveInside } from '../../platform/safe-path.js';
import { FAKE_FILES, sha384, writeFakeVersion } from '../../testing/module-store-fixtures.js';
import { hasStoredVersion, isStorableVersion, readStoredVersion, StoreError, versionFolder } from './module-store.js';

let store: string;
before(() => {
  store = mkdtempSync(join(tmpdir(), 'module-store-'));
});
after(() => rmSync(store, { recursive: true, force: true }));

test('the server hashes the manifest and every JavaScript file it names, as browsers check them', async () => {
  const folder = writeFakeVersion(store, 'profile', '1.1.0');
  const stored = await readStoredVersion(store, 'profile', '1.1.0');
  const expected = Object.fromEntries(
    ['mf-manifest.json', FAKE_FILES.remoteEntry, FAKE_FILES.expose, FAKE_FILES.lazy, FAKE_FILES.lit].map((file) => [
      file,
      sha384(readFileSync(join(folder, file))),
    ]),
  );
  assert.deepEqual(stored.integrity, expected);
  assert.equal(stored.remoteName, 'portal_profile');
  assert.deepEqual(stored.exposes, ['./app']);
  assert.deepEqual(stored.shared, [{ name: 'lit', requiredVersion: '^3.3.0', singleton: true }]);
  assert.deepEqual(stored.declared, { topics: ['session.changed@1', 'locale.changed@1'], apis: ['profile@1'] });
  assert.ok(await hasStoredVersion(store, 'profile', '1.1.0'));
  assert.equal(await hasStoredVersion(store, 'profile', '9.9.9'), false);
});

test('a manifest naming a file outside the version’s folder, a missing file or a link is refused', async () => {
  for (const [version, file] of [
    ['2.0.0', '../1.1.0/remoteEntry.1a2b3c4d.js'],
    ['2.0.1', '/etc/passwd'],
    ['2.0.2', 'a/../../x.js'],
    ['2.0.3', 'sub\\..\\x.js'],
  ] as const) {
    writeFakeVersion(store, 'profile', version, { extraFiles: [file], writeExtra: false });
    await assert.rejects(
      readStoredVersion(store, 'profile', version),
      (error: unknown) => error instanceof StoreError && /not a file name inside/.test(error.message),
      file,
    );
  }
  writeFakeVersion(store, 'profile', '2.1.0', { extraFiles: ['static/js/9.abcdef12.js'], writeExtra: false });
  await assert.rejects(readStoredVersion(store, 'profile', '2.1.0'), /"static\/js\/9\.abcdef12\.js" is missing/);

  const linked = writeFakeVersion(store, 'profile', '2.2.0');
  unlinkSync(join(linked, FAKE_FILES.lazy));
  symlinkSync('/etc/hostname', join(linked, FAKE_FILES.lazy));
  await assert.rejects(readStoredVersion(store, 'profile', '2.2.0'), /is not a regular file/);
});

test('the package.json must carry the published version and declare the portal’s topics and APIs', async () => {
  writeFakeVersion(store, 'profile', '3.0.0', { portal: null });
  await assert.rejects(readStoredVersion(store, 'profile', '3.0.0'), /has no "portal": \{ "requires"/);
  writeFakeVersion(store, 'profile', '3.0.1', { declaredVersion: '1.0.0' });
  await assert.rejects(readStoredVersion(store, 'profile', '3.0.1'), /says version "1\.0\.0", but 3\.0\.1 is being published/);
  writeFakeVersion(store, 'profile', '3.0.2', { topics: ['session.changed'] });
  await assert.rejects(readStoredVersion(store, 'profile', '3.0.2'), /"session\.changed" is not a topic/);
  writeFakeVersion(store, 'profile', '3.0.3', { apis: ['profile'] });
  await assert.rejects(readStoredVersion(store, 'profile', '3.0.3'), /"profile" is not an API/);
  writeFakeVersion(store, 'profile', '3.0.4', { portal: { requires: { topics: 'session.changed@1' } } });
  await assert.rejects(readStoredVersion(store, 'profile', '3.0.4'), /must be a list of strings/);
});

test('a manifest that would load its files from elsewhere, or is not JSON, is refused', async () => {
  const folder = writeFakeVersion(store, 'profile', '4.0.0');
  const manifest = JSON.parse(readFileSync(join(folder, 'mf-manifest.json'), 'utf8')) as { metaData: { publicPath: string } };
  manifest.metaData.publicPath = 'https://cdn.example/';
  writeFileSync(join(folder, 'mf-manifest.json'), JSON.stringify(manifest));
  await assert.rejects(readStoredVersion(store, 'profile', '4.0.0'), /publicPath must be "auto"/);
  writeFileSync(join(writeFakeVersion(store, 'profile', '4.0.1'), 'mf-manifest.json'), '{ not json');
  await assert.rejects(readStoredVersion(store, 'profile', '4.0.1'), /not valid JSON/);
  await assert.rejects(readStoredVersion(store, 'profile', '4.0.2'), /No files for profile 4\.0\.2 in the module store/);
});

test('store paths are made only of an area and a version, and stay inside the store', () => {
  for (const good of ['1.0.0', '10.20.30', '1.0.1-e2e.1', '2.0.0-RC.2']) assert.ok(isStorableVersion(good), good);
  for (const bad of ['1.0', 'v1.0.0', '1.0.0+build.5', '../1.0.0', '1.0.0/..', '01.0.0', `1.0.0-${'x'.repeat(80)}`, '']) {
    assert.equal(isStorableVersion(bad), false, bad);
  }
  assert.equal(versionFolder(store, 'profile', '1.0.0'), join(store, 'profile', '1.0.0'));
  assert.throws(() => versionFolder(store, '..', '1.0.0'));
  assert.throws(() => versionFolder(store, 'profile', '..'));

  assert.equal(resolveInside('/srv/store', 'a/b.js'), '/srv/store/a/b.js');
  for (const escape of ['../x', 'a/../../x', '/etc/passwd', 'a\\..\\x', 'a//b', './a', 'a/.', '', 'a\u0000b']) {
    assert.equal(resolveInside('/srv/store', escape), undefined, JSON.stringify(escape));
  }
});
