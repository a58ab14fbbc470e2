import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

// An 8-second idle timeout: the shell warns half-way (4 s before the end) for sessions this short.
const suite = usePortal({ SESSION_IDLE_SECONDS: '8' });

describe('the session times out the way WCAG 2.2.1 asks', () => {
  test('a warning lets the person continue; without an answer they are signed out on the same page', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/profile');
    await page.locator('profile-app').getByText('010280-952L').waitFor();

    const dialog = page.locator('shell-session-dialog dialog[open]');
    await dialog.waitFor({ timeout: 10_000 });
    assert.match((await dialog.textContent()) ?? '', /Istuntosi on päättymässä/);
    assert.equal((await deepActiveElement(page))?.text, 'Jatka asiointia', 'focus is on "continue"');
    await assertAccessible(page, 'the timeout warning');
    const before = await page.evaluate(() => fetch('/api/session/status').then((r) => r.json()));
    await dialog.getByRole('button', { name: 'Jatka asiointia' }).click();
    await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));
    const after = await page.evaluate(() => fetch('/api/session/status').then((r) => r.json()));
    assert.equal(after.authenticated, true);
    assert.ok(Date.parse(after.expiresAt) > Date.parse(before.expiresAt), 'continuing extended the session on the server');

    // No answer this time: the server ends the session and the page says so, in place.
    await dialog.waitFor({ timeout: 10_000 });
    await page.locator('shell-page').getByText('istunto päättyi').waitFor({ timeout: 15_000 });
    assert.equal(new URL(page.url()).pathname, '/profile', 'the person stays where they were');
    assert.equal(await page.locator('h1').first().textContent(), 'Kirjaudu sisään');
    assert.deepEqual(await deepActiveElement(page), { tag: 'h1', text: 'Kirjaudu sisään' });
    assert.equal(await page.locator('shell-header').getByText('Tessa Testilä').count(), 0, 'the header forgot the person');
    const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
    assert.deepEqual(session, { authenticated: false });
    await assertAccessible(page, 'the signed-out page after a timeout');
    await context.close();
  });

  test('what the person typed survives the timeout and a sign-in again', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/profile/change');
    const form = page.locator('profile-change-form');
    await form.getByLabel('Sähköpostiosoite').fill('tessa.uusi@example.fi');
    // No answer to the warning: the session ends on the server.
    await page.locator('shell-page').getByText('istunto päättyi').waitFor({ timeout: 20_000 });
    assert.equal(new URL(page.url()).pathname, '/profile/change');
    await page.locator('shell-page').getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.waitForURL(/\/idp\/authorize/);
    await page
      .getByRole('button', { name: /Tessa Testilä/ })
      .first()
      .click();
    await page.waitForURL(`${suite.portal.baseUrl}/profile/change`);
    await form.getByText('Palautimme keskeneräisen ilmoituksesi').waitFor();
    assert.equal(await form.getByLabel('Sähköpostiosoite').inputValue(), 'tessa.uusi@example.fi');
    await context.close();
  });
});
