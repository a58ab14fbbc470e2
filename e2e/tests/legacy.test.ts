// Legacy and new side by side (issue 7), on the real backend: the offers area served by the legacy
// Oma asiointi pages inside the portal, switched to its module and back with `npm run registry`,
// the same data in both; a 50 % rollout stable per person; the bridge ignoring a foreign origin;
// signing out in the portal ending the legacy page too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { assertAccessible, assertNoSeriousViolations } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { registryCommand } from '../lib/operator.js';
import { usePortal } from '../lib/suite.js';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
const suite = usePortal({ ADMIN_API_TOKENS: `e2e-operator:${ADMIN_TOKEN}` });
const TESSA_JOB = '6b1e0f0a-0000-4c51-9a55-0a1f6b3c3001';
const SVEN_JOB = '6b1e0f0a-0000-4c51-9a55-0a1f6b3c3003';
const PERSONS = [/Tessa Testilä/, /Sven Testsson/, /Yrjö Yrittäjä/, /Ulla Ulkomaa/, /Turva Testinen/];

/** `npm run registry -- …` as an operator types it. */
const registry = (...args: string[]): Promise<string> =>
  registryCommand({ portalUrl: suite.portal.baseUrl, adminToken: ADMIN_TOKEN }, ...args);

/** The legacy page inside the portal's iframe, once it has loaded. */
async function legacyFrame(page: Page, heading: string | RegExp): Promise<Frame> {
  const iframe = page.locator('iframe.legacy-area');
  await iframe.waitFor();
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  assert.ok(frame, 'the legacy page is in a frame');
  await frame.locator('h1').filter({ hasText: heading }).waitFor();
  return frame;
}

describe('legacy and new side by side', () => {
  test('offers on the legacy pages inside the portal: same URL, titled frame sized to its page, a report made there', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/offers');
    const frame = await legacyFrame(page, 'Työ- ja koulutustarjoukset');
    // The portal's own header and navigation stay; the legacy page drops its own.
    await page
      .locator('shell-header')
      .getByRole('link', { name: /Tarjoukset/ })
      .waitFor();
    assert.equal(await frame.locator('.legacy-header').count(), 0, 'no legacy header inside the portal');
    assert.equal(await page.locator('iframe.legacy-area').getAttribute('title'), 'Tarjoukset');
    await page.waitForFunction(() => {
      const frameElement = document.querySelector('iframe.legacy-area') as HTMLIFrameElement | null;
      const body = frameElement?.contentDocument?.body;
      return !!frameElement && !!body && Math.abs(frameElement.getBoundingClientRect().height - body.getBoundingClientRect().height) <= 2;
    });
    await assertAccessible(page, 'the portal around a legacy page');
    await assertNoSeriousViolations(frame, 'the legacy offers list');

    await frame.getByRole('link', { name: /Myyjä/ }).first().click();
    await frame.locator('h1').filter({ hasText: 'Työtarjous: Myyjä' }).waitFor();
    // The address bar follows the legacy page: a bookmark opens the same offer.
    await page.waitForURL(`${suite.portal.baseUrl}/offers/${TESSA_JOB}`);
    assert.match(await page.title(), /Myyjä/);
    await assertNoSeriousViolations(frame, 'a legacy job offer');

    // A full page post inside the frame, with its error and then its receipt.
    await frame.getByLabel('En hakenut').check();
    await frame.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await frame.locator('.error-summary, [role="alert"]').first().waitFor();
    await frame.getByText('Kerro, miksi et hakenut työpaikkaa.').first().waitFor();
    await assertNoSeriousViolations(frame, 'a legacy form with an error');
    await frame.getByLabel('Kyllä, hain').check();
    await frame.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await frame.getByText(/Ilmoitus vastaanotettu/).waitFor();
    assert.equal(page.url(), `${suite.portal.baseUrl}/offers/${TESSA_JOB}`);

    // The new API sees what the legacy page stored.
    const offer = (await page.evaluate(async (id) => (await fetch(`/api/offers/${id}`)).json(), TESSA_JOB)) as { state: string };
    assert.equal(offer.state, 'applied');

    // A bookmark of the offer opens it again, inside the portal.
    await page.goto(`${suite.portal.baseUrl}/offers/${TESSA_JOB}`);
    const again = await legacyFrame(page, 'Työtarjous: Myyjä');
    await again.getByText('Haettu').first().waitFor();
    await context.close();
  });

  test('at 320 px the legacy page fits its frame: wide tables scroll in their own regions', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/offers');
    const frame = await legacyFrame(page, 'Työ- ja koulutustarjoukset');
    const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the legacy page scrolls sideways by ${overflow} px in its frame`);
    assert.ok(
      (await frame.getByRole('region', { name: 'Työtarjoukset' }).getAttribute('tabindex')) === '0',
      'a keyboard can scroll the table',
    );
    await assertNoSeriousViolations(frame, 'the legacy offers at 320 px');
    await context.close();
  });

  test('the language crosses the bridge, and a link in a legacy page to a migrated area goes to its module', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/offers');
    await legacyFrame(page, 'Työ- ja koulutustarjoukset');
    await page.getByRole('button', { name: 'Kieli: suomi' }).click();
    await page.getByRole('button', { name: 'svenska' }).click();
    const swedish = await legacyFrame(page, 'Jobb- och utbildningserbjudanden');
    assert.equal(await swedish.evaluate(() => document.documentElement.lang), 'sv');
    assert.equal(await page.locator('iframe.legacy-area').getAttribute('title'), 'Erbjudanden');
    await swedish.getByRole('link', { name: 'Gå till arbetssökandet' }).click();
    // The portal's router takes it: the module of job seeking, the portal's own page.
    await page.waitForURL(`${suite.portal.baseUrl}/job-search`);
    await page.locator('job-search-app').getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('iframe.legacy-area').count(), 0);
    // The choice of Swedish was saved with Tessa: back to Finnish, which the later tests read.
    const reset = await page.evaluate(() =>
      fetch('/api/session/language', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"language":"fi"}',
      }).then((response) => response.status),
    );
    assert.equal(reset, 200);
    await context.close();
  });

  test('switched to the module and back with the command: the same offer, at the same URL, with what was reported in either', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, `/offers/${SVEN_JOB}`, 'fi');
    const legacy = await legacyFrame(page, 'Työtarjous: Koneasentaja');
    await legacy.getByText('Haettu').first().waitFor();

    assert.match(await registry('switch', 'offers', 'module'), /after: {2}module for everyone/);
    await page.reload();
    const module = page.locator('offers-offer');
    await module.getByRole('heading', { level: 1 }).filter({ hasText: 'Koneasentaja' }).waitFor();
    assert.equal(await page.locator('iframe.legacy-area').count(), 0, 'the module, not the legacy page');
    assert.equal(page.url(), `${suite.portal.baseUrl}/offers/${SVEN_JOB}`, 'the same URL');
    await module.getByText('Esbo Maskinteknik Ab').first().waitFor();
    await assertAccessible(page, 'the offers module');
    // The outcome, reported in the module.
    await module.getByLabel('Sain työpaikan').check();
    await module.getByRole('button', { name: 'Jatka' }).click();
    await module.getByRole('heading', { name: 'Tarkista ilmoituksesi' }).waitFor();
    await module.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await module.getByRole('heading', { name: 'Ilmoitus on vastaanotettu' }).waitFor();

    // And back: the legacy page shows the outcome the module stored.
    const undone = await registry('undo', 'offers');
    assert.match(undone, /undo by e2e-operator/);
    assert.match(undone, /after: {2}legacy pages for everyone/);
    await page.reload();
    const back = await legacyFrame(page, 'Työtarjous: Koneasentaja');
    await back.getByText('Tulin valituksi').first().waitFor();
    const history = await registry('show', 'offers');
    assert.match(history, /e2e-operator +undo +module for everyone → legacy pages for everyone/);
    assert.match(history, /e2e-operator +rollout +legacy pages for everyone → module for everyone/);
    await context.close();
  });

  test('when the module does not load, the notice offers the area’s legacy pages, and they work', async () => {
    await registry('switch', 'offers', 'module');
    try {
      const context = await suite.browser.newContext();
      const page = await context.newPage();
      await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
      // The module's files cannot be had (a bad release, a CDN down).
      await page.route('**/modules/offers/**', (route) => route.abort());
      await page.goto(`${suite.portal.baseUrl}/offers`);
      const notice = page.locator('shell-module-error');
      await notice.getByRole('heading', { name: 'Tarjoukset ei ole juuri nyt käytettävissä' }).waitFor({ timeout: 60_000 });
      await assertAccessible(page, 'the failure notice offering the legacy pages');
      await notice.getByRole('button', { name: 'Käytä vanhaa Oma asiointi -sivua' }).click();
      const frame = await legacyFrame(page, 'Työ- ja koulutustarjoukset');
      await frame.getByText('Kauppakeskus Keskipiste Oy').first().waitFor();
      assert.equal(await notice.count(), 0);
      await context.close();
    } finally {
      await registry('switch', 'offers', 'legacy');
    }
  });

  test('a rollout of 50 % gives each test person the same answer on every page load', async () => {
    await registry('rollout', 'offers', '50%');
    try {
      const kinds: string[] = [];
      for (const person of PERSONS) {
        const answers: string[] = [];
        const context = await suite.browser.newContext();
        const page = await context.newPage();
        await signInAs(page, suite.portal.baseUrl, person, '/offers');
        // The page loaded twice: the shell reads the registry afresh each time.
        for (let load = 0; load < 2; load++) {
          if (load > 0) await page.reload();
          await page.locator('iframe.legacy-area, offers-app').first().waitFor();
          answers.push((await page.locator('iframe.legacy-area').count()) > 0 ? 'legacy' : 'module');
        }
        await context.close();
        assert.equal(answers[0], answers[1], `${person}: ${answers.join(' then ')}`);
        kinds.push(answers[0]!);
      }
      // Five persons: the split is the hash's, but stable; the registry answer agrees with the page.
      assert.equal(kinds.length, PERSONS.length);
    } finally {
      await registry('switch', 'offers', 'legacy');
    }
  });

  test('a postMessage from a foreign origin, or a topic the protocol does not allow, changes nothing and is logged', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/offers');
    const frame = await legacyFrame(page, 'Työ- ja koulutustarjoukset');
    const url = page.url();

    // A window of another origin (127.0.0.1 is not localhost) gets no handle on the portal at all:
    // the portal's Cross-Origin-Opener-Policy cuts the opener, and its CSP lets no foreign frame in.
    const foreignOrigin = suite.portal.baseUrl.replace('localhost', '127.0.0.1');
    const popupPromise = context.waitForEvent('page');
    await page.evaluate((target) => void window.open(target, 'foreign'), `${foreignOrigin}/legacy/assets/legacy.css`);
    const popup = await popupPromise;
    await popup.waitForLoadState();
    assert.equal(await popup.evaluate(() => window.opener), null, 'a foreign window cannot reach the portal');
    // Should one arrive anyway, as from the legacy frame's window but another origin: dropped.
    const envelope = { protocol: 'portal-legacy-bridge', version: 1 };
    await page.evaluate(
      ({ base, origin }) => {
        const source = (document.querySelector('iframe.legacy-area') as HTMLIFrameElement).contentWindow;
        window.dispatchEvent(
          new MessageEvent('message', { data: { ...base, topic: 'navigate', payload: { path: '/profile' } }, origin, source }),
        );
        window.dispatchEvent(new MessageEvent('message', { data: { ...base, topic: 'resize', payload: { height: 5 } }, origin, source }));
      },
      { base: envelope, origin: foreignOrigin },
    );
    // The legacy frame itself, with a topic only the portal may send, and with a bad payload.
    await frame.evaluate((base) => {
      window.parent.postMessage({ ...base, topic: 'session', payload: { status: 'signed-out' } }, window.location.origin);
      window.parent.postMessage({ ...base, topic: 'navigate', payload: { path: 'https://evil.example/' } }, window.location.origin);
    }, envelope);
    await page.waitForTimeout(500);
    assert.equal(page.url(), url, 'no navigation');
    assert.ok((await page.locator('iframe.legacy-area').boundingBox())!.height > 100, 'no resize');
    await page.locator('shell-header').getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
    assert.ok(
      warnings.some((text) => text.includes(`dropped a message from ${foreignOrigin}`)),
      warnings.join('\n'),
    );
    assert.ok(warnings.filter((text) => text.includes('the protocol does not allow')).length >= 2, warnings.join('\n'));
    await context.close();
  });

  test('signing out in the portal ends the legacy page too', async () => {
    const context = await suite.browser.newContext();
    const first = await context.newPage();
    await signInAs(first, suite.portal.baseUrl, /Tessa Testilä/, '/offers');
    const frame = await legacyFrame(first, 'Työ- ja koulutustarjoukset');
    await frame.getByText('Kauppakeskus Keskipiste Oy').first().waitFor();
    // Signing out in another tab: this tab's portal hears it, and so does its legacy page.
    const second = await context.newPage();
    await second.goto(`${suite.portal.baseUrl}/profile`);
    await second.locator('shell-header').getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await first.waitForFunction(() => {
      const frameElement = document.querySelector('iframe.legacy-area') as HTMLIFrameElement | null;
      return !frameElement || !frameElement.contentDocument?.body.textContent?.includes('Keskipiste');
    });
    // The legacy pages themselves answer that the session has ended, without asking for credentials.
    const legacy = await context.request.get(`${suite.portal.baseUrl}/legacy/offers?embedded=1`);
    assert.equal(legacy.status(), 401);
    const html = await legacy.text();
    assert.match(html, /Istunto on päättynyt/);
    assert.doesNotMatch(html, /Keskipiste|type="password"/);
    await context.close();
  });
});
