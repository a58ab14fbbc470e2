// The operators' page: its own sign-in (an admin token, never a citizen's session), the areas with
// what serves them and for whom (a 50 % rollout, and how the people signed in now split by it), the
// latest changes, each version's error reports per hour, and a rollback from the page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, TestClock, signIn, startTestServer, type TestServer } from '../../testing/harness.js';
import { uploadFakeVersion, writeFakeLocalBuild, writeFakeShell } from '../../testing/module-store-fixtures.js';
import { servesModule } from '../registry/service.js';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';

const TOKEN = 'test-admin-token';
const ADMIN = { authorization: `Bearer ${TOKEN}` };
const clock = new TestClock(new Date('2026-12-08T09:30:00Z'));

let root: string;
let server: TestServer;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'operators-page-'));
  writeFakeShell(root);
  writeFakeLocalBuild(root, 'profile');
  server = await startTestServer({ clock: clock.now, config: { staticRoot: root } });
});

after(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A browser on the page, which sends what a browser sends with a form: its origin. */
function form(body: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
    body: new URLSearchParams(body).toString(),
  };
}

async function signedInOperator(): Promise<Browser> {
  const operator = new Browser(server.baseUrl);
  const response = await operator.fetch('/operators/sign-in?lang=en', form({ token: TOKEN }));
  assert.equal(response.status, 303);
  assert.equal(response.headers.get('location'), '/operators?lang=en');
  return operator;
}

/** The page's text, tags gone and spaces folded: what a person reads. */
async function text(response: Response): Promise<string> {
  return (await response.text())
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One area's section of the page, as text. */
async function areaText(browser: Browser, area: string, lang = 'en'): Promise<string> {
  const page = await (await browser.fetch(`/operators?lang=${lang}`)).text();
  const section = new RegExp(`<section class="area" aria-labelledby="area-${area}">([\\s\\S]*?)</section>`).exec(page)?.[1] ?? '';
  return section
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('signing in to the operators’ page', () => {
  test('signed out, or with only a citizen’s session: the sign-in form, never the areas', async () => {
    const anonymous = await fetch(`${server.baseUrl}/operators?lang=en`);
    assert.equal(anonymous.status, 200);
    assert.equal(anonymous.headers.get('cache-control'), 'no-store');
    const page = await text(anonymous);
    assert.match(page, /Operator sign-in/);
    assert.doesNotMatch(page, /Who gets the module/);
    const citizen = new Browser(server.baseUrl);
    await signIn(citizen, 'tessa');
    assert.match(await text(await citizen.fetch('/operators?lang=en')), /Operator sign-in/);
  });

  test('a wrong or empty token: the form again with the error next to the field (401 / 400), no cookie', async () => {
    const browser = new Browser(server.baseUrl);
    const wrong = await browser.fetch('/operators/sign-in?lang=sv', form({ token: 'not-the-token-at-all' }));
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers.get('set-cookie'), null);
    const body = await wrong.text();
    assert.match(body, /<div class="notice error" role="alert">/);
    assert.match(body, /aria-invalid="true" aria-describedby="token-error"/);
    assert.match(body, /Koden gäller inte/);
    assert.doesNotMatch(body, /not-the-token-at-all/, 'a secret is never written back');
    assert.equal((await browser.fetch('/operators/sign-in', form({ token: ' ' }))).status, 400);
  });

  test('the token signs in with a cookie of its own (HttpOnly, Secure, Strict); sign-out ends it', async () => {
    const response = await new Browser(server.baseUrl).fetch('/operators/sign-in', form({ token: TOKEN }));
    assert.match(response.headers.get('set-cookie') ?? '', /^__Host-portal-operator=[\w-]{43}; .*HttpOnly; Secure; SameSite=Strict/);
    const operator = await signedInOperator();
    assert.match(await text(await operator.fetch('/operators?lang=en')), /Signed in: tester/);
    const out = await operator.fetch('/operators/sign-out?lang=en', form({}));
    assert.equal(out.status, 303);
    assert.match(await text(await operator.fetch('/operators?lang=en')), /Operator sign-in/);
  });

  test('another site cannot post to it', async () => {
    const response = await fetch(`${server.baseUrl}/operators/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: `token=${TOKEN}`,
    });
    assert.equal(response.status, 403);
  });
});

describe('the areas at a glance', () => {
  test('a 50 % rollout, and the people signed in now split by it as the registry serves them', async () => {
    const rollout = await fetch(`${server.baseUrl}/admin-api/registry/offers/rollout`, {
      method: 'PUT',
      headers: { ...ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ rollout: { mode: 'percentage', percentage: 50 } }),
    });
    assert.equal(rollout.status, 200);
    const names = ['tessa', 'sven', 'yrjo', 'ulla', 'turva'] as const;
    for (const name of names) await signIn(new Browser(server.baseUrl), name);
    const operator = await signedInOperator();
    const offers = await areaText(operator, 'offers');
    assert.match(offers, /Module, version 1\.0\.0 Legacy pages \(\/legacy\/offers\)/);
    assert.match(offers, /50 % of persons/);
    // Every citizen signed in to this server, each once (tessa twice counts once), by the registry's own rule.
    const onModule = names.filter((name) =>
      servesModule('offers', { mode: 'percentage', percentage: 50 }, { id: SEED_PERSON_IDS[name], hetu: null }),
    ).length;
    assert.ok(onModule > 0 && onModule < names.length, 'the seed persons fall on both sides of 50 %');
    assert.match(offers, new RegExp(`on the module ${onModule}, on the legacy pages ${names.length - onModule}`));
    assert.match(offers, /Rollout 50 % \(tester\)/, 'the change, by whom');
    assert.match(await areaText(operator, 'offers', 'fi'), /50 % henkilöistä/);
    // The table at the top: a row per area, linking to its section.
    const glance = await text(await operator.fetch('/operators?lang=en'));
    assert.match(glance, /At a glance Area Served by Who gets the module Error reports 24 h Front page Module 1\.0\.0 Everyone/);
    assert.match(glance, /Offers Module 1\.0\.0 \/ legacy pages 50 % of persons/);
    assert.match(glance, /Plan Legacy pages The area has no module yet/);
  });

  test('a version’s error reports go up hour by hour in its chart', async () => {
    const operator = await signedInOperator();
    assert.match(await areaText(operator, 'profile'), /Version 1\.0\.0 \(in use\): 0 reports in the last day, 0 in the last hour/);
    const citizen = new Browser(server.baseUrl);
    const report = () =>
      citizen.fetch('/api/client-errors', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ area: 'profile', version: '1.0.0', kind: 'mount', message: 'boom' }),
      });
    assert.equal((await report()).status, 204);
    clock.advance(3600);
    assert.equal((await report()).status, 204);
    assert.equal((await report()).status, 204);
    const profile = await areaText(operator, 'profile');
    assert.match(profile, /Version 1\.0\.0 \(in use\): 3 reports in the last day, 2 in the last hour/);
    const page = await (await operator.fetch('/operators?lang=en')).text();
    const bars = /<li data-version="1\.0\.0">([\s\S]*?)<\/li>/.exec(page.slice(page.indexOf('aria-labelledby="area-profile"')))?.[1] ?? '';
    const heights = [...bars.matchAll(/<rect class="bar" [^>]*height="(\d+)"/g)].map((match) => Number(match[1]));
    assert.equal(heights.length, 24);
    assert.deepEqual(heights.slice(-2), [15, 30], 'the last two hours: one report, then two (the tallest)');
    assert.ok(heights.slice(0, -2).every((height) => height === 0));
    clock.advance(25 * 3600);
    assert.match(await text(await operator.fetch('/operators?lang=en')), /Operator sign-in/, 'a day later the session has ended');
    assert.match(await areaText(await signedInOperator(), 'profile'), /0 reports in the last day/, 'older hours leave the chart');
  });

  test('a rollback from the page goes back one version, recorded with the operator; nothing to go back to is said', async () => {
    const operator = await signedInOperator();
    await uploadFakeVersion(server.baseUrl, TOKEN, 'profile', '1.5.0');
    const published = await fetch(`${server.baseUrl}/admin-api/modules/profile/versions`, {
      method: 'POST',
      headers: { ...ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ version: '1.5.0' }),
    });
    assert.equal(published.status, 201);
    const before = await areaText(operator, 'profile');
    assert.match(before, /Module, version 1\.5\.0/);
    assert.match(before, /Roll back to version 1\.0\.0/);
    const rolled = await operator.fetch('/operators/areas/profile/rollback?lang=en', form({}));
    assert.equal(rolled.status, 303);
    assert.equal(rolled.headers.get('location'), '/operators?lang=en&rolledBack=profile&to=1.0.0');
    assert.match(await text(await operator.fetch(rolled.headers.get('location') ?? '')), /profile: rolled back to version 1\.0\.0\./);
    assert.match(await areaText(operator, 'profile'), /Rollback 1\.5\.0 → 1\.0\.0 \(tester\)/);
    const none = await operator.fetch('/operators/areas/profile/rollback?lang=en', form({}));
    const refused = await text(await operator.fetch(none.headers.get('location') ?? ''));
    assert.match(refused, /profile: the rollback did not succeed\. Nothing to roll back to/);
    // Without an operator's session the button does nothing but ask to sign in.
    const citizen = new Browser(server.baseUrl);
    await signIn(citizen, 'tessa');
    const attempt = await citizen.fetch('/operators/areas/profile/rollback', form({}));
    assert.equal(attempt.status, 303);
    assert.match(await areaText(operator, 'profile'), /Module, version 1\.0\.0/);
  });
});
