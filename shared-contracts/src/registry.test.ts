import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EmbeddableElementSchema, EmbeddableElementsSchema, FederatedImplementationSchema, RegistryEntrySchema } from './registry.js';
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

describe('embeddable elements', () => {
  const entry = {
    area: 'career-radar',
    route: '/career-radar',
    names: { fi: 'Työelämätutka', sv: 'Arbetslivsradarn', en: 'Working life radar' },
    navOrder: 3,
    requiresAuth: false,
    implementation: { ...base, remoteName: 'portal_career_radar', manifestUrl: '/modules/career-radar/mf-manifest.json' },
    currentItemsUrl: null,
  };
  const embeddable = [
    { element: 'career-radar-app', requiresAuth: false },
    { element: 'career-radar-results', requiresAuth: true },
  ];

  test('a registry entry may name embeddable elements of its area, each with requiresAuth', () => {
    const result = validate(RegistryEntrySchema, { ...entry, implementation: { ...entry.implementation, embeddable } });
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.ok && result.value.implementation.kind === 'federated' && result.value.implementation.embeddable, embeddable);
    // Optional: rows from before, and modules with nothing to embed.
    assert.ok(validate(RegistryEntrySchema, entry).ok);
  });

  test('tag names must be valid custom element names, not reserved, each once', () => {
    for (const element of [
      'careerradar',
      'Career-radar-app',
      'career-radar-',
      '-career-radar',
      'career_radar-app',
      'career-radar app',
      '1-career',
      'font-face',
      `a-${'b'.repeat(100)}`,
      '',
    ]) {
      assert.equal(validate(EmbeddableElementSchema, { element, requiresAuth: false }).ok, false, element);
    }
    assert.ok(validate(EmbeddableElementSchema, { element: 'career-radar-app2', requiresAuth: false }).ok);
    assert.equal(validate(EmbeddableElementsSchema, [...embeddable, embeddable[0]]).ok, false, 'twice');
    assert.equal(validate(EmbeddableElementSchema, { element: 'career-radar-app' }).ok, false, 'requiresAuth is required');
    assert.equal(validate(EmbeddableElementSchema, { element: 'career-radar-app', requiresAuth: 'no' }).ok, false);
    for (const reserved of ['annotation-xml', 'color-profile', 'font-face-src', 'missing-glyph']) {
      assert.equal(validate(EmbeddableElementSchema, { element: reserved, requiresAuth: false }).ok, false, reserved);
    }
    assert.ok(validate(EmbeddableElementSchema, { element: 'font-face-app', requiresAuth: false }).ok, 'only the exact reserved names');
    assert.ok(validate(EmbeddableElementSchema, { element: `a-${'b'.repeat(98)}`, requiresAuth: false }).ok, '100 characters');
  });
});

test('an entry may be served by legacy pages: a path or an http(s) URL, nothing else', () => {
  const legacyEntry = {
    area: 'offers',
    route: '/offers',
    names: { fi: 'Tarjoukset', sv: 'Erbjudanden', en: 'Offers' },
    navOrder: 4,
    requiresAuth: true,
    currentItemsUrl: null,
  };
  assert.ok(validate(RegistryEntrySchema, { ...legacyEntry, implementation: { kind: 'legacy', url: '/legacy/offers' } }).ok);
  assert.ok(!validate(RegistryEntrySchema, { ...legacyEntry, implementation: { kind: 'legacy', url: 'javascript:alert(1)' } }).ok);
  assert.ok(!validate(RegistryEntrySchema, { ...legacyEntry, implementation: { kind: 'legacy' } }).ok);
});
