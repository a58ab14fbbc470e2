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
  assert.equal(config.assessmentDueDays, 14);
  assert.deepEqual(config.payerApiTokens, [
    { name: 'kela', token: 'dev-kela-token' },
    { name: 'ytk', token: 'dev-ytk-token' },
    { name: 'erko', token: 'dev-erko-token' },
  ]);
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
  assert.throws(() => loadConfig({ ASSESSMENT_DUE_DAYS: '0' }), /ASSESSMENT_DUE_DAYS/);
});

test('STARTUP_GRANT_PAYMENT_MONTHS: the months a payment application is on time, 2 unless set', () => {
  assert.equal(loadConfig({}).startupGrantPaymentMonths, 2);
  assert.equal(loadConfig({ STARTUP_GRANT_PAYMENT_MONTHS: '3' }).startupGrantPaymentMonths, 3);
  assert.throws(() => loadConfig({ STARTUP_GRANT_PAYMENT_MONTHS: '0' }), /STARTUP_GRANT_PAYMENT_MONTHS/);
});

test('PAYER_API_TOKENS: payerId:token pairs; short, malformed or shared tokens are refused', () => {
  assert.equal(loadConfig({ ASSESSMENT_DUE_DAYS: '7' }).assessmentDueDays, 7);
  assert.deepEqual(loadConfig({ PAYER_API_TOKENS: ' kela:0123456789abcdef , ytk:a.b-c_d.e-f_g ,kela:rotated-token-2 ' }).payerApiTokens, [
    { name: 'kela', token: '0123456789abcdef' },
    { name: 'ytk', token: 'a.b-c_d.e-f_g' },
    { name: 'kela', token: 'rotated-token-2' },
  ]);
  for (const bad of [
    'kela',
    'kela:short',
    'Kela:0123456789abcdef',
    'kela:0123456789 abcdef',
    'kela:0123456789abcdef,ytk:0123456789abcdef',
  ]) {
    assert.throws(() => loadConfig({ PAYER_API_TOKENS: bad }), /PAYER_API_TOKENS/, bad);
  }
});

test('ADMIN_API_TOKENS: operator:token pairs, a public development token when unset; NODE_ENV=development only by name', () => {
  assert.deepEqual(loadConfig({}).adminApiTokens, [{ name: 'developer', token: 'dev-admin-token' }]);
  assert.deepEqual(loadConfig({ ADMIN_API_TOKENS: 'ops-anna:0123456789abcdef' }).adminApiTokens, [
    { name: 'ops-anna', token: '0123456789abcdef' },
  ]);
  assert.throws(() => loadConfig({ ADMIN_API_TOKENS: 'ops:short' }), /ADMIN_API_TOKENS/);
  assert.equal(loadConfig({}).development, false);
  assert.equal(loadConfig({ NODE_ENV: 'production' }).development, false);
  assert.equal(loadConfig({ NODE_ENV: 'development' }).development, true);
});

test('LOG_LEVEL: info by default, any of pino’s levels, a clear error otherwise', () => {
  assert.equal(loadConfig({}).logLevel, 'info');
  assert.equal(loadConfig({ LOG_LEVEL: 'DEBUG' }).logLevel, 'debug');
  assert.equal(loadConfig({ LOG_LEVEL: 'silent' }).logLevel, 'silent');
  assert.throws(() => loadConfig({ LOG_LEVEL: 'verbose' }), /LOG_LEVEL must be one of/);
});

test('TLS: off by default; certificate and key together, relative to where npm was run; the redirect port only with TLS', () => {
  const plain = loadConfig({});
  assert.equal(plain.tls, undefined);
  assert.equal(plain.httpRedirectPort, undefined);
  const tls = loadConfig({
    TLS_CERT_FILE: '.data/tls/localhost.crt',
    TLS_KEY_FILE: '/etc/portal/key.pem',
    HTTP_REDIRECT_PORT: '8081',
    INIT_CWD: '/home/me/portal',
  });
  assert.deepEqual(tls.tls, { certFile: '/home/me/portal/.data/tls/localhost.crt', keyFile: '/etc/portal/key.pem' });
  assert.equal(tls.httpRedirectPort, 8081);
  assert.throws(() => loadConfig({ TLS_CERT_FILE: 'cert.pem' }), /TLS_CERT_FILE and TLS_KEY_FILE go together/);
  assert.throws(() => loadConfig({ HTTP_REDIRECT_PORT: '8081' }), /HTTP_REDIRECT_PORT .* needs TLS_CERT_FILE/);
  assert.throws(() => loadConfig({ TLS_CERT_FILE: 'c', TLS_KEY_FILE: 'k', HTTP_REDIRECT_PORT: 'eighty' }), /HTTP_REDIRECT_PORT must be/);
});
