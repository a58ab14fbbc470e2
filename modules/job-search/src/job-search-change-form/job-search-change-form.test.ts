import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocaleTopic, portalBus, validate } from '@portal/shared-contracts';
import {
  ChangeReportRequestSchema,
  JOB_SEARCH_PATHS,
  JobSearchReceiptSchema,
  JobSearchSchema,
  type JobSearch,
} from '@portal/shared-contracts/job-search';
import { defineJobSearchElements } from '../define.js';
import { addDays } from '@portal/ui-kit/page';
import { activeWithAssessment, activeWithReports, apiError, ended, json, type FetchCall } from '../testing/fixtures.js';
import { activeWithoutPayer, changeReceipt } from '../testing/fixtures-forms.js';
import {
  $,
  choose,
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
import { emptyValues, restoreValues, validateChange } from './change-model.js';
import { DRAFT_KEY, type JobSearchChangeForm } from './job-search-change-form.js';

defineJobSearchElements();

/** A fake backend for the form: drafts, the report, and the job seeking (after a 409). */
const backend = (options: BackendOptions = {}): FetchCall[] =>
  stubFormBackend({
    draftKey: DRAFT_KEY,
    draft: options.draft,
    postUrl: JOB_SEARCH_PATHS.changes,
    post: options.post ?? (() => json(changeReceipt, 201)),
    jobSearch: options.jobSearch ?? (() => json(activeWithReports)),
  });

const form = (jobSearch: JobSearch = activeWithReports): Promise<JobSearchChangeForm> =>
  mount(
    html`<job-search-change-form .jobSearch=${jobSearch}></job-search-change-form>`,
    (el) => el.loadState === 'loaded' || jobSearch.state !== 'active',
  );

/** Starting work today at Kauppa Oy, 37,5 hours a week. */
async function fillWork(el: JobSearchChangeForm): Promise<void> {
  await choose(el, 'kind');
  await type(el, 'employer', ' Kauppa Oy ');
  await type(el, 'hoursPerWeek', '37,5');
  await type(el, 'startDate', today);
}

describe('job-search-change-form', () => {
  setUpFormTests('/job-search/change');

  sharedFormTests({
    backend,
    form: () => form(),
    basedOn: activeWithReports,
    fill: fillWork,
    expectKept: (el) => {
      expect($<HTMLInputElement>(el, '#employer').value).to.equal(' Kauppa Oy ');
      expect($<HTMLInputElement>(el, '#startDate').value).to.equal(today);
    },
    receipt: changeReceipt,
    titles: ['Ilmoita muutoksesta työnhakuun', 'Tarkista ilmoitus ennen lähettämistä', 'Muutosilmoitus on lähetetty'],
    rejected: { path: 'startDate', code: 'date.before-job-seeking', says: 'Päivä ei voi olla ennen työnhakusi alkamista.' },
    conflict: true,
    draft: {
      url: '/api/drafts/job-search.change',
      edit: async (el) => {
        await choose(el, 'kind-sickness');
        await type(el, 'startDate', today);
      },
      saved: { kind: 'sickness', startDate: today },
    },
  });

  describe('accessibility', () => {
    it('is accessible when choosing, with errors, when checking and on the receipt', async () => {
      backend();
      const el = await form();
      await expect(el).to.be.accessible();
      await submit(el);
      expect(root(el).querySelector('.error-summary')).to.exist;
      await expect(el).to.be.accessible();
      await choose(el, 'kind');
      await type(el, 'hoursPerWeek', 'paljon');
      await submit(el);
      expect(root(el).querySelectorAll('.error-summary li').length).to.equal(3);
      await expect(el).to.be.accessible();
      await type(el, 'employer', 'Kauppa Oy');
      await type(el, 'hoursPerWeek', '');
      await type(el, 'startDate', today);
      await toCheck(el);
      await expect(el).to.be.accessible();
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      await expect(el).to.be.accessible();
    });

    it('is accessible with the fields of every kind', async () => {
      backend();
      const el = await form();
      for (const kind of ['business', 'studies', 'sickness', 'travel']) {
        await choose(el, `kind-${kind}`);
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible when job seeking is not valid', async () => {
      backend();
      await expect(await form(ended)).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('asks first what changed, then the fields of that kind', async () => {
      backend();
      const el = await form();
      expect($(el, 'h1').textContent).to.equal('Ilmoita muutoksesta työnhakuun');
      expect($(el, 'fieldset legend').textContent).to.equal('Mikä muuttui?');
      expect([...root(el).querySelectorAll('input[name="kind"] + label')].map((l) => l.textContent)).to.deep.equal([
        'Työn aloittaminen',
        'Yritystoiminnan aloittaminen',
        'Opiskelu',
        'Sairaus',
        'Ulkomaanmatka',
      ]);
      // Nothing is chosen for the person, and no fields show before they choose.
      expect([...root(el).querySelectorAll<HTMLInputElement>('input[name="kind"]')].some((r) => r.checked)).to.equal(false);
      expect(root(el).querySelector('#startDate')).to.equal(null);
      await choose(el, 'kind-travel');
      expect($(el, '#kind-fields legend').textContent).to.equal('Ulkomaanmatka');
      expect($(el, 'label[for="country"]').textContent).to.equal('Maa');
      expect($(el, 'label[for="startDate"]').textContent).to.equal('Lähtöpäivä');
      expect($(el, 'label[for="endDate"]').textContent).to.equal('Paluupäivä');
      expect($<HTMLInputElement>(el, '#startDate').type).to.equal('date');
      expect($(el, 'label[for="details"]').textContent).to.equal('Lisätietoja (vapaaehtoinen)');
      await choose(el, 'kind');
      expect($(el, 'label[for="endDate"]').textContent).to.equal('Työn päättymispäivä (vapaaehtoinen)');
      expect($(el, 'label[for="hoursPerWeek"]').textContent).to.equal('Työaika tunteina viikossa (vapaaehtoinen)');
      // The date's hint names the days the server accepts, and the picker offers only those.
      const start = $<HTMLInputElement>(el, '#startDate');
      expect(start.min).to.equal(activeWithReports.period!.startDate);
      expect(start.max).to.equal(addDays(today, 365));
      expect($(el, '#startDate-hint').textContent).to.equal(
        `Päivä väliltä ${fiDate(activeWithReports.period!.startDate)}–${fiDate(addDays(today, 365))}.`,
      );
      expect(start.getAttribute('aria-describedby')).to.equal('startDate-hint');
    });

    it('shows the codes next to the fields and in a summary that takes focus, keeping what was typed', async () => {
      backend();
      const el = await form();
      await submit(el);
      expect(summaryLinks(el)).to.deep.equal([['#kind', 'Valitse, mikä muuttui.']]);
      expect(root(el).activeElement).to.equal($(el, '.error-summary'));
      expect($(el, '#kind-error').textContent).to.equal('Virhe: Valitse, mikä muuttui.');
      await choose(el, 'kind');
      await type(el, 'hoursPerWeek', '90');
      await type(el, 'details', 'x'.repeat(1001));
      await submit(el);
      expect(summaryLinks(el)).to.deep.equal([
        ['#employer', 'Kirjoita työnantajan nimi.'],
        ['#hoursPerWeek', 'Anna työaika tunteina numerona väliltä 0,5–80, esimerkiksi 37,5.'],
        ['#startDate', 'Anna alkamispäivä.'],
        ['#details', 'Teksti on liian pitkä. Lyhennä sitä.'],
      ]);
      await waitUntil(() => root(el).activeElement === $(el, '.error-summary'));
      const employer = $<HTMLInputElement>(el, '#employer');
      expect(employer.getAttribute('aria-invalid')).to.equal('true');
      expect(employer.getAttribute('aria-describedby')).to.equal('employer-error');
      expect($(el, '#employer-error').textContent).to.contain('Kirjoita työnantajan nimi.');
      expect($<HTMLInputElement>(el, '#hoursPerWeek').value).to.equal('90');
      expect($(el, '.char-count').textContent).to.equal('Tekstissä on 1 merkki liikaa.');
      root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')[2]!.click();
      expect(root(el).activeElement?.id).to.equal('startDate');
    });

    it('applies the server’s date rules: a year either way, not before job seeking started, the end not before the start', async () => {
      backend();
      const el = await form(activeWithAssessment);
      await choose(el, 'kind-sickness');
      await type(el, 'startDate', addDays(today, 366));
      await submit(el);
      expect($(el, '#startDate-error').textContent).to.contain('Päivän on oltava enintään vuoden päässä tästä päivästä.');
      await type(el, 'startDate', addDays(activeWithAssessment.period!.startDate, -1));
      await submit(el);
      expect($(el, '#startDate-error').textContent).to.contain('Päivä ei voi olla ennen työnhakusi alkamista.');
      await type(el, 'startDate', today);
      await type(el, 'endDate', addDays(today, -1));
      await submit(el);
      expect(root(el).querySelector('#startDate-error')).to.equal(null);
      expect($(el, '#endDate-error').textContent).to.contain('Päättymispäivä ei voi olla ennen alkamispäivää.');
      // A trip needs its return day, worded for a trip.
      await choose(el, 'kind-travel');
      await type(el, 'endDate', '');
      await submit(el);
      expect(summaryLinks(el)).to.deep.equal([
        ['#country', 'Valitse maa.'],
        ['#endDate', 'Anna paluupäivä.'],
      ]);
    });

    it('says a typed day that does not exist (31.2.) does not exist, naming the field, instead of asking for the date', async () => {
      backend();
      const el = await form(activeWithAssessment);
      await choose(el, 'kind-sickness');
      // What a date input reports for 31.2.: an empty value and bad input (the browser keeps the text).
      const typedNonDay = async (id: string): Promise<void> => {
        const input = $<HTMLInputElement>(el, `#${id}`);
        Object.defineProperty(input, 'validity', { configurable: true, value: { ...input.validity, badInput: true, valid: false } });
        input.value = '';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      await typedNonDay('startDate');
      await typedNonDay('endDate');
      await submit(el);
      expect(summaryLinks(el)).to.deep.equal([
        ['#startDate', 'Alkamispäivää ei ole kalenterissa. Tarkista päivä ja kuukausi.'],
        ['#endDate', 'Päättymispäivää ei ole kalenterissa. Tarkista päivä ja kuukausi.'],
      ]);
      await choose(el, 'kind-travel');
      await submit(el);
      expect(summaryLinks(el).filter(([href]) => href?.endsWith('Date'))).to.deep.equal([
        ['#startDate', 'Lähtöpäivää ei ole kalenterissa. Tarkista päivä ja kuukausi.'],
        ['#endDate', 'Paluupäivää ei ole kalenterissa. Tarkista päivä ja kuukausi.'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('keeps what was typed for the fields the new kind also has', async () => {
      backend();
      const el = await form();
      await choose(el, 'kind-studies');
      await type(el, 'institution', 'Helsingin yliopisto');
      await choose(el, 'fullTime');
      await type(el, 'startDate', today);
      await type(el, 'endDate', addDays(today, 90));
      await type(el, 'details', 'Kevätlukukausi');
      // Sickness has the dates and the details, not the institution.
      await choose(el, 'kind-sickness');
      expect(root(el).querySelector('#institution')).to.equal(null);
      expect($<HTMLInputElement>(el, '#startDate').value).to.equal(today);
      expect($<HTMLInputElement>(el, '#endDate').value).to.equal(addDays(today, 90));
      expect($<HTMLTextAreaElement>(el, '#details').value).to.equal('Kevätlukukausi');
      // Business shares "full time" with studies; nothing typed is lost by passing through others.
      await choose(el, 'kind-business');
      expect($<HTMLInputElement>(el, '#fullTime').checked).to.equal(true);
      expect($(el, '#fullTime').closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Onko yritystoimintasi päätoimista?');
      await choose(el, 'kind-studies');
      expect($<HTMLInputElement>(el, '#institution').value).to.equal('Helsingin yliopisto');
      // Errors of fields the chosen kind does not have go; the others stay.
      await choose(el, 'kind');
      await submit(el);
      expect(summaryLinks(el).map(([href]) => href)).to.deep.equal(['#employer']);
      await choose(el, 'kind-sickness');
      expect(root(el).querySelector('.error-summary')).to.equal(null);
    });

    it('lists the countries by their names in the language, without Finland', async () => {
      backend();
      const el = await form();
      await choose(el, 'kind-travel');
      const options = () => [...$<HTMLSelectElement>(el, '#country').options].slice(1);
      const placeholder = $<HTMLSelectElement>(el, '#country').options[0]!;
      expect([placeholder.value, placeholder.textContent]).to.deep.equal(['', 'Valitse maa']);
      const names = options().map((o) => o.textContent ?? '');
      expect(names).to.include('Ruotsi');
      expect(names).to.include('Viro');
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('fi-FI').compare));
      expect(options().map((o) => o.value)).not.to.include('FI');
      // Every country there is (ISO 3166-1) but Finland, not a hand-picked list.
      expect(options()).to.have.length(248);
      expect(names).to.include.members(['Malediivit', 'Uusi-Seelanti', 'Brasilia']);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(options().find((o) => o.value === 'SE')!.textContent).to.equal('Sverige');
    });

    it('says before sending that a notice goes to the payer and that it does not replace the person’s own duty', async () => {
      backend();
      const el = await form();
      await fillWork(el);
      await toCheck(el);
      const payer = $(el, '.payer');
      expect(payer.textContent!.replace(/\s+/g, ' ')).to.contain('tieto tästä muutoksesta lähetetään myös etuuden maksajalle: Kela.');
      expect(payer.querySelector('strong')!.textContent).to.equal(
        'Tämä ei korvaa omaa ilmoitusvelvollisuuttasi. Ilmoita muutoksesta myös itse etuuden maksajalle (Kela).',
      );
    });

    it('says nothing of a payer to someone without benefit', async () => {
      backend({ post: () => json({ ...changeReceipt, payerNotice: null }, 201) });
      const el = await form(activeWithoutPayer);
      await fillWork(el);
      await toCheck(el);
      expect(root(el).querySelector('.payer')).to.equal(null);
      expect(text(el)).not.to.contain('ilmoitusvelvollisuut');
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      expect(root(el).querySelector('.payer')).to.equal(null);
    });

    it('checks the report, sends it once with an idempotency key, and shows the receipt with the payer notice', async () => {
      const calls = backend();
      const el = await form();
      await fillWork(el);
      await toCheck(el);
      expect(
        [...root(el).querySelectorAll('dl.summary .row')].map((row) => [
          row.querySelector('dt')!.textContent,
          row.querySelector('dd')!.textContent,
        ]),
      ).to.deep.equal([
        ['Mikä muuttui', 'Työn aloittaminen'],
        ['Työnantaja', 'Kauppa Oy'],
        ['Työaika tunteina viikossa', '37,5 tuntia viikossa'],
        ['Työn alkamispäivä', fiDate(today)],
        ['Työn päättymispäivä', 'Ei ilmoitettu'],
        ['Lisätietoja', 'Ei ilmoitettu'],
      ]);
      const key = el.idempotencyKey;
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      const sent = posts(calls);
      expect(sent).to.have.length(1);
      expect(sent[0]!.headers['idempotency-key']).to.equal(key);
      expect(sent[0]!.body).to.deep.equal({
        kind: 'work',
        startDate: today,
        basedOn: activeWithReports.updatedAt,
        employer: 'Kauppa Oy',
        hoursPerWeek: 37.5,
      });
      expect($(el, 'h1').textContent).to.equal('Muutosilmoitus on lähetetty');
      expect(root(el).activeElement).to.equal($(el, 'h1'));
      expect($(el, '.panel').textContent).to.contain('Muutosilmoituksesi on vastaanotettu');
      expect($(el, '.panel').textContent).to.contain('Vastaanotettu 25. marraskuuta 2026 klo 12.00.');
      expect($(el, '.payer').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Tieto muutoksesta lähetettiin etuuden maksajalle (Kela) 25. marraskuuta 2026 klo 12.00.',
      );
      expect(text(el)).to.contain('Muista ilmoittaa muutoksesta myös itse etuuden maksajalle.');
      expect($<HTMLAnchorElement>(el, 'a[href="/job-search"]').textContent).to.equal('Takaisin työnhakuun');
      expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/drafts/job-search.change')).to.equal(true);
      // The area page passes the new state: the receipt stays. Another report starts empty.
      el.jobSearch = changeReceipt.jobSearch;
      await el.updateComplete;
      expect(el.step).to.equal('receipt');
      await click(el, 'button.another');
      await waitUntil(() => el.step === 'edit');
      expect([...root(el).querySelectorAll<HTMLInputElement>('input[name="kind"]')].some((r) => r.checked)).to.equal(false);
      expect(el.idempotencyKey).not.to.equal(key);
    });

    it('on a 409 after job seeking ended says so, with the way to register', async () => {
      backend({ post: () => apiError('conflict', 409), jobSearch: () => json(ended) });
      const el = await form();
      await fillWork(el);
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => root(el).querySelector('.notice.error') !== null);
      expect(text(el)).to.contain('Työnhakusi päättyi sillä välin');
      expect(root(el).querySelector('form')).to.equal(null);
      expect($<HTMLAnchorElement>(el, 'a.button').getAttribute('href')).to.equal('/job-search/register');
    });

    it('tells someone whose job seeking is not valid that there is nothing to report, with a link to register', async () => {
      const calls = backend();
      const el = await form(ended);
      expect(text(el)).to.contain('Työnhakusi ei ole voimassa, joten siihen ei voi ilmoittaa muutoksia.');
      expect($<HTMLAnchorElement>(el, 'a.button').getAttribute('href')).to.equal('/job-search/register');
      expect(root(el).querySelector('form')).to.equal(null);
      expect(calls.filter((c) => c.url.startsWith('/api/drafts'))).to.have.length(0);
    });

    it('speaks Swedish and English', async () => {
      backend();
      const el = await form();
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Anmäl en ändring i ditt arbetssökande');
      expect($(el, 'label[for="kind-travel"]').textContent).to.equal('Utlandsresa');
      await choose(el, 'kind-business');
      await submit(el);
      expect($(el, '#fullTime-error').textContent).to.equal('Fel: Välj om din företagsverksamhet är din huvudsyssla.');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Report a change to your job seeking');
      expect($(el, '.error-summary h2').textContent).to.equal('There is a problem');
      expect($(el, '#startDate-error').textContent).to.equal('Error: Enter the start date.');
      expect($(el, 'label[for="businessName"]').textContent).to.equal('Name of the business');
    });
  });

  describe('keyboard', () => {
    it('chooses the kind with the arrow keys, moves on with Tab and continues with Enter', async () => {
      backend();
      const el = await form();
      $(el, '#kind').focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => el.values?.kind === 'business');
      expect(root(el).activeElement?.id).to.equal('kind-business');
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => el.values?.kind === 'work');
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('employer');
      await sendKeys({ type: 'Kauppa Oy' });
      await sendKeys({ press: 'Enter' });
      // The start date is missing: the summary takes focus.
      await waitUntil(() => root(el).activeElement === $(el, '.error-summary'));
      await type(el, 'startDate', today);
      $(el, '#employer').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'check');
      expect(root(el).activeElement).to.equal($(el, 'h1'));
      $(el, 'button.send').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'receipt');
    });

    it('takes the person from Change on the check step to that field', async () => {
      backend();
      const el = await form();
      await fillWork(el);
      await toCheck(el);
      const change = [...root(el).querySelectorAll<HTMLButtonElement>('dl.summary .change button')].find((b) =>
        b.textContent!.includes('Työnantaja'),
      )!;
      change.click();
      await waitUntil(() => el.step === 'edit');
      await waitUntil(() => root(el).activeElement?.id === 'employer');
    });
  });

  describe('drafts', () => {
    it('restores a saved draft once and says so', async () => {
      backend({ draft: { kind: 'travel', country: 'EE', startDate: addDays(today, 3), endDate: addDays(today, 10), details: 'Tallinna' } });
      const el = await form();
      expect($<HTMLInputElement>(el, '#kind-travel').checked).to.equal(true);
      expect($<HTMLSelectElement>(el, '#country').value).to.equal('EE');
      expect($<HTMLInputElement>(el, '#endDate').value).to.equal(addDays(today, 10));
      expect($<HTMLTextAreaElement>(el, '#details').value).to.equal('Tallinna');
      expect($(el, '.notice[role="status"]').textContent).to.contain('Palautimme tiedot, jotka kirjoitit aiemmin');
    });

    it('ignores what does not fit in a damaged or old draft', async () => {
      backend({ draft: { kind: 'holiday', country: 'XX', startDate: '2026-02-30', employer: 7, fullTime: 'maybe' } });
      const el = await form();
      expect(root(el).querySelector('.notice')).to.equal(null);
      expect([...root(el).querySelectorAll<HTMLInputElement>('input[name="kind"]')].some((r) => r.checked)).to.equal(false);
      expect(restoreValues({ kind: 'work', startDate: '2026-02-30', employer: 7 }).values).to.deep.equal({
        ...emptyValues(),
        kind: 'work',
      });
    });
  });

  describe('model', () => {
    const context = { basedOn: activeWithReports.updatedAt, periodStart: activeWithReports.period!.startDate, today };

    it('builds each kind’s request in the contract’s shape', () => {
      const base = {
        ...emptyValues(),
        startDate: today,
        endDate: addDays(today, 7),
        employer: 'Oy',
        businessName: 'Toiminimi T',
        institution: 'Aalto',
        fullTime: 'no',
        country: 'SE',
      };
      const requests = (['work', 'business', 'studies', 'sickness', 'travel'] as const).map((kind) => {
        const result = validateChange({ ...base, kind }, context);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        return result.request;
      });
      expect(requests.map((r) => Object.keys(r).sort().join())).to.deep.equal([
        'basedOn,employer,endDate,kind,startDate',
        'basedOn,businessName,fullTime,kind,startDate',
        'basedOn,endDate,fullTime,institution,kind,startDate',
        'basedOn,endDate,kind,startDate',
        'basedOn,country,endDate,kind,startDate',
      ]);
      for (const request of requests) expect(validate(ChangeReportRequestSchema, request).ok).to.equal(true);
    });

    it('reads hours with a comma or a point, and asks "full time" with a code of its own', () => {
      const hours = validateChange({ ...emptyValues(), kind: 'work', employer: 'Oy', startDate: today, hoursPerWeek: '20.5' }, context);
      expect(hours.ok && hours.request.kind === 'work' && hours.request.hoursPerWeek).to.equal(20.5);
      const fullTime = validateChange({ ...emptyValues(), kind: 'studies', institution: 'Aalto', startDate: today }, context);
      expect(!fullTime.ok && fullTime.errors).to.deep.equal({ fullTime: 'full-time.required' });
    });

    it('uses fixtures that fit the contract', () => {
      expect(validate(JobSearchReceiptSchema, changeReceipt).ok).to.equal(true);
      expect(validate(JobSearchSchema, activeWithoutPayer).ok).to.equal(true);
    });
  });
});
