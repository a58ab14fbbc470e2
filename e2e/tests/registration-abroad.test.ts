// Issue 20, "a citizen's experience": registering with complete reference data. Ulla, who lives in
// Sweden and has never registered, looks for work abroad (Sweden, found in the searchable country
// picker by keyboard) and names an unemployment fund the list does not have ("other", typed). She
// sees both on the check step and the receipt; the fund gets no payer notice (there is nobody to read
// it), and the receipt tells her to inform it herself. Each step passes axe; at 320 px nothing
// scrolls sideways.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const KELA_TOKEN = 'e2e-kela-token-0123456789';
const suite = usePortal({ PAYER_API_TOKENS: `kela:${KELA_TOKEN}` });

async function heading(page: Page, text: string): Promise<void> {
  await page.locator('h1').filter({ hasText: text }).waitFor();
}

describe('registering with complete reference data', () => {
  test('a person registers looking for work abroad with an unemployment fund not in the list', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Ulla Ulkomaa/, '/job-search/register', 'fi');
    await heading(page, 'Ilmoittaudu työnhakijaksi');
    const form = page.locator('job-search-registration-form');
    await form.getByText(/Työnhakusi alkaa tänään/).waitFor();

    // Every municipality is there to search, not nine: Pori (609) by the start of its name.
    const municipalities = form.getByRole('combobox', { name: 'Kunnat' });
    await municipalities.fill('por');
    const found = (await form.getByRole('option').allTextContents()).map((name) => name.trim());
    assert.deepEqual(found, ['Pori', 'Pornainen', 'Porvoo']);
    await municipalities.press('Escape');

    await form.getByLabel('Työtön', { exact: true }).check();
    await form.getByLabel('Ammatti tai tehtävä 1').fill('Vientipäällikkö');
    await form.getByLabel('Ulkomaat', { exact: true }).check();
    // The country by keyboard: type, arrow down to the match, Enter.
    const countries = form.getByRole('combobox', { name: 'Maat' });
    await countries.fill('ruo');
    await form.getByRole('status').filter({ hasText: '1 tulos' }).waitFor();
    await assertAccessible(page, 'the registration form with the country list open');
    await countries.press('ArrowDown');
    await countries.press('Enter');
    await form.getByRole('button', { name: 'Poista Ruotsi' }).waitFor();
    await form.getByLabel('Kokoaikatyötä').check();
    await form.getByLabel('Saan työttömyysetuutta').check();
    await form.getByLabel('Kuka maksaa etuuden?').selectOption({ label: 'Muu työttömyyskassa' });
    await form.getByLabel('Työttömyyskassan nimi').fill('Nordiska arbetslöshetskassan');
    await assertAccessible(page, 'the registration form with a fund not in the list');

    // At 320 px (WCAG 1.4.10), with the chips and an open list, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 720 });
    await countries.fill('nor');
    await form.getByRole('option', { name: 'Norja' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the form scrolls sideways by ${overflow} px at 320 px`);
    await countries.press('Escape');
    await countries.press('Escape');
    await page.setViewportSize({ width: 1280, height: 900 });

    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await heading(page, 'Tarkista tiedot ennen lähettämistä');
    const check = (await form.locator('dl').first().textContent()) ?? '';
    assert.match(check, /Ulkomaat: Ruotsi/);
    assert.match(check, /Saan työttömyysetuutta: Nordiska arbetslöshetskassan/);
    await assertAccessible(page, 'the check step');

    await form.getByRole('button', { name: 'Lähetä ilmoittautuminen' }).click();
    await heading(page, 'Olet ilmoittautunut työnhakijaksi');
    await form.getByText('Haet työtä: Ulkomaat: Ruotsi.').waitFor();
    await form.getByText(/Työttömyyskassa Nordiska arbetslöshetskassan ei ole palvelun tiedoissa/).waitFor();
    await assertAccessible(page, 'the receipt');

    // Stored as sent, and no payer heard of it: the fund is not one the service can notify.
    const stored = await page.evaluate(async () => (await fetch('/api/job-search')).json());
    assert.deepEqual(stored.registration.soughtWork.abroad, { anyCountry: false, countries: ['SE'] });
    assert.deepEqual(stored.registration.benefit, { status: 'receiving', payerId: 'other', otherFundName: 'Nordiska arbetslöshetskassan' });
    const response = await fetch(`${suite.portal.baseUrl}/payer-api/notices`, { headers: { authorization: `Bearer ${KELA_TOKEN}` } });
    const notices = (await response.json()) as { items: { henkilotunnus: string | null }[] };
    assert.ok(!notices.items.some((notice) => notice.henkilotunnus === '040265-9985'));
    await context.close();
  });
});
