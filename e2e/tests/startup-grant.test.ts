// The start-up grant (issue 17, seed lines 13 and 14) end to end, on the real backend. Yrjö Yrittäjä
// finds the open request for a supplement and the period ready to apply for on his front page,
// answers the supplement with a PDF, and sends the period's payment application; his timeline then
// says so. Ulla Ulkomaa (in English) fills in half of a new application, is timed out, signs in
// again, finds it all, completes the parts (amounts typed the English way, totals and the financing's
// balance computed as she types), checks her answers and sends it. Every page axe-clean; 320 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

// A 10-second idle timeout, as in session-timeout.test.ts: the shell warns half-way.
const suite = usePortal({ SESSION_IDLE_SECONDS: '10' });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function heading(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('h1').filter({ hasText: text }).waitFor();
}

async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow} px at 320 px`);
}

describe('the start-up grant', () => {
  test('Yrjö answers the supplement request with an attachment and applies for the ready period’s payment', async () => {
    const base = suite.portal.baseUrl;
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, base, /Yrjö Yrittäjä/, '/');
    const overview = page.locator('overview-app');
    await overview.getByRole('link', { name: 'Täydennä starttirahahakemustasi' }).waitFor();
    await overview.getByRole('link', { name: 'Hae starttirahan maksua' }).waitFor();

    await page
      .locator('shell-header')
      .getByRole('link', { name: /Starttiraha/ })
      .click();
    await page.waitForURL(`${base}/startup-grant`);
    const app = page.locator('startup-grant-app');
    await heading(page, 'Starttiraha');
    await app.getByText('Hakuaika päättyi').first().waitFor();
    await app.getByText('Maksettu').waitFor();
    await assertAccessible(page, 'the start-up grant page');

    // The supplement: the request, the text, a PDF (checked by its content), check, send.
    await app.locator('.todo-supplement').click();
    await page.waitForURL(/\/startup-grant\/supplements\//);
    const supplement = page.locator('startup-grant-supplement');
    await heading(page, 'Täydennä starttirahahakemusta');
    await supplement.getByText('päivitetty kannattavuuslaskelma', { exact: false }).waitFor();
    await assertAccessible(page, 'the supplement form');
    await supplement.getByLabel('Vastauksesi').fill('Liitteenä päivitetty kannattavuuslaskelma jatkokaudelle.');
    await supplement.getByLabel('Lisää liitteitä').setInputFiles({ name: 'kannattavuus.pdf', mimeType: 'application/pdf', buffer: PDF });
    await supplement.locator('li.file.done').filter({ hasText: 'kannattavuus.pdf' }).waitFor();
    await supplement.getByRole('button', { name: 'Jatka' }).click();
    await heading(page, 'Tarkista täydennys');
    await supplement.getByText('kannattavuus.pdf').waitFor();
    await assertAccessible(page, 'the supplement’s check step');
    await supplement.getByRole('button', { name: 'Lähetä täydennys' }).click();
    await heading(page, 'Täydennys on lähetetty');
    await assertAccessible(page, 'the supplement’s receipt');

    // The payment application of the period ready now: no tax card (the grant's first was paid).
    await supplement.getByRole('link', { name: 'Takaisin starttirahaan' }).click();
    await page.waitForURL(`${base}/startup-grant`);
    await app.getByText('Täydensit hakemusta').waitFor();
    await app.locator('.todo-payment').click();
    await page.waitForURL(/\/startup-grant\/payments\//);
    const payment = page.locator('startup-grant-payment');
    await heading(page, 'Hae starttirahan maksua');
    await assertAccessible(page, 'the payment application');
    await payment.getByRole('button', { name: 'Jatka' }).click();
    await heading(page, 'Tarkista maksatushakemus');
    await payment.getByRole('button', { name: 'Lähetä maksatushakemus' }).click();
    await heading(page, 'Maksatushakemus on lähetetty');
    await assertAccessible(page, 'the payment application’s receipt');
    await payment.getByRole('link', { name: 'Takaisin starttirahaan' }).click();
    await page.waitForURL(`${base}/startup-grant`);
    await app.getByText('Lähetetty', { exact: true }).waitFor();
    assert.equal(await app.locator('.todo').count(), 0, 'nothing left to do');

    // A lapsed period says why and what can still be done, in words, not a dead end.
    const lapsed = await page.evaluate(async () => {
      const body = (await (await fetch('/api/startup-grant')).json()) as { periods: { id: string; status: string }[] };
      return body.periods.find((period) => period.status === 'lapsed')?.id ?? '';
    });
    await page.goto(`${base}/startup-grant/payments/${lapsed}`);
    await payment.getByText('ota yhteyttä TE-toimistoon', { exact: false }).waitFor();
    assert.equal(await payment.getByRole('button', { name: 'Jatka' }).count(), 0);
    await assertAccessible(page, 'a lapsed period');

    // The page of all own data (it prints) has the grant, with the payment application just sent.
    await page.goto(`${base}/profile`);
    const ownData = page.locator('profile-app');
    await ownData.getByRole('heading', { level: 2, name: 'Starttiraha' }).waitFor();
    await ownData.locator('ul.periods').getByText('Maksuhakemus lähetetty').waitFor();
    await assertAccessible(page, 'own data with the start-up grant');

    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${base}/startup-grant`);
    await heading(page, 'Starttiraha');
    await app.getByText('Maksettu').waitFor();
    await noSidewaysScroll(page, 'the start-up grant page');
    await assertAccessible(page, 'the start-up grant page at 320 px');
    await context.close();
  });

  test('Ulla fills in half of a new application, is timed out, signs in again, completes it and sends it', async () => {
    const base = suite.portal.baseUrl;
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, base, /Ulla Ulkomaa/, '/startup-grant/apply', 'en');
    const form = page.locator('startup-grant-apply');
    await heading(page, 'Start-up grant application');
    await assertAccessible(page, 'the task list');

    // The business, completed.
    await form.getByRole('button', { name: 'The business' }).click();
    await heading(page, 'The business');
    await form.getByLabel('Name of the business').fill('Ulla’s Translations');
    await form.getByLabel('Form of business').selectOption('sole-trader');
    await form.getByLabel('Field of business').fill('Translation');
    const inAMonth = await page.evaluate(() =>
      new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' }),
    );
    await form.getByLabel('Start date').fill(inAMonth);
    await form.getByLabel('Full-time').check();
    await assertAccessible(page, 'the business part');
    await form.getByRole('button', { name: 'Save and mark as completed' }).click();
    await heading(page, 'Start-up grant application');
    await form.locator('li.task.completed').filter({ hasText: 'The business' }).waitFor();

    // Half of the profitability calculation, the English way; its result as she types.
    await form.getByRole('button', { name: 'Profitability calculation' }).click();
    await form.getByLabel('Sales per month').fill('4,500');
    await form.getByLabel('Purchases').fill('1,234.50');
    await form.locator('.result').filter({ hasText: '€3,265.50' }).waitFor();
    await assertAccessible(page, 'the profitability calculation');

    // Nothing more until the session ends.
    await page.locator('shell-page').getByText('your session ended', { exact: false }).waitFor({ timeout: 25_000 });
    await page.locator('shell-page').getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/idp\/authorize/);
    await page
      .getByRole('button', { name: /Ulla Ulkomaa/ })
      .first()
      .click();
    await page.waitForURL(`${base}/startup-grant/apply`);
    await form.getByText('We restored what you typed earlier', { exact: false }).waitFor();
    await form.locator('li.task.completed').filter({ hasText: 'The business' }).waitFor();
    await form.locator('li.task.in-progress').filter({ hasText: 'Profitability calculation' }).waitFor();

    // Check answers with parts missing: each named in the summary, its link leading to the part.
    await form.getByRole('button', { name: 'Check your answers' }).click();
    await form.locator('.error-summary').getByText('Complete the part "Business plan"', { exact: false }).waitFor();
    await assertAccessible(page, 'the task list with its errors');

    await form.getByRole('button', { name: 'Profitability calculation' }).click();
    assert.equal(await form.getByLabel('Purchases').inputValue(), '1,234.50');
    await form.getByRole('button', { name: 'Save and mark as completed' }).click();
    await form.locator('li.task.completed').filter({ hasText: 'Profitability calculation' }).waitFor();

    // The business plan by keyboard alone: the part's button, its h1 focused, Tab from field to field.
    await form.getByRole('button', { name: 'Business plan' }).focus();
    await page.keyboard.press('Enter');
    await heading(page, 'Business plan');
    assert.equal((await deepActiveElement(page))?.tag, 'h1', 'focus on the part’s heading');
    for (const text of [
      'Translations between Finnish, Swedish and English for small firms.',
      'Small exporters in Finland.',
      'A translator for ten years.',
    ]) {
      await page.keyboard.press('Tab');
      assert.equal((await deepActiveElement(page))?.tag, 'textarea');
      await page.keyboard.type(text);
    }
    await page.keyboard.press('Tab');
    assert.equal((await deepActiveElement(page))?.text, 'Save and mark as completed');
    await page.keyboard.press('Enter');
    await form.locator('li.task.completed').filter({ hasText: 'Business plan' }).waitFor();
    assert.equal((await deepActiveElement(page))?.text, 'Business plan', 'back on the part’s own button');

    // The financing must balance: said in words as she types, and refused until it does.
    await form.getByRole('button', { name: 'Financing calculation' }).click();
    await form.getByLabel('Machinery and equipment').fill('2,000');
    await form.getByLabel('Own money').fill('1,500');
    await form.getByText('€500.00 of financing is missing.').waitFor();
    await form.getByRole('button', { name: 'Save and mark as completed' }).click();
    await form.locator('.error-summary').getByText('The financing must cover the investments exactly', { exact: false }).waitFor();
    await assertAccessible(page, 'the financing calculation with its error');
    await form.getByLabel('Loans').fill('500');
    await form.getByText('The financing covers the investments.').waitFor();
    await form.getByRole('button', { name: 'Save and mark as completed' }).click();

    await form.getByRole('button', { name: 'Earlier entrepreneurship' }).click();
    await form.getByLabel('No').check();
    await form.getByRole('button', { name: 'Save and mark as completed' }).click();

    await form.getByRole('button', { name: 'Attachments' }).click();
    await form.getByLabel('Add attachments').setInputFiles({ name: 'tax-debt-certificate.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.locator('li.file.done').filter({ hasText: 'tax-debt-certificate.pdf' }).waitFor();
    await assertAccessible(page, 'the attachments part');
    await form.getByRole('button', { name: 'Save and mark as completed' }).click();
    await form.getByText('You have completed 6 of 6 parts.').waitFor();

    await form.getByRole('button', { name: 'Check your answers' }).click();
    await heading(page, 'Check your application');
    await form.getByText('€4,500.00').waitFor();
    await form.getByText('tax-debt-certificate.pdf').waitFor();
    await assertAccessible(page, 'check your application');
    await form.getByRole('button', { name: 'Send the application' }).click();
    await heading(page, 'Your application has been sent');
    await assertAccessible(page, 'the application’s receipt');
    const draft = await page.evaluate(async () => (await fetch('/api/drafts/startup-grant.application')).status);
    assert.equal(draft, 204, 'the draft is gone once the application is sent');

    await form.getByRole('link', { name: 'Back to the start-up grant' }).click();
    await page.waitForURL(`${base}/startup-grant`);
    await page.locator('startup-grant-app').getByText('Application received').waitFor();
    await assertAccessible(page, 'the start-up grant page with the new application');
    await context.close();
  });
});
