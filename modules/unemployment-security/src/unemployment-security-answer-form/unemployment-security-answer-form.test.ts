import { expect, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DraftKeySchema, LocaleTopic, PageTopic, portalBus, RouteTopic, SessionExpiringTopic, validate } from '@portal/shared-contracts';
import type { AnswerReceipt, Attachment, ClarificationRequest } from '@portal/shared-contracts/unemployment-security';
import { defineUnemploymentSecurityElements } from '../define.js';
import type { AnswerSentEvent } from '../events.js';
import {
  answerReceipt,
  apiError,
  attachment,
  attachmentsRequest,
  contractPdf,
  ids,
  json,
  lateRequest,
  limits,
  openRequest,
  payslipPdf,
  processedRequest,
  restoreFetch,
  stubFetch,
  supplementReceipt,
  type FetchCall,
} from '../testing/fixtures.js';
import { FakeXhr, installFakeXhr, restoreXhr } from '../testing/fake-xhr.js';
import {
  $,
  $$,
  atPhoneWidth,
  chooseFiles,
  click,
  expectNoSidewaysScroll,
  fiDate,
  mount,
  pdf,
  root,
  squash,
  text,
  type,
} from '../testing/helpers.js';
import { clientRefusal, draftKeyOf, entryOf, FileStatus, validateAnswer, type FileEntry } from './answer-model.js';
import { refusalCode } from './attachment-upload.js';
import { FILE_ACCEPT, type UnemploymentSecurityAnswerForm } from './unemployment-security-answer-form.js';

defineUnemploymentSecurityElements();

const draftUrl = (id: string): string => `/api/drafts/${draftKeyOf(id)}`;

interface BackendOptions {
  readonly request?: ClarificationRequest;
  /** Answers to the request's GET after the first (a refresh after a 409, say). */
  readonly later?: ClarificationRequest;
  readonly draft?: Record<string, unknown>;
  readonly post?: (call: FetchCall) => Response | Promise<Response>;
  readonly remove?: (call: FetchCall) => Response;
}

/** The request, its answers, the pending files' DELETE and the drafts API. */
function backend(options: BackendOptions = {}): FetchCall[] {
  const request = options.request ?? openRequest;
  let reads = 0;
  return stubFetch((call) => {
    if (call.url === `/api/unemployment-security/requests/${request.id}` && call.method === 'GET') {
      reads += 1;
      return json(reads > 1 && options.later ? options.later : request);
    }
    if (call.url === `/api/unemployment-security/requests/${request.id}/answers` && call.method === 'POST') {
      return options.post ? options.post(call) : json(answerReceipt, 201);
    }
    if (call.url.startsWith('/api/unemployment-security/attachments/') && call.method === 'DELETE') {
      return options.remove ? options.remove(call) : new Response(null, { status: 204 });
    }
    if (call.url === draftUrl(request.id)) {
      if (call.method === 'GET') {
        return options.draft
          ? json({ key: draftKeyOf(request.id), data: options.draft, savedAt: '2026-11-20T10:00:00.000Z' })
          : new Response(null, { status: 204 });
      }
      if (call.method === 'PUT')
        return json({ key: draftKeyOf(request.id), data: (call.body as { data: unknown }).data, savedAt: new Date().toISOString() });
      return new Response(null, { status: 204 });
    }
    return apiError('not-found', 404);
  });
}

const form = (request: ClarificationRequest = openRequest): Promise<UnemploymentSecurityAnswerForm> =>
  mount(
    html`<unemployment-security-answer-form request-id=${request.id}></unemployment-security-answer-form>`,
    (el: UnemploymentSecurityAnswerForm) => ['loaded', 'not-found', 'failed'].includes(el.loadState),
  );

const fileInput = (el: UnemploymentSecurityAnswerForm): HTMLInputElement => $<HTMLInputElement>(el, 'input[type="file"]');
const fileRows = (el: UnemploymentSecurityAnswerForm): HTMLElement[] => $$(el, 'ul.files > li');
const live = (el: UnemploymentSecurityAnswerForm): string => squash($(el, '.live').textContent);
const summaryLinks = (el: UnemploymentSecurityAnswerForm): (string | null)[][] =>
  $$(el, '.error-summary a').map((a) => [a.getAttribute('href'), a.textContent]);
const posts = (calls: readonly FetchCall[]): FetchCall[] => calls.filter((c) => c.method === 'POST');

/** Chooses files in the real input; returns the uploads they started. */
async function choose(el: UnemploymentSecurityAnswerForm, ...files: File[]): Promise<FakeXhr[]> {
  const before = FakeXhr.sent.length;
  chooseFiles(fileInput(el), files);
  await el.updateComplete;
  return FakeXhr.sent.slice(before);
}

/** What the server stores for an upload. */
const stored = (id: string, name: string, size: number): Attachment => attachment(id, name, size);

/** Uploads one file to the end. */
async function uploadOne(
  el: UnemploymentSecurityAnswerForm,
  name = 'tyosopimus.pdf',
  id: string = ids.contract,
  size = 4096,
): Promise<void> {
  const [xhr] = await choose(el, pdf(name, size));
  xhr!.respond(201, stored(id, name, size));
  await waitUntil(() => fileRows(el).some((row) => row.classList.contains('done') && row.textContent!.includes(name)));
}

async function continueToCheck(el: UnemploymentSecurityAnswerForm): Promise<void> {
  await click(el, 'form#form button[type="submit"]');
  await waitUntil(() => el.step === 'check');
}

async function sendFromCheck(el: UnemploymentSecurityAnswerForm): Promise<void> {
  await click(el, 'button.send');
}

describe('unemployment-security-answer-form', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(RouteTopic, { path: `/unemployment-security/requests/${ids.open}/answer`, area: 'unemployment-security' });
    installFakeXhr();
  });
  afterEach(() => {
    // Elements first: one leaving mid-edit saves its draft, which must reach the fake backend.
    fixtureCleanup();
    restoreFetch();
    restoreXhr();
  });

  describe('accessibility', () => {
    it('is accessible while writing, with files in every state, with errors, when checking and on the receipt', async () => {
      backend();
      const el = await form();
      await expect(el).to.be.accessible();
      const [uploading, refused, failed, done] = await choose(el, pdf('a.pdf'), pdf('b.gif'), pdf('c.pdf'), pdf('d.pdf'));
      uploading!.progress(1024, 2048);
      refused!.respond(415, { error: { code: 'unsupported-media-type', message: 'x', details: [{ path: 'file', message: 'file.type' }] } });
      failed!.fail();
      done!.respond(201, stored(ids.contract, 'd.pdf', 2048));
      await waitUntil(
        () =>
          fileRows(el)
            .map((row) => row.className.replace('file ', ''))
            .join() === 'uploading,refused,failed,done',
      );
      await expect(el).to.be.accessible();
      await click(el, 'form#form button[type="submit"]');
      expect(root(el).querySelector('.error-summary')).to.exist;
      await expect(el).to.be.accessible();
      uploading!.respond(201, stored(ids.payslip, 'a.pdf', 2048));
      await click(el, 'li.refused button.remove');
      await click(el, 'li.failed button.remove');
      await waitUntil(() => fileRows(el).every((row) => row.classList.contains('done')));
      await type(el, 'text', 'Työnantaja irtisanoi minut.');
      await continueToCheck(el);
      await expect(el).to.be.accessible();
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      await expect(el).to.be.accessible();
    });

    it('is accessible late, as a supplement, closed and not found', async () => {
      backend({ request: lateRequest });
      await expect(await form(lateRequest)).to.be.accessible();
      fixtureCleanup();
      backend({ request: attachmentsRequest });
      await expect(await form(attachmentsRequest)).to.be.accessible();
      fixtureCleanup();
      backend({ request: processedRequest });
      await expect(await form(processedRequest)).to.be.accessible();
      fixtureCleanup();
      stubFetch(() => apiError('not-found', 404));
      await expect(await form()).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows the request, its return date, what to explain, and what to attach beside a labelled file input', async () => {
      backend();
      const el = await form();
      expect($(el, 'h1').textContent).to.equal('Vastaa selvityspyyntöön');
      expect($(el, '.subject').textContent).to.equal('Selvityspyyntö: Työsuhteen päättyminen');
      expect(squash($(el, '.return-date').textContent)).to.equal(`Palautuspäivä ${fiDate(openRequest.returnDate)} 2 päivää aikaa`);
      expect(root(el).querySelector('.warning-text')).to.equal(null);
      expect($$(el, '.explain p').map((p) => p.textContent)).to.deep.equal([
        'Kerro, miksi työsuhteesi Esimerkki Oy:ssä päättyi 31.10.2026.',
        'Kerro myös, irtisanoutuitko itse.',
      ]);
      expect($(el, 'label[for="text"]').textContent).to.equal('Vastauksesi');
      const input = fileInput(el);
      expect(input.id).to.equal('attachmentIds');
      expect(input.multiple).to.equal(true);
      expect(input.accept).to.equal(FILE_ACCEPT);
      expect(FILE_ACCEPT).to.equal('.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png');
      expect($(el, 'label[for="attachmentIds"]').textContent).to.equal('Valitse liitettävät tiedostot');
      expect($(el, '.checklist-title').textContent).to.equal('Selvityspyynnössä pyydetään liittämään:');
      expect($$(el, 'ul.checklist li').map((li) => li.textContent)).to.deep.equal(['Työsopimus', 'Viimeisin palkkalaskelma']);
      expect(squash($(el, '#attachmentIds-hint').textContent)).to.equal(
        'PDF-, JPEG- tai PNG-tiedostoja: yksi tiedosto enintään 10 Mt, kaikki yhteensä enintään 25 Mt ja enintään 20 tiedostoa. Tiedosto ladataan heti, kun valitset sen.',
      );
      expect(input.getAttribute('aria-describedby')).to.equal('attachmentIds-checklist attachmentIds-hint');
    });

    it('requires the text: the error beside the field and in a summary that takes focus, keeping what was typed and uploaded', async () => {
      backend();
      const el = await form();
      await uploadOne(el);
      await type(el, 'text', '   ');
      await click(el, 'form#form button[type="submit"]');
      expect(el.step).to.equal('edit');
      expect(summaryLinks(el)).to.deep.equal([['#text', 'Kirjoita vastauksesi.']]);
      await waitUntil(() => root(el).activeElement === $(el, '.error-summary'));
      expect($(el, '#text-error').textContent).to.equal('Virhe: Kirjoita vastauksesi.');
      expect($(el, '#text').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#text').getAttribute('aria-describedby')).to.equal('text-hint text-error text-info');
      // The summary's link goes to the field.
      $<HTMLAnchorElement>(el, '.error-summary a').click();
      expect(root(el).activeElement).to.equal($(el, '#text'));
      // Nothing was lost: the text as typed, the uploaded file.
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('   ');
      expect(fileRows(el).map((row) => row.className)).to.deep.equal(['file done']);
      // Too long: the count says so and the schema's code shows, the text kept whole.
      const long = 'a'.repeat(8001);
      await type(el, 'text', long);
      expect($(el, '.char-count').textContent).to.equal('Tekstissä on 1 merkki liikaa.');
      await click(el, 'form#form button[type="submit"]');
      expect(summaryLinks(el)).to.deep.equal([['#text', 'Vastauksessa voi olla enintään 8\u00a0000 merkkiä. Lyhennä tekstiä.']]);
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal(long);
      await type(el, 'text', 'Työnantaja irtisanoi minut.');
      await continueToCheck(el);
      expect(root(el).activeElement).to.equal($(el, 'h1'));
    });

    it('uploads a chosen file at once, with its own key and a progress bar, and says politely when it is done', async () => {
      backend();
      const el = await form();
      const [xhr] = await choose(el, pdf('tyosopimus.pdf', 4096));
      expect(xhr!.method).to.equal('POST');
      expect(xhr!.url).to.equal(`/api/unemployment-security/requests/${ids.open}/attachments`);
      expect(xhr!.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
      expect(xhr!.headers['accept']).to.equal('application/json');
      expect(xhr!.withCredentials).to.equal(false);
      expect(xhr!.file.name).to.equal('tyosopimus.pdf');
      expect(xhr!.file.size).to.equal(4096);
      // The input is emptied, so the same file can be chosen again after a removal.
      expect(fileInput(el).value).to.equal('');
      const progress = $<HTMLProgressElement>(el, 'li.uploading progress');
      expect(progress.getAttribute('aria-label')).to.equal('Tiedoston tyosopimus.pdf lataus');
      expect(progress.max).to.equal(4096);
      expect(progress.value).to.equal(0);
      xhr!.progress(2048, 4300);
      await el.updateComplete;
      expect(progress.value).to.equal(2048);
      expect(squash($(el, 'li.uploading .file-status').textContent)).to.equal('Ladataan… 50 %');
      xhr!.respond(201, stored(ids.contract, 'tyosopimus.pdf', 4096));
      await waitUntil(() => root(el).querySelector('li.done') !== null);
      expect(squash($(el, 'li.done').textContent)).to.equal('tyosopimus.pdf (PDF, 4 kt) ✓ Ladattu Poista tyosopimus.pdf');
      expect(live(el)).to.equal('Tiedosto tyosopimus.pdf on ladattu.');
      // Several files at once: an upload each, each with its own key.
      const both = await choose(el, pdf('a.pdf'), pdf('b.pdf'));
      expect(both).to.have.length(2);
      expect(new Set([xhr, ...both].map((x) => x!.headers['idempotency-key'])).size).to.equal(3);
    });

    it('says beside a refused file why, in plain words, with Remove; the text and the other files stay', async () => {
      const calls = backend();
      const el = await form();
      await type(el, 'text', 'Vastaukseni.');
      await uploadOne(el);
      const [gif, big, plain, name, total] = await choose(
        el,
        pdf('kuva.gif'),
        pdf('iso.pdf'),
        pdf('liian-iso.pdf'),
        pdf('nimi.pdf'),
        pdf('lisaa.pdf'),
      );
      gif!.respond(415, { error: { code: 'unsupported-media-type', message: 'x', details: [{ path: 'file', message: 'file.type' }] } });
      big!.respond(413, { error: { code: 'payload-too-large', message: 'x', details: [{ path: 'file', message: 'file.too-large' }] } });
      plain!.respond(413);
      name!.respond(400, { error: { code: 'validation-failed', message: 'x', details: [{ path: 'file', message: 'file.name' }] } });
      total!.respond(413, { error: { code: 'payload-too-large', message: 'x', details: [{ path: '', message: 'answer.too-large' }] } });
      await waitUntil(() => fileRows(el).filter((row) => row.classList.contains('refused')).length === 5);
      const reasons = fileRows(el)
        .filter((row) => row.classList.contains('refused'))
        .map((row) => squash(row.querySelector('.field-error')!.textContent));
      expect(reasons).to.deep.equal([
        'Virhe: Tiedosto ei ole PDF-, JPEG- tai PNG-tiedosto. Tallenna se jossakin näistä muodoista ja liitä se uudelleen.',
        'Virhe: Tiedosto on suurempi kuin 10 Mt. Pienennä tiedostoa tai jaa se osiin.',
        'Virhe: Tiedosto on suurempi kuin 10 Mt. Pienennä tiedostoa tai jaa se osiin.',
        'Virhe: Tiedoston nimeä ei voi käyttää. Anna tiedostolle lyhyempi nimi (enintään 200 merkkiä) ja liitä se uudelleen.',
        'Virhe: Liitteet olisivat yhteensä suuremmat kuin 25 Mt. Poista jokin liite tai pienennä tiedostoja.',
      ]);
      expect(live(el)).to.contain('ei voitu ottaa vastaan.');
      // No Retry for a refusal: sending it again would be refused again.
      const refused = fileRows(el)[1]!;
      expect(refused.querySelector('.retry-upload')).to.equal(null);
      expect(squash(refused.querySelector('button.remove')!.textContent)).to.equal('Poista kuva.gif');
      // Everything else stays.
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('Vastaukseni.');
      expect(fileRows(el)[0]!.className).to.equal('file done');
      // Continue says what stands in the way.
      await click(el, 'form#form button[type="submit"]');
      expect(summaryLinks(el)[0]![0]).to.equal('#attachmentIds');
      expect(summaryLinks(el)[0]![1]).to.contain('Poista tiedostot, joita ei voitu ottaa vastaan');
      // Remove: only here (nothing was stored), focus back on the file input.
      (refused.querySelector('button.remove') as HTMLButtonElement).click();
      await waitUntil(() => fileRows(el).length === 5);
      expect(live(el)).to.equal('Tiedosto kuva.gif on poistettu.');
      expect(root(el).activeElement).to.equal(fileInput(el));
      expect(calls.filter((c) => c.method === 'DELETE')).to.have.length(0);
    });

    it('fits a 320 px wide phone screen without sideways scrolling, with long file names, progress and errors', async () => {
      backend({ request: lateRequest });
      const el = await form(lateRequest);
      const long = `${'skannattu_tyosopimus_allekirjoitettu_'.repeat(4)}.pdf`;
      const [uploading, refused] = await choose(el, pdf(long), pdf(`x${long}`));
      uploading!.progress(100, 2048);
      refused!.respond(415, { error: { code: 'unsupported-media-type', message: 'x', details: [{ path: 'file', message: 'file.type' }] } });
      await waitUntil(() => root(el).querySelector('li.refused') !== null);
      await click(el, 'form#form button[type="submit"]');
      await atPhoneWidth(el, async () => {
        expectNoSidewaysScroll(el);
        portalBus.publish(LocaleTopic, { locale: 'sv' });
        await el.updateComplete;
        expectNoSidewaysScroll(el);
      });
    });

    it('checks the limits before uploading, for an immediate answer', async () => {
      const small = { ...openRequest, limits: { ...limits, maxFileBytes: 3000, maxAnswerBytes: 5000, maxFiles: 3 } };
      backend({ request: small });
      const el = await form(small);
      const started = await choose(
        el,
        pdf('iso.pdf', 3001),
        pdf('tyhja.pdf', 0),
        pdf('a.pdf', 2000),
        pdf('b.pdf', 2000),
        pdf('c.pdf', 1500),
      );
      // Only the two that fit went to the server; c.pdf would pass 5 000 bytes in all.
      expect(started.map((xhr) => xhr.file.name)).to.deep.equal(['a.pdf', 'b.pdf']);
      const reasons = fileRows(el)
        .filter((row) => row.classList.contains('refused'))
        .map((row) => squash(row.querySelector('.field-error')!.textContent));
      expect(reasons).to.deep.equal([
        'Virhe: Tiedosto on suurempi kuin 3 kt. Pienennä tiedostoa tai jaa se osiin.',
        'Virhe: Tiedosto on tyhjä. Tarkista, että valitsit oikean tiedoston.',
        'Virhe: Liitteet olisivat yhteensä suuremmat kuin 5 kt. Poista jokin liite tai pienennä tiedostoja.',
      ]);
      expect(live(el)).to.contain('Tiedostoa c.pdf ei voitu ottaa vastaan.');
    });

    it('retries an interrupted upload with the same Idempotency-Key until it is stored once', async () => {
      backend();
      const el = await form();
      const [first] = await choose(el, pdf('tyosopimus.pdf'));
      first!.fail();
      await waitUntil(() => root(el).querySelector('li.failed') !== null);
      expect(squash($(el, 'li.failed .field-error').textContent)).to.equal(
        'Virhe: Lataus keskeytyi, eikä tiedostoa tallennettu. Yritä uudelleen.',
      );
      expect(live(el)).to.equal('Tiedoston tyosopimus.pdf lataus keskeytyi.');
      expect(squash($(el, 'li.failed .retry-upload').textContent)).to.equal('Yritä uudelleen tyosopimus.pdf');
      await click(el, 'li.failed .retry-upload');
      const second = FakeXhr.sent[1]!;
      second.respond(503, { error: { code: 'internal-error', message: 'x' } });
      await waitUntil(() => root(el).querySelector('li.failed') !== null);
      await click(el, 'li.failed .retry-upload');
      const third = FakeXhr.sent[2]!;
      expect(FakeXhr.sent.map((xhr) => xhr.headers['idempotency-key'])).to.deep.equal([
        first!.headers['idempotency-key'],
        first!.headers['idempotency-key'],
        first!.headers['idempotency-key'],
      ]);
      expect(third.file.name).to.equal('tyosopimus.pdf');
      third.respond(201, stored(ids.contract, 'tyosopimus.pdf', 2048));
      await waitUntil(() => root(el).querySelector('li.done') !== null);
      expect(fileRows(el)).to.have.length(1);
    });

    it('lists the files uploaded before a reload, and removes one on the server with DELETE', async () => {
      const pending = { ...openRequest, pendingAttachments: [contractPdf, payslipPdf] };
      let removeFails = true;
      const calls = backend({
        request: pending,
        remove: () => (removeFails ? apiError('internal-error', 500) : new Response(null, { status: 204 })),
      });
      const el = await form(pending);
      expect(fileRows(el).map((row) => squash(row.querySelector('.file-name')!.textContent))).to.deep.equal([
        'tyosopimus.pdf (PDF, 240 kt)',
        'palkkalaskelma.pdf (PDF, 1,5 Mt)',
      ]);
      // A failed removal keeps the file, and says so.
      await click(el, 'li.done button.remove');
      await waitUntil(() => root(el).querySelector('li.done .field-error') !== null);
      expect(squash($(el, 'li.done .field-error').textContent)).to.equal('Virhe: Tiedostoa ei saatu poistettua. Yritä uudelleen.');
      removeFails = false;
      await click(el, 'li.done button.remove');
      await waitUntil(() => fileRows(el).length === 1);
      const deletes = calls.filter((c) => c.method === 'DELETE');
      expect(deletes.map((c) => c.url)).to.deep.equal([
        `/api/unemployment-security/attachments/${ids.contract}`,
        `/api/unemployment-security/attachments/${ids.contract}`,
      ]);
      expect(live(el)).to.equal('Tiedosto tyosopimus.pdf on poistettu.');
      expect(root(el).activeElement).to.equal(fileInput(el));
    });

    it('sends the text and the uploaded files once, and a retry after a failure reuses the key', async () => {
      let fail = true;
      const calls = backend({
        request: { ...openRequest, pendingAttachments: [contractPdf] },
        post: () => (fail ? apiError('internal-error', 500) : json(answerReceipt, 201)),
      });
      const el = await form();
      await type(el, 'text', '  Työnantaja irtisanoi minut tuotannollisista syistä.  ');
      await continueToCheck(el);
      expect($(el, 'h1').textContent).to.equal('Tarkista vastauksesi');
      expect($$(el, 'dl.summary .row').map((row) => squash(row.textContent))).to.deep.equal([
        'Vastauksesi Työnantaja irtisanoi minut tuotannollisista syistä. Muuta Vastauksesi',
        'Liitteet tyosopimus.pdf (PDF, 240 kt) Muuta Liitteet',
      ]);
      const key = el.idempotencyKey;
      await sendFromCheck(el);
      await waitUntil(() => root(el).querySelector('.notice.error') !== null);
      expect(el.step).to.equal('check');
      expect($(el, '.notice.error').textContent).to.contain(
        'Lähettäminen ei onnistunut. Vastauksesi ja liitteesi ovat tallessa; yritä uudelleen.',
      );
      await waitUntil(() => root(el).activeElement === $(el, '.notice.error'));
      // Back on the form, nothing is lost.
      await click(el, '.actions .button.secondary');
      await waitUntil(() => el.step === 'edit');
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('  Työnantaja irtisanoi minut tuotannollisista syistä.  ');
      expect(fileRows(el)).to.have.length(1);
      await continueToCheck(el);
      fail = false;
      await click(el, '.notice.error .retry');
      await waitUntil(() => el.step === 'receipt');
      expect(posts(calls).map((c) => c.headers['idempotency-key'])).to.deep.equal([key, key]);
      expect(posts(calls)[1]!.headers['content-type']).to.equal('application/json');
      // Trimmed by the contract's schema, as the server would.
      expect(posts(calls)[1]!.body).to.deep.equal({
        text: 'Työnantaja irtisanoi minut tuotannollisista syistä.',
        attachmentIds: [ids.contract],
      });
      expect(el.idempotencyKey).not.to.equal(key);
      expect(calls.some((c) => c.method === 'DELETE' && c.url === draftUrl(ids.open))).to.equal(true);
    });

    it('sends once on a double click, the button busy meanwhile', async () => {
      let release: (response: Response) => void = () => undefined;
      const calls = backend({ post: () => new Promise<Response>((resolve) => (release = resolve)) });
      const el = await form();
      await type(el, 'text', 'Vastaus.');
      await continueToCheck(el);
      await sendFromCheck(el);
      await sendFromCheck(el);
      const send = $<HTMLButtonElement>(el, 'button.send');
      expect(send.disabled).to.equal(true);
      expect(squash(send.textContent)).to.equal('Lähetetään…');
      await el.send();
      expect(posts(calls)).to.have.length(1);
      release(json(answerReceipt, 201));
      await waitUntil(() => el.step === 'receipt');
      expect(posts(calls)).to.have.length(1);
    });

    it('gives a receipt: received when (Helsinki time), the text, the files with names and sizes, and what happens next', async () => {
      backend({ request: { ...openRequest, pendingAttachments: [contractPdf] } });
      const el = await form();
      await type(el, 'text', answerReceipt.answer.text!);
      await continueToCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      expect($(el, 'h1').textContent).to.equal('Vastauksesi on lähetetty');
      expect(root(el).activeElement).to.equal($(el, 'h1'));
      expect(squash($(el, '.panel').textContent)).to.equal('Vastauksesi on vastaanotettu Vastaanotettu 25. marraskuuta 2026 klo 12.00.');
      expect($(el, '.panel').getAttribute('role')).to.equal('status');
      expect(root(el).querySelector('.late-mark')).to.equal(null);
      const rows = $$(el, 'dl.summary .row').map((row) => squash(row.textContent));
      expect(rows).to.deep.equal([
        'Vastauksesi Työnantaja irtisanoi minut tuotannollisista syistä.',
        'Liitteet tyosopimus.pdf (PDF, 240 kt)',
      ]);
      expect($<HTMLAnchorElement>(el, 'dl.summary a').getAttribute('href')).to.equal(contractPdf.href);
      expect(squash($(el, 'section[aria-labelledby="next-heading"]').textContent)).to.equal(
        'Mitä seuraavaksi tapahtuu Selvityspyynnön tila on nyt: Käsittelyssä. Toimisto käsittelee asiaa. Se antaa työvoimapoliittisen lausunnon etuuden maksajalle 30 päivän kuluessa vastauksestasi tai palautuspäivästä. Sinun ei tarvitse nyt tehdä mitään.',
      );
      expect($$<HTMLAnchorElement>(el, '.back-links a').map((a) => a.getAttribute('href'))).to.deep.equal([
        `/unemployment-security/requests/${ids.open}`,
        '/unemployment-security',
      ]);
    });

    it('warns before sending that the return date has passed, and marks the receipt late', async () => {
      const late: AnswerReceipt = { ...answerReceipt, answer: { ...answerReceipt.answer, late: true } };
      backend({ request: lateRequest, post: () => json(late, 201) });
      const el = await form(lateRequest);
      const warning = `! Huomio: Palautuspäivä ${fiDate(lateRequest.returnDate)} on mennyt. Voit silti lähettää: vastauksesi otetaan vastaan, mutta se merkitään myöhästyneeksi.`;
      expect(squash($(el, '.warning-text').textContent)).to.equal(warning);
      // The warning says it; no tag to say it twice.
      expect(root(el).querySelector('.return-date')).to.equal(null);
      await type(el, 'text', 'Myöhässä, mutta tässä.');
      await continueToCheck(el);
      expect(squash($(el, '.warning-text').textContent)).to.equal(warning);
      // No files although some were asked for: past the return date they cannot follow (the matter
      // goes to processing), so the check step says to attach them now, not "send them by" a past day.
      expect(squash($(el, '.no-files').textContent)).to.equal(
        `Et liittänyt tiedostoja, vaikka selvityspyynnössä pyydetään liitteitä. Vastausaika päättyi ${fiDate(lateRequest.returnDate)}, joten et voi lähettää liitteitä myöhemmin tässä palvelussa: liitä ne nyt, jos voit.`,
      );
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      expect(squash($(el, '.late-mark').textContent)).to.equal(
        'Myöhässä Vastaus saapui palautuspäivän jälkeen, ja se on merkitty myöhästyneeksi. Se on silti otettu vastaan.',
      );
    });

    it('says before the return date that attachments asked for can follow, by that date', async () => {
      backend();
      const el = await form();
      expect(openRequest.requiredAttachments).to.not.be.empty;
      await type(el, 'text', 'Liitteet tulevat myöhemmin.');
      await continueToCheck(el);
      expect(squash($(el, '.no-files').textContent)).to.equal(
        `Et liittänyt tiedostoja, vaikka selvityspyynnössä pyydetään liitteitä. Voit lähettää ne myöhemmin, viimeistään ${fiDate(openRequest.returnDate)}.`,
      );
    });

    it('sends more attachments without a text field while attachments are awaited', async () => {
      const calls = backend({ request: attachmentsRequest, post: () => json(supplementReceipt, 201) });
      const el = await form(attachmentsRequest);
      expect($(el, 'h1').textContent).to.equal('Lähetä lisää liitteitä');
      expect(root(el).querySelector('textarea')).to.equal(null);
      await click(el, 'form#form button[type="submit"]');
      expect(summaryLinks(el)).to.deep.equal([['#attachmentIds', 'Liitä vähintään yksi tiedosto.']]);
      expect($(el, '#attachmentIds-error').textContent).to.equal('Virhe: Liitä vähintään yksi tiedosto.');
      expect(fileInput(el).getAttribute('aria-describedby')).to.equal('attachmentIds-checklist attachmentIds-hint attachmentIds-error');
      await uploadOne(el, 'palkkalaskelma.pdf', ids.payslip);
      await continueToCheck(el);
      expect($(el, 'h1').textContent).to.equal('Tarkista liitteet');
      expect($$(el, 'dl.summary dt').map((dt) => dt.textContent)).to.deep.equal(['Liitteet']);
      expect(squash($(el, 'button.send').textContent)).to.equal('Lähetä liitteet');
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      expect(posts(calls)[0]!.body).to.deep.equal({ attachmentIds: [ids.payslip] });
      expect($(el, 'h1').textContent).to.equal('Liitteet on lähetetty');
      expect($(el, '.panel-heading').textContent).to.equal('Liitteesi on vastaanotettu');
      expect($$(el, 'dl.summary dt').map((dt) => dt.textContent)).to.deep.equal(['Liitteet']);
      // A supplement has no text to keep as a draft.
      expect(calls.some((c) => c.method === 'PUT')).to.equal(false);
    });

    it('says so when the request cannot be answered any more, and when it changed meanwhile keeps the text', async () => {
      backend({ request: processedRequest });
      const closed = await form(processedRequest);
      expect(text(closed)).to.contain('Tähän selvityspyyntöön ei voi enää vastata eikä lähettää liitteitä. Sen tila on: Käsitelty.');
      expect(root(closed).querySelector('form')).to.equal(null);
      fixtureCleanup();
      // Answered in another tab meanwhile: the server says 409, the request now takes attachments only.
      const answered = { ...attachmentsRequest, id: ids.open };
      const calls = backend({ post: () => apiError('conflict', 409, [{ path: '', message: 'request.closed' }]), later: answered });
      const el = await form();
      await type(el, 'text', 'Tämä teksti ei saa kadota.');
      await continueToCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'edit' && root(el).querySelector('.notice.error') !== null);
      expect($(el, '.notice.error').textContent).to.contain('Selvityspyynnön tila muuttui sillä välin');
      await waitUntil(() => root(el).activeElement === $(el, '.notice.error'));
      expect($(el, 'h1').textContent).to.equal('Lähetä lisää liitteitä');
      expect($(el, 'blockquote.kept').textContent).to.equal('Tämä teksti ei saa kadota.');
      expect(calls.filter((c) => c.method === 'GET' && c.url === `/api/unemployment-security/requests/${ids.open}`)).to.have.length(2);
      expect(calls.some((c) => c.method === 'DELETE' && c.url.startsWith('/api/drafts/'))).to.equal(false);
    });

    it('puts the server’s codes beside the fields after a 400', async () => {
      backend({ post: () => apiError('validation-failed', 400, [{ path: 'text', message: 'text.too-long' }]) });
      const el = await form();
      await type(el, 'text', 'Vastaus.');
      await continueToCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'edit');
      expect($(el, '#text-error').textContent).to.contain('Vastauksessa voi olla enintään');
      await waitUntil(() => root(el).activeElement === $(el, '.error-summary'));
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('Vastaus.');
    });

    it('restores the draft once and says so, and saves typing when the session is about to end', async () => {
      const calls = backend({ draft: { text: 'Aiemmin kirjoitettu vastaus.' } });
      const el = await form();
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('Aiemmin kirjoitettu vastaus.');
      expect($(el, '.notice[role="status"]').textContent).to.contain('Palautimme tekstin, jonka kirjoitit aiemmin.');
      await type(el, 'text', 'Aiemmin kirjoitettu vastaus. Ja lisää.');
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await waitUntil(() => calls.some((c) => c.method === 'PUT'));
      const put = calls.find((c) => c.method === 'PUT')!;
      expect(put.url).to.equal(`/api/drafts/unemployment-security.answer-${ids.open}`);
      expect(put.body).to.deep.equal({ data: { text: 'Aiemmin kirjoitettu vastaus. Ja lisää.' } });
    });

    it('saves what was typed for one request under its own draft when the same form opens another', async () => {
      const calls = stubFetch((call) => {
        for (const request of [openRequest, lateRequest]) {
          if (call.url === `/api/unemployment-security/requests/${request.id}`) return json(request);
        }
        if (call.url.startsWith('/api/drafts/') && call.method === 'PUT')
          return json({ key: 'x.y', data: (call.body as { data: unknown }).data, savedAt: new Date().toISOString() });
        return apiError('not-found', 404);
      });
      const el = await form();
      await type(el, 'text', 'Ensimmäisen vastaus.');
      el.requestId = ids.late;
      await waitUntil(() => el.loadState === 'loaded' && el.request?.id === ids.late);
      await el.updateComplete;
      const put = calls.find((c) => c.method === 'PUT')!;
      expect(put.url).to.equal(draftUrl(ids.open));
      expect(put.body).to.deep.equal({ data: { text: 'Ensimmäisen vastaus.' } });
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('');
      expect($(el, '.subject').textContent).to.equal('Selvityspyyntö: Opiskelu päätoimisesti');
    });

    it('says when the request is not found, and offers a retry after a failure', async () => {
      stubFetch(() => apiError('not-found', 404));
      const missing = await form();
      expect($(missing, 'h1').textContent).to.equal('Selvityspyyntöä ei löytynyt');
      fixtureCleanup();
      let fail = true;
      stubFetch((call) =>
        call.url.startsWith('/api/drafts/')
          ? new Response(null, { status: 204 })
          : fail
            ? apiError('internal-error', 500)
            : json(openRequest),
      );
      const el = await form();
      expect(el.loadState).to.equal('failed');
      await waitUntil(() => root(el).activeElement === $(el, '.retry'));
      fail = false;
      await click(el, '.retry');
      await waitUntil(() => el.loadState === 'loaded');
    });

    it('speaks Swedish and English', async () => {
      backend({ request: lateRequest });
      const el = await form(lateRequest);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Svara på begäran om utredning');
      expect($(el, 'label[for="text"]').textContent).to.equal('Ditt svar');
      expect(text(el)).to.contain('Sista svarsdagen');
      expect(squash($(el, '#attachmentIds-hint').textContent)).to.contain('högst 10 MB per fil');
      await click(el, 'form#form button[type="submit"]');
      expect($(el, '#text-error').textContent).to.equal('Fel: Skriv ditt svar.');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Answer the request for clarification');
      expect($(el, '#text-error').textContent).to.equal('Error: Enter your answer.');
      expect(squash($(el, '.warning-text').textContent)).to.contain('Warning: The return date');
      const [xhr] = await choose(el, pdf('scan.png'));
      xhr!.respond(415, { error: { code: 'unsupported-media-type', message: 'x', details: [{ path: 'file', message: 'file.type' }] } });
      await waitUntil(() => root(el).querySelector('li.refused') !== null);
      expect(squash($(el, 'li.refused .field-error').textContent)).to.equal(
        'Error: The file is not a PDF, JPEG or PNG file. Save it in one of these formats and attach it again.',
      );
    });
  });

  describe('keyboard', () => {
    it('goes from the text to the file input, a file’s Remove and Continue with Tab, and removes with Enter', async () => {
      backend({ request: { ...openRequest, pendingAttachments: [contractPdf] } });
      const el = await form();
      $(el, '#text').focus();
      await sendKeys({ type: 'Vastaus' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(fileInput(el));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal($(el, 'li.done button.remove'));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal($(el, 'form#form button[type="submit"]'));
      // Shift+Tab is not a key every browser's driver sends: back by focus, then Enter.
      $(el, 'li.done button.remove').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => fileRows(el).length === 0);
      expect(root(el).activeElement).to.equal(fileInput(el));
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('Vastaus');
      $(el, 'form#form button[type="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'check');
      expect(root(el).activeElement).to.equal($(el, 'h1'));
    });
  });

  describe('events', () => {
    it('fires unemployment-security-answer-sent with the receipt', async () => {
      backend();
      const el = await form();
      await type(el, 'text', 'Vastaus.');
      await continueToCheck(el);
      const sent = oneEvent(el, 'unemployment-security-answer-sent');
      await sendFromCheck(el);
      const event = (await sent) as unknown as AnswerSentEvent;
      expect(event.requestId).to.equal(ids.open);
      expect(event.receipt).to.deep.equal(answerReceipt);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('announces each step’s title to the shell', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      backend();
      const el = await form();
      await type(el, 'text', 'Vastaus.');
      await continueToCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      subscription.unsubscribe();
      expect(titles.slice(-3)).to.deep.equal(['Vastaa selvityspyyntöön', 'Tarkista vastauksesi', 'Vastauksesi on lähetetty']);
    });
  });

  describe('model', () => {
    const entry = (status: FileEntry['status'], size: number): FileEntry => ({
      ...entryOf(contractPdf),
      localId: crypto.randomUUID(),
      status,
      size,
    });

    it('checks a file against the limits before it is sent', () => {
      expect(clientRefusal(0, [], limits)).to.equal('file.empty');
      expect(clientRefusal(limits.maxFileBytes + 1, [], limits)).to.equal('file.too-large');
      expect(clientRefusal(limits.maxFileBytes, [], limits)).to.equal(undefined);
      const full = Array.from({ length: 20 }, () => entry(FileStatus.done, 10));
      expect(clientRefusal(10, full, limits)).to.equal('attachments.too-many');
      // Refused files take no room.
      expect(clientRefusal(10, [...full.slice(1), entry(FileStatus.refused, 10)], limits)).to.equal(undefined);
      expect(
        clientRefusal(6 * 1024 * 1024, [entry(FileStatus.done, 10 * 1024 * 1024), entry(FileStatus.uploading, 10 * 1024 * 1024)], limits),
      ).to.equal('answer.too-large');
    });

    it('validates an answer with the contract’s schema', () => {
      expect(validateAnswer('answer', ' ', [], limits)).to.deep.equal({ ok: false, errors: { text: 'text.required' } });
      expect(validateAnswer('supplement', '', [], limits)).to.deep.equal({ ok: false, errors: { attachmentIds: 'attachments.required' } });
      expect(validateAnswer('answer', 'x', [entry(FileStatus.uploading, 1)], limits)).to.deep.equal({
        ok: false,
        errors: { attachmentIds: 'attachments.not-ready' },
      });
      expect(validateAnswer('answer', 'a'.repeat(8001), [], limits)).to.deep.equal({ ok: false, errors: { text: 'text.too-long' } });
      expect(validateAnswer('answer', ' x ', [entryOf(contractPdf)], limits)).to.deep.equal({
        ok: true,
        request: { text: 'x', attachmentIds: [ids.contract] },
      });
      expect(validateAnswer('supplement', 'ignored', [entryOf(contractPdf)], limits)).to.deep.equal({
        ok: true,
        request: { attachmentIds: [ids.contract] },
      });
    });

    it('reads a refusal’s code from the error body, or from the status alone', () => {
      const body = (details: { path: string; message: string }[]) => ({ error: { code: 'validation-failed', message: 'x', details } });
      expect(refusalCode(400, body([{ path: 'file', message: 'file.empty' }]))).to.equal('file.empty');
      expect(
        refusalCode(
          400,
          body([
            { path: 'other', message: 'nonsense' },
            { path: '', message: 'answer.too-large' },
          ]),
        ),
      ).to.equal('answer.too-large');
      expect(refusalCode(413, null)).to.equal('file.too-large');
      expect(refusalCode(415, 'not json')).to.equal('file.type');
      expect(refusalCode(409, null)).to.equal('request.closed');
      expect(refusalCode(400, null)).to.equal('file.refused');
    });

    it('keys drafts as the drafts API requires', () => {
      expect(draftKeyOf(ids.open)).to.equal(`unemployment-security.answer-${ids.open}`);
      expect(validate(DraftKeySchema, draftKeyOf(ids.open)).ok).to.equal(true);
      expect(validate(DraftKeySchema, draftKeyOf('ABC/../x y')).ok).to.equal(true);
    });
  });
});
