// Terms of use in versions (issue 21): the provider adds a version that takes effect in a month; it
// is read from the footer's terms page (the version in effect, with links to the upcoming one), it
// is announced to the people who use the service, signed in, and a person dismisses the notice, which
// records their acknowledgement: it does not come back after a reload, nor in a new browser signed
// in as the same person, while another person still sees it in their own language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addDays, helsinkiToday } from '@portal/shared-contracts';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { pageWeight, scriptsLoadedBy, signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const ADMIN_TOKEN = 'e2e-admin-token-terms-0123456';
const suite = usePortal({ ADMIN_API_TOKENS: `e2e:${ADMIN_TOKEN}` });

const EFFECTIVE = addDays(helsinkiToday(), 30);
const [year, month, day] = EFFECTIVE.split('-').map(Number) as [number, number, number];
/** The provider's name for it, and how the pages write its day in Finnish and Swedish. */
const VERSION = `${day}.${month}.${year}`;
const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(`${EFFECTIVE}T12:00:00Z`),
);

const text = (heading: string, paragraph: string) => ({
  sections: [
    { heading, paragraphs: [paragraph] },
    { heading: 'Tietosuoja / Dataskydd / Data protection', links: [{ href: '/privacy', text: 'Privacy', newWindow: true }] },
  ],
});

async function addVersion(): Promise<void> {
  const response = await fetch(`${suite.portal.baseUrl}/admin-api/terms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      version: VERSION,
      effectiveFrom: EFFECTIVE,
      summary: {
        fi: 'Liitteet säilytetään yhtä kauan kuin asia, johon ne liittyvät.',
        sv: 'Bilagorna bevaras lika länge som det ärende de hör till.',
        en: 'Attachments are kept as long as the matter they belong to.',
      },
      text: {
        fi: text('Liitteet', 'Lähetetyt liitteet säilytetään yhtä kauan kuin asia, johon ne liittyvät.'),
        sv: text('Bilagor', 'Skickade bilagor bevaras lika länge som det ärende de hör till.'),
        en: text('Attachments', 'Attachments that have been sent are kept as long as the matter they belong to.'),
      },
    }),
  });
  assert.equal(response.status, 201, await response.text());
}

const notice = (page: Page) => page.locator('shell-terms-notice');

/** Loads a page signed in and waits until the shell has asked whether the terms were acknowledged. */
async function gotoSignedIn(page: Page, path: string): Promise<void> {
  const asked = page.waitForResponse((response) => response.url().endsWith('/api/terms/acknowledgements'));
  await page.goto(`${suite.portal.baseUrl}${path}`);
  assert.equal((await asked).status(), 200);
}

describe('terms of use', () => {
  test('a new version is announced, read from the footer, acknowledged once per person on every device', async () => {
    await addVersion();

    // Signed out, the front page stays as it is: no announcement, and none of the notice's code
    // (its 32 KB of JavaScript has no room for it); the terms page lists the upcoming version.
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts = await scriptsLoadedBy(page, suite.portal.baseUrl, async () => {
      await page.goto(suite.portal.baseUrl);
      await page.locator('h1').filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor();
      await page.waitForLoadState('networkidle');
    });
    assert.equal(await notice(page).count(), 0, 'no announcement signed out');
    assert.equal(await page.evaluate(() => customElements.get('shell-terms-notice')), undefined, 'no notice code fetched');
    assert.ok(pageWeight(scripts).totalBrotli <= 32_000, `${pageWeight(scripts).totalBrotli} B of JavaScript`);

    // From the footer: the terms in effect, and the versions with their days.
    await page.locator('shell-footer').getByRole('link', { name: 'Käyttöehdot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Käyttöehdot' }).waitFor();
    await page.getByText('Voimassa 15.3.2023 alkaen.').waitFor();
    const versions = page.getByRole('navigation', { name: 'Käyttöehtojen versiot' });
    await versions.getByText(`tulevat voimaan ${VERSION}`).waitFor();
    await assertAccessible(page, 'the terms in effect with the list of versions');
    await versions.getByRole('link', { name: `Käyttöehdot ${VERSION}` }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/terms?version=${encodeURIComponent(VERSION)}`);
    await page.getByText(`Nämä käyttöehdot tulevat voimaan ${VERSION}.`).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Liitteet' }).waitFor();
    await assertAccessible(page, 'the upcoming terms');
    await context.close();

    // Tessa signs in: the notice is at the top of her front page; she dismisses it.
    const tessaContext = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tessa = await tessaContext.newPage();
    await signInAs(tessa, suite.portal.baseUrl, /Tessa Testilä/);
    const button = notice(tessa).getByRole('button', { name: 'Selvä, olen lukenut tiedotteen' });
    await button.waitFor();
    await notice(tessa).getByRole('link', { name: 'Lue uudet käyttöehdot' }).waitFor();
    await assertAccessible(tessa, 'the signed-in front page with the notice');
    const recorded = tessa.waitForResponse((r) => r.url().endsWith('/api/terms/acknowledgements') && r.request().method() === 'POST');
    await button.press('Enter');
    assert.equal((await recorded).status(), 201);
    await notice(tessa).waitFor({ state: 'detached' });
    assert.equal((await deepActiveElement(tessa))?.tag, 'main', 'the focus moves to the main region');
    await assertAccessible(tessa, 'the front page after the notice');

    // A reload: not again.
    await gotoSignedIn(tessa, '/profile');
    await tessa.locator('profile-app').getByText('010280-952L').waitFor();
    assert.equal(await notice(tessa).count(), 0, 'not after a reload');
    await tessaContext.close();

    // Another browser, Tessa again: not there either (the record is hers, not the device's).
    const otherDevice = await suite.browser.newContext({ viewport: { width: 320, height: 700 } });
    const again = await otherDevice.newPage();
    await signInAs(again, suite.portal.baseUrl, /Tessa Testilä/, '/profile');
    await gotoSignedIn(again, '/');
    await again.waitForLoadState('networkidle');
    assert.equal(await notice(again).count(), 0, 'not in a new browser context signed in as Tessa');
    await otherDevice.close();

    // Sven, in Swedish at 320 px, and Ulla, in English: each still has it, in their language.
    const svenContext = await suite.browser.newContext({ viewport: { width: 320, height: 700 } });
    const sven = await svenContext.newPage();
    await signInAs(sven, suite.portal.baseUrl, /Sven Testsson/, '/', 'sv');
    await notice(sven).getByText(`Användarvillkoren ändras ${VERSION}`).waitFor();
    await notice(sven).getByRole('button', { name: 'Okej, jag har läst meddelandet' }).waitFor();
    const overflow = await sven.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no sideways scrolling at 320 px');
    await assertAccessible(sven, 'the notice in Swedish, 320 px');
    await svenContext.close();

    const ullaContext = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const ulla = await ullaContext.newPage();
    await signInAs(ulla, suite.portal.baseUrl, /Ulla Ulkomaa/, '/', 'en');
    await notice(ulla).getByText(`The terms of use change on ${EN_DATE}`).waitFor();
    await notice(ulla).getByRole('link', { name: 'Read the new terms of use' }).click();
    await ulla.getByText(`These terms of use take effect on ${EN_DATE}.`).waitFor();
    await ulla.getByRole('heading', { level: 2, name: 'Attachments' }).waitFor();
    await assertAccessible(ulla, 'the upcoming terms in English');
    await ullaContext.close();
  });
});
