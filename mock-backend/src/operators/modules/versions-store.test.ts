import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGISTRY_ACTIONS, rollbackTarget, type Implementation } from './versions-store.js';

function at(version: string): Implementation {
  return {
    kind: 'federated',
    remoteName: 'portal_profile',
    version,
    manifestUrl: `/modules/profile/${version}/mf-manifest.json`,
    exposes: './app',
  };
}

const publish = (before: string, after: string) => ({ action: REGISTRY_ACTIONS.publish, before: at(before), after: at(after) });
const rollback = (before: string, after: string) => ({ action: REGISTRY_ACTIONS.rollback, before: at(before), after: at(after) });

test('nothing to roll back to without a change', () => {
  assert.equal(rollbackTarget([]), undefined);
});

test('a rollback goes to what the area ran before the current version', () => {
  assert.equal(rollbackTarget([publish('1.0.0', '1.1.0')])?.version, '1.0.0');
  assert.equal(rollbackTarget([publish('1.0.0', '1.1.0'), publish('1.1.0', '1.2.0')])?.version, '1.1.0');
});

test('rolling back again walks further back instead of bouncing to the version just left', () => {
  const history = [publish('1.0.0', '1.1.0'), publish('1.1.0', '1.2.0'), rollback('1.2.0', '1.1.0')];
  assert.equal(rollbackTarget(history)?.version, '1.0.0');
  assert.equal(rollbackTarget([...history, rollback('1.1.0', '1.0.0')]), undefined);
  // A publish after a rollback starts from where the rollback left the area.
  assert.equal(rollbackTarget([...history, publish('1.1.0', '1.3.0')])?.version, '1.1.0');
});
