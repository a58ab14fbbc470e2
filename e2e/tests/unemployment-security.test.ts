// Unemployment-security data (seed lines 2 and 12) end to end, on the real backend: the request
// due in two days on the front page and in the navigation, answering it with a PDF and a PNG, the
// receipt, and after signing out and in the request in processing; bad uploads refused with a reason
// and nothing lost; an upload and a send that fail halfway, retried without duplicates; another
// person's attachment answered 404; the statement printed; the pages at 320 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, deepActiveElement } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const OFFICE_TOKEN = 'e2e-office-token-0123456789';
// Small limits, so an oversized file is quick to make; the defaults are 10 MB and 25 MB.
const MAX_FILE = 200_000;
const suite = usePortal({
  OFFICE_API_TOKENS: `te-office:${OFFICE_TOKEN}`,
  ATTACHMENT_MAX_BYTES: String(MAX_FILE),
  ANSWER_MAX_BYTES: '500000',
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** A Windows executable's first bytes, under a name that says PDF. */
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), Buffer.alloc(200)]);

async function heading(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('h1').filter({ hasText: text }).waitFor();
}

function helsinkiToday(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The office's system makes a request for Sven; its id. */
async function officeRequest(subjectFi: string, requiredAttachments: number, returnInDays: number): Promise<string> {
  const text = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
  const response = await fetch(`${suite.portal.baseUrl}/office-api/clarification-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${OFFICE_TOKEN}` },
    body: JSON.stringify({
      hetu: '010469-999W',
      subject: text(subjectFi),
      explain: [text('Kerro tilanteestasi.')],
      requiredAttachments: Array.from({ length: requiredAttachments }, (_, index) => text(`Liite ${index + 1}`)),
      returnDate: helsinkiToday(returnInDays),
      contact: { name: text('TE-toimisto'), phone: '0295 000 000', email: null },
    }),
  });
  assert.equal(response.status, 201);
  return ((await response.json()) as { id: string }).id;
}

const fileInput = (page: Page) => page.locator('unemployment-security-answer-form').getByLabel('Valitse liitettävät tiedostot');

describe('unemployment security', () => {
  test('the request due in two days: on the front page and in the navigation, answered with a PDF and a PNG, in processing after signing in again', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    const task = page.locator('overview-item').filter({ hasText: 'Selvitys työsuhteen päättymisestä' });
    await task.getByText(/2 päivää jäljellä/).waitFor();
    await page.locator('shell-header nav a[href="/unemployment-security"] .mark').waitFor();
    await task.getByRole('link').first().click();
    await page.waitForURL(/\/unemployment-security\/requests\//);
    await heading(page, 'Selvitys työsuhteen päättymisestä');
    const request = page.locator('unemployment-security-request');
    await request.getByText(/Irtisanomisilmoitus tai työtodistus/).waitFor();
    await assertAccessible(page, 'the request for clarification');

    await request.getByRole('link', { name: 'Vastaa selvityspyyntöön' }).click();
    const form = page.locator('unemployment-security-answer-form');
    await heading(page, 'Vastaa selvityspyyntöön');
    assert.equal((await deepActiveElement(page))?.tag, 'h1');
    await assertAccessible(page, 'the answer form');

    // Continuing without text: the summary takes focus; nothing else is lost.
    await form.getByRole('button', { name: 'Jatka' }).click();
    await form.locator('.error-summary').getByText('Kirjoita vastauksesi.').waitFor();
    await form.getByLabel('Vastauksesi').fill('Määräaikainen työsopimukseni päättyi 30.9. eikä sitä jatkettu.');
    await fileInput(page).setInputFiles([
      { name: 'tuloslaskelma.pdf', mimeType: 'application/pdf', buffer: PDF },
      { name: 'kaupparekisteriote.png', mimeType: 'image/png', buffer: PNG },
    ]);
    await form
      .getByText(/^\W*Ladattu$/)
      .nth(1)
      .waitFor();
    await assertAccessible(page, 'the answer form with two files');
    await form.getByRole('button', { name: 'Jatka' }).click();
    await heading(page, 'Tarkista vastauksesi');
    await form.getByText('tuloslaskelma.pdf').first().waitFor();
    await form.getByText('kaupparekisteriote.png').first().waitFor();
    await assertAccessible(page, 'the check step');
    await form.getByRole('button', { name: 'Lähetä vastaus' }).dblclick();
    await heading(page, 'Vastauksesi on lähetetty');
    await form
      .getByText(/Vastaanotettu/)
      .first()
      .waitFor();
    await form.getByText('kaupparekisteriote.png').first().waitFor();
    await form
      .getByText(/Käsittelyssä/)
      .first()
      .waitFor();
    await assertAccessible(page, 'the receipt');
    // The task leaves the navigation's count of this area once answered (the overdue one stays).
    await page.locator('shell-header').getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/`);

    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/unemployment-security');
    const app = page.locator('unemployment-security-app');
    const row = app.locator('li').filter({ hasText: 'Selvitys työsuhteen päättymisestä' });
    await row.getByText('Käsittelyssä').waitFor();
    await assertAccessible(page, 'the events list');
    await row.getByRole('link').first().click();
    await heading(page, 'Selvitys työsuhteen päättymisestä');
    await request.getByText('tuloslaskelma.pdf').first().waitFor();
    // One answer, however many clicks.
    assert.equal(await request.getByText('Vastaanotettu', { exact: false }).count(), 1);
    await context.close();
  });

  test('bad files are refused with a reason beside them; the text and the good files stay; nothing answers 5xx', async () => {
    const requestId = await officeRequest('Selvitys työsuhteesta', 1, 5);
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const serverErrors: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
    });
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, `/unemployment-security/requests/${requestId}/answer`, 'fi');
    const form = page.locator('unemployment-security-answer-form');
    await heading(page, 'Vastaa selvityspyyntöön');
    await form.getByLabel('Vastauksesi').fill('Työsuhteeni päättyi koeaikapurkuun.');
    await fileInput(page).setInputFiles([
      { name: 'sopimus.pdf', mimeType: 'application/pdf', buffer: EXE },
      { name: 'tyhja.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
      { name: 'iso.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(MAX_FILE)]) },
      { name: 'oikea.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await form
      .getByText(/ei ole PDF-, JPEG- tai PNG-tiedosto/)
      .first()
      .waitFor();
    await form
      .getByText(/Tiedosto on tyhjä/)
      .first()
      .waitFor();
    await form
      .getByText(/Tiedosto on suurempi kuin/)
      .first()
      .waitFor();
    await form.getByText(/^\W*Ladattu$/).waitFor();
    assert.equal(await form.getByLabel('Vastauksesi').inputValue(), 'Työsuhteeni päättyi koeaikapurkuun.');
    await assertAccessible(page, 'the answer form with refused files');

    // The same refusals straight at the API, from the signed-in browser: what the form cannot send.
    // Inline code only: the test's compiler would wrap named helpers in a function the page lacks.
    const boundary = '----e2e-broken';
    const statuses = await page.evaluate(
      async ({ id, cases, boundary }) => {
        const out: Record<string, string> = {};
        for (const item of cases) {
          let body: BodyInit;
          const headers: Record<string, string> = { 'Idempotency-Key': crypto.randomUUID() };
          if (item.raw === undefined) {
            body = new FormData();
            body.append('file', new Blob([Uint8Array.from(item.bytes ?? [])]), item.name);
          } else {
            body = item.raw;
            headers['Content-Type'] = `multipart/form-data; boundary=${boundary}`;
          }
          const response = await fetch(`/api/unemployment-security/requests/${id}/attachments`, { method: 'POST', body, headers });
          const json = (await response.json()) as { error?: { details?: { message: string }[] } };
          out[item.label] = `${response.status} ${json.error?.details?.[0]?.message ?? ''}`;
        }
        return out;
      },
      {
        id: requestId,
        boundary,
        cases: [
          { label: 'path', name: '../../etc/passwd.pdf', bytes: [...PDF] },
          {
            label: 'broken',
            name: '',
            raw: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4`,
          },
          { label: 'executable', name: 'setup.pdf', bytes: [...EXE] },
          { label: 'oversized', name: 'big.pdf', bytes: [...PDF, ...new Array<number>(MAX_FILE).fill(0)] },
          { label: 'empty', name: 'empty.pdf', bytes: [] },
        ],
      },
    );
    assert.deepEqual(statuses, {
      path: '400 file.name',
      broken: '400 file.missing',
      executable: '415 file.type',
      oversized: '413 file.too-large',
      empty: '400 file.empty',
    });
    assert.deepEqual(serverErrors, []);
    await context.close();
  });

  test('an upload and a send that fail halfway are retried without duplicates; another person gets 404 for the file', async () => {
    const requestId = await officeRequest('Selvitys opintojen aloittamisesta', 1, 10);
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, `/unemployment-security/requests/${requestId}/answer`, 'fi');
    const form = page.locator('unemployment-security-answer-form');
    await heading(page, 'Vastaa selvityspyyntöön');
    await form.getByLabel('Vastauksesi').fill('Aloitan opinnot syksyllä.');

    // The network drops while the file is on its way: the backend never sees it.
    const uploads = `**/api/unemployment-security/requests/${requestId}/attachments`;
    await page.route(uploads, (route) => route.abort('connectionreset'), { times: 1 });
    await fileInput(page).setInputFiles({ name: 'opintotodistus.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await form.getByText(/^\W*Ladattu$/).waitFor();

    // The send reaches the backend, but its answer is lost on the way back.
    const answers = `**/api/unemployment-security/requests/${requestId}/answers`;
    await page.route(
      answers,
      async (route) => {
        await route.fetch();
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    await form.getByRole('button', { name: 'Jatka' }).click();
    await heading(page, 'Tarkista vastauksesi');
    await form.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await form.getByText(/Lähettäminen ei onnistunut/).waitFor();
    await form.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await heading(page, 'Vastauksesi on lähetetty');

    const request = (await page.evaluate(async (id) => (await fetch(`/api/unemployment-security/requests/${id}`)).json(), requestId)) as {
      answers: { attachments: { href: string }[] }[];
      pendingAttachments: unknown[];
    };
    assert.equal(request.answers.length, 1, 'one answer');
    assert.equal(request.answers[0]?.attachments.length, 1, 'one file');
    assert.deepEqual(request.pendingAttachments, []);
    const href = request.answers[0]?.attachments[0]?.href ?? '';
    const own = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return [response.status, response.headers.get('content-disposition'), response.headers.get('content-type')];
    }, href);
    assert.equal(own[0], 200);
    assert.match(String(own[1]), /^attachment; filename="?opintotodistus\.pdf"?$/);
    assert.equal(own[2], 'application/pdf');

    const other = await suite.browser.newContext();
    const yrjo = await other.newPage();
    // Yrjö has no unemployment-security events at all.
    await signInAs(yrjo, suite.portal.baseUrl, /Yrjö Yrittäjä/, '/unemployment-security');
    await yrjo
      .locator('unemployment-security-app')
      .getByText(/Sinulle ei ole annettu selvityspyyntöjä/)
      .waitFor();
    await assertAccessible(yrjo, 'the empty events list');
    const his = await yrjo.evaluate(async (url) => {
      const response = await fetch(url);
      return [response.status, ((await response.json()) as { error: { code: string } }).error.code];
    }, href);
    assert.deepEqual(his, [404, 'not-found']);
    await other.close();
    await context.close();
  });

  test('the missing attachments of an answered request are sent later as a supplement; the request then goes to processing', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, '/unemployment-security', 'fi');
    const app = page.locator('unemployment-security-app');
    await app.locator('li').filter({ hasText: 'Selvitys sivutoimisesta yritystoiminnasta' }).getByText('Odottaa liitteitä').waitFor();
    await app.locator('li').filter({ hasText: 'Selvitys sivutoimisesta yritystoiminnasta' }).getByRole('link').first().click();
    const request = page.locator('unemployment-security-request');
    await heading(page, 'Selvitys sivutoimisesta yritystoiminnasta');
    await request.getByText(/Lähetän tuloslaskelman/).waitFor();
    await request.getByRole('link', { name: 'Lähetä lisää liitteitä' }).click();
    const form = page.locator('unemployment-security-answer-form');
    await heading(page, 'Lähetä lisää liitteitä');
    assert.equal(await form.getByLabel('Vastauksesi').count(), 0, 'a supplement has no text of its own');
    await assertAccessible(page, 'the supplement form');
    await form.getByRole('button', { name: 'Jatka' }).click();
    await form.locator('.error-summary').getByText('Liitä vähintään yksi tiedosto.').waitFor();
    await fileInput(page).setInputFiles([
      { name: 'tuloslaskelma.pdf', mimeType: 'application/pdf', buffer: PDF },
      { name: 'kaupparekisteriote.png', mimeType: 'image/png', buffer: PNG },
    ]);
    await form
      .getByText(/^\W*Ladattu$/)
      .nth(1)
      .waitFor();
    await form.getByRole('button', { name: 'Jatka' }).click();
    await heading(page, 'Tarkista liitteet');
    await form.getByRole('button', { name: 'Lähetä liitteet' }).click();
    await heading(page, 'Liitteet on lähetetty');
    await form
      .getByText(/Käsittelyssä/)
      .first()
      .waitFor();
    await assertAccessible(page, 'the supplement receipt');
    await context.close();
  });

  test('the overdue request warns before sending and its answer is marked late; a statement prints cleanly; the pages fit 320 px', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, '/unemployment-security', 'fi');
    const app = page.locator('unemployment-security-app');
    await app.getByText('Selvitys opiskelusta').first().waitFor();
    const noSidewaysScroll = async (where: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow} px at 320 px`);
    };
    await noSidewaysScroll('the events list');

    await app.locator('li').filter({ hasText: 'Selvitys opiskelusta' }).getByRole('link').first().click();
    await heading(page, 'Selvitys opiskelusta');
    await page
      .locator('unemployment-security-request')
      .getByText(/Palautuspäivä .* on mennyt/)
      .waitFor();
    await noSidewaysScroll('the request');
    await page.locator('unemployment-security-request').getByRole('link', { name: 'Vastaa selvityspyyntöön' }).click();
    const form = page.locator('unemployment-security-answer-form');
    await heading(page, 'Vastaa selvityspyyntöön');
    await form.getByText(/on mennyt\. Voit silti lähettää/).waitFor();
    await noSidewaysScroll('the answer form');
    await form.getByLabel('Vastauksesi').fill('Opiskelen avoimessa yliopistossa 5 opintopistettä lukukaudessa.');
    await form.getByRole('button', { name: 'Jatka' }).click();
    await heading(page, 'Tarkista vastauksesi');
    await form.getByText(/on mennyt\. Voit silti lähettää/).waitFor();
    await form.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await heading(page, 'Vastauksesi on lähetetty');
    await form.getByText(/merkitty myöhästyneeksi/).waitFor();
    await noSidewaysScroll('the receipt');

    await page.goto(`${suite.portal.baseUrl}/unemployment-security`);
    await app.locator('li').filter({ hasText: 'Oikeus työttömyysetuuteen lomautuksen ajalta' }).getByRole('link').first().click();
    await heading(page, 'Oikeus työttömyysetuuteen lomautuksen ajalta');
    const statement = page.locator('unemployment-security-event');
    await statement.getByText(/1290\/2002/).waitFor();
    await assertAccessible(page, 'a statement');
    await noSidewaysScroll('a statement');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('shell-header').isVisible(), false, 'the portal header does not print');
    assert.ok(await statement.getByText(/1290\/2002/).isVisible(), 'the statement prints');
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });
});
