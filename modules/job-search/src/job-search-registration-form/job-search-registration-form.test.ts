import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocaleTopic, portalBus, SessionExpiringTopic } from '@portal/shared-contracts';
import { JOB_SEARCH_PATHS, type JobSearch, type JobSearchReceipt } from '@portal/shared-contracts/job-search';
import { defineJobSearchElements } from '../define.js';
import type { JobSearchChangedEvent } from '../events.js';
import { addDays } from '@portal/ui-kit/page';
import {
  activeWithAssessment,
  apiError,
  ended,
  fund,
  json,
  notRegistered,
  reference,
  ullaProfile,
  type FetchCall,
} from '../testing/fixtures.js';
import {
  $,
  choose,
  click,
  fiDate,
  mount,
  posts,
  root,
  select,
  sendFromCheck,
  setUpFormTests,
  sharedFormTests,
  stubFormBackend,
  submit,
  text,
  toCheck,
  today,
  type,
  type BackendOptions,
} from '../testing/form-test-helpers.js';
import { DRAFT_KEY, type JobSearchRegistrationForm } from './job-search-registration-form.js';
import { errorsAfterRemoval, initialValues, restoreValues, validateRegistration } from './registration-model.js';

defineJobSearchElements();

const receipt: JobSearchReceipt = {
  id: 'reg-1',
  kind: 'registration',
  receivedAt: '2026-11-25T10:00:00.000Z',
  payerNotice: { id: 'n-1', payer: fund, createdAt: '2026-11-25T10:00:01.000Z' },
  jobSearch: {
    ...activeWithAssessment,
    period: { ...activeWithAssessment.period!, startDate: today },
    assessment: { state: 'open', dueDate: addDays(today, 7), completedAt: null },
    updatedAt: '2026-11-25T10:00:01.000Z',
  },
};

/** The reference data and the profile (for the pre-fill) besides what every form's backend answers. */
const backend = (options: BackendOptions & { reference?: () => Response } = {}): FetchCall[] =>
  stubFormBackend({
    draftKey: DRAFT_KEY,
    draft: options.draft,
    postUrl: JOB_SEARCH_PATHS.registration,
    post: options.post ?? (() => json(receipt, 201)),
    jobSearch: options.jobSearch ?? (() => json(notRegistered)),
    routes: {
      [JOB_SEARCH_PATHS.reference]: options.reference ?? (() => json(reference)),
      '/api/profile': () => json(ullaProfile),
    },
  });

const form = (jobSearch: JobSearch = notRegistered): Promise<JobSearchRegistrationForm> =>
  mount(
    html`<job-search-registration-form .jobSearch=${jobSearch}></job-search-registration-form>`,
    (el) => el.loadState === 'loaded' || el.loadState === 'failed' || jobSearch.state === 'active',
  );

/** The chosen ones of a picker, by name (its chips: "Poista Helsinki×"). */
const chosen = (el: JobSearchRegistrationForm, picker: string): string[] =>
  [...root(el).querySelectorAll(`.picker:has(#${picker}) .chip`)].map((chip) =>
    chip
      .textContent!.replace(/\s+/g, ' ')
      .trim()
      .replace(/^Poista /, '')
      .replace(/^Ta bort /, '')
      .replace(/×$/, ''),
  );

/** Fills what a person who never registered must answer (phone and email come from the profile). */
async function fillRequired(el: JobSearchRegistrationForm): Promise<void> {
  await choose(el, 'statusCode');
  await type(el, 'soughtWork-occupations-0', '  Myyjä ');
  await choose(el, 'soughtWork-workTime');
  await choose(el, 'benefit-status-receiving');
  await select(el, 'benefit-payerId', 'kela');
}

describe('job-search-registration-form', () => {
  setUpFormTests('/job-search/register');

  sharedFormTests({
    backend,
    form: () => form(),
    basedOn: notRegistered,
    fill: fillRequired,
    expectKept: (el) => expect($<HTMLInputElement>(el, '#soughtWork-occupations-0').value).to.equal('  Myyjä '),
    receipt,
    titles: ['Ilmoittaudu työnhakijaksi', 'Tarkista tiedot ennen lähettämistä', 'Olet ilmoittautunut työnhakijaksi'],
    rejected: { path: 'phone', code: 'phone.invalid', says: 'Anna puhelinnumero numeroina' },
    conflict: true,
    draft: {
      url: '/api/drafts/job-search.registration',
      edit: (el) => type(el, 'phone', '040 999 8888'),
      saved: { phone: '040 999 8888' },
    },
  });

  describe('accessibility', () => {
    it('is accessible when filling in, with errors, when checking and on the receipt', async () => {
      backend();
      const el = await form();
      await expect(el).to.be.accessible();
      await click(el, '#education-add');
      await click(el, '#workHistory-add');
      await submit(el);
      expect(root(el).querySelector('.error-summary')).to.exist;
      await expect(el).to.be.accessible();
      await click(el, '#education-0 .remove');
      await click(el, '#workHistory-0 .remove');
      await fillRequired(el);
      await toCheck(el);
      await expect(el).to.be.accessible();
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      await expect(el).to.be.accessible();
    });

    it('is accessible pre-filled from an earlier registration, and when already registered', async () => {
      backend();
      await expect(await form(ended)).to.be.accessible();
      await expect(await form(activeWithAssessment)).to.be.accessible();
    });

    it('is accessible when the form cannot be opened', async () => {
      backend({ reference: () => apiError('internal-error', 500) });
      const el = await form();
      expect(el.loadState).to.equal('failed');
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('pre-fills contact data and the home municipality from the basic data of someone never registered', async () => {
      const calls = backend();
      const el = await form();
      expect(calls.some((c) => c.url === '/api/profile')).to.equal(true);
      expect($<HTMLInputElement>(el, '#phone').value).to.equal('+358 44 987 6543');
      expect($<HTMLInputElement>(el, '#phone').autocomplete).to.equal('tel');
      expect($<HTMLInputElement>(el, '#email').value).to.equal('ulla.ulkomaa@example.com');
      expect($<HTMLInputElement>(el, '#email').autocomplete).to.equal('email');
      expect(chosen(el, 'soughtWork-regions')).to.deep.equal(['Helsinki']);
      expect($<HTMLInputElement>(el, '#soughtWork-abroad').checked).to.equal(false);
      expect(root(el).querySelectorAll('[id^="soughtWork-occupations-"][type="text"]').length).to.equal(1);
      // Nothing is preselected for the person.
      expect([...root(el).querySelectorAll<HTMLInputElement>('input[name="statusCode"]')].some((r) => r.checked)).to.equal(false);
      expect(root(el).querySelector('#benefit-payerId')).to.equal(null);
      expect($<HTMLAnchorElement>(el, 'a[href="/profile/change"]').textContent).to.equal('Omat tiedot');
    });

    it('pre-fills everything from the latest registration', async () => {
      const calls = backend();
      const el = await form(ended);
      expect(calls.some((c) => c.url === '/api/profile')).to.equal(false);
      expect($<HTMLInputElement>(el, '#statusCode').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#phone').value).to.equal('+358 40 123 4567');
      expect($<HTMLSelectElement>(el, '#education-0-level').value).to.equal('vocational');
      expect($<HTMLInputElement>(el, '#education-1-field').value).to.equal('Tradenomi');
      expect($<HTMLInputElement>(el, '#education-1-year').value).to.equal('2008');
      expect($<HTMLInputElement>(el, '#workHistory-0-employer').value).to.equal('Esimerkki Oy');
      expect($<HTMLInputElement>(el, '#workHistory-0-start').value).to.equal('9');
      expect($<HTMLInputElement>(el, '#workHistory-0-start-year').value).to.equal('2008');
      expect($<HTMLInputElement>(el, '#workHistory-0-end').value).to.equal('12');
      expect($<HTMLInputElement>(el, '#soughtWork-occupations-1').value).to.equal('Toimistotyö');
      expect(chosen(el, 'soughtWork-regions')).to.deep.equal(['Helsinki', 'Espoo']);
      expect($<HTMLInputElement>(el, '#soughtWork-workTime').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#goals').value).to.equal('Haluan palata asiakaspalvelutyöhön.');
      expect($<HTMLInputElement>(el, '#benefit-status-applied').checked).to.equal(true);
      expect($<HTMLSelectElement>(el, '#benefit-payerId').value).to.equal('erko');
      expect(text(el)).to.contain('Olemme täyttäneet valmiiksi tiedot');
    });

    it('says that job seeking starts today, in the form and on the check step', async () => {
      backend();
      const el = await form(ended);
      expect($(el, '.starts-today').textContent).to.equal(`Työnhakusi alkaa tänään ${fiDate(today)}.`);
      await toCheck(el);
      const first = root(el).querySelector('dl.summary .row')!;
      expect(first.querySelector('dt')!.textContent).to.equal('Työnhaku alkaa');
      expect(first.querySelector('dd')!.textContent).to.equal(`tänään ${fiDate(today)}`);
    });

    it('shows each error next to its field and in a summary that takes focus, keeping what was typed', async () => {
      backend();
      const el = await form();
      await type(el, 'phone', 'soita minulle');
      await submit(el);
      const summary = $(el, '.error-summary');
      expect(root(el).activeElement).to.equal(summary);
      expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
        ['#statusCode', 'Valitse, mikä kuvaa tilannettasi.'],
        ['#phone', 'Anna puhelinnumero numeroina, esimerkiksi 040 123 4567.'],
        ['#soughtWork-occupations-0', 'Kirjoita ammatti tai tehtävä, jota haet.'],
        ['#soughtWork-workTime', 'Valitse, haetko kokoaikatyötä vai osa-aikatyötä.'],
        ['#benefit-status', 'Valitse, haetko tai saatko työttömyysetuutta.'],
      ]);
      const phone = $<HTMLInputElement>(el, '#phone');
      expect(phone.value).to.equal('soita minulle');
      expect(phone.getAttribute('aria-invalid')).to.equal('true');
      expect(phone.getAttribute('aria-describedby')).to.equal('phone-hint phone-error');
      expect($(el, '#phone-error').textContent).to.contain('Anna puhelinnumero numeroina');
      expect($(el, '#soughtWork-workTime-error').textContent).to.contain('kokoaikatyötä');
      summary.querySelectorAll('a')[2]!.click();
      expect(root(el).activeElement?.id).to.equal('soughtWork-occupations-0');
      expect(el.step).to.equal('edit');
    });

    it('validates education, work months and the payer with the contract’s codes', async () => {
      backend();
      const el = await form();
      await fillRequired(el);
      await choose(el, 'benefit-status-applied');
      await select(el, 'benefit-payerId', '');
      await click(el, '#education-add');
      await type(el, 'education-0-year', '20x5');
      await click(el, '#workHistory-add');
      await type(el, 'workHistory-0-employer', 'Kauppa Oy');
      await type(el, 'workHistory-0-title', 'Myyjä');
      await type(el, 'workHistory-0-start', '5');
      await type(el, 'workHistory-0-start-year', '2020');
      await type(el, 'workHistory-0-end', '3');
      await type(el, 'workHistory-0-end-year', '2020');
      await submit(el);
      expect($(el, '#education-0-level-error').textContent).to.contain('Valitse koulutusaste.');
      expect($(el, '#education-0-field-error').textContent).to.contain('Kirjoita tutkinto tai koulutusala.');
      expect($(el, '#education-0-year-error').textContent).to.contain('neljänä numerona');
      expect($(el, '#workHistory-0-end-error').textContent).to.contain('Päättymiskuukausi ei voi olla ennen aloituskuukautta.');
      expect($(el, '#benefit-payerId-error').textContent).to.contain('Valitse etuuden maksaja.');
      expect($<HTMLInputElement>(el, '#education-0-year').value).to.equal('20x5');
    });

    it('moves focus to a new entry’s first field, and sensibly on removal', async () => {
      backend();
      const el = await form();
      await click(el, '#education-add');
      await waitUntil(() => root(el).activeElement?.id === 'education-0-level');
      await click(el, '#education-add');
      await waitUntil(() => root(el).activeElement?.id === 'education-1-level');
      expect($(el, '#education-1 legend').textContent).to.equal('Koulutus 2');
      // Removing the second: focus to the previous entry.
      await click(el, '#education-1 .remove');
      await waitUntil(() => root(el).activeElement?.id === 'education-0-level');
      await waitUntil(() => root(el).querySelector('[aria-live="polite"]')!.textContent === 'Koulutus 2 poistettu.');
      // Removing the only one: focus to the add button.
      await click(el, '#education-0 .remove');
      await waitUntil(() => root(el).activeElement?.id === 'education-add');
      // Occupations: the same pattern, and at most five.
      for (let i = 1; i < 5; i++) await click(el, '#soughtWork-occupations-add');
      await waitUntil(() => root(el).activeElement?.id === 'soughtWork-occupations-4');
      expect(root(el).querySelector('#soughtWork-occupations-add')).to.equal(null);
      await click(el, '#soughtWork-occupations .repeat-row:nth-of-type(1) .remove');
      await waitUntil(() => root(el).activeElement?.id === 'soughtWork-occupations-0');
    });

    it('keeps each error with its entry when an earlier entry is removed', async () => {
      backend();
      const el = await form();
      await click(el, '#education-add');
      await click(el, '#education-add');
      await type(el, 'education-1-field', 'Tradenomi');
      await submit(el);
      expect(root(el).querySelector('#education-1-level-error')).to.exist;
      await click(el, '#education-0 .remove');
      expect(root(el).querySelector('#education-1-level-error')).to.equal(null);
      expect($(el, '#education-0-level-error').textContent).to.contain('Valitse koulutusaste.');
      expect(root(el).querySelector('#education-0-field-error')).to.equal(null);
      expect($<HTMLInputElement>(el, '#education-0-field').value).to.equal('Tradenomi');
    });

    it('stops adding at ten educations', async () => {
      backend();
      const el = await form();
      for (let i = 0; i < 10; i++) await click(el, '#education-add');
      expect(root(el).querySelectorAll('fieldset.entry[id^="education-"]').length).to.equal(10);
      expect(root(el).querySelector('#education-add')).to.equal(null);
      expect(text(el)).to.contain('Olet antanut enimmäismäärän, 10 koulutusta.');
    });

    it('counts the characters of the goals and refuses more than 2000', async () => {
      backend();
      const el = await form(ended);
      await type(el, 'goals', 'x'.repeat(1990));
      expect($(el, '.char-count').textContent).to.equal('Voit kirjoittaa vielä 10 merkkiä.');
      await type(el, 'goals', 'x'.repeat(2003));
      expect($(el, '.char-count').textContent).to.equal('Tekstissä on 3 merkkiä liikaa.');
      await submit(el);
      expect($(el, '#goals-error').textContent).to.contain('enintään 2 000 merkkiä');
      expect($<HTMLTextAreaElement>(el, '#goals').value).to.have.length(2003);
    });

    it('checks the answers, sends once with an idempotency key, and shows the receipt with the next step', async () => {
      const calls = backend();
      const el = await form();
      await fillRequired(el);
      await toCheck(el);
      expect(root(el).activeElement).to.equal($(el, 'h1'));
      const rows = [...root(el).querySelectorAll('dl.summary .row')].map((row) => [
        row.querySelector('dt')!.textContent,
        row.querySelector('dd')!.textContent!.trim(),
      ]);
      expect(rows).to.deep.include(['Tilanteesi', 'Työtön']);
      expect(rows).to.deep.include(['Haettavat ammatit tai tehtävät', 'Myyjä']);
      expect(rows).to.deep.include(['Alueet', 'Helsinki']);
      expect(rows).to.deep.include(['Työttömyysetuus', 'Saan työttömyysetuutta: Kela']);
      const changed = oneEvent(el, 'job-search-changed');
      await sendFromCheck(el);
      const event = (await changed) as unknown as JobSearchChangedEvent;
      expect(event.jobSearch).to.deep.equal(receipt.jobSearch);
      expect(event.bubbles && event.composed).to.equal(true);
      await waitUntil(() => el.step === 'receipt');
      const [post] = posts(calls);
      expect(posts(calls)).to.have.length(1);
      expect(post!.url).to.equal('/api/job-search/registration');
      expect(post!.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
      expect(post!.body).to.deep.equal({
        statusCode: '02',
        phone: '+358 44 987 6543',
        email: 'ulla.ulkomaa@example.com',
        education: [],
        workHistory: [],
        soughtWork: { occupations: ['Myyjä'], regions: ['091'], workTime: 'full-time' },
        goals: '',
        benefit: { status: 'receiving', payerId: 'kela' },
        basedOn: null,
      });
      expect($(el, 'h1').textContent).to.equal('Olet ilmoittautunut työnhakijaksi');
      expect($(el, '.panel').textContent).to.contain('Ilmoittautumisesi on vastaanotettu');
      expect(text(el)).to.contain(`Työnhakusi on voimassa ${fiDate(today)} alkaen.`);
      expect(text(el)).to.contain('Työnhakuasi hoitaa: Helsingin työllisyyspalvelut, 09 310 12345');
      expect(text(el)).to.contain(
        'Tieto työnhakusi alkamisesta lähetettiin etuuden maksajalle (Erityisalojen työttömyyskassa ERKO) 25.11.2026.',
      );
      expect(text(el)).to.contain(`Vastaa palvelutarvekysymyksiin viimeistään ${fiDate(addDays(today, 7))}.`);
      expect($<HTMLAnchorElement>(el, 'a.button').getAttribute('href')).to.equal('/job-search/assessment');
      expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/drafts/job-search.registration')).to.equal(true);
      // The app now passes the new state: the receipt stays.
      el.jobSearch = receipt.jobSearch;
      await el.updateComplete;
      expect(el.step).to.equal('receipt');
      expect($(el, 'h1').textContent).to.equal('Olet ilmoittautunut työnhakijaksi');
    });

    it('registers looking for work abroad (Sweden, chosen in the searchable picker) with a fund not on the list, named', async () => {
      const abroadReceipt: JobSearchReceipt = {
        ...receipt,
        payerNotice: null,
        jobSearch: {
          ...receipt.jobSearch,
          payer: null,
          registration: {
            ...receipt.jobSearch.registration!,
            soughtWork: { occupations: ['Myyjä'], regions: [], abroad: { anyCountry: false, countries: ['SE'] }, workTime: 'full-time' },
            benefit: { status: 'receiving', payerId: 'other', otherFundName: 'Nordiska kassan' },
          },
        },
      };
      const calls = backend({ post: () => json(abroadReceipt, 201) });
      const el = await form();
      await fillRequired(el);
      // Not Helsinki after all: its chip's "Poista Helsinki" button removes it.
      const helsinki = [...root(el).querySelectorAll<HTMLButtonElement>('.chip')].find((chip) => chip.textContent!.includes('Helsinki'))!;
      expect(helsinki.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Poista Helsinki×');
      helsinki.click();
      await el.updateComplete;
      await choose(el, 'soughtWork-abroad');
      await type(el, 'soughtWork-abroad-countries', 'ruo');
      expect([...root(el).querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim())).to.deep.equal(['Ruotsi']);
      await expect(el).to.be.accessible();
      await click(el, '[role="option"]');
      expect(chosen(el, 'soughtWork-abroad-countries')).to.deep.equal(['Ruotsi']);
      await select(el, 'benefit-payerId', 'other');
      // "Other" without its name is not an answer.
      await submit(el);
      expect($(el, '#benefit-otherFundName-error').textContent).to.contain('Kirjoita työttömyyskassan nimi.');
      await expect(el).to.be.accessible();
      await type(el, 'benefit-otherFundName', 'Nordiska kassan');
      await toCheck(el);
      const rows = [...root(el).querySelectorAll('dl.summary .row')].map((row) => [
        row.querySelector('dt')!.textContent,
        row.querySelector('dd')!.textContent!.trim(),
      ]);
      expect(rows).to.deep.include(['Alueet', 'Ulkomaat: Ruotsi']);
      expect(rows).to.deep.include(['Työttömyysetuus', 'Saan työttömyysetuutta: Nordiska kassan']);
      await expect(el).to.be.accessible();
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      const [post] = posts(calls);
      expect((post!.body as Record<string, unknown>)['soughtWork']).to.deep.equal({
        occupations: ['Myyjä'],
        regions: [],
        abroad: { anyCountry: false, countries: ['SE'] },
        workTime: 'full-time',
      });
      expect((post!.body as Record<string, unknown>)['benefit']).to.deep.equal({
        status: 'receiving',
        payerId: 'other',
        otherFundName: 'Nordiska kassan',
      });
      expect(text(el)).to.contain('Haet työtä: Ulkomaat: Ruotsi.');
      expect(text(el)).to.contain('Työttömyyskassa Nordiska kassan ei ole palvelun tiedoissa');
      await expect(el).to.be.accessible();
    });

    it('anywhere in Finland, or abroad in any country, is enough without a municipality', async () => {
      const result = (values: Partial<Parameters<typeof validateRegistration>[0]>) =>
        validateRegistration({ ...initialValues(null, null, reference), ...values }, null);
      const base = { statusCode: '02', phone: '040 123 4567', occupations: ['Myyjä'], workTime: 'either', benefitStatus: 'none' };
      expect(result({ ...base, regions: [] })).to.deep.include({ ok: false });
      expect(result({ ...base, regions: [], anywhereInFinland: true }).ok).to.equal(true);
      expect(result({ ...base, regions: [], abroad: true, anyCountry: true, countries: ['SE'] })).to.deep.include({ ok: true });
      const abroadNowhere = result({ ...base, regions: [], abroad: true });
      expect(abroadNowhere.ok === false && abroadNowhere.errors).to.deep.equal({
        'soughtWork.abroad.countries': 'sought.countries.required',
      });
    });

    it('on a 409 after a registration elsewhere says that job seeking has started', async () => {
      backend({ post: () => apiError('conflict', 409), jobSearch: () => json(activeWithAssessment) });
      const el = await form(ended);
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => root(el).querySelector('.notice.error') !== null);
      expect(text(el)).to.contain('Työnhakusi alkoi sillä välin');
      expect(text(el)).to.contain('Työnhakusi on jo voimassa');
      expect(root(el).querySelector('form')).to.equal(null);
    });

    it('shows a server’s code about one item of a group at the group, the summary in page order', async () => {
      backend({
        post: () =>
          apiError('validation-failed', 400, [
            { path: 'soughtWork.regions.1', message: 'sought.regions.required' },
            { path: 'education.1.field', message: 'education.field.required' },
          ]),
      });
      const el = await form(ended);
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'edit');
      expect($(el, '#education-1-field-error').textContent).to.contain('Kirjoita tutkinto tai koulutusala.');
      // A detail about one municipality shows at the group, and the summary keeps page order.
      expect($(el, '#soughtWork-regions-error').textContent).to.contain('Valitse, mistä haet työtä.');
      expect([...root(el).querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        '#education-1-field',
        '#soughtWork-regions-1',
      ]);
      await waitUntil(() => root(el).activeElement === $(el, '.error-summary'));
      root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')[1]!.click();
      expect(root(el).activeElement?.id).to.equal('soughtWork-regions');
    });

    it('tells someone already registered that there is nothing to do', async () => {
      const calls = backend();
      const el = await form(activeWithAssessment);
      expect(text(el)).to.contain(`Työnhakusi on jo voimassa ${fiDate(activeWithAssessment.period!.startDate)} alkaen.`);
      expect(root(el).querySelector('form')).to.equal(null);
      expect(calls.filter((c) => c.url === '/api/job-search/reference')).to.have.length(0);
    });

    it('offers a retry when the reference data cannot be fetched', async () => {
      let fail = true;
      backend({ reference: () => (fail ? apiError('internal-error', 503) : json(reference)) });
      const el = await form();
      expect(el.loadState).to.equal('failed');
      await waitUntil(() => root(el).activeElement === $(el, '.retry'));
      fail = false;
      await click(el, '.retry');
      await waitUntil(() => el.loadState === 'loaded');
      expect(root(el).querySelector('form')).to.exist;
    });

    it('speaks Swedish and English', async () => {
      backend();
      const el = await form(ended);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Anmäl dig som arbetssökande');
      expect($(el, 'label[for="phone"]').textContent).to.equal('Telefonnummer');
      expect($(el, 'label[for="soughtWork-regions"]').textContent).to.equal('Kommuner');
      expect(chosen(el, 'soughtWork-regions')).to.deep.equal(['Helsingfors', 'Esbo']);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, 'label[for="email"]').textContent).to.equal('Email address (optional)');
      await type(el, 'phone', 'x');
      await submit(el);
      expect($(el, '.error-summary h2').textContent).to.equal('There is a problem');
      expect($(el, '#phone-error').textContent).to.equal('Error: Enter the phone number in digits, for example 040 123 4567.');
    });
  });

  describe('keyboard', () => {
    it('goes from field to field with Tab and continues with Enter', async () => {
      backend();
      const el = await form(ended);
      $(el, '#phone').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('email');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(root(el).activeElement?.id).to.equal('phone');
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '9' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'check');
      expect(text(el)).to.contain('+358 40 123 45679');
      expect(root(el).activeElement).to.equal($(el, 'h1'));
    });

    it('takes the person from Change on the check step to that field', async () => {
      backend();
      const el = await form(ended);
      await toCheck(el);
      const change = [...root(el).querySelectorAll<HTMLButtonElement>('dl.summary .change button')].find((b) =>
        b.textContent!.includes('Alueet'),
      )!;
      change.click();
      await waitUntil(() => el.step === 'edit');
      await waitUntil(() => root(el).activeElement?.id === 'soughtWork-regions');
    });
  });

  describe('drafts', () => {
    it('restores a saved draft once and says so', async () => {
      backend({
        draft: {
          phone: '050 111 2222',
          goals: 'Kesken jäänyt teksti',
          education: [{ level: 'master', field: 'Kauppatieteet', institution: '', year: '' }],
        },
      });
      const el = await form();
      expect($<HTMLInputElement>(el, '#phone').value).to.equal('050 111 2222');
      expect($<HTMLTextAreaElement>(el, '#goals').value).to.equal('Kesken jäänyt teksti');
      expect($<HTMLSelectElement>(el, '#education-0-level').value).to.equal('master');
      expect($(el, '.notice[role="status"]').textContent).to.contain('Palautimme tiedot, jotka kirjoitit aiemmin');
      // The pre-fill still applies where the draft had nothing.
      expect($<HTMLInputElement>(el, '#email').value).to.equal('ulla.ulkomaa@example.com');
    });

    it('ignores what does not fit in a damaged or old draft', async () => {
      backend({
        draft: {
          phone: 42,
          education: 'lots',
          regions: ['999', '049'],
          statusCode: '77',
          workHistory: [{ employer: 'Oy', current: 'yes' }],
        },
      });
      const el = await form();
      expect($<HTMLInputElement>(el, '#phone').value).to.equal('+358 44 987 6543');
      expect(root(el).querySelectorAll('fieldset.entry[id^="education-"]').length).to.equal(0);
      expect(chosen(el, 'soughtWork-regions')).to.deep.equal(['Espoo']);
      expect([...root(el).querySelectorAll<HTMLInputElement>('input[name="statusCode"]')].some((r) => r.checked)).to.equal(false);
      expect($<HTMLInputElement>(el, '#workHistory-0-employer').value).to.equal('Oy');
      expect($<HTMLInputElement>(el, '#workHistory-0-current').checked).to.equal(false);
    });

    it('does not save an unchanged form at the warning (that would keep the session alive)', async () => {
      const calls = backend();
      await form();
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(calls.filter((c) => c.method === 'PUT')).to.have.length(0);
    });
  });

  describe('model', () => {
    it('turns months and years into the contract’s shape and the earlier data back', () => {
      const values = initialValues(ended.registration, null, reference);
      expect(values.workHistory[0]).to.deep.equal({
        employer: 'Esimerkki Oy',
        title: 'Asiakaspalvelusihteeri',
        startMonth: '9',
        startYear: '2008',
        endMonth: '12',
        endYear: '2024',
        current: false,
      });
      const result = validateRegistration(values, ended.updatedAt);
      expect(result.ok).to.equal(true);
      if (result.ok) {
        expect(result.request.workHistory[0]).to.deep.equal({
          employer: 'Esimerkki Oy',
          title: 'Asiakaspalvelusihteeri',
          start: '2008-09',
          end: '2024-12',
        });
        expect(result.request.education[1]).to.deep.equal({
          level: 'bachelor',
          field: 'Tradenomi',
          institution: 'Haaga-Helia',
          year: 2008,
        });
      }
    });

    it('asks for an end month unless the person still works there', () => {
      const values = initialValues(ended.registration, null, reference);
      values.workHistory[0] = { ...values.workHistory[0]!, endMonth: '', endYear: '' };
      const result = validateRegistration(values, null);
      expect(!result.ok && result.errors['workHistory.0.end']).to.equal('work.month.invalid');
      values.workHistory[0] = { ...values.workHistory[0]!, current: true };
      expect(validateRegistration(values, null).ok).to.equal(true);
    });

    it('restores nothing from an empty draft', () => {
      const base = initialValues(null, ullaProfile, reference);
      expect(restoreValues(base, {}, reference).restored).to.equal(false);
    });

    it('shifts the errors of later entries when one is removed', () => {
      expect(
        errorsAfterRemoval(
          { phone: 'phone.invalid', 'education.0.field': 'a', 'education.1.level': 'b', 'education.2.year': 'c' },
          'education',
          1,
        ),
      ).to.deep.equal({ phone: 'phone.invalid', 'education.0.field': 'a', 'education.1.year': 'c' });
    });
  });
});
