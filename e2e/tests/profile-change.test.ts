import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

describe('reporting a change of basic data', () => {
  test('errors next to the fields and in a summary, a check step, a receipt, and the new data shown', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, '/profile', 'fi');
    await page.locator('profile-app').getByRole('link', { name: 'Ilmoita perustietojen muutoksesta' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/profile/change`);
    await page.locator('h1').filter({ hasText: 'Ilmoita perustietojen muutoksesta' }).waitFor();
    assert.equal((await deepActiveElement(page))?.tag, 'h1');
    assert.match(await page.title(), /^Ilmoita perustietojen muutoksesta – /);
    await assertAccessible(page, 'the change form');

    const form = page.locator('profile-change-form');
    await form.getByLabel('Postinumero').fill('021');
    await form.getByLabel('Puhelinnumero').fill('040 765 4321');
    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    assert.equal((await deepActiveElement(page))?.tag, 'div', 'focus on the error summary');
    assert.match((await summary.textContent()) ?? '', /viisi numeroa/);
    assert.equal(await form.getByLabel('Postinumero').inputValue(), '021', 'what was typed is kept');
    await assertAccessible(page, 'the change form with errors');

    await form.getByLabel('Postinumero').fill('02100');
    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await page.locator('h1').filter({ hasText: 'Tarkista ilmoitus' }).waitFor();
    assert.match((await form.locator('dl').textContent()) ?? '', /040 765 4321/);
    await assertAccessible(page, 'the check step');
    await form.getByRole('button', { name: 'Lähetä ilmoitus' }).dblclick();
    await page.locator('h1').filter({ hasText: 'Muutosilmoitus on vastaanotettu' }).waitFor();
    assert.match((await form.locator('.panel').textContent()) ?? '', /Vastaanotettu/);
    await assertAccessible(page, 'the receipt');

    await form.getByRole('link', { name: 'Takaisin omiin tietoihin' }).click();
    await page.locator('profile-app').getByText('040 765 4321').waitFor();
    const history = page.locator('profile-app ul.history li');
    await history.first().waitFor();
    assert.equal(await history.count(), 1, 'one report, however many clicks');
    assert.match((await history.first().textContent()) ?? '', /puhelinnumero[\s\S]*Voimassa/);

    // Own data as a machine-readable file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('profile-app')
        .getByRole('link', { name: /Lataa tiedot/ })
        .click(),
    ]);
    assert.match(download.suggestedFilename(), /^omat-tiedot-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8'));
    assert.equal(file.person.henkilotunnus, '010469-999W');
    assert.equal(file.changeReports.length, 1);

    // The print view: no navigation, no buttons, the date of printing.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('shell-header').isVisible(), false);
    assert.equal(await page.locator('profile-app').getByRole('button', { name: 'Tulosta tiedot' }).isVisible(), false);
    assert.ok(await page.locator('profile-app .print-only').isVisible());
    await page.emulateMedia({ media: 'screen' });
    // A double click sent one report: the profile's current item no longer asks for a phone number.
    await page.goto(`${suite.portal.baseUrl}/`);
    await page.locator('h1').filter({ hasText: 'Hei, Sven!' }).waitFor();
    assert.equal(await page.locator('overview-item').filter({ hasText: 'Lisää puhelinnumero' }).count(), 0);
    await context.close();
  });
});
