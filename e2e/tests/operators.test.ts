// The operators' page, as an operator uses it: signing in with the admin token by keyboard, an area
// switched to a 50 % rollout with `npm run registry`, and a failing release of a module whose error
// count climbs in its chart as citizens meet it; axe-clean at 1280 and 320 px, in fi, sv and en.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { registryCommand } from '../lib/operator.js';
import { usePortal } from '../lib/suite.js';

const ADMIN_TOKEN = 'e2e-operator-token-0123456789';
const suite = usePortal({ ADMIN_API_TOKENS: `ops-anna:${ADMIN_TOKEN}` });

/** The profile section's error line for its version in use: "Versio 1.0.0 (käytössä): N raporttia …". */
async function profileReports(page: Page): Promise<number> {
  const caption = await page.locator('#area-profile ~ ul.errors li').first().locator('.caption').textContent();
  const match = /: (\d+) raporttia/.exec(caption ?? '');
  assert.ok(match, caption ?? '(no caption)');
  return Number(match[1]);
}

describe('the operators’ page', () => {
  test('an operator signs in, sees an area switched to 50 %, and a failing release’s errors climb', async () => {
    const base = suite.portal.baseUrl;
    const context = await suite.browser.newContext();
    const page = await context.newPage();

    // Signing in by keyboard; a wrong token first, which says so next to the field.
    await page.goto(`${base}/operators`);
    await page.getByRole('heading', { level: 1, name: 'Ylläpitäjän kirjautuminen' }).waitFor();
    await assertAccessible(page, 'the operators’ sign-in');
    await page.getByLabel('Ylläpitäjän tunnus').fill('not-the-right-token');
    await page.keyboard.press('Enter');
    await page.locator('.field-error').getByText('Tunnus ei kelpaa').waitFor();
    await assertAccessible(page, 'the operators’ sign-in with an error');
    await page.getByLabel('Ylläpitäjän tunnus').fill(ADMIN_TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Siirtymä ja moduulien tila' }).waitFor();
    await page.getByText('Kirjautunut: ops-anna').waitFor();
    await assertAccessible(page, 'the operators’ page');

    // The offers area to half of the people, with the operator's command.
    const output = await registryCommand({ portalUrl: base, adminToken: ADMIN_TOKEN }, 'rollout', 'offers', '50%');
    assert.match(output, /offers: rollout by ops-anna/);
    await page.reload();
    const offers = page.locator('section.area', { has: page.locator('#area-offers') });
    await offers.getByText('50 % henkilöistä').waitFor();
    await offers.locator('ol.changes li').first().getByText('Käyttöönotto').waitFor();

    // A failing release of the profile module, as Tessa meets it: its mount throws.
    const before = await profileReports(page);
    const citizen = await context.browser()!.newContext();
    const tessa = await citizen.newPage();
    await tessa.route('**/modules/profile/*.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        body: (await response.text()).replaceAll('rootElement:"profile-app"', 'rootElement:"Profile App!"'),
      });
    });
    await signInAs(tessa, base, /Tessa Testilä/, '/profile');
    await tessa.locator('shell-module-error').waitFor({ timeout: 30_000 });
    // Reports go in the background: the page is read again until they are counted.
    let after = before;
    for (const deadline = Date.now() + 15_000; after <= before && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.reload();
      after = await profileReports(page);
    }
    assert.ok(after > before, `the profile version's reports went from ${before} to ${after}`);
    const flat = await page
      .locator('section.area', { has: page.locator('#area-profile') })
      .locator('svg.chart rect.bar[height="0"]')
      .count();
    assert.ok(flat < 24, 'the chart has a bar for the hour of the reports');
    // Tessa, signed in, is counted among the people now.
    await offers.locator('dd.split').waitFor();
    assert.match((await offers.locator('dd.split').textContent()) ?? '', /moduulissa \d, vanhoilla sivuilla \d/);
    await citizen.close();

    // At 320 px and in the other languages; the sign-out button is reachable by keyboard.
    await page.setViewportSize({ width: 320, height: 800 });
    assert.equal(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      true,
      'no sideways scroll at 320 px',
    );
    await assertAccessible(page, 'the operators’ page at 320 px');
    for (const [lang, heading] of [
      ['sv', 'Övergången och modulernas läge'],
      ['en', 'Migration and module health'],
    ] as const) {
      await page.getByRole('link', { name: lang === 'sv' ? 'På svenska' : 'In English' }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await assertAccessible(page, `the operators’ page in ${lang}`);
    }
    await page.getByRole('button', { name: 'Sign out' }).focus();
    assert.equal((await deepActiveElement(page))?.text, 'Sign out');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Operator sign-in' }).waitFor();
    await context.close();
  });
});
