import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocaleTopic, portalBus, validate } from '@portal/shared-contracts';
import { JOB_SEARCH_PATHS, JobSearchReceiptSchema, JobSearchSchema, type JobSearch } from '@portal/shared-contracts/job-search';
import { defineJobSearchElements } from '../define.js';
import { addDays } from '@portal/ui-kit/page';
import { activeWithAssessment, apiError, ended, json, type FetchCall } from '../testing/fixtures.js';
import { activeEnding, activeWithoutPayer, endReceipt } from '../testing/fixtures-forms.js';
import {
  $,
  click,
  fiDate,
  mount,
  posts,
  root,
  sendFromCheck,
  setUpFormTests,
  sharedFormTests,
  stubFormBackend,
  submit,
  summaryLinks,
  text,
  toCheck,
  today,
  type,
  type BackendOptions,
} from '../testing/form-test-helpers.js';
import { restoreValues, validateEnd } from './end-model.js';
import { DRAFT_KEY, type JobSearchEndForm } from './job-search-end-form.js';

defineJobSearchElements();

/** Tessa: job seeking since two weeks ago, the fund as payer. */
const tessa = activeWithAssessment;

const backend = (options: BackendOptions = {}): FetchCall[] =>
  stubFormBackend({
    draftKey: DRAFT_KEY,
    draft: options.draft,
    postUrl: JOB_SEARCH_PATHS.end,
    post: options.post ?? (() => json(endReceipt, 201)),
    jobSearch: options.jobSearch ?? (() => json(tessa)),
  });

const form = (jobSearch: JobSearch = tessa): Promise<JobSearchEndForm> =>
  mount(
    html`<job-search-end-form .jobSearch=${jobSearch}></job-search-end-form>`,
    (el) => el.loadState === 'loaded' || jobSearch.state !== 'active' || jobSearch.period?.endDate !== null,
  );

/** Found work; the last day is today. */
async function fill(el: JobSearchEndForm): Promise<void> {
  await click(el, '#reason');
  await type(el, 'date', today);
}

describe('job-search-end-form', () => {
  setUpFormTests('/job-search/end');

  sharedFormTests({
    backend,
    form: () => form(),
    basedOn: tessa,
    fill,
    expectKept: (el) => {
      expect($<HTMLInputElement>(el, '#reason').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#date').value).to.equal(today);
    },
    receipt: endReceipt,
    titles: ['Lopeta työnhaku', 'Tarkista ennen kuin lopetat työnhaun', 'Olet ilmoittanut työnhakusi päättymisestä'],
    rejected: { path: 'date', code: 'end-date.before-start', says: 'Viimeinen päivä ei voi olla ennen työnhakusi alkamista' },
    conflict: true,
    draft: {
      url: '/api/drafts/job-search.end',
      edit: async (el) => {
        await click(el, '#reason-other');
        await type(el, 'details', 'Muutan Ruotsiin');
      },
      saved: { reason: 'other', date: '', details: 'Muutan Ruotsiin' },
    },
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
      expect($(el, '#date-error').textContent).to.equal(
        `Virhe: Viimeinen päivä ei voi olla ennen työnhakusi alkamista (${fiDate(tessa.period!.startDate)}).`,
      );
      await type(el, 'date', addDays(today, 366));
      await submit(el);
      expect($(el, '#date-error').textContent).to.contain('Viimeisen päivän on oltava enintään vuoden päässä tästä päivästä.');
      expect($<HTMLInputElement>(el, '#date').value).to.equal(addDays(today, 366));
      root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')[0]!.click();
      expect(root(el).activeElement?.id).to.equal('reason');
    });

    it('asks for the reason in the details when it is "another reason", and keeps the choice and the date', async () => {
      backend();
      const el = await form();
      await click(el, '#reason-other');
      await type(el, 'date', today);
      await submit(el);
      expect(summaryLinks(el)).to.deep.equal([['#details', 'Kerro lisätiedoissa, miksi työnhakusi päättyy.']]);
      expect($(el, '#details-error').textContent).to.equal('Virhe: Kerro lisätiedoissa, miksi työnhakusi päättyy.');
      expect($<HTMLInputElement>(el, '#reason-other').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#date').value).to.equal(today);
      await type(el, 'details', 'Muutan Ruotsiin.');
      await submit(el);
      expect(root(el).querySelector('.error-summary')).to.equal(null);
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
      expect(
        [...root(el).querySelectorAll('dl.summary .row')].map((row) => [
          row.querySelector('dt')!.textContent,
          row.querySelector('dd')!.textContent,
        ]),
      ).to.deep.equal([
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
      expect(posts(calls)[0]!.body).to.deep.equal({
        reason: 'employed',
        date: today,
        basedOn: tessa.updatedAt,
        details: 'Uusi työ Kauppa Oy:ssä',
      });
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
  });

  describe('model', () => {
    it('validates with the contract’s schema and the server’s date rules', () => {
      const context = { basedOn: tessa.updatedAt, periodStart: tessa.period!.startDate, today };
      expect(validateEnd({ reason: '', date: '', details: '' }, context)).to.deep.equal({
        ok: false,
        errors: { date: 'date.required', reason: 'reason.required' },
      });
      expect(validateEnd({ reason: 'other', date: '2026-02-30', details: '' }, context)).to.deep.include({ ok: false });
      // "Another reason" needs the reason in the details, shown with the other errors.
      expect(validateEnd({ reason: 'other', date: '', details: ' ' }, context)).to.deep.equal({
        ok: false,
        errors: { date: 'date.required', details: 'details.other-reason.required' },
      });
      expect(validateEnd({ reason: 'other', date: today, details: ' ' }, context)).to.deep.equal({
        ok: false,
        errors: { details: 'details.other-reason.required' },
      });
      const ok = validateEnd({ reason: 'employed', date: today, details: ' ' }, context);
      expect(ok).to.deep.equal({ ok: true, request: { reason: 'employed', date: today, basedOn: tessa.updatedAt } });
      const other = validateEnd({ reason: 'other', date: today, details: 'Muutan Ruotsiin' }, context);
      expect(other).to.deep.include({ ok: true });
    });

    it('uses fixtures that fit the contract', () => {
      expect(validate(JobSearchReceiptSchema, endReceipt).ok).to.equal(true);
      expect(validate(JobSearchSchema, activeEnding).ok).to.equal(true);
    });
  });
});
