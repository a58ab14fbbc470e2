// A maintenance break of one area (the service description lets the provider suspend the service
// for maintenance): an operator schedules it with `npm run registry -- maintenance`, it is announced
// on the front page and in the area, it starts (the area shows the message in place of its module,
// a send gets 503 and the form says when to try again, what was typed kept as a draft), and it ends:
// the area is back without a reload of the shell.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible } from '../lib/browser.js';
import { chooseLanguage, signInAs } from '../lib/measure.js';
import { registryCommand } from '../lib/operator.js';
import { usePortal } from '../lib/suite.js';

const ADMIN_TOKEN = 'e2e-operator-token-0123456789';
const suite = usePortal({ ADMIN_API_TOKENS: `e2e-operator:${ADMIN_TOKEN}` });
const MESSAGE = {
  fi: 'Uudistamme omien tietojen palvelua.',
  sv: 'Vi förnyar tjänsten för egna uppgifter.',
  en: 'We are renewing the service for your details.',
};

/** `seconds` from now as ISO with the Finnish offset, as an operator types it. */
function inFinnishTime(seconds: number): string {
  const at = new Date(Date.now() + seconds * 1000);
  const offsetHours = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')
      ?.value.replace('GMT', '') || '0',
  );
  const local = new Date(at.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 19);
  return `${local}+${String(offsetHours).padStart(2, '0')}:00`;
}

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${suite.portal.baseUrl}/admin-api${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function at320(page: Page, where: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 700 });
  await assertAccessible(page, `${where}, 320 px`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `${where}: no sideways scrolling at 320 px`);
  if (viewport) await page.setViewportSize(viewport);
}

describe('a maintenance break of one area', () => {
  test('scheduled, announced on the front page and in the area, started (503, the draft kept), ended without a reload', async () => {
    const base = suite.portal.baseUrl;
    const operator = { portalUrl: base, adminToken: ADMIN_TOKEN };

    // An hour ahead, for an hour: announced at once (48 h ahead by default).
    const scheduled = await registryCommand(
      operator,
      'maintenance',
      'schedule',
      'profile',
      inFinnishTime(3600),
      inFinnishTime(7200),
      MESSAGE.fi,
      MESSAGE.sv,
      MESSAGE.en,
    );
    const id = /^([0-9a-f-]{36}) {2}profile: /m.exec(scheduled)?.[1];
    assert.ok(id, scheduled);
    assert.match(await registryCommand(operator, 'maintenance', 'show', id), /schedule +– → profile: /);

    // Signed out, the front page announces it.
    const anonymous = await (await suite.browser.newContext()).newPage();
    await anonymous.goto(base);
    const frontBanner = anonymous.locator('shell-maintenance-notice[placement="banner"] li');
    await frontBanner.filter({ hasText: 'Huoltokatko: Omat tiedot ei ole käytettävissä' }).waitFor();
    assert.match((await frontBanner.textContent()) ?? '', new RegExp(MESSAGE.fi));
    await assertAccessible(anonymous, 'the signed-out front page with the announcement');
    await at320(anonymous, 'the signed-out front page with the announcement');

    // Signed in, in the area: announced there too; Sven starts reporting a new phone number.
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, base, /Sven Testsson/, '/profile/change', 'fi');
    const banner = page.locator('shell-maintenance-notice[placement="banner"] li');
    await banner.filter({ hasText: 'Omat tiedot ei ole käytettävissä' }).waitFor();
    const form = page.locator('profile-change-form');
    await form.getByLabel('Puhelinnumero').fill('040 111 2222');
    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await page.locator('h1').filter({ hasText: 'Tarkista ilmoitus' }).waitFor();
    await assertAccessible(page, 'the check step with the announcement');

    // The operator moves the break to now, for a minute. Sven sends before his page hears of it.
    const moved = await admin('PUT', `/maintenance/${id}`, {
      area: 'profile',
      startsAt: inFinnishTime(-1),
      endsAt: inFinnishTime(60),
      message: MESSAGE,
    });
    assert.equal(moved.status, 200, await moved.text());
    await form.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    const notice = form.locator('.notice').filter({ hasText: 'Palvelussa on huoltokatko, eikä mitään lähetetty.' });
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', /yritä uudelleen .*klo.* jälkeen/);
    await assertAccessible(page, 'the check step refused by the break');

    // Writes to the area get 503 with Retry-After; reads go on; the draft was saved.
    const write = await page.evaluate(async () => {
      const response = await fetch('/api/profile/changes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: '{}',
      });
      return { status: response.status, retryAfter: Number(response.headers.get('retry-after')), body: await response.json() };
    });
    assert.equal(write.status, 503);
    assert.ok(write.retryAfter > 0 && write.retryAfter <= 60, String(write.retryAfter));
    assert.equal(write.body.error.code, 'service-unavailable');
    const read = await page.evaluate(async () => (await fetch('/api/profile')).status);
    assert.equal(read, 200, 'reads go on');
    const saved = await page.evaluate(async () => JSON.stringify(await (await fetch('/api/drafts/profile.change')).json()));
    assert.match(saved, /040 111 2222/, 'what was typed is kept as a draft');

    // Within the shell's next read, the area shows the break in place of the form.
    const inPlace = page.locator('shell-maintenance-notice[placement="area"]');
    await inPlace.getByRole('heading', { level: 1, name: 'Omat tiedot: huoltokatko' }).waitFor({ timeout: 40_000 });
    await inPlace.getByText(/^Palvelu on taas käytettävissä \d+\.\d+\.\d{4} klo \d+\.\d{2}\.$/).waitFor();
    await inPlace.getByText(MESSAGE.fi).waitFor();
    assert.equal(await form.isVisible(), false, 'the form is hidden behind it');
    await assertAccessible(page, 'the area in its break');
    await at320(page, 'the area in its break');
    // The other languages once (the page loads again in each; the form comes back from its draft).
    await chooseLanguage(page, 'sv');
    await inPlace.getByRole('heading', { level: 1, name: 'Mina uppgifter: serviceavbrott' }).waitFor();
    await assertAccessible(page, 'the area in its break, in Swedish');
    await chooseLanguage(page, 'en');
    await inPlace.getByRole('heading', { level: 1, name: 'My details: maintenance break' }).waitFor();
    await assertAccessible(page, 'the area in its break, in English');
    await at320(page, 'the area in its break, in English');
    await chooseLanguage(page, 'fi');
    await inPlace.getByRole('heading', { level: 1, name: 'Omat tiedot: huoltokatko' }).waitFor();

    // The break ends: the form is back where it was, without a reload of the shell.
    await page.evaluate(() => Object.assign(window, { sameShell: true }));
    await inPlace.waitFor({ state: 'detached', timeout: 70_000 });
    await form.getByLabel('Puhelinnumero').waitFor();
    assert.equal(await form.getByLabel('Puhelinnumero').inputValue(), '040 111 2222', 'what was typed is there');
    assert.equal(await page.evaluate(() => (window as unknown as { sameShell?: boolean }).sameShell), true, 'no reload');
    await form.getByRole('button', { name: 'Jatka tarkistamaan' }).click();
    await form.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await page.locator('h1').filter({ hasText: 'Muutosilmoitus on vastaanotettu' }).waitFor();
    await assertAccessible(page, 'the receipt after the break');
    assert.equal(await banner.count(), 0, 'nothing announced any more');
  });
});
