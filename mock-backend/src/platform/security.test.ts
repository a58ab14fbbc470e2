// The security baseline of every response: headers, the session cookie's transport, and the
// database-backed rate limit of sign-in attempts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request, type IncomingHttpHeaders } from 'node:http';
import { eq, sql } from 'drizzle-orm';
import { registryEntries } from '../storage/schema/index.js';
import type { Storage } from '../storage/storage.js';
import {
  Browser,
  TestClock,
  expectApiError,
  openMigratedTestStorage,
  signIn,
  startInstances,
  startSignIn,
  idpChoice,
  startTestServer,
  type TestServer,
} from '../testing/harness.js';
import { SEED_PERSON_IDS } from '../storage/seeds/seed.js';
import { contentSecurityPolicy, originOf } from './security-headers.js';

/** A request with headers fetch() will not set (Host, X-Forwarded-*). */
function raw(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('security headers', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('every kind of response has the CSP, Permissions-Policy and the rest; no inline script anywhere', async () => {
    const browser = new Browser(server.baseUrl);
    const { params } = await startSignIn(browser);
    for (const path of [
      '/api/registry',
      '/api/nope',
      '/',
      '/idp/assets/idp.css',
      `/idp/authorize?${params.toString()}`,
      '/idp/authorize',
      '/modules/none/x.js',
    ]) {
      const response = await browser.fetch(path, { headers: HTML });
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.equal(csp, contentSecurityPolicy(), path);
      const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
      assert.equal(scriptSrc, "script-src 'self'", path);
      assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval/, path);
      const permissions = response.headers.get('permissions-policy') ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
        assert.match(permissions, new RegExp(`(^|, )${feature}=\\(\\)`), `${path}: ${feature}`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
      assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin', path);
      assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN', path);
      assert.equal(response.headers.get('strict-transport-security'), null, `${path}: no HSTS over plain HTTP`);
      assert.equal(response.headers.get('x-powered-by'), null, path);
      await response.body?.cancel();
    }
  });

  test('the CSP, directive by directive', () => {
    assert.equal(
      contentSecurityPolicy(),
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'; require-trusted-types-for 'script'; " +
        "trusted-types portal lit-html default 'allow-duplicates'",
    );
    assert.equal(originOf('https://cdn.example.com:8443/a/mf-manifest.json?x=1'), 'https://cdn.example.com:8443');
    assert.equal(originOf('/modules/profile/mf-manifest.json'), undefined);
    assert.equal(originOf("javascript:alert('x')"), undefined);
    // Nothing from the registry can end a directive and add one of its own.
    assert.equal(originOf('https://x.example; script-src *'), undefined);
    assert.equal(originOf("https://x.example/;script-src 'unsafe-inline'"), 'https://x.example');
  });

  test('absolute module URLs in the registry are allowed for scripts and connections, and nothing else', async () => {
    await server.storage.db
      .update(registryEntries)
      .set({
        implementation: sql`${registryEntries.implementation} || '{"manifestUrl":"https://cdn.example.com/profile/1.2.3/mf-manifest.json"}'::jsonb`,
        currentItemsUrl: 'https://items.example.com/profile/current-items',
      })
      .where(eq(registryEntries.area, 'profile'));
    // A new instance reads the registry afresh (each instance caches it for a few seconds).
    const fresh = await startTestServer({ storage: server.storage });
    try {
      const csp = (await new Browser(fresh.baseUrl).fetch('/api/registry')).headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self' https:\/\/cdn\.example\.com;/);
      assert.match(csp, /connect-src 'self' https:\/\/cdn\.example\.com https:\/\/items\.example\.com;/);
      assert.match(csp, /default-src 'self';/);
    } finally {
      await fresh.close();
    }
  });
});

describe('the session cookie needs a secure transport', () => {
  let server: TestServer;
  let proxied: TestServer;
  before(async () => {
    server = await startTestServer();
    proxied = await startTestServer({ storage: server.storage, config: { trustProxy: 'loopback' } });
  });
  after(async () => {
    await proxied.close();
    await server.close();
  });

  test('loopback hosts get the Secure __Host- cookie over plain HTTP', async () => {
    const { port } = new URL(server.baseUrl);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      const response = await raw(server.baseUrl, '/auth/login', { host });
      assert.equal(response.status, 302, host);
      assert.match(String(response.headers['set-cookie']), /^__Host-portal\.sid=.*; Secure/, host);
    }
  });

  test('another host over plain HTTP gets no cookie and a page saying HTTPS is needed', async () => {
    const cases: Array<Record<string, string> & { host: string }> = [
      { host: 'portal.example', 'accept-language': 'sv' },
      // A proxy that rewrites Host to localhost (nginx's default) is not a local browser.
      { host: 'localhost', 'x-forwarded-for': '203.0.113.9', 'accept-language': 'sv' },
    ];
    for (const headers of cases) {
      const response = await raw(server.baseUrl, '/auth/login', headers);
      assert.equal(response.status, 400, headers.host);
      assert.equal(response.headers['set-cookie'], undefined, headers.host);
      assert.match(response.body, /kräver en skyddad förbindelse \(HTTPS\)/);
      assert.equal(response.headers['strict-transport-security'], undefined);
    }
  });

  test('behind a trusted proxy, X-Forwarded-Proto: https gives the cookie and HSTS; plain http is sent to https', async () => {
    const https = await raw(proxied.baseUrl, '/auth/login', { host: 'portal.example', 'x-forwarded-proto': 'https' });
    assert.equal(https.status, 302);
    assert.match(String(https.headers['set-cookie']), /^__Host-portal\.sid=.*; Secure/);
    assert.equal(https.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');

    // Before any cookie: the redirect to the same host over HTTPS (platform/https.ts).
    const http = await raw(proxied.baseUrl, '/auth/login?returnTo=%2Fprofile', { host: 'portal.example', 'x-forwarded-proto': 'http' });
    assert.equal(http.status, 301);
    assert.equal(http.headers['location'], 'https://portal.example/auth/login?returnTo=%2Fprofile');
    assert.equal(http.headers['set-cookie'], undefined);
    // Without TRUST_PROXY the header is not believed.
    const untrusted = await raw(server.baseUrl, '/auth/login', { host: 'portal.example', 'x-forwarded-proto': 'https' });
    assert.equal(untrusted.headers['set-cookie'], undefined);
    assert.equal(untrusted.headers['strict-transport-security'], undefined);
  });
});

describe('sign-in rate limit', () => {
  const clock = new TestClock();
  let storage: Storage;
  let first: TestServer;
  let second: TestServer;
  before(async () => {
    storage = await openMigratedTestStorage();
    [first, second] = (await startInstances(2, {
      storage,
      clock: clock.now,
      config: { signInRateLimit: 3, signInRateWindowSeconds: 60 },
    })) as [TestServer, TestServer];
  });
  after(async () => {
    await second.close();
    await first.close();
    await storage.close();
  });

  test('the count is shared by instances; over the limit a 429 page with Retry-After, or JSON', async () => {
    assert.equal((await new Browser(first.baseUrl).fetch('/auth/login')).status, 302);
    assert.equal((await new Browser(first.baseUrl).fetch('/auth/login')).status, 302);
    clock.advance(15);
    assert.equal((await new Browser(second.baseUrl).fetch('/auth/login')).status, 302, 'the third, on the other instance');

    const page = await new Browser(second.baseUrl).fetch('/auth/login?lang=sv', { headers: HTML });
    assert.equal(page.status, 429);
    assert.equal(page.headers.get('retry-after'), '45');
    assert.equal(page.headers.get('set-cookie'), null);
    const text = await page.text();
    assert.match(text, /<html lang="sv">/);
    assert.match(text, /För många inloggningsförsök/);
    assert.match(text, /Försök igen om 1 minut\./);

    const json = await new Browser(first.baseUrl).fetch('/auth/login', { headers: { accept: 'application/json' } });
    assert.equal(json.headers.get('retry-after'), '45');
    await expectApiError(json, 429, 'too-many-requests');

    // The window ends: allowed again.
    clock.advance(46);
    assert.equal((await new Browser(first.baseUrl).fetch('/auth/login')).status, 302);
  });

  test("the IdP's POST /idp/authorize has its own limit", async () => {
    clock.advance(120);
    const browser = new Browser(first.baseUrl);
    const { params } = await startSignIn(browser, { lang: 'en' });
    for (let i = 0; i < 3; i++) {
      const response = await idpChoice(new Browser(i % 2 ? second.baseUrl : first.baseUrl), params, 'cancel');
      assert.equal(response.status, 303, `attempt ${i + 1}`);
    }
    const refused = await idpChoice(browser, params, { personId: SEED_PERSON_IDS.tessa }, HTML);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal(refused.headers.get('location'), null, 'no code');
    const text = await refused.text();
    assert.match(text, /<html lang="en">/);
    assert.match(text, /Too many sign-in attempts/);
    assert.match(text, /Suomi\.fi/);
  });

  test('a sign-in within the limit is untouched by it', async () => {
    clock.advance(120);
    assert.equal((await signIn(new Browser(second.baseUrl), 'tessa')).callback.status, 303);
  });
});
