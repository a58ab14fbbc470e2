import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FederatedImplementationSchema } from './registry.js';
import { validate } from './validate.js';

const base = {
  kind: 'federated',
  remoteName: 'portal_profile',
  version: '1.2.0',
  manifestUrl: '/modules/profile/1.2.0/mf-manifest.json',
  exposes: './app',
} as const;
const hash = `sha384-${'A'.repeat(63)}B`;

test('an implementation without integrity (a local build, data from before) still fits', () => {
  assert.ok(validate(FederatedImplementationSchema, base).ok);
});

test('integrity names the manifest and files relative to it, each with a sha384 SRI value', () => {
  const result = validate(FederatedImplementationSchema, {
    ...base,
    integrity: { manifest: hash, files: { 'remoteEntry.1a2b3c4d.js': hash, 'static/js/751.22f404a7.js': hash } },
  });
  assert.ok(result.ok, JSON.stringify(result));
});

test('integrity refuses other algorithms, malformed values and paths that leave the manifest’s folder', () => {
  const cases: Record<string, unknown> = {
    sha256: { manifest: `sha256-${'A'.repeat(43)}=`, files: {} },
    short: { manifest: 'sha384-abc', files: {} },
    parent: { manifest: hash, files: { '../other/remoteEntry.js': hash } },
    absolute: { manifest: hash, files: { '/modules/x.js': hash } },
    innerParent: { manifest: hash, files: { 'a/../../b.js': hash } },
    emptySegment: { manifest: hash, files: { 'a//b.js': hash } },
    url: { manifest: hash, files: { 'https://cdn.example/x.js': hash } },
  };
  for (const [name, integrity] of Object.entries(cases)) {
    assert.equal(validate(FederatedImplementationSchema, { ...base, integrity }).ok, false, name);
  }
});
