// The language follows the person (issue 20): signed in, the pages are in the language the person
// chose for the portal, else in their service language, whatever the browser; signed out, `?lang=`,
// then this device's choice, then the browser's languages decide.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

const h1 = (page: Page) => page.locator('h1').first();

/** The language menu, named in the current language, and the language to choose in it. */
async function choose(page: Page, menu: string, language: 'suomi' | 'svenska' | 'English'): Promise<void> {
  await page.getByRole('button', { name: menu }).click();
  await page.getByRole('button', { name: language }).click();
}

describe('the language follows the person', () => {
  test('Sven signs in from a Finnish browser and sees Swedish with no click', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(suite.portal.baseUrl);
    await h1(page).filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor();
    await page.locator('shell-header').getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('button', { name: /Sven Testsson/ }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/`);
    await h1(page).filter({ hasText: 'Hej, Sven!' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.ok(await page.getByRole('button', { name: 'Språk: svenska' }).isVisible());
    assert.equal(await page.locator('shell-language-note p').count(), 0, 'no note: the pages are in his service language');
    await assertAccessible(page, 'Sven’s front page in Swedish');
    await context.close();
  });

  test('Ulla sees English, her service language', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Ulla Ulkomaa/, '/');
    await h1(page).filter({ hasText: 'Hello, Ulla!' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await context.close();
  });

  test('the journeys written in Finnish about Sven choose Finnish first (signInAs with a language)', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, '/profile', 'fi');
    await h1(page).filter({ hasText: 'Omat tiedot' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fi');
    await page.locator('shell-language-note p').filter({ hasText: 'Asiointikielesi on ruotsi.' }).waitFor();
    await context.close();
  });

  test('a signed-out visit with ?lang=sv is in Swedish, without the parameter in the address, and stays so', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.portal.baseUrl}/?lang=sv`);
    await h1(page).filter({ hasText: 'E-tjänst för arbetssökande' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(new URL(page.url()).search, '', 'the parameter is taken out of the address');
    await page.reload();
    await h1(page).filter({ hasText: 'E-tjänst för arbetssökande' }).waitFor();
    // The identification goes on in the same language.
    await page.locator('shell-header').getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(/\/idp\/authorize/);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    await context.close();
  });

  test('an English browser gets English when nothing else says', async () => {
    const context = await suite.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(suite.portal.baseUrl);
    await h1(page).filter({ hasText: 'E-services for job seekers' }).waitFor();
    await context.close();
  });

  test('a choice made signed in comes back at the next sign-in in a fresh browser, with a note on the service language', async () => {
    const first = await suite.browser.newContext();
    const page = await first.newPage();
    await signInAs(page, suite.portal.baseUrl, /Ulla Ulkomaa/, '/');
    await h1(page).filter({ hasText: 'Hello, Ulla!' }).waitFor();
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/session/language') && response.request().method() === 'PUT',
    );
    await choose(page, 'Language: English', 'suomi');
    await h1(page).filter({ hasText: 'Hei, Ulla!' }).waitFor();
    assert.equal((await saved).status(), 200);
    // Her service language is still English: the note says so and where to change it.
    const note = page.locator('shell-language-note p');
    await note.filter({ hasText: 'Asiointikielesi on englanti.' }).waitFor();
    assert.equal(await note.getByRole('link', { name: 'ilmoita asiointikielen muutos' }).getAttribute('href'), '/profile/change');
    await assertAccessible(page, 'the front page with the service language note');
    await first.close();

    const second = await suite.browser.newContext({ locale: 'en-GB' });
    const again = await second.newPage();
    await signInAs(again, suite.portal.baseUrl, /Ulla Ulkomaa/, '/');
    await h1(again).filter({ hasText: 'Hei, Ulla!' }).waitFor();
    assert.equal(await again.getAttribute('html', 'lang'), 'fi');
    // A legacy page opened on its own (no ?lang=) follows her choice too.
    await again.goto(`${suite.portal.baseUrl}/legacy/offers`);
    assert.equal(await again.getAttribute('html', 'lang'), 'fi');
    await second.close();
  });
});
