import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible } from '../lib/browser.js';
import { usePortal } from '../lib/suite.js';
import type { Page } from 'playwright-core';

const suite = usePortal();

async function toIdentification(lang = 'fi') {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${suite.portal.baseUrl}/auth/login?returnTo=%2Fprofile&lang=${lang}`);
  await page.waitForURL(/\/idp\/authorize/);
  return { context, page };
}

async function signedIn(page: Page): Promise<boolean> {
  const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
  return session.authenticated === true;
}

describe('the mock Suomi.fi identification refuses what it must', () => {
  test('a deceased person cannot sign in, and is told so', async () => {
    const { context, page } = await toIdentification();
    await page.getByRole('button', { name: /Kuollut Testihenkilö/ }).click();
    assert.ok(page.url().includes('/auth/callback'));
    await assertAccessible(page, 'the deceased-person page');
    await page.goto(suite.portal.baseUrl);
    assert.equal(await signedIn(page), false);
    await context.close();
  });

  test('a foreign eIDAS user without henkilötunnus gets a page about what the service can do', async () => {
    const { context, page } = await toIdentification('en');
    await page.getByRole('button', { name: /Erika Example/ }).click();
    const text = (await page.textContent('body')) ?? '';
    assert.match(text, /personal identity code/i);
    await assertAccessible(page, 'the eIDAS page');
    await page.goto(suite.portal.baseUrl);
    assert.equal(await signedIn(page), false);
    await context.close();
  });

  test('a tampered state is refused with a clear page, and nobody is signed in', async () => {
    const { context, page } = await toIdentification();
    // The identity provider's answer is a redirect; rewrite the state in it on the way back.
    await page.route('**/idp/authorize', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch({ maxRedirects: 0 });
      const location = new URL(response.headers()['location'] ?? '', suite.portal.baseUrl);
      location.searchParams.set('state', 'tampered');
      await route.fulfill({ response, headers: { ...response.headers(), location: location.href } });
    });
    await page.getByRole('button', { name: /Tessa Testilä/ }).click();
    await page.locator('h1').waitFor();
    assert.match((await page.locator('h1').textContent()) ?? '', /epäonnistui/);
    await assertAccessible(page, 'the refused identification page');
    await page.goto(suite.portal.baseUrl);
    assert.equal(await signedIn(page), false);
    await context.close();
  });

  test('a replayed callback does not sign anyone in again', async () => {
    const { context, page } = await toIdentification();
    let callbackUrl = '';
    page.on('request', (request) => {
      if (request.url().includes('/auth/callback?code=')) callbackUrl = request.url();
    });
    await page.getByRole('button', { name: /Tessa Testilä/ }).click();
    await page.locator('profile-app').getByText('010280-952L').waitFor();
    assert.ok(callbackUrl, 'saw the callback');
    // Another browser (no session of its own) presents the same code.
    const attacker = await suite.browser.newContext();
    const other = await attacker.newPage();
    await other.goto(callbackUrl);
    await assertAccessible(other, 'the replay refusal page');
    await other.goto(suite.portal.baseUrl);
    assert.equal(await signedIn(other), false);
    await attacker.close();
    await context.close();
  });
});
