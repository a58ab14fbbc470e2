// The development override of a module's manifest: set by a link, kept in the browser's cookie,
// applied to the registry and the CSP, only for URLs on this machine, and only in development.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Registry } from '@portal/shared-contracts';
import { Browser, startTestServer, type TestServer } from '../../testing/harness.js';
import {
  MODULE_OVERRIDE_COOKIE,
  OVERRIDE_VERSION,
  applyOverrides,
  loopbackUrl,
  parseOverrides,
  serializeOverrides,
} from './module-override.js';

const LOCAL = 'http://localhost:4301/mf-manifest.json';

async function registry(browser: Browser): Promise<Registry> {
  const response = await browser.fetch('/api/registry');
  assert.equal(response.status, 200);
  return (await response.json()) as Registry;
}

function manifestOf(registry: Registry, area: string): { manifestUrl: string; version: string } | undefined {
  const implementation = registry.areas.find((entry) => entry.area === area)?.implementation;
  return implementation?.kind === 'federated' ? implementation : undefined;
}

async function scriptSrc(browser: Browser, path = '/'): Promise<string> {
  const response = await browser.fetch(path);
  await response.body?.cancel();
  return /script-src ([^;]*)/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';
}

/** A browser whose cookie says what the given overrides say, as if it had been set earlier. */
function withCookie(baseUrl: string, value: string): Browser {
  const browser = new Browser(baseUrl);
  browser.cookies.set(MODULE_OVERRIDE_COOKIE, encodeURIComponent(value));
  return browser;
}

describe('loopbackUrl and the cookie format', () => {
  test('only http(s) on this machine, without credentials', () => {
    assert.equal(loopbackUrl(LOCAL), LOCAL);
    assert.equal(loopbackUrl('http://127.0.0.1:5000/dev/mf-manifest.json#x'), 'http://127.0.0.1:5000/dev/mf-manifest.json');
    assert.equal(loopbackUrl('https://[::1]:4301/mf-manifest.json'), 'https://[::1]:4301/mf-manifest.json');
    // Other spellings of 127.0.0.1 are normalised by the URL parser and still loopback.
    assert.equal(loopbackUrl('http://127.1:4301/m.json'), 'http://127.0.0.1:4301/m.json');
    for (const refused of [
      'http://example.com/mf-manifest.json',
      'http://localhost.example.com/mf-manifest.json',
      'http://127.0.0.1.nip.io/mf-manifest.json',
      'http://10.0.0.5/mf-manifest.json',
      'http://user:pw@localhost:4301/mf-manifest.json',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/javascript,alert(1)',
      '/modules/profile/mf-manifest.json',
      'not a url',
    ]) {
      assert.equal(loopbackUrl(refused), undefined, refused);
    }
  });

  test('the cookie round-trips, and what is not an area or not loopback is dropped', () => {
    const overrides = new Map([
      ['profile', 'http://127.0.0.1:4303/mf-manifest.json'],
      ['job-search', LOCAL],
    ]);
    assert.deepEqual(parseOverrides(serializeOverrides(overrides)), overrides);
    assert.deepEqual(
      [
        ...parseOverrides(
          `job-search=${encodeURIComponent(LOCAL)}&profile=${encodeURIComponent('https://evil.example/m.json')}&BAD!=${encodeURIComponent(LOCAL)}`,
        ),
      ],
      [['job-search', LOCAL]],
    );
  });

  test('applyOverrides changes only the overridden area, with a development version', () => {
    const base: Registry = {
      schemaVersion: 1,
      areas: ['overview', 'profile'].map((area) => ({
        area,
        route: `/${area}`,
        names: { fi: area, sv: area, en: area },
        navOrder: 0,
        requiresAuth: true,
        implementation: {
          kind: 'federated',
          remoteName: `portal_${area}`,
          version: '1.2.3',
          manifestUrl: `/modules/${area}/1.2.3/mf-manifest.json`,
          exposes: './app',
          // A published version's hashes: they do not describe a local build, so they must go.
          integrity: { manifest: `sha384-${'B'.repeat(64)}`, files: {} },
        },
        currentItemsUrl: null,
      })),
    };
    const changed = applyOverrides(base, new Map([['profile', LOCAL]]));
    assert.deepEqual(manifestOf(changed, 'profile'), {
      kind: 'federated',
      remoteName: 'portal_profile',
      version: OVERRIDE_VERSION,
      manifestUrl: LOCAL,
      exposes: './app',
    });
    assert.deepEqual(changed.areas[0], base.areas[0]);
    assert.equal(applyOverrides(base, new Map()), base);
  });
});

describe('in development (NODE_ENV=development)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { development: true } });
  });
  after(() => server.close());

  test('a link sets the override for this browser and comes back without the parameter', async () => {
    const browser = new Browser(server.baseUrl);
    const link = await browser.fetch(`/job-search?module-override=job-search=${encodeURIComponent(LOCAL)}&tab=2`);
    assert.equal(link.status, 303);
    assert.equal(link.headers.get('location'), '/job-search?tab=2');
    assert.match(link.headers.get('set-cookie') ?? '', new RegExp(`^${MODULE_OVERRIDE_COOKIE}=[^;]+; Path=/; SameSite=Lax$`));

    const seen = await registry(browser);
    assert.deepEqual(manifestOf(seen, 'job-search'), {
      kind: 'federated',
      remoteName: 'portal_job_search',
      version: OVERRIDE_VERSION,
      manifestUrl: LOCAL,
      exposes: './app',
    });
    assert.equal(manifestOf(seen, 'profile')?.manifestUrl, '/modules/profile/mf-manifest.json');
    const answer = await browser.fetch('/api/registry');
    assert.match(answer.headers.get('vary') ?? '', /cookie/i, 'caches keep one registry per override');
    await answer.body?.cancel();

    // The CSP of this browser's pages admits the local origin; another browser's does not.
    assert.ok((await scriptSrc(browser, '/job-search')).split(' ').includes('http://localhost:4301'));
    assert.ok(!(await scriptSrc(new Browser(server.baseUrl))).includes('localhost:4301'));
    assert.equal(
      manifestOf(await registry(new Browser(server.baseUrl)), 'job-search')?.manifestUrl,
      '/modules/job-search/mf-manifest.json',
    );

    // `<area>=` clears it again.
    const clear = await browser.fetch('/job-search?module-override=job-search%3D');
    assert.equal(clear.status, 303);
    assert.equal(clear.headers.get('location'), '/job-search');
    assert.equal(browser.cookies.has(MODULE_OVERRIDE_COOKIE), false);
    assert.equal(manifestOf(await registry(browser), 'job-search')?.manifestUrl, '/modules/job-search/mf-manifest.json');
  });

  test('several areas at once, and `clear` ends them all', async () => {
    const browser = new Browser(server.baseUrl);
    const other = 'http://127.0.0.1:4303/mf-manifest.json';
    await browser.fetch(`/?module-override=job-search=${encodeURIComponent(LOCAL)}&module-override=profile=${encodeURIComponent(other)}`);
    const seen = await registry(browser);
    assert.equal(manifestOf(seen, 'job-search')?.manifestUrl, LOCAL);
    assert.equal(manifestOf(seen, 'profile')?.manifestUrl, other);
    const csp = await scriptSrc(browser);
    assert.ok(csp.includes('http://localhost:4301') && csp.includes('http://127.0.0.1:4303'), csp);
    assert.equal((await browser.fetch('/?module-override=clear')).status, 303);
    assert.equal(browser.cookies.has(MODULE_OVERRIDE_COOKIE), false);
  });

  test('a URL off this machine, or an area not in the registry, is refused with a page saying why', async () => {
    const browser = new Browser(server.baseUrl);
    for (const value of [
      'job-search=https://evil.example/mf-manifest.json',
      'job-search=http://localhost.evil.example/m.json',
      'nosuch=' + LOCAL,
      'NO!=' + LOCAL,
    ]) {
      const response = await browser.fetch(`/?module-override=${encodeURIComponent(value)}`);
      assert.equal(response.status, 400, value);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await response.text(), /module override was not set/);
      assert.equal(browser.cookies.has(MODULE_OVERRIDE_COOKIE), false, value);
    }
  });

  test('a cookie written by hand with a URL off this machine is ignored by the registry and the CSP', async () => {
    const browser = withCookie(server.baseUrl, `job-search=${encodeURIComponent('https://evil.example/mf-manifest.json')}`);
    assert.equal(manifestOf(await registry(browser), 'job-search')?.manifestUrl, '/modules/job-search/mf-manifest.json');
    assert.ok(!(await scriptSrc(browser)).includes('evil.example'));
  });

  test('the redirect never leaves the site, whatever the path', async () => {
    const response = await new Browser(server.baseUrl).fetch('/.//evil.example/x?module-override=clear');
    assert.equal(response.status, 303);
    assert.match(response.headers.get('location') ?? '', /^\/(?!\/)/);
  });
});

describe('in production (the default)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('the parameter does nothing, and a cookie changes neither the registry nor the CSP', async () => {
    const browser = new Browser(server.baseUrl);
    const page = await browser.fetch(`/job-search?module-override=job-search=${encodeURIComponent(LOCAL)}`);
    assert.notEqual(page.status, 303);
    assert.equal(page.headers.get('set-cookie'), null);
    await page.body?.cancel();

    const forged = withCookie(server.baseUrl, `job-search=${encodeURIComponent(LOCAL)}`);
    assert.equal(manifestOf(await registry(forged), 'job-search')?.manifestUrl, '/modules/job-search/mf-manifest.json');
    assert.ok(!(await scriptSrc(forged, '/job-search')).includes('localhost:4301'));
    // The answer varies by cookie anyway (the session decides an area's rollout), but not by this one.
    const plain = await (await new Browser(server.baseUrl).fetch('/api/registry')).text();
    assert.equal(await (await forged.fetch('/api/registry')).text(), plain);
  });
});
