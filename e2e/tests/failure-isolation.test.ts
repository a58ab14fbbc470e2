import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Route } from 'playwright-core';
import type { ClientErrorCountsResponse, ClientErrorKind, Registry } from '@portal/shared-contracts';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
const suite = usePortal({ ADMIN_API_TOKENS: `e2e:${ADMIN_TOKEN}` });

/** The profile module's version as the registry names it: what its errors are counted against. */
async function profileVersion(): Promise<string> {
  const registry = (await (await fetch(`${suite.portal.baseUrl}/api/registry`)).json()) as Registry;
  const implementation = registry.areas.find((entry) => entry.area === 'profile')?.implementation;
  assert.equal(implementation?.kind, 'federated');
  return implementation.version;
}

type Counts = Partial<Record<ClientErrorKind, number>>;

/** The operators' view of the profile version's error counts, by kind. */
async function profileErrorCounts(): Promise<Counts> {
  const version = await profileVersion();
  const response = await fetch(`${suite.portal.baseUrl}/admin-api/client-errors?area=profile`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  assert.equal(response.status, 200);
  const { items } = (await response.json()) as ClientErrorCountsResponse;
  const counts: Counts = {};
  for (const kind of items.find((item) => item.version === version)?.kinds ?? []) counts[kind.kind] = kind.count;
  return counts;
}

/** Reports are sent in the background (keepalive): the counts are awaited, not read once. */
async function expectCounts(expected: Counts): Promise<void> {
  const deadline = Date.now() + 10_000;
  let counts = await profileErrorCounts();
  while (JSON.stringify(counts) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((wait) => setTimeout(wait, 200));
    counts = await profileErrorCounts();
  }
  assert.deepEqual(counts, expected, 'error counts of the profile version');
  // And no more arrive: nothing else was counted against the version (the shell's own errors included).
  await new Promise((wait) => setTimeout(wait, 1000));
  assert.deepEqual(await profileErrorCounts(), expected, 'error counts of the profile version, a second later');
}

/** Serves the profile module's scripts with one text replaced, as a broken release would have it. */
async function editProfileScripts(page: Page, from: string, to: string): Promise<void> {
  await page.route('**/modules/profile/*.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replaceAll(from, to) });
  });
}

/**
 * Times, in the page itself, from the click on a link to the profile area's notice in its container,
 * so the test's own polling and round trips to the browser are not counted; read by `noticeSeconds`.
 */
async function timeTheNotice(page: Page): Promise<void> {
  await page.evaluate(() => {
    const times = window as unknown as { clickedAt?: number; noticeAt?: number };
    document.addEventListener('click', () => (times.clickedAt ??= performance.now()), { capture: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#area-profile shell-module-error')) return;
      times.noticeAt = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** Seconds from the click to the notice, as timed by `timeTheNotice`. */
async function noticeSeconds(page: Page): Promise<number> {
  const { clickedAt, noticeAt } = await page.evaluate(() => {
    const times = window as unknown as { clickedAt?: number; noticeAt?: number };
    return { clickedAt: times.clickedAt, noticeAt: times.noticeAt };
  });
  assert.ok(clickedAt !== undefined && noticeAt !== undefined, 'the click and the notice were both seen');
  return (noticeAt - clickedAt) / 1000;
}

describe('one broken module never breaks the portal', () => {
  test('missing module files: a notice in the area, the rest works, and retry recovers', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    // The profile module's files are gone (a deployment that went wrong).
    await page.route('**/modules/profile/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.locator('shell-header nav').getByRole('link', { name: 'Omat tiedot' }).click();
    const notice = page.locator('shell-module-error');
    await notice.getByRole('heading', { name: 'Omat tiedot ei ole juuri nyt käytettävissä' }).waitFor({ timeout: 30_000 });
    assert.match(await page.title(), /^Omat tiedot ei ole juuri nyt käytettävissä/);
    await assertAccessible(page, 'the area failure notice');

    // Header, session and the other areas keep working.
    assert.ok(await page.locator('shell-header').getByText('Tessa Testilä').isVisible());
    await page.locator('shell-header nav').getByRole('link', { name: 'Etusivu' }).click();
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();

    // The files are back: retry loads the module.
    await page.unroute('**/modules/profile/**');
    await page.locator('shell-header nav').getByRole('link', { name: 'Omat tiedot' }).click();
    await notice.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await page.locator('profile-app').getByText('010280-952L').waitFor({ timeout: 30_000 });
    // Counted once against the version (three attempts are one failure), and the operators see it.
    await expectCounts({ load: 1 });
    await context.close();
  });

  test('a module server that never answers: its notice within 6 s while the attempts go on, and the notice stays when they all fail', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    const manifestRequests: number[] = [];
    await page.route('**/modules/profile/**', (route) => {
      // Never answered: a hanging server. Each attempt asks for the manifest afresh.
      if (route.request().url().includes('mf-manifest.json')) manifestRequests.push(Date.now());
    });
    await timeTheNotice(page);
    const started = Date.now();
    await page.locator('shell-header nav').getByRole('link', { name: 'Omat tiedot' }).click();
    // While it waits, the area says it is loading instead of staying blank.
    await page.locator('#area-profile .area-loading').filter({ hasText: 'Ladataan' }).waitFor({ timeout: 5_000 });
    const notice = page.locator('shell-module-error');
    await notice.getByRole('heading', { name: 'Omat tiedot latautuu hitaasti' }).waitFor({ timeout: 15_000 });
    const noticeShown = Date.now();
    // 6 s from the area's loading start, and a margin for the routing before it and the drawing after.
    const seconds = await noticeSeconds(page);
    assert.ok(seconds < 6.5, `the notice came ${seconds.toFixed(2)} s after the click`);
    assert.ok(await notice.getByRole('status').getByText('Yritämme edelleen').isVisible(), 'it says, politely, that loading goes on');
    assert.ok(await notice.getByRole('button', { name: 'Yritä uudelleen' }).isVisible());
    assert.match(await page.title(), /^Omat tiedot latautuu hitaasti/);
    await assertAccessible(page, 'the notice of an area still loading');

    // A retry while the attempts go on joins them: "loading" again, but no second load of the module.
    const requestsAtRetry = manifestRequests.length;
    await notice.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await page.locator('#area-profile .area-loading').filter({ hasText: 'Ladataan' }).waitFor({ timeout: 5_000 });
    assert.equal(manifestRequests.length, requestsAtRetry, 'the retry started no attempt of its own');

    // The attempts go on behind it; when the last one gives up, the notice says so.
    await notice.getByRole('heading', { name: 'Omat tiedot ei ole juuri nyt käytettävissä' }).waitFor({ timeout: 30_000 });
    const gaveUp = (Date.now() - started) / 1000;
    assert.ok(gaveUp < 25, `gave up after ${gaveUp.toFixed(1)} s`);
    assert.equal(manifestRequests.length, 3, 'three attempts in all, each asking for the manifest, the retry’s included');
    assert.ok(manifestRequests[2]! > noticeShown, 'the last attempt started after the notice was shown');
    assert.ok(await notice.getByRole('alert').getByText('ei latautunut').isVisible());
    assert.match(await page.title(), /^Omat tiedot ei ole juuri nyt käytettävissä/);
    await page.locator('shell-header nav').getByRole('link', { name: 'Etusivu' }).click();
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    await expectCounts({ load: 2 });
    await context.close();
  });

  test('a module server that hangs, then answers: the notice, then the module in its place without a page load', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    // Held while the server hangs, answered (all of them, the given-up attempt's too) when it recovers.
    const held: Route[] = [];
    let hanging = true;
    await page.route('**/modules/profile/**', (route) => {
      if (hanging) held.push(route);
      else void route.continue();
    });
    let loads = 0;
    page.on('load', () => loads++);
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await timeTheNotice(page);
    await page.locator('shell-header nav').getByRole('link', { name: 'Omat tiedot' }).click();
    const notice = page.locator('shell-module-error');
    await notice.getByRole('heading', { name: 'Omat tiedot latautuu hitaasti' }).waitFor({ timeout: 15_000 });
    const seconds = await noticeSeconds(page);
    assert.ok(seconds < 6.5, `the notice came ${seconds.toFixed(2)} s after the click`);
    // After the navigation the notice's heading has focus, as a page's would.
    assert.deepEqual(await deepActiveElement(page), { tag: 'h1', text: 'Omat tiedot latautuu hitaasti' });

    hanging = false;
    for (const route of held.splice(0)) await route.continue();
    await page.locator('profile-app').getByText('010280-952L').waitFor({ timeout: 20_000 });
    assert.equal(await notice.count(), 0, 'the module took the notice’s place');
    assert.equal(await page.evaluate(() => 'samePage' in window), true, 'without a page load');
    assert.equal(loads, 0, 'without a page load');
    // Focus and title follow the module's page, as after any navigation.
    await page.waitForFunction(() => document.title.startsWith('Omat tiedot –'));
    const focused = await deepActiveElement(page);
    assert.equal(focused?.tag, 'h1', `focus is on the module's heading, not ${JSON.stringify(focused)}`);
    assert.ok(await page.locator('#area-profile').getByRole('heading', { level: 1, name: 'Omat tiedot' }).isVisible());
    await assertAccessible(page, 'the module that replaced its notice');
    // A load that succeeded late is no failure: nothing more counted against the version.
    await expectCounts({ load: 2 });
    await context.close();
  });

  test('a module whose mount throws: the notice in its area, the rest works, and the version’s count goes up', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    // A release whose root element name is broken: document.createElement throws inside mount.
    await editProfileScripts(page, 'rootElement:"profile-app"', 'rootElement:"Profile App!"');
    await page.locator('shell-header nav').getByRole('link', { name: 'Omat tiedot' }).click();
    await page
      .locator('shell-module-error')
      .getByRole('heading', { name: 'Omat tiedot ei ole juuri nyt käytettävissä' })
      .waitFor({ timeout: 30_000 });
    assert.ok(await page.locator('shell-header').getByText('Tessa Testilä').isVisible());
    await page.locator('shell-header nav').getByRole('link', { name: 'Etusivu' }).click();
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    await expectCounts({ load: 2, mount: 1 });
    await context.close();
  });

  test('a module that throws later is counted as its runtime error; errors that are not its own are not', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    // A release that fails after it has mounted: an uncaught error in a timer and a rejected promise.
    await page.route('**/modules/profile/__federation_expose_app.*.js', async (route) => {
      const response = await route.fetch();
      const late =
        'setTimeout(function(){throw new Error("late failure")},300);setTimeout(function(){Promise.reject(new Error("late rejection"))},300);';
      await route.fulfill({ response, body: (await response.text()).replace('"use strict";', `"use strict";${late}`) });
    });
    await page.locator('shell-header nav').getByRole('link', { name: 'Omat tiedot' }).click();
    await page.locator('profile-app').getByText('010280-952L').waitFor({ timeout: 30_000 });
    // The shell's own (or anyone's) error with no module file in it is nobody's module's.
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('not a module');
      }, 0);
    });
    await expectCounts({ load: 2, mount: 1, runtime: 2 });
    assert.ok(await page.locator('profile-app').getByText('010280-952L').isVisible(), 'the page keeps working');
    await context.close();
  });

  test('a module built for another lit: one plain warning in the console, a count, and a page that keeps working', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().startsWith('Module profile')) warnings.push(message.text());
    });
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    // The remote entry is where the runtime reads the range a module was built with.
    await editProfileScripts(page, 'requiredVersion:"^3.3.0"', 'requiredVersion:"^9.0.0"');
    await page.locator('shell-header nav').getByRole('link', { name: 'Omat tiedot' }).click();
    await page.locator('profile-app').getByText('010280-952L').waitFor({ timeout: 30_000 });
    const version = await profileVersion();
    assert.deepEqual(warnings, [
      `Module profile ${version} asked for lit ^9.0.0; the page shares lit 3.3.3. It may misbehave; the portal keeps running.`,
    ]);
    await expectCounts({ load: 2, mount: 1, runtime: 2, 'shared-mismatch': 1 });
    await context.close();
  });
});
