// Job seeking (seed lines 3, 4 and 6) end to end, on the real backend: registering, the
// service-need assessment as a task with a deadline, reporting a change with a notice to the benefit
// payer, ending job seeking, and the certificate.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const KELA_TOKEN = 'e2e-kela-token-0123456789';
const FUND_TOKEN = 'e2e-ytk-token-0123456789';
const suite = usePortal({ PAYER_API_TOKENS: `kela:${KELA_TOKEN},ytk:${FUND_TOKEN}` });

async function heading(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('h1').filter({ hasText: text }).waitFor();
}

async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow} px at 320 px`);
}

interface PayerNotices {
  items: { event: string; henkilotunnus: string | null; details: Record<string, unknown> }[];
}

async function payerNotices(token: string): Promise<PayerNotices> {
  const response = await fetch(`${suite.portal.baseUrl}/payer-api/notices`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200);
  return (await response.json()) as PayerNotices;
}

describe('job seeking', () => {
  test('registering: errors kept beside the fields, a check step, one registration however many clicks, then the task on the front page and in the navigation', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    // Ulla has never registered.
    await signInAs(page, suite.portal.baseUrl, /Ulla Ulkomaa/, '/job-search');
    const app = page.locator('job-search-app');
    await app.getByText('Et ole ilmoittautunut työnhakijaksi.').waitFor();
    assert.equal(await page.locator('shell-header nav .mark').count(), 0, 'nothing waiting before registering');
    await assertAccessible(page, 'the job-search page of a person never registered');

    await app.getByRole('link', { name: 'Ilmoittaudu työnhakijaksi' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/job-search/register`);
    await heading(page, 'Ilmoittaudu työnhakijaksi');
    assert.equal((await deepActiveElement(page))?.tag, 'h1');
    const form = page.locator('job-search-registration-form');
    await form.getByText(/Työnhakusi alkaa tänään/).waitFor();
    // Pre-filled from her basic data.
    assert.equal(await form.getByLabel('Puhelinnumero').inputValue(), '+46 70 123 45 67');
    await assertAccessible(page, 'the registration form');

    await form.getByLabel('Puhelinnumero').fill('12');
    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    assert.equal((await deepActiveElement(page))?.tag, 'div', 'focus on the error summary');
    const summaryText = (await summary.textContent()) ?? '';
    assert.match(summaryText, /Anna puhelinnumero numeroina/);
    assert.match(summaryText, /Valitse, mikä kuvaa tilannettasi/);
    assert.equal(await form.getByLabel('Puhelinnumero').inputValue(), '12', 'what was typed is kept');
    await assertAccessible(page, 'the registration form with errors');

    await form.getByLabel('Työtön', { exact: true }).check();
    await form.getByLabel('Puhelinnumero').fill('+46 70 123 45 67');
    await form.getByLabel('Ammatti tai tehtävä 1').fill('Ohjelmistokehittäjä');
    await form.getByLabel('Helsinki').check();
    await form.getByLabel('Kokoaikatyötä').check();
    await form.getByLabel('Haen työttömyysetuutta').check();
    await form.getByLabel('Kuka maksaa etuuden?').selectOption({ label: 'Kela' });
    await form.getByLabel('Mitä tavoittelet työnhaullasi?').fill('Työ ohjelmistoalalta pääkaupunkiseudulla.');
    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await heading(page, 'Tarkista tiedot ennen lähettämistä');
    assert.match((await form.locator('dl').first().textContent()) ?? '', /Ohjelmistokehittäjä/);
    await assertAccessible(page, 'the registration check step');

    await form.getByRole('button', { name: 'Lähetä ilmoittautuminen' }).dblclick();
    await heading(page, 'Olet ilmoittautunut työnhakijaksi');
    await form.getByText(/Tieto työnhakusi alkamisesta lähetettiin etuuden maksajalle \(Kela\)/).waitFor();
    await assertAccessible(page, 'the registration receipt');

    // The assessment is now a task: in the navigation on every page, and on the front page.
    await page.locator('shell-header nav a[href="/job-search"] .mark').waitFor();
    await page.goto(`${suite.portal.baseUrl}/`);
    await page.locator('overview-item').filter({ hasText: 'Vastaa palvelutarvekysymyksiin' }).getByText(/14 päivää jäljellä/).waitFor();
    const kela = await payerNotices(KELA_TOKEN);
    assert.deepEqual(
      kela.items.filter((notice) => notice.henkilotunnus === '040265-9985').map((notice) => notice.event),
      ['registration'],
      'one registration, one notice, however many clicks',
    );
    await context.close();
  });

  test('the certificate of valid job seeking prints cleanly, and a person without job seeking is told why there is none', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, '/job-search');
    const app = page.locator('job-search-app');
    await app.getByRole('link', { name: 'Tulosta todistus työnhaun voimassaolosta' }).click();
    await heading(page, 'Todistus työnhaun voimassaolosta');
    const certificate = page.locator('job-search-certificate');
    await certificate.getByText('010469-999W').waitFor();
    await assertAccessible(page, 'the certificate');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('shell-header').isVisible(), false);
    assert.equal(await certificate.getByRole('button', { name: 'Tulosta todistus' }).isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
    await context.close();

    const other = await suite.browser.newContext();
    const yrjo = await other.newPage();
    await signInAs(yrjo, suite.portal.baseUrl, /Yrjö Yrittäjä/, '/job-search/certificate');
    await yrjo.locator('job-search-certificate').getByText('Sinulla ei ole voimassa olevaa työnhakua, joten todistusta ei voi tehdä.').waitFor();
    await assertAccessible(yrjo, 'the certificate without job seeking');
    await other.close();
  });

  test('the job-search pages fit a 320 px screen', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/job-search');
    await page.locator('job-search-app').getByText('Vastaa palvelutarvekysymyksiin').first().waitFor();
    await noSidewaysScroll(page, 'the job-search page');
    await page.goto(`${suite.portal.baseUrl}/job-search/certificate`);
    await page.locator('job-search-certificate').getByText('010280-952L').waitFor();
    await noSidewaysScroll(page, 'the certificate');
    await context.close();
  });
});
