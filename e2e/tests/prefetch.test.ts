// Prefetch (issue 22): pointing at a link to an area fetches the area's module before the click, and
// the click takes that load over instead of starting another; pointing at an area the person cannot
// open now (signed out, one that needs sign-in) fetches nothing. On the signed-in front page, once
// idle, the modules of the areas with tasks waiting are fetched without any pointing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Request } from 'playwright-core';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

/** Every request for the area's module files, as they happen. */
function moduleRequests(page: Page, area: string): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(`/modules/${area}/`)) seen.push(path);
  });
  return seen;
}

const nav = (page: Page) => page.locator('shell-header').getByRole('navigation');

describe('prefetch on intent', () => {
  test('pointing at an area’s link fetches its module; the click uses that load', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/profile');
    await page.locator('profile-app').getByText('010280-952L').waitFor();
    const requests = moduleRequests(page, 'job-search');

    await nav(page)
      .getByRole('link', { name: /^Työnhaku/ })
      .hover();
    await page.waitForResponse(
      (response) => new URL(response.url()).pathname.startsWith('/modules/job-search/') && /\.js$/.test(response.url()),
    );
    await page.waitForLoadState('networkidle');
    const beforeClick = [...requests];
    assert.ok(
      beforeClick.some((path) => path.endsWith('mf-manifest.json')),
      `the manifest before the click: ${beforeClick.join(', ')}`,
    );

    await nav(page)
      .getByRole('link', { name: /^Työnhaku/ })
      .click();
    await page.locator('job-search-app h1').waitFor();
    const manifests = requests.filter((path) => path.endsWith('mf-manifest.json'));
    assert.equal(manifests.length, 1, `the manifest once: ${requests.join(', ')}`);
    assert.deepEqual(
      requests.filter((path) => !beforeClick.includes(path) && path.endsWith('.js')),
      [],
      'no script of the module fetched after the click',
    );
    await assertAccessible(page, 'job search after a prefetched switch');
    await context.close();
  });

  test('signed out, pointing at an area that needs sign-in fetches nothing', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${suite.portal.baseUrl}/`);
    await page.locator('h1').filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor();
    const requests = moduleRequests(page, 'profile');
    await nav(page).getByRole('link', { name: 'Omat tiedot' }).hover();
    await nav(page).getByRole('link', { name: 'Omat tiedot' }).focus();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requests, []);
    await context.close();
  });

  test('the signed-in front page, once idle, fetches the modules of the areas with tasks waiting', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Tessa's answer to a request for clarification is due (unemployment security), and her
    // service-need assessment is unfinished (job seeking): both ask her to act.
    const security = moduleRequests(page, 'unemployment-security');
    const jobSearch = moduleRequests(page, 'job-search');
    const profile = moduleRequests(page, 'profile');
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    await page.locator('overview-app').getByRole('heading', { level: 1 }).waitFor();
    // Recorded from the page's start: the prefetch may come before the heading is seen.
    for (let waited = 0; !security.some((path) => path.includes('/remoteEntry')); waited += 100) {
      assert.ok(waited < 15_000, `unemployment security fetched ahead within 15 s: ${security.join(', ')}`);
      await page.waitForTimeout(100);
    }
    await page.waitForLoadState('networkidle');
    assert.ok(
      jobSearch.some((path) => path.endsWith('.js')),
      `job seeking fetched ahead too: ${jobSearch.join(', ')}`,
    );
    assert.deepEqual(profile, [], 'no tasks wait in My details: not fetched');

    const beforeClick = [...security];
    await nav(page)
      .getByRole('link', { name: /^Työttömyysturva/ })
      .click();
    await page.locator('unemployment-security-app h1').waitFor();
    assert.deepEqual(
      security.filter((path) => !beforeClick.includes(path) && path.endsWith('.js')),
      [],
      'no script of the module fetched after the click',
    );
    await assertAccessible(page, 'unemployment security after an idle prefetch');
    await context.close();
  });
});
