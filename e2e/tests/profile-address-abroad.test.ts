// Issue 20, "a citizen's experience": Ulla Ulkomaa, who uses the portal in English and lives in
// Stockholm, moves to Oslo and reports her new address: a Norwegian postal code of four digits and
// a country, which the form once refused ("five-digit postcode required, no country").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

describe('reporting an address abroad', () => {
  test('Ulla reports her address in Oslo in English: check page, receipt and her details show it with the country', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Ulla Ulkomaa/, '/profile', 'en');
    const details = page.locator('profile-app');
    await details.getByText('Sweden').waitFor();
    await details.getByRole('link', { name: 'Report a change to your basic data' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/profile/change`);
    await page.locator('h1').filter({ hasText: 'Report a change to your basic data' }).waitFor();

    const form = page.locator('profile-change-form');
    const where = form.getByRole('group', { name: 'Where is your address?' });
    assert.ok(await where.getByRole('radio', { name: 'Address abroad' }).isChecked(), 'her address is abroad already');
    await form.getByLabel('Street address').fill('Storgata 1');
    await form.getByLabel('Postal code (optional)').fill('0155');
    await form.getByLabel('City or town').fill('Oslo');
    // Forgot the country for a moment: it says so, next to the field and in the summary.
    await form.getByLabel('Country').selectOption('');
    await form.getByRole('button', { name: 'Continue to check' }).click();
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    assert.match((await summary.textContent()) ?? '', /Choose a country\./);
    assert.equal(await form.getByLabel('City or town').inputValue(), 'Oslo', 'what was typed is kept');
    await assertAccessible(page, 'the change form with an address abroad and an error');

    await form.getByLabel('Country').selectOption({ label: 'Norway' });
    await form.getByRole('button', { name: 'Continue to check' }).click();
    await page.locator('h1').filter({ hasText: 'Check your report before sending it' }).waitFor();
    assert.match((await form.locator('dl').textContent()) ?? '', /Storgata 1, 0155 Oslo, Norway/);
    await assertAccessible(page, 'the check step with an address abroad');

    await form.getByRole('button', { name: 'Send the report' }).click();
    await page.locator('h1').filter({ hasText: 'Your change report has been received' }).waitFor();
    assert.match((await form.locator('dl').textContent()) ?? '', /Storgata 1, 0155 Oslo, Norway/);
    await assertAccessible(page, 'the receipt of an address abroad');

    await form.getByRole('link', { name: 'Back to my details' }).click();
    await details.getByText('Norway').waitFor();
    const address = await details
      .locator('dt', { hasText: /^Address$/ })
      .locator('xpath=following-sibling::dd[1]')
      .innerText();
    assert.deepEqual(
      address.split('\n').map((line) => line.trim()),
      ['Storgata 1', '0155 Oslo', 'Norway'],
    );
    await assertAccessible(page, 'her details with the new address');

    // The server has it, with its country.
    const profile = await page.evaluate(() => fetch('/api/profile').then((response) => response.json()));
    assert.deepEqual(profile.address, { street: 'Storgata 1', postalCode: '0155', postOffice: 'Oslo', country: 'NO' });
    await context.close();
  });
});
