// Source maps: kept for development, never pointed at by a production bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MODULE_EXPOSES, containerNameOf } from '@portal/shared-contracts';
import { commonConfig, remoteName } from './rspack.mjs';

test('a production build writes hidden source maps: no sourceMappingURL comment in the bundles', () => {
  const { devtool } = commonConfig({ dir: import.meta.dirname, mode: 'production' }) as { devtool: string };
  assert.equal(devtool, 'hidden-source-map');
});

test('a development build keeps its source maps', () => {
  const { devtool } = commonConfig({ dir: import.meta.dirname, mode: 'development' }) as { devtool: string };
  assert.match(devtool, /source-map/);
  assert.doesNotMatch(devtool, /hidden|nosources/);
});

test('modules are built with the container name and exposed path the registry expects of an area', () => {
  for (const area of ['plan', 'job-search', 'unemployment-security']) assert.equal(remoteName(area), containerNameOf(area));
  assert.equal(MODULE_EXPOSES, './app');
});
