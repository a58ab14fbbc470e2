import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocaleTopic, PageTopic, portalBus, RouteTopic, SessionExpiringTopic, validate } from '@portal/shared-contracts';
import { JobSearchReceiptSchema, JobSearchSchema, type JobSearch } from '@portal/shared-contracts/job-search';
import { defineJobSearchElements } from '../define.js';
import type { JobSearchChangedEvent } from '../events.js';
import { addDays, helsinkiToday } from '../form-kit/form-kit.js';
import { activeWithAssessment, apiError, ended, json, restoreFetch, stubFetch, type FetchCall } from '../testing/fixtures.js';
import { activeEnding, activeWithoutPayer, endReceipt } from '../testing/fixtures-forms.js';
import { restoreValues, validateEnd } from './end-model.js';
import type { JobSearchEndForm } from './job-search-end-form.js';

defineJobSearchElements();

const today = helsinkiToday();
const fiDate = (iso: string): string => iso.split('-').map(Number).reverse().join('.');
/** Tessa: job seeking since two weeks ago, the fund as payer. */
const tessa = activeWithAssessment;

interface BackendOptions {
  draft?: Record<string, unknown>;
  post?: (call: FetchCall) => Response;
  jobSearch?: () => Response;
}

function backend(options: BackendOptions = {}): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === '/api/drafts/job-search.end') {
      if (call.method === 'GET') {
        return options.draft ? json({ key: 'job-search.end', data: options.draft, savedAt: '2026-11-20T10:00:00.000Z' }) : apiError('not-found', 404);
      }
      if (call.method === 'PUT') return json({ key: 'job-search.end', data: (call.body as { data: Record<string, unknown> }).data, savedAt: new Date().toISOString() });
      return new Response(null, { status: 204 });
    }
    if (call.url === '/api/job-search/end' && call.method === 'POST') return options.post?.(call) ?? json(endReceipt, 201);
    if (call.url === '/api/job-search') return options.jobSearch?.() ?? json(tessa);
    return apiError('not-found', 404);
  });
}

async function form(jobSearch: JobSearch = tessa): Promise<JobSearchEndForm> {
  const el = await fixture<JobSearchEndForm>(html`<job-search-end-form .jobSearch=${jobSearch}></job-search-end-form>`);
  await waitUntil(() => el.loadState === 'ready' || jobSearch.state !== 'active' || jobSearch.period?.endDate !== null);
  await el.updateComplete;
  return el;
}

const root = (el: JobSearchEndForm) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: JobSearchEndForm, selector: string): T => {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
};
const text = (el: JobSearchEndForm): string => (root(el).textContent ?? '').replace(/\s+/g, ' ');

async function type(el: JobSearchEndForm, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function click(el: JobSearchEndForm, selector: string): Promise<void> {
  $<HTMLElement>(el, selector).click();
  await el.updateComplete;
}

const submit = (el: JobSearchEndForm) => click(el, 'form button[type="submit"]');

/** Found work; the last day is today. */
async function fill(el: JobSearchEndForm): Promise<void> {
  await click(el, '#reason');
  await type(el, 'date', today);
}

async function toCheck(el: JobSearchEndForm): Promise<void> {
  await submit(el);
  await waitUntil(() => el.step === 'check');
}

const sendFromCheck = (el: JobSearchEndForm) => click(el, 'button.send');
const posts = (calls: FetchCall[]) => calls.filter((c) => c.method === 'POST');
const summaryLinks = (el: JobSearchEndForm) => [...root(el).querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent]);

describe('job-search-end-form', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(RouteTopic, { path: '/job-search/end', area: 'job-search' });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible when filling in, with errors, when checking and on the receipt', async () => {
      backend();
      const el = await form();
      await expect(el).to.be.accessible();
      await submit(el);
      expect(root(el).querySelector('.error-summary')).to.exist;
      await expect(el).to.be.accessible();
      await fill(el);
      await toCheck(el);
      await expect(el).to.be.accessible();
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      await expect(el).to.be.accessible();
    });

    it('is accessible when job seeking is not valid, or its end already reported', async () => {
      backend();
      await expect(await form(ended)).to.be.accessible();
      await expect(await form(activeEnding)).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('asks the reason, with clear labels, the last day and details', async () => {
      backend();
      const el = await form();
      expect($(el, 'h1').textContent).to.equal('Lopeta työnhaku');
      expect($(el, 'fieldset legend').textContent).to.equal('Miksi lopetat työnhaun?');
      expect([...root(el).querySelectorAll('input[name="reason"] + label')].map((l) => l.textContent)).to.deep.equal([
        'Työllistyin',
        'Aloitin yritystoiminnan',
        'Aloitin opiskelun',
        'Muutin ulkomaille',
        'En tarvitse enää työnhakua',
        'Muu syy',
      ]);
      expect([...root(el).querySelectorAll<HTMLInputElement>('input[name="reason"]')].some((r) => r.checked)).to.equal(false);
      expect($(el, '#reason-other-hint').textContent).to.equal('Kerro syy lisätiedoissa');
      const date = $<HTMLInputElement>(el, '#date');
      expect(date.type).to.equal('date');
      expect($(el, 'label[for="date"]').textContent).to.equal('Työnhakusi viimeinen päivä');
      expect(date.min).to.equal(tessa.period!.startDate);
      expect(date.max).to.equal(addDays(today, 365));
      expect($(el, '#date-hint').textContent).to.contain(`${fiDate(tessa.period!.startDate)}–${fiDate(addDays(today, 365))}`);
      expect($(el, 'label[for="details"]').textContent).to.equal('Lisätietoja (vapaaehtoinen)');
    });

    it('shows the codes next to the fields and in a summary that takes focus', async () => {
      backend();
      const el = await form();
      await submit(el);
      expect(summaryLinks(el)).to.deep.equal([
        ['#reason', 'Valitse syy.'],
        ['#date', 'Anna työnhakusi viimeinen päivä.'],
      ]);
      expect(root(el).activeElement).to.equal($(el, '.error-summary'));
      expect($(el, '#date').getAttribute('aria-describedby')).to.equal('date-hint date-error');
      expect($(el, '#date').getAttribute('aria-invalid')).to.equal('true');
      // Not before job seeking started, at most a year ahead.
      await type(el, 'date', addDays(tessa.period!.startDate, -1));
      await submit(el);
      expect($(el, '#date-error').textContent).to.equal(`Virhe: Viimeinen päivä ei voi olla ennen työnhakusi alkamista (${fiDate(tessa.period!.startDate)}).`);
      await type(el, 'date', addDays(today, 366));
      await submit(el);
      expect($(el, '#date-error').textContent).to.contain('Viimeisen päivän on oltava enintään vuoden päässä tästä päivästä.');
      expect($<HTMLInputElement>(el, '#date').value).to.equal(addDays(today, 366));
      root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')[0]!.click();
      expect(root(el).activeElement?.id).to.equal('reason');
    });

    it('warns plainly on the check step what ending means, and that the payer’s notice does not replace the person’s own', async () => {
      backend();
      const el = await form();
      await fill(el);
      await toCheck(el);
      expect($(el, 'h1').textContent).to.equal('Tarkista ennen kuin lopetat työnhaun');
      const warning = $(el, '.warning');
      expect(warning.querySelector('h2')!.textContent).to.equal('Mitä työnhaun lopettaminen tarkoittaa');
      const items = [...warning.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal([
        `Työnhakuasi hoitava toimisto lopettaa työnhakusi käsittelyn ${fiDate(today)} jälkeen. Sen jälkeen et ole työnhakija etkä saa työnhakijan palveluja.`,
        'Jos saat työttömyysetuutta, sen maksaminen voi päättyä, koska etuus edellyttää voimassa olevaa työnhakua.',
        'Tieto lopettamisesta lähetetään etuuden maksajalle: Erityisalojen työttömyyskassa ERKO. Tämä ei korvaa omaa ilmoitusvelvollisuuttasi. Ilmoita asiasta myös itse etuuden maksajalle (Erityisalojen työttömyyskassa ERKO).',
        'Voit ilmoittautua työnhakijaksi uudelleen myöhemmin.',
      ]);
      expect($(el, 'button.send').textContent!.trim()).to.equal('Lopeta työnhaku');
    });

    it('does not speak of a payer to someone without benefit', async () => {
      backend({ post: () => json({ ...endReceipt, payerNotice: null }, 201) });
      const el = await form(activeWithoutPayer);
      await fill(el);
      await toCheck(el);
      expect(root(el).querySelector('.warning .payer')).to.equal(null);
      expect(text(el)).to.contain('Jos saat työttömyysetuutta');
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      expect(root(el).querySelector('.payer')).to.equal(null);
    });

    it('sends once with an idempotency key and shows the last day, the payer notice and a way back', async () => {
      const calls = backend();
      const el = await form();
      await fill(el);
      await type(el, 'details', '  Uusi työ Kauppa Oy:ssä ');
      await toCheck(el);
      expect([...root(el).querySelectorAll('dl.summary .row')].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent])).to.deep.equal([
        ['Syy', 'Työllistyin'],
        ['Viimeinen päivä', fiDate(today)],
        ['Lisätietoja', 'Uusi työ Kauppa Oy:ssä'],
      ]);
      const key = el.idempotencyKey;
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      expect(posts(calls)).to.have.length(1);
      expect(posts(calls)[0]!.headers['idempotency-key']).to.equal(key);
      // Trimmed by the contract's schema, as the server would.
      expect(posts(calls)[0]!.body).to.deep.equal({ reason: 'employed', date: today, basedOn: tessa.updatedAt, details: 'Uusi työ Kauppa Oy:ssä' });
      expect($(el, 'h1').textContent).to.equal('Olet ilmoittanut työnhakusi päättymisestä');
      expect(root(el).activeElement).to.equal($(el, 'h1'));
      expect($(el, '.panel').textContent).to.contain('Ilmoituksesi työnhaun lopettamisesta on vastaanotettu');
      expect($(el, '.last-day').textContent).to.equal(`Työnhakusi viimeinen päivä on ${fiDate(today)}.`);
      expect($(el, '.payer').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Tieto lopettamisesta lähetettiin etuuden maksajalle (Erityisalojen työttömyyskassa ERKO) 25. marraskuuta 2026 klo 12.00.',
      );
      expect(text(el)).to.contain('Muista ilmoittaa asiasta myös itse etuuden maksajalle.');
      expect($<HTMLAnchorElement>(el, 'a[href="/job-search/register"]').textContent).to.equal('Ilmoittaudu työnhakijaksi uudelleen');
      expect($<HTMLAnchorElement>(el, 'a[href="/job-search"]').textContent).to.equal('Takaisin työnhakuun');
      expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/drafts/job-search.end')).to.equal(true);
      // The area page passes the ended state: the receipt stays.
      el.jobSearch = { ...ended };
      await el.updateComplete;
      expect(el.step).to.equal('receipt');
      expect($(el, '.panel')).to.exist;
    });

    it('keeps what was typed on a 500 and retries with the same idempotency key', async () => {
      let fail = true;
      const calls = backend({ post: () => (fail ? apiError('internal-error', 503) : json(endReceipt, 201)) });
      const el = await form();
      await fill(el);
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => root(el).querySelector('.notice.error .retry') !== null);
      await waitUntil(() => root(el).activeElement === $(el, '.notice.error'));
      expect(el.step).to.equal('check');
      fail = false;
      await click(el, '.notice.error .retry');
      await waitUntil(() => el.step === 'receipt');
      const keys = posts(calls).map((c) => c.headers['idempotency-key']);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.equal(keys[1]);
    });

    it('retries after a network error with the same key', async () => {
      let down = true;
      const calls = backend({
        post: () => {
          if (down) throw new TypeError('NetworkError when attempting to fetch resource.');
          return json(endReceipt, 201);
        },
      });
      const el = await form();
      await fill(el);
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => root(el).querySelector('.notice.error') !== null);
      expect($(el, '.notice.error').textContent).to.contain('Tietosi ovat tallessa');
      down = false;
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      const keys = posts(calls).map((c) => c.headers['idempotency-key']);
      expect(keys[0]).to.equal(keys[1]);
    });

    it('on a 409 fetches the newest job seeking, says so and keeps what was typed', async () => {
      const newer: JobSearch = { ...tessa, updatedAt: '2026-11-24T09:00:00.000Z' };
      let conflict = true;
      const calls = backend({ post: () => (conflict ? apiError('conflict', 409) : json(endReceipt, 201)), jobSearch: () => json(newer) });
      const el = await form();
      await fill(el);
      await type(el, 'details', 'Uusi työ');
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'edit' && root(el).querySelector('.notice.error') !== null);
      expect($(el, '.notice.error').textContent).to.contain('muutettiin sillä välin');
      await waitUntil(() => root(el).activeElement === $(el, '.notice.error'));
      expect($<HTMLInputElement>(el, '#reason').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#date').value).to.equal(today);
      expect($<HTMLTextAreaElement>(el, '#details').value).to.equal('Uusi työ');
      conflict = false;
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      expect((posts(calls)[1]!.body as { basedOn: string }).basedOn).to.equal('2026-11-24T09:00:00.000Z');
    });

    it('on a 409 because the end was reported elsewhere says so', async () => {
      backend({ post: () => apiError('conflict', 409), jobSearch: () => json(activeEnding) });
      const el = await form(activeWithoutPayer);
      await fill(el);
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => root(el).querySelector('.notice.error') !== null);
      expect(text(el)).to.contain('Työnhakusi päättyi tai sen päättymisestä ilmoitettiin sillä välin');
      expect(text(el)).to.contain(`Olet jo ilmoittanut, että työnhakusi viimeinen päivä on ${fiDate(activeEnding.period!.endDate!)}.`);
      expect(root(el).querySelector('form')).to.equal(null);
    });

    it('maps the server’s validation codes to the fields', async () => {
      backend({ post: () => apiError('validation-failed', 400, [{ path: 'date', message: 'end-date.before-start' }]) });
      const el = await form();
      await fill(el);
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'edit');
      expect($(el, '#date-error').textContent).to.contain('Viimeinen päivä ei voi olla ennen työnhakusi alkamista');
      await waitUntil(() => root(el).activeElement === $(el, '.error-summary'));
      expect($<HTMLInputElement>(el, '#date').value).to.equal(today);
    });

    it('tells someone whose job seeking is not valid, with a link to register', async () => {
      const calls = backend();
      const el = await form(ended);
      expect(text(el)).to.contain('Työnhakusi ei ole voimassa, joten sitä ei tarvitse lopettaa.');
      expect($<HTMLAnchorElement>(el, 'a.button').getAttribute('href')).to.equal('/job-search/register');
      expect(root(el).querySelector('form')).to.equal(null);
      expect(calls).to.have.length(0);
    });

    it('tells someone who has already reported the end that it is done', async () => {
      backend();
      const el = await form(activeEnding);
      expect(text(el)).to.contain(`Olet jo ilmoittanut, että työnhakusi viimeinen päivä on ${fiDate(activeEnding.period!.endDate!)}.`);
      expect(root(el).querySelector('form')).to.equal(null);
    });

    it('speaks Swedish and English', async () => {
      backend();
      const el = await form();
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Avsluta arbetssökandet');
      expect($(el, 'label[for="reason"]').textContent).to.equal('Jag fick arbete');
      await submit(el);
      expect($(el, '#date-error').textContent).to.equal('Fel: Ange sista dagen för ditt arbetssökande.');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('End job seeking');
      expect($(el, '#reason-error').textContent).to.equal('Error: Select a reason.');
      await fill(el);
      await toCheck(el);
      expect($(el, 'button.send').textContent!.trim()).to.equal('End job seeking');
      expect($(el, '.warning h2').textContent).to.equal('What ending your job seeking means');
    });
  });

  describe('keyboard', () => {
    it('chooses the reason with the arrow keys and continues with Enter', async () => {
      backend();
      const el = await form();
      $(el, '#reason').focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => el.values?.reason === 'business');
      await type(el, 'date', today);
      $(el, '#date').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'check');
      expect(root(el).activeElement).to.equal($(el, 'h1'));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.textContent).to.contain('Muuta');
    });
  });

  describe('drafts', () => {
    it('restores a saved draft once and says so', async () => {
      backend({ draft: { reason: 'studies', date: addDays(today, 5), details: 'Syksyllä alkaa koulu' } });
      const el = await form();
      expect($<HTMLInputElement>(el, '#reason-studies').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#date').value).to.equal(addDays(today, 5));
      expect($<HTMLTextAreaElement>(el, '#details').value).to.equal('Syksyllä alkaa koulu');
      expect($(el, '.notice[role="status"]').textContent).to.contain('Palautimme tiedot');
      expect(restoreValues({ reason: 'bored', date: 'tomorrow', details: 3 }).restored).to.equal(false);
    });

    it('saves what was typed at once when the session is about to end', async () => {
      const calls = backend();
      const el = await form();
      await click(el, '#reason-other');
      await type(el, 'details', 'Muutan Ruotsiin');
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await waitUntil(() => calls.some((c) => c.method === 'PUT'));
      const put = calls.find((c) => c.method === 'PUT')!;
      expect(put.url).to.equal('/api/drafts/job-search.end');
      expect((put.body as { data: unknown }).data).to.deep.equal({ reason: 'other', date: '', details: 'Muutan Ruotsiin' });
    });
  });

  describe('events', () => {
    it('fires job-search-changed with the receipt’s state', async () => {
      backend();
      const el = await form();
      await fill(el);
      await toCheck(el);
      const changed = oneEvent(el, 'job-search-changed');
      await sendFromCheck(el);
      expect(((await changed) as unknown as JobSearchChangedEvent).jobSearch).to.deep.equal(endReceipt.jobSearch);
    });

    it('announces each step’s title to the shell', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      backend();
      const el = await form();
      await fill(el);
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      subscription.unsubscribe();
      expect(titles).to.deep.equal(['Lopeta työnhaku', 'Tarkista ennen kuin lopetat työnhaun', 'Olet ilmoittanut työnhakusi päättymisestä']);
    });
  });

  describe('model', () => {
    it('validates with the contract’s schema and the server’s date rules', () => {
      const context = { basedOn: tessa.updatedAt, periodStart: tessa.period!.startDate, today };
      expect(validateEnd({ reason: '', date: '', details: '' }, context)).to.deep.equal({ ok: false, errors: { date: 'date.required', reason: 'reason.required' } });
      expect(validateEnd({ reason: 'other', date: '2026-02-30', details: '' }, context)).to.deep.include({ ok: false });
      const ok = validateEnd({ reason: 'other', date: today, details: ' ' }, context);
      expect(ok).to.deep.equal({ ok: true, request: { reason: 'other', date: today, basedOn: tessa.updatedAt } });
    });

    it('uses fixtures that fit the contract', () => {
      expect(validate(JobSearchReceiptSchema, endReceipt).ok).to.equal(true);
      expect(validate(JobSearchSchema, activeEnding).ok).to.equal(true);
    });
  });
});
