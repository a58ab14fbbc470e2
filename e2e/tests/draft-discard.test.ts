// Issue 20, "a citizen's experience": "Peruuta" used to keep the draft, even across sign-out, so the
// form reopened with the abandoned edits (a blanked phone, `typo@`) instead of the person's data and
// no way to start again. Now Cancel asks whether to keep or discard the edits, and a restored draft
// offers to start again from the person's current data.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

const DRAFT_PATH = '/api/drafts/profile.change';

/** Opens the change form and waits until it shows the person's data (or a restored draft). */
async function openForm(page: Page): Promise<Locator> {
  await page.goto(`${suite.portal.baseUrl}/profile/change`);
  const form = page.locator('profile-change-form');
  await form.getByLabel('Puhelinnumero', { exact: true }).waitFor();
  return form;
}

/** Types the abandoned edits of the issue, and waits until the draft is saved on the server. */
async function abandonEdits(page: Page, form: Locator): Promise<void> {
  const saved = page.waitForResponse((response) => response.url().endsWith(DRAFT_PATH) && response.request().method() === 'PUT');
  await form.getByLabel('Puhelinnumero', { exact: true }).fill('');
  await form.getByLabel('Sähköpostiosoite', { exact: true }).fill('typo@');
  await saved;
}

describe('a draft the person throws away', () => {
  test('Cancel asks: discarded, the form shows the current data again; kept, it comes back after signing in again and can be started again', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/profile');
    let form = await openForm(page);
    const current = {
      phone: await form.getByLabel('Puhelinnumero', { exact: true }).inputValue(),
      email: await form.getByLabel('Sähköpostiosoite', { exact: true }).inputValue(),
    };
    assert.ok(current.phone !== '' && current.email.includes('@'), 'Tessa has a phone and an email');

    // Discard: the question takes focus; after it, the form shows Tessa's data and no draft is left.
    await abandonEdits(page, form);
    await form.getByRole('link', { name: 'Peruuta' }).click();
    const question = form.getByRole('group', { name: 'Säilytetäänkö keskeneräiset muutokset?' });
    await question.waitFor();
    await assertAccessible(page, 'the question on cancelling a form with a draft');
    await question.getByRole('button', { name: 'Hylkää muutokset ja poistu' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/profile`);
    assert.equal(await page.evaluate((path) => fetch(path).then((r) => r.status), DRAFT_PATH), 204, 'no draft on the server');
    form = await openForm(page);
    assert.equal(await form.getByLabel('Puhelinnumero', { exact: true }).inputValue(), current.phone);
    assert.equal(await form.getByLabel('Sähköpostiosoite', { exact: true }).inputValue(), current.email);
    assert.equal(await form.getByText('Palautimme keskeneräisen ilmoituksesi.').count(), 0, 'no restored-draft notice');

    // Keep: across signing out and in again the edits come back, said so, with a way to start again.
    await abandonEdits(page, form);
    await form.getByRole('link', { name: 'Peruuta' }).click();
    await form.getByRole('button', { name: 'Säilytä luonnos ja poistu' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/profile`);
    await page.locator('shell-header').getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.waitForURL(/\/\?|\/$/);
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/profile');
    form = await openForm(page);
    await form.getByText('Palautimme keskeneräisen ilmoituksesi.').waitFor();
    assert.equal(await form.getByLabel('Sähköpostiosoite', { exact: true }).inputValue(), 'typo@');
    await assertAccessible(page, 'the change form with a restored draft');
    await form.getByRole('button', { name: 'Hylkää keskeneräiset muutokset ja aloita alusta' }).click();
    await form.getByText('Keskeneräiset muutokset hylättiin.').waitFor({ state: 'attached' });
    assert.equal(await form.getByLabel('Puhelinnumero', { exact: true }).inputValue(), current.phone);
    assert.equal(await form.getByLabel('Sähköpostiosoite', { exact: true }).inputValue(), current.email);
    assert.equal(await page.evaluate((path) => fetch(path).then((r) => r.status), DRAFT_PATH), 204, 'the draft is gone');
    await context.close();
  });
});
