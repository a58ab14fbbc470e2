import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadConfig, REPO_ROOT } from './config.js';

test('defaults', () => {
  const config = loadConfig({});
  assert.equal(config.port, 8080);
  assert.equal(config.dataDir, join(REPO_ROOT, '.data'));
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.sessionIdleSeconds, 1800);
  assert.equal(config.sessionAbsoluteSeconds, 28800);
  assert.equal(config.sessionSecret, undefined);
  assert.equal(config.staticRoot, REPO_ROOT);
  assert.equal(config.trustProxy, undefined);
  assert.equal(config.signInRateLimit, 30);
  assert.equal(config.signInRateWindowSeconds, 600);
  assert.ok(REPO_ROOT.endsWith('/') && !REPO_ROOT.includes('mock-backend'), 'the repository root, two levels above src/');
});

test('a relative DATA_DIR or STATIC_ROOT is relative to where npm was run (INIT_CWD)', () => {
  const config = loadConfig({ DATA_DIR: 'tmp/data', STATIC_ROOT: 'build', INIT_CWD: '/home/me/portal' });
  assert.equal(config.dataDir, '/home/me/portal/tmp/data');
  assert.equal(config.staticRoot, '/home/me/portal/build');
  assert.equal(loadConfig({ DATA_DIR: '/var/lib/portal' }).dataDir, '/var/lib/portal');
});

test('parsed values, and clear errors for bad ones', () => {
  const config = loadConfig({
    PORT: '8099',
    SESSION_IDLE_SECONDS: '60',
    SESSION_ABSOLUTE_SECONDS: '3600',
    SIGN_IN_RATE_LIMIT: '5',
    SIGN_IN_RATE_WINDOW_SECONDS: '60',
    TRUST_PROXY: '1',
    DATABASE_URL: 'postgres://x/y',
  });
  assert.equal(config.port, 8099);
  assert.equal(config.sessionIdleSeconds, 60);
  assert.equal(config.sessionAbsoluteSeconds, 3600);
  assert.equal(config.signInRateLimit, 5);
  assert.equal(config.signInRateWindowSeconds, 60);
  assert.equal(config.trustProxy, 1);
  assert.equal(config.databaseUrl, 'postgres://x/y');
  assert.equal(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy, 'loopback');
  assert.throws(() => loadConfig({ SESSION_IDLE_SECONDS: 'soon' }), /SESSION_IDLE_SECONDS/);
  assert.throws(() => loadConfig({ SESSION_ABSOLUTE_SECONDS: '0' }), /SESSION_ABSOLUTE_SECONDS/);
  assert.throws(() => loadConfig({ SIGN_IN_RATE_LIMIT: '-1' }), /SIGN_IN_RATE_LIMIT/);
  assert.throws(() => loadConfig({ PORT: '99999' }), /PORT/);
});
