import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageWeight, scriptsLoadedBy, signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

// Budgets on the built bytes (brotli, quality 11) of the JavaScript each page really loads.
const KB = 1000;
const SIGNED_OUT_FRONT_PAGE_BUDGET = 60 * KB;
const SIGNED_IN_PROFILE_BUDGET = 90 * KB;

const suite = usePortal();

test(`the signed-out front page loads at most ${SIGNED_OUT_FRONT_PAGE_BUDGET / KB} KB of JavaScript`, async () => {
  const page = await suite.browser.newPage();
  const paths = await scriptsLoadedBy(page, suite.portal.baseUrl, async () => {
    await page.goto(suite.portal.baseUrl);
    await page.locator('h1').filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor();
    await page.waitForLoadState('networkidle');
  });
  const weight = pageWeight(paths);
  assert.ok(weight.totalBrotli > 10 * KB, 'the measurement saw the page scripts');
  assert.ok(
    weight.totalBrotli <= SIGNED_OUT_FRONT_PAGE_BUDGET,
    `signed-out front page: ${(weight.totalBrotli / KB).toFixed(1)} KB > budget (${paths.join(', ')})`,
  );
  assert.equal(weight.runtimeCoreCopies, 1, 'one Module Federation runtime on the page');
  await page.close();
});

test(`the signed-in profile page loads at most ${SIGNED_IN_PROFILE_BUDGET / KB} KB, with one federation runtime`, async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/profile');
  const paths = await scriptsLoadedBy(page, suite.portal.baseUrl, async () => {
    // A fresh load of the page, as when the person opens a bookmark.
    await page.goto(`${suite.portal.baseUrl}/profile`);
    await page.locator('profile-app').getByText('010280-952L').waitFor();
    await page.waitForLoadState('networkidle');
  });
  const weight = pageWeight(paths);
  assert.ok(paths.some((p) => p.startsWith('/modules/profile/')), 'the profile module was loaded');
  assert.ok(
    weight.totalBrotli <= SIGNED_IN_PROFILE_BUDGET,
    `signed-in profile page: ${(weight.totalBrotli / KB).toFixed(1)} KB > budget (${paths.join(', ')})`,
  );
  assert.equal(weight.runtimeCoreCopies, 1, 'the federation runtime is downloaded once per page, not once per module');
  await context.close();
});
