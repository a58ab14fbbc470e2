// Accessibility feedback (issue 21, Act 306/2019): from any page, the footer's accessibility
// statement has a form; a person (here signed out, on a phone) reports what they could not use, is
// told what is missing first, gets a reference and the day the answer is due, and the provider reads
// the feedback with the page it came from through the admin API.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccessibilityFeedbackListResponse } from '@portal/shared-contracts/accessibility-feedback';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { usePortal } from '../lib/suite.js';

const ADMIN_TOKEN = 'e2e-admin-token-feedback-0123';
const suite = usePortal({ ADMIN_API_TOKENS: `e2e:${ADMIN_TOKEN}` });

describe('accessibility feedback', () => {
  test('signed out at 320 px: from the career radar to the statement, a first try without text, then sent and read by the provider', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${suite.portal.baseUrl}/career-radar`);
    await page.locator('career-radar-app').getByRole('heading', { level: 1 }).waitFor();
    await page.locator('shell-footer').getByRole('link', { name: 'Saavutettavuusseloste' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' }).waitFor();

    const form = page.locator('shell-feedback-form');
    await form.getByRole('heading', { name: 'Lähetä palautetta saavutettavuudesta' }).waitFor();
    assert.equal(await form.getByLabel('Sivu, jota palaute koskee').inputValue(), '/career-radar', 'the page the person came from');
    await assertAccessible(page, 'the accessibility statement with its form, 320 px');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no sideways scrolling at 320 px');

    // Keyboard only: the address first, then send without a message.
    await form.getByLabel('Sähköpostiosoite vastausta varten (vapaaehtoinen)').fill('palaute@example.fi');
    await form.getByRole('button', { name: 'Lähetä palaute' }).press('Enter');
    await form.getByText('Korjaa nämä kohdat:').waitFor();
    assert.match((await deepActiveElement(page))?.text ?? '', /Korjaa nämä kohdat/, 'the summary has the focus');
    await assertAccessible(page, 'the form with its error summary');
    assert.equal(await form.getByLabel('Sähköpostiosoite vastausta varten (vapaaehtoinen)').inputValue(), 'palaute@example.fi');

    await form.getByRole('link', { name: 'Kirjoita palautteesi.' }).press('Enter');
    await page.keyboard.type('Tutkan vastausvaihtoehdot eivät mahdu 320 pikselin näytölle suurennettuna.');
    await form.getByRole('button', { name: 'Lähetä palaute' }).click();
    await form.getByRole('heading', { name: 'Kiitos, palautteesi on vastaanotettu' }).waitFor();
    const reference = /SP-\d{4}-\d{5}/.exec((await form.getByText(/^Viitenumero: /).textContent()) ?? '')?.[0];
    assert.ok(reference, 'a reference is shown');
    await form.getByText(/^Vastaamme viimeistään \d{1,2}\.\d{1,2}\.\d{4}\.$/).waitFor();
    await assertAccessible(page, 'the receipt');

    const response = await fetch(`${suite.portal.baseUrl}/admin-api/accessibility-feedback`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.equal(response.status, 200);
    const { items } = (await response.json()) as AccessibilityFeedbackListResponse;
    const item = items.find((i) => i.reference === reference);
    assert.deepEqual(item && [item.message, item.page, item.email, item.language, item.signedIn], [
      'Tutkan vastausvaihtoehdot eivät mahdu 320 pikselin näytölle suurennettuna.',
      '/career-radar',
      'palaute@example.fi',
      'fi',
      false,
    ]);
    await context.close();
  });
});
