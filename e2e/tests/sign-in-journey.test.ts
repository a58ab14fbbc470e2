import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

const h1 = (page: Page) => page.locator('h1').first();

describe('a job seeker signs in and sees their details', () => {
  test('the whole journey, in a real browser, on the real backend', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });

    // 1. The signed-out front page, in Finnish.
    await page.goto(suite.portal.baseUrl);
    await assert.doesNotReject(h1(page).filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor());
    assert.equal(await page.getAttribute('html', 'lang'), 'fi');
    assert.match(await page.title(), /Työnhakijan asiointipalvelu – Oma asiointi/);
    assert.equal(await page.locator('.skip-link').getAttribute('href'), '#main');
    assert.deepEqual(await page.locator('shell-footer a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), [
      '/terms',
      '/privacy',
      '/accessibility',
    ]);
    await assertAccessible(page, 'the signed-out front page');

    // The skip link is the first thing the keyboard reaches, and it moves focus to the main content.
    await page.keyboard.press('Tab');
    assert.equal((await deepActiveElement(page))?.text, 'Siirry pääsisältöön');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

    // 2. Language switch without a reload: every visible string follows.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole('button', { name: 'Kieli: suomi' }).click();
    await page.getByRole('button', { name: 'svenska' }).click();
    await h1(page).filter({ hasText: 'E-tjänst för arbetssökande' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(await page.locator('.skip-link').textContent(), 'Gå till huvudinnehållet');
    assert.match(await page.title(), /– Mina ärenden$/);
    assert.ok(await page.getByRole('link', { name: 'Användarvillkor' }).isVisible());
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 42, 'the page reloaded');
    await assertAccessible(page, 'the front page in Swedish');
    await page.getByRole('button', { name: 'Språk: svenska' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await h1(page).filter({ hasText: 'E-services for job seekers' }).waitFor();
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('button', { name: 'suomi' }).click();
    await h1(page).filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor();

    // 3. Sign in through the mock Suomi.fi test identification.
    await page.locator('shell-header').getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.waitForURL(/\/idp\/authorize/);
    const idpText = (await page.textContent('body')) ?? '';
    for (const [name, hetu] of <const>[
      ['Tessa Testilä', '010280-952L'],
      ['Sven Testsson', '010469-999W'],
      ['Turva Testinen', '260991-999R'],
    ]) {
      assert.ok(idpText.includes(name) && idpText.includes(hetu), `the test page lists ${name} ${hetu}`);
    }
    await assertAccessible(page, 'the test identification page');
    scripts.length = 0; // from here on, one page load: the signed-in portal
    await page.getByRole('button', { name: /Tessa Testilä/ }).click();

    // 4. Signed in: the header shows the person, the overview greets them and gathers current items.
    await page.waitForURL(`${suite.portal.baseUrl}/`);
    await page.locator('shell-header').getByText('Tessa Testilä').waitFor();
    await h1(page).filter({ hasText: 'Hei, Tessa!' }).waitFor();
    await page.locator('overview-item').first().waitFor();
    assert.match(await page.title(), /^Etusivu – Oma asiointi$/);
    await assertAccessible(page, 'the signed-in front page');

    // Open "Omat tiedot" from the navigation: the profile module, loaded at run time.
    await page.locator('shell-header nav').getByRole('link', { name: 'Omat tiedot' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/profile`);
    await h1(page).filter({ hasText: 'Omat tiedot' }).waitFor();
    await page.locator('profile-app').getByText('010280-952L').waitFor();
    assert.equal(await page.title(), 'Omat tiedot – Oma asiointi');
    const focused = await deepActiveElement(page);
    assert.deepEqual(focused, { tag: 'h1', text: 'Omat tiedot' }, 'focus moves to the new main heading');
    assert.equal(
      await page.locator('shell-header nav a[aria-current="page"]').textContent(),
      'Omat tiedot',
      'the navigation marks the current page',
    );
    await assertAccessible(page, 'the profile page');
    assert.ok(
      scripts.some((path) => /^\/modules\/profile\/remoteEntry\.[0-9a-f]{8}\.js$/.test(path)),
      'profile loaded from its remote',
    );
    assert.ok(
      scripts.some((path) => /^\/modules\/overview\/remoteEntry\.[0-9a-f]{8}\.js$/.test(path)),
      'overview loaded from its remote',
    );
    assert.equal(
      scripts.filter((path) => path.startsWith('/main.')).length,
      1,
      'the shell entry with the federation runtime loads once, however many modules',
    );

    // A reload keeps the person signed in and on the same page.
    await page.reload();
    await page.locator('profile-app').getByText('010280-952L').waitFor();
    assert.equal(new URL(page.url()).pathname, '/profile');
    await page.locator('shell-header').getByText('Tessa Testilä').waitFor();

    // The language switch reaches the module too.
    await page.getByRole('button', { name: 'Kieli: suomi' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await h1(page).filter({ hasText: 'My details' }).waitFor();
    assert.equal(await page.title(), 'My details – My e-services');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('button', { name: 'suomi' }).click();

    // An unknown route gets a proper not-found page.
    await page.goto(`${suite.portal.baseUrl}/ei-tallaista-sivua`);
    await h1(page).filter({ hasText: 'Sivua ei löytynyt' }).waitFor();
    assert.match(await page.title(), /^Sivua ei löytynyt/);
    await assertAccessible(page, 'the not-found page');

    // Sign out: the server session ends and the front page says so.
    await page.locator('shell-header').getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await h1(page).filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor();
    await page.getByText('Olet kirjautunut ulos').waitFor();
    const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
    assert.deepEqual(session, { authenticated: false });
    await page.goto(`${suite.portal.baseUrl}/profile`);
    await h1(page).filter({ hasText: 'Kirjaudu sisään' }).waitFor();

    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    await context.close();
  });

  test('cancelling the identification returns to the portal with a plain message', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.portal.baseUrl}/profile`);
    await h1(page).filter({ hasText: 'Kirjaudu sisään' }).waitFor();
    await page.locator('shell-page').getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.waitForURL(/\/idp\/authorize/);
    await page.getByRole('button', { name: /Peruuta/ }).click();
    await page.getByText('Tunnistautuminen peruttiin').waitFor();
    assert.equal(new URL(page.url()).search, '', 'the one-shot notice parameter is removed from the address');
    await assertAccessible(page, 'the front page after cancel');
    await context.close();
  });

  test('usable at 320 px: no sideways scrolling, navigation behind a menu button', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${suite.portal.baseUrl}/`);
    await h1(page).filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the front page scrolls sideways by ${overflow}px`);
    await page.locator('shell-header').getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('button', { name: /Sven Testsson/ }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/`);
    // Signed in, the pages follow the person: Sven's service language is Swedish.
    await h1(page).filter({ hasText: 'Hej, Sven!' }).waitFor();
    const menu = page.locator('shell-header .menu-toggle');
    assert.ok(await menu.isVisible(), 'the menu button is shown on a phone');
    await menu.click();
    await page.locator('shell-header nav').getByRole('link', { name: 'Mina uppgifter' }).click();
    await page.locator('profile-app dl').first().waitFor();
    const profileOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(profileOverflow <= 0, `the profile page scrolls sideways by ${profileOverflow}px`);
    await assertAccessible(page, 'the profile page at 320 px');
    await context.close();
  });
});
