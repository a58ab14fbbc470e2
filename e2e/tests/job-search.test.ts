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
    await signInAs(page, suite.portal.baseUrl, /Ulla Ulkomaa/, '/job-search', 'fi');
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
    await form.getByRole('combobox', { name: 'Kunnat' }).fill('hels');
    await form.getByRole('option', { name: 'Helsinki' }).click();
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
    await page
      .locator('overview-item')
      .filter({ hasText: 'Vastaa palvelutarvekysymyksiin' })
      .getByText(/14 päivää jäljellä/)
      .waitFor();
    const kela = await payerNotices(KELA_TOKEN);
    assert.deepEqual(
      kela.items.filter((notice) => notice.henkilotunnus === '040265-9985').map((notice) => notice.event),
      ['registration'],
      'one registration, one notice, however many clicks',
    );
    await context.close();
  });

  test('the service-need assessment: answered by keyboard and mouse, checked, sent once; the task leaves the navigation and the front page', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    const task = page.locator('overview-item').filter({ hasText: 'Vastaa palvelutarvekysymyksiin' });
    await task.getByText(/2 päivää jäljellä/).waitFor();
    await page.locator('shell-header nav a[href="/job-search"] .mark').waitFor();
    await task.getByRole('link', { name: 'Vastaa palvelutarvekysymyksiin' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/job-search/assessment`);
    const form = page.locator('job-search-assessment-form');
    await heading(page, /Vastaa palvelutarve/);
    assert.equal((await deepActiveElement(page))?.tag, 'h1');
    await assertAccessible(page, 'the assessment');

    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await form.locator('.error-summary').waitFor();
    assert.match((await form.locator('.error-summary').textContent()) ?? '', /Vastaa kysymykseen "Mikä kuvaa tilannettasi parhaiten\?"/);
    await assertAccessible(page, 'the assessment with errors');

    // The first question by keyboard: focus its first option, choose it with Space.
    await form.getByLabel('Olen ollut työttömänä alle 3 kuukautta').focus();
    await page.keyboard.press('Space');
    assert.ok(await form.getByLabel('Olen ollut työttömänä alle 3 kuukautta').isChecked());
    await form.getByLabel('Ansioluettelo ja työhakemus').check();
    await form.getByLabel('Vain osa-aikatyötä').check();
    await form.getByLabel('Jonkin verran').check();
    await form.getByLabel('Koulutusta uudelle alalle').check();
    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await heading(page, 'Tarkista vastauksesi ennen lähettämistä');
    await form.getByText('Ansioluettelo ja työhakemus').waitFor();
    await form.getByRole('button', { name: 'Lähetä vastaukset' }).dblclick();
    await heading(page, 'Vastauksesi on lähetetty');
    await assertAccessible(page, 'the assessment receipt');

    // Done: no mark in the navigation, no task on the front page.
    // Job seeking's mark goes; her request for clarification keeps its own on Työttömyysturva.
    await page.waitForFunction(() => !document.querySelector('shell-header')?.shadowRoot?.querySelector('nav a[href="/job-search"] .mark'));
    await page.goto(`${suite.portal.baseUrl}/`);
    await page.locator('overview-item').filter({ hasText: 'Työnhakusi on voimassa' }).waitFor();
    assert.equal(await page.locator('overview-item').filter({ hasText: 'palvelutarvekysymyksiin' }).count(), 0);
    await context.close();
  });

  test('a change report survives a reload as a draft, tells the payer and the person of their own duty, and ending job seeking does too', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    // Sven is laid off and receives benefit from Kela.
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, '/job-search/change', 'fi');
    const svens = async (token: string) => (await payerNotices(token)).items.filter((notice) => notice.henkilotunnus === '010469-999W');
    // The seed data has his earlier notices; what this journey sends comes after them.
    const before = (await svens(KELA_TOKEN)).length;
    const form = page.locator('job-search-change-form');
    await heading(page, 'Ilmoita muutoksesta työnhakuun');
    await assertAccessible(page, 'the change report');
    await form.getByLabel('Ulkomaanmatka').check();
    await form.getByLabel('Maa', { exact: true }).selectOption({ label: 'Ruotsi' });
    await form.getByLabel('Lisätietoja').fill('Käyn sukulaisten luona.');
    // Let the draft save, then reload: what was typed comes back.
    await page.waitForResponse(
      (response) => response.url().endsWith('/api/drafts/job-search.change') && response.request().method() === 'PUT',
    );
    await page.reload();
    await heading(page, 'Ilmoita muutoksesta työnhakuun');
    await form
      .getByText(/palautimme|Palautimme/)
      .first()
      .waitFor();
    assert.equal(await form.getByLabel('Lisätietoja').inputValue(), 'Käyn sukulaisten luona.');
    assert.ok(await form.getByLabel('Ulkomaanmatka').isChecked());

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
    const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Lähtöpäivä').fill(inDays(7));
    await form.getByLabel('Paluupäivä').fill(inDays(3));
    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await form.locator('.error-summary').getByText('Paluupäivä ei voi olla ennen lähtöpäivää.').waitFor();
    await form.getByLabel('Paluupäivä').fill(inDays(14));
    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await heading(page, 'Tarkista ilmoitus ennen lähettämistä');
    await form.getByText(/Tämä ei korvaa omaa ilmoitusvelvollisuuttasi/).waitFor();
    await assertAccessible(page, 'the change report check step');
    await form.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await heading(page, 'Muutosilmoitus on lähetetty');
    await form.getByText(/Tieto muutoksesta lähetettiin etuuden maksajalle \(Kela\)/).waitFor();
    await assertAccessible(page, 'the change report receipt');

    // The payer's side: Kela sees the trip (without the free text); the fund sees nothing of Sven.
    const kela = (await svens(KELA_TOKEN)).slice(before);
    assert.deepEqual(
      kela.map((notice) => notice.event),
      ['travel'],
    );
    assert.equal(kela[0]?.details['country'], 'SE');
    assert.ok(!JSON.stringify(kela).includes('sukulaisten'), "the person's own words stay with the office");
    assert.equal((await svens(FUND_TOKEN)).length, 0);

    // Ending job seeking.
    await page.goto(`${suite.portal.baseUrl}/job-search/end`);
    const end = page.locator('job-search-end-form');
    await heading(page, 'Lopeta työnhaku');
    await end.getByLabel('Työllistyin').check();
    await end.getByLabel('Työnhakusi viimeinen päivä').fill(inDays(20));
    await end.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await heading(page, 'Tarkista ennen kuin lopetat työnhaun');
    await end.getByText(/Tieto lopettamisesta lähetetään etuuden maksajalle: Kela/).waitFor();
    await assertAccessible(page, 'the end check step');
    await end.getByRole('button', { name: 'Lopeta työnhaku' }).click();
    await heading(page, 'Olet ilmoittanut työnhakusi päättymisestä');
    assert.deepEqual(
      (await svens(KELA_TOKEN)).slice(before).map((notice) => notice.event),
      ['travel', 'end'],
    );

    // The front page of the area tells the last day; own data shows it too, also in print.
    await page.goto(`${suite.portal.baseUrl}/job-search`);
    await page
      .locator('job-search-app')
      .getByText(/päättyy/)
      .waitFor();
    await page.goto(`${suite.portal.baseUrl}/profile`);
    const profile = page.locator('profile-app');
    await profile.getByRole('heading', { name: 'Työnhaku', exact: true }).waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.ok(await profile.getByRole('heading', { name: 'Työnhaku', exact: true }).isVisible(), 'job seeking is in the print view');
    assert.equal(await page.locator('shell-header').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });

  test('the certificate of valid job seeking prints cleanly, and a person without job seeking is told why there is none', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, '/job-search', 'fi');
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
    await yrjo
      .locator('job-search-certificate')
      .getByText('Sinulla ei ole voimassa olevaa työnhakua, joten todistusta ei voi tehdä.')
      .waitFor();
    await assertAccessible(yrjo, 'the certificate without job seeking');
    await other.close();
  });

  test('a form page whose code cannot be downloaded says so in the area, with a retry that works', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Turva Testinen/, '/job-search');
    const app = page.locator('job-search-app');
    await app.getByRole('link', { name: 'Ilmoita muutoksesta' }).waitFor();
    // The network drops for the module's files after the front page has loaded.
    const drop = (route: { abort(): Promise<void> }) => route.abort();
    await page.route('**/modules/job-search/*.js', drop);
    await app.getByRole('link', { name: 'Ilmoita muutoksesta' }).click();
    await app
      .getByRole('alert')
      .getByText(/Sivua ei juuri nyt saatu avattua/)
      .waitFor();
    assert.ok(await page.locator('shell-header').getByRole('link', { name: 'Omat tiedot' }).isVisible(), 'the rest of the portal works');
    await assertAccessible(page, 'a page that could not be downloaded');
    await page.unroute('**/modules/job-search/*.js', drop);
    await app.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await heading(page, 'Ilmoita muutoksesta työnhakuun');
    await context.close();
  });

  test('the job-search pages fit a 320 px screen', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/job-search');
    await page.locator('job-search-app').getByText('Helsingin kaupungin työllisyyspalvelut').waitFor();
    await noSidewaysScroll(page, 'the job-search page');
    await page.goto(`${suite.portal.baseUrl}/job-search/certificate`);
    await page.locator('job-search-certificate').getByText('010280-952L').waitFor();
    await noSidewaysScroll(page, 'the certificate');
    await context.close();
  });
});
