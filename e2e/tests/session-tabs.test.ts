import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

describe('signing out ends the session everywhere', () => {
  test('sign-out in one tab signs out the other tab and the identity provider', async () => {
    const context = await suite.browser.newContext();
    const first = await context.newPage();
    await signInAs(first, suite.portal.baseUrl, /Sven Testsson/, '/profile');
    const second = await context.newPage();
    await second.goto(`${suite.portal.baseUrl}/profile`);
    await second.locator('profile-app').getByText('010469-999W').waitFor();

    // Sven's pages are in Swedish, his service language, in both tabs.
    await first.locator('shell-header').getByRole('button', { name: 'Logga ut' }).click();
    // The front page after sign-out is nobody's: it follows this (Finnish) browser again.
    await first.getByText('Olet kirjautunut ulos').waitFor();
    assert.equal(new URL(first.url()).pathname, '/');

    await second.locator('shell-page').getByText('i ett annat webbläsarfönster').waitFor();
    assert.equal(await second.locator('h1').first().textContent(), 'Logga in');
    assert.equal(await second.locator('profile-app').getByText('010469-999W').count(), 0, 'the data is gone from view');
    await assertAccessible(second, 'the other tab after sign-out');

    // The identity provider's session ended too: it asks who you are again instead of "continue as".
    await first.goto(`${suite.portal.baseUrl}/auth/login?returnTo=%2F&lang=fi`);
    await first.waitForURL(/\/idp\/authorize/);
    assert.equal(await first.getByText(/Jatka nimellä/).count(), 0);
    await context.close();
  });

  test('a new tab of a signed-in browser is signed in; the cookie is a __Host- session cookie', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name.startsWith('__Host-'));
    assert.ok(session, `a __Host- cookie, got ${cookies.map((c) => c.name).join(', ')}`);
    assert.equal(session.httpOnly, true);
    assert.equal(session.secure, true);
    assert.equal(session.expires, -1, 'no expiry: gone when the browser closes');
    assert.equal(session.path, '/');
    await context.close();
  });
});
