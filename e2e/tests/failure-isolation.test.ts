import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

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
    await context.close();
  });

  test('a module server that never answers is given up on in seconds, with the notice', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    await page.route('**/modules/profile/**', () => {
      // Never answered: a hanging server.
    });
    const started = Date.now();
    await page.locator('shell-header nav').getByRole('link', { name: 'Omat tiedot' }).click();
    // While it waits, the area says it is loading instead of staying blank.
    await page.locator('#area-profile .area-loading').filter({ hasText: 'Ladataan' }).waitFor({ timeout: 5_000 });
    await page.locator('shell-module-error').getByRole('heading').waitFor({ timeout: 40_000 });
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 25, `gave up after ${seconds.toFixed(1)} s`);
    await page.locator('shell-header nav').getByRole('link', { name: 'Etusivu' }).click();
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    await context.close();
  });
});
