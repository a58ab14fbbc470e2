import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_VERSIONS } from '@portal/shared-contracts';
import { writeFakeShell } from '../../testing/module-store-fixtures.js';
import { findMisfits, ProvidesUnavailableError, readPortalProvides, type ModuleNeeds, type PortalProvides } from './compatibility.js';

const PROVIDES: PortalProvides = {
  shared: { lit: '3.3.3', '@portal/shared-contracts': '1.0.0' },
  topics: ['session.changed@1', 'locale.changed@1', 'page.shown@1'],
};

const FITTING: ModuleNeeds = {
  shared: [
    { name: 'lit', requiredVersion: '^3.3.0', singleton: true },
    { name: '@portal/shared-contracts', requiredVersion: '^1.0.0', singleton: true },
  ],
  topics: ['session.changed@1', 'page.shown@1'],
  apis: ['profile@1', 'drafts@1'],
};

test('a module whose needs the portal meets has no misfits', () => {
  assert.deepEqual(findMisfits(FITTING, PROVIDES, API_VERSIONS), []);
});

test('each misfit is named: singleton ranges, topic versions, unknown topics, API versions, unknown APIs', () => {
  const misfits = findMisfits(
    {
      shared: [
        { name: 'lit', requiredVersion: '^4.0.0', singleton: true },
        { name: '@portal/shared-contracts', requiredVersion: '>=1.1.0 <2', singleton: true },
      ],
      topics: ['session.changed@9', 'weather.changed@1', 'page.shown@1'],
      apis: ['job-search@2', 'weather@1', 'profile@1'],
    },
    PROVIDES,
    API_VERSIONS,
  );
  assert.deepEqual(misfits, [
    'lit: the module needs ^4.0.0, the shell provides 3.3.3',
    '@portal/shared-contracts: the module needs >=1.1.0 <2, the shell provides 1.0.0',
    'topic session.changed@9 is not provided (the portal has session.changed@1)',
    'topic weather.changed@1 is not provided (the portal has no topic weather.changed)',
    'API job-search@2 is not served (the backend serves job-search@1)',
    'API weather@1 is not served (the backend has no API weather)',
  ]);
});

test('only singletons the shell provides are judged: anything else is the module’s own copy', () => {
  const misfits = findMisfits(
    {
      shared: [
        { name: 'lit', requiredVersion: '^4.0.0', singleton: false },
        { name: 'date-fns', requiredVersion: '^9.0.0', singleton: true },
        { name: 'lit', requiredVersion: false, singleton: true },
      ],
      topics: [],
      apis: [],
    },
    PROVIDES,
    API_VERSIONS,
  );
  assert.deepEqual(misfits, []);
});

test('a required version that is not a range is a misfit, not a crash; API names are not prototype keys', () => {
  const misfits = findMisfits(
    { shared: [{ name: 'lit', requiredVersion: 'not a range!', singleton: true }], topics: [], apis: ['constructor@1'] },
    PROVIDES,
    API_VERSIONS,
  );
  assert.deepEqual(misfits, [
    'lit: the module\'s required version "not a range!" is not a semver range',
    'API constructor@1 is not served (the backend has no API constructor)',
  ]);
});

test('the shell’s portal-provides.json is read from its dist; missing or malformed, nothing can be judged', async () => {
  const root = mkdtempSync(join(tmpdir(), 'portal-provides-'));
  try {
    await assert.rejects(
      readPortalProvides(root),
      (error: unknown) => error instanceof ProvidesUnavailableError && /build the shell/.test(error.message),
    );
    writeFakeShell(root, { lit: '3.4.0' });
    const provides = await readPortalProvides(root);
    assert.equal(provides.shared['lit'], '3.4.0');
    assert.ok(provides.topics.includes('session.changed@1'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
