import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegistrySchema, validate, type Registry } from '@portal/shared-contracts';
import { REPO_ROOT } from '../../platform/config.js';
import { Browser, startTestServer, type TestServer } from '../../testing/harness.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('the registry fits its schema, in navigation order, with the modules’ versions', async () => {
  const response = await new Browser(server.baseUrl).fetch('/api/registry');
  assert.equal(response.status, 200);
  // Per person (an area's rollout), so private; asked again on every load, so a switch is seen at once.
  assert.equal(response.headers.get('cache-control'), 'private, no-cache');
  const body: unknown = await response.json();
  const parsed = validate(RegistrySchema, body);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  const registry = body as Registry;
  assert.deepEqual(
    registry.areas.map((a) => [a.area, a.route, a.navOrder]),
    [
      ['overview', '/', 0],
      ['profile', '/profile', 1],
      ['job-search', '/job-search', 2],
      ['unemployment-security', '/unemployment-security', 3],
      ['plan', '/plan', 4],
      ['offers', '/offers', 5],
      ['career-radar', '/career-radar', 6],
      ['training', '/training', 7],
      ['startup-grant', '/startup-grant', 8],
    ],
  );
  const profile = registry.areas[1];
  assert.deepEqual(profile?.names, { fi: 'Omat tiedot', sv: 'Mina uppgifter', en: 'My details' });
  assert.equal(profile?.currentItemsUrl, '/api/profile/current-items');
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'modules', 'profile', 'package.json'), 'utf8')) as { version: string }).version;
  assert.deepEqual(profile?.implementation, {
    kind: 'federated',
    remoteName: 'portal_profile',
    version,
    manifestUrl: '/modules/profile/mf-manifest.json',
    exposes: './app',
  });
  assert.equal(registry.areas[0]?.currentItemsUrl, null);
  const jobSearch = registry.areas[2];
  assert.deepEqual(jobSearch?.names, { fi: 'Työnhaku', sv: 'Arbetssökande', en: 'Job seeking' });
  assert.equal(jobSearch?.requiresAuth, true);
  assert.equal(jobSearch?.currentItemsUrl, '/api/job-search/current-items');
  assert.deepEqual(jobSearch?.implementation, {
    kind: 'federated',
    remoteName: 'portal_job_search',
    version: (JSON.parse(readFileSync(join(REPO_ROOT, 'modules', 'job-search', 'package.json'), 'utf8')) as { version: string }).version,
    manifestUrl: '/modules/job-search/mf-manifest.json',
    exposes: './app',
  });
});

test('an area with only legacy pages is in the registry like any other, served by them', async () => {
  const registry = (await (await new Browser(server.baseUrl).fetch('/api/registry')).json()) as Registry;
  const plan = registry.areas.find((area) => area.area === 'plan');
  assert.deepEqual(plan, {
    area: 'plan',
    route: '/plan',
    names: { fi: 'Suunnitelma', sv: 'Plan', en: 'Plan' },
    navOrder: 4,
    requiresAuth: true,
    implementation: { kind: 'legacy', url: '/legacy/plan' },
    currentItemsUrl: '/api/plan/current-items',
  });
});

test('the registry has an ETag and a conditional GET answers 304', async () => {
  const browser = new Browser(server.baseUrl);
  const first = await browser.fetch('/api/registry');
  const etag = first.headers.get('etag');
  assert.ok(etag);
  // fetch() adds "Cache-Control: no-cache" to a request with If-None-Match (which forbids a 304) unless
  // the request has its own; a browser revalidating its cached copy sends max-age=0 or nothing.
  const again = await browser.fetch('/api/registry', { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  const other = await browser.fetch('/api/registry', { headers: { 'if-none-match': '"something-else"', 'cache-control': 'max-age=0' } });
  assert.equal(other.status, 200);
});
