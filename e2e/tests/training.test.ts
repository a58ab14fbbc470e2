// Labour market training (issue 17): Tessa was offered a training. From the offer (the offers
// module, rolled out to her) she goes straight to its application, checks the education and work the
// form took from her job-seeking data, acknowledges the commitment, checks her answers and sends;
// the office puts the application "in selection", she sees it so, and withdraws it by keyboard after
// reading what withdrawing means. Turva sees her selected application from her payment notice. Every
// page passes axe; the catalogue is used at 320 px and in Swedish and English.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { chooseLanguage, signInAs } from '../lib/measure.js';
import { registryCommand } from '../lib/operator.js';
import { usePortal } from '../lib/suite.js';

const ADMIN_TOKEN = 'e2e-training-admin-0123456789';
const OFFICE_TOKEN = 'e2e-training-office-0123456789';
const suite = usePortal({ ADMIN_API_TOKENS: `e2e-operator:${ADMIN_TOKEN}`, OFFICE_API_TOKENS: `e2e-office:${OFFICE_TOKEN}` });
const TESSA = /Tessa Testilä/;
const TESSA_TRAINING_OFFER = '6b1e0f0a-0000-4c51-9a55-0a1f6b3c3002';
const CUSTOMER_SERVICE = '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7002';
const LOGISTICS = '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7001';
const TURVA_NOTICE = '7a1e0f0a-0000-4c51-9a55-0a1f6b3c1008';

async function officeMoves(applicationId: string, state: string): Promise<void> {
  const response = await fetch(`${suite.portal.baseUrl}/office-api/training-applications/${applicationId}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${OFFICE_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state }),
  });
  assert.equal(response.status, 200, await response.text());
}

describe('labour market training', () => {
  test('Tessa applies from her training offer, sees it in selection, and withdraws it', async () => {
    const base = suite.portal.baseUrl;
    const rolled = await registryCommand({ portalUrl: base, adminToken: ADMIN_TOKEN }, 'rollout', 'offers', '010280-952L');
    assert.match(rolled, /after: {2}module for 010280-952L/);
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, base, TESSA, `/offers/${TESSA_TRAINING_OFFER}`);

    // The offer links straight to the application, a page of this portal.
    const offer = page.locator('offers-offer');
    await offer.getByRole('heading', { level: 1, name: 'Asiakaspalvelun ja myynnin ammattitutkinto' }).waitFor();
    await offer.getByRole('link', { name: /Hae koulutukseen/ }).click();
    await page.waitForURL(`${base}/training/${CUSTOMER_SERVICE}/apply`);
    const form = page.locator('training-apply');
    await form.getByRole('heading', { level: 1, name: 'Hae koulutukseen' }).waitFor();
    assert.match(await page.title(), /^Hae koulutukseen/);
    // Her education and work come from her job-seeking registration, to check.
    assert.match(await form.getByLabel('Aiempi koulutuksesi').inputValue(), /Merkonomi, Helsingin kauppaoppilaitos \(2000\)/);
    assert.match(await form.getByLabel(/Työhistoriasi/).inputValue(), /Asiakaspalvelupäällikkö, Asiakaspalvelu Kumpu Oy/);
    await form.getByText('Jättämällä koulutushakemuksen hakija sitoutuu aloittamaan koulutuksen').waitFor();
    await assertAccessible(page, 'the application form');

    // Without the commitment acknowledged nothing goes on; what was typed stays.
    await form.getByLabel('Miksi haet tähän koulutukseen?').fill('Haluan palata esihenkilötehtäviin asiakaspalvelussa.');
    await form.getByLabel('Milloin voit aloittaa?').fill('Heti');
    await form.getByRole('button', { name: 'Jatka' }).click();
    await form.locator('.error-summary').getByText('Lue sitoumus ja vahvista se').waitFor();
    await assertAccessible(page, 'the application form with its error');
    assert.equal(await form.getByLabel('Milloin voit aloittaa?').inputValue(), 'Heti');
    await form.getByLabel('Olen lukenut sitoumuksen ja sitoudun aloittamaan koulutuksen, jos tulen valituksi.').check();
    await form.getByRole('button', { name: 'Jatka' }).click();
    await form.getByRole('heading', { level: 1, name: 'Tarkista hakemuksesi' }).waitFor();
    await form.getByText('Luettu ja hyväksytty').waitFor();
    await assertAccessible(page, 'checking the application');
    await form.getByRole('button', { name: 'Lähetä hakemus' }).click();
    await form.getByRole('heading', { level: 1, name: 'Hakemus lähetetty' }).waitFor();
    await form.getByText(/Hakemuksen viite: TK-\d{4}-[A-Z2-9]{8}/).waitFor();
    await assertAccessible(page, 'the receipt');

    // Applying again is refused, with the way to the application.
    const again = await page.evaluate(async (trainingId) => {
      const response = await fetch('/api/training/applications', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ trainingId, motivation: 'x', education: 'x', availability: 'x', commitment: true }),
      });
      return { status: response.status, body: (await response.json()) as { error: { details: { message: string }[] } } };
    }, CUSTOMER_SERVICE);
    assert.equal(again.status, 409);
    assert.equal(again.body.error.details[0]?.message, 'application.exists');

    await form.getByRole('link', { name: 'Katso hakemuksesi' }).click();
    await page.waitForURL(/\/training\/applications\/[0-9a-f-]{36}$/);
    const applicationId = page.url().split('/').at(-1) ?? '';
    const view = page.locator('training-application');
    await view.locator('dd.state').getByText('Vastaanotettu').waitFor();

    // The office takes it into selection.
    await officeMoves(applicationId, 'in-review');
    await page.reload();
    await view.locator('dd.state').getByText('Valinnassa').waitFor();
    await view.locator('ol.steps li.current').getByText('Valinnassa').waitFor();
    await assertAccessible(page, 'the application in selection');

    // Withdrawing, by keyboard: what it means first, then the confirmation.
    await view.getByRole('button', { name: 'Peru hakemus' }).focus();
    await page.keyboard.press('Enter');
    await view.getByRole('heading', { name: 'Haluatko varmasti perua hakemuksen?' }).waitFor();
    assert.deepEqual(await deepActiveElement(page), { tag: 'h3', text: 'Haluatko varmasti perua hakemuksen?' });
    await view.getByText('Perumista ei voi jälkikäteen peruuttaa').waitFor();
    await assertAccessible(page, 'confirming the withdrawal');
    await page.keyboard.press('Tab');
    assert.equal((await deepActiveElement(page))?.text, 'Kyllä, peru hakemus');
    await page.keyboard.press('Enter');
    await view.getByText('Hakemuksesi on peruttu.').waitFor();
    await view.locator('dd.state').getByText('Peruttu').waitFor();
    await assertAccessible(page, 'the withdrawn application');

    // The front page lists it withdrawn; the catalogue works at 320 px, and in Swedish and English.
    await page.goto(`${base}/training`);
    const app = page.locator('training-app');
    await app.locator('ul.applications').getByText('Peruttu').waitFor();
    await page.setViewportSize({ width: 320, height: 800 });
    await app.getByLabel('Opetuskieli').selectOption('sv');
    await app.getByText('2 koulutusta', { exact: true }).waitFor();
    assert.equal(await app.locator('ul.trainings > li').count(), 2, 'the care assistant training in Vaasa and digital marketing, remote');
    assert.equal(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      true,
      'no sideways scroll at 320 px',
    );
    await assertAccessible(page, 'the training front page at 320 px');
    for (const [lang, heading] of [
      ['sv', 'Arbetskraftsutbildning'],
      ['en', 'Labour market training'],
    ] as const) {
      await chooseLanguage(page, lang);
      await app.getByRole('heading', { level: 1, name: heading }).waitFor();
      await app.locator('ul.trainings > li').first().waitFor();
      await assertAccessible(page, `the training front page in ${lang}`);
    }
    await context.close();
  });

  test('Turva’s payment notice links to the training she was selected for', async () => {
    const base = suite.portal.baseUrl;
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, base, /Turva Testinen/, `/unemployment-security/events/${TURVA_NOTICE}`);
    await page
      .locator('unemployment-security-event')
      .getByRole('link', { name: /Katso koulutus ja hakemuksesi/ })
      .click();
    await page.waitForURL(`${base}/training/${LOGISTICS}`);
    const detail = page.locator('training-detail');
    await detail.getByRole('heading', { level: 1, name: 'Logistiikan perusteet' }).waitFor();
    await detail.locator('.applied').getByText('Valittu').waitFor();
    await assertAccessible(page, 'the training Turva was selected for');
    await detail.getByRole('link', { name: 'Katso hakemuksesi' }).click();
    const view = page.locator('training-application');
    await view.getByText('Valinta on jo tehty, joten hakemusta ei voi perua tässä palvelussa.', { exact: false }).waitFor();
    assert.equal(await view.getByRole('button', { name: 'Peru hakemus' }).count(), 0);
    await assertAccessible(page, 'Turva’s selected application');
    // The closed training's apply page is no dead end.
    await page.goto(`${base}/training/${LOGISTICS}/apply`);
    await page.locator('training-apply').getByRole('heading', { level: 1, name: 'Olet jo hakenut tähän koulutukseen' }).waitFor();
    await assertAccessible(page, 'applying again to the training one is in');
    await context.close();
  });
});
