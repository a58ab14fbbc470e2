import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import {
  CurrentItemsChangedTopic,
  LocaleTopic,
  PageTopic,
  portalBus,
  RouteTopic,
  SessionExpiringTopic,
  SessionTopic,
} from '@portal/shared-contracts';
import type { JobSearchObligation } from '@portal/shared-contracts/plan-obligation';
import { addDays } from '@portal/ui-kit/page';
import { definePlanElements } from '../define.js';
import {
  apiError,
  applicationReceipt,
  json,
  lastMonth,
  noObligation,
  restoreFetch,
  stubFetch,
  svenObligation,
  thisMonth,
  today,
  type FetchCall,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, fiDate, squash, text, type } from '../testing/helpers.js';
import { DRAFT_KEY } from './application-model.js';
import type { PlanJobSearch } from './plan-job-search.js';

definePlanElements();

const DRAFT_URL = `/api/drafts/${DRAFT_KEY}`;

interface Backend {
  readonly obligation?: JobSearchObligation;
  /** The obligation's GET after the first (a refresh after a 409). */
  readonly later?: JobSearchObligation;
  readonly draft?: Record<string, unknown>;
  readonly post?: (call: FetchCall) => Response;
}

function backend(o: Backend = {}): FetchCall[] {
  let gets = 0;
  return stubFetch((call) => {
    if (call.url === '/api/plan/job-search-obligation') {
      gets += 1;
      return json(gets > 1 && o.later ? o.later : (o.obligation ?? svenObligation()));
    }
    if (call.method === 'POST' && call.url === '/api/plan/job-applications') return o.post ? o.post(call) : apiError('internal-error', 500);
    if (call.url.startsWith('/api/drafts/')) {
      if (call.method === 'GET')
        return o.draft ? json({ key: DRAFT_KEY, data: o.draft, savedAt: '2026-11-20T10:00:00.000Z' }) : new Response(null, { status: 204 });
      if (call.method === 'PUT')
        return json({ key: DRAFT_KEY, data: (call.body as { data: unknown }).data, savedAt: new Date().toISOString() });
      return new Response(null, { status: 204 });
    }
    return apiError('not-found', 404);
  });
}

async function page(): Promise<PlanJobSearch> {
  const el = await fixture<PlanJobSearch>(html`<plan-job-search></plan-job-search>`);
  await waitUntil(() => el.loadState !== 'loading' && el.loadState !== 'idle', undefined, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const posts = (calls: FetchCall[]): FetchCall[] => calls.filter((c) => c.method === 'POST');
const h1 = (el: PlanJobSearch): string => $(el, 'h1').textContent ?? '';
const focused = (el: PlanJobSearch): Element | null => el.shadowRoot!.activeElement;

async function continueOn(el: PlanJobSearch): Promise<void> {
  $<HTMLButtonElement>(el, 'form#form button[type="submit"]').click();
  await el.updateComplete;
  await el.updateComplete;
}

async function sendIt(el: PlanJobSearch): Promise<void> {
  $<HTMLButtonElement>(el, 'button.send').click();
  await waitUntil(() => !el.submitting);
  await el.updateComplete;
  await el.updateComplete;
}

/** A valid application typed in: applied today (or on `day`), by phone. */
async function fillIn(el: PlanJobSearch, day: string = today): Promise<void> {
  await type(el, 'employer', 'Metallityö Virtanen Oy');
  await type(el, 'job', 'Huoltoasentaja');
  await type(el, 'appliedOn', day);
  await click(el, 'input[value="phone"]');
}

describe('plan-job-search', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Sven Testsson' } });
    portalBus.publish(RouteTopic, { path: '/plan/job-search', area: 'plan' });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible on each step: the periods and form, errors, check with the late warning, and receipt', async () => {
      backend({
        post: () => json(applicationReceipt({ employer: 'Oy', job: 'Asentaja', appliedOn: lastMonth.start, method: 'phone' }, true), 201),
      });
      const el = await page();
      await expect(el).to.be.accessible();
      await continueOn(el);
      expect(el.shadowRoot!.querySelector('.error-summary')).to.exist;
      await expect(el).to.be.accessible();
      await fillIn(el, lastMonth.start);
      expect(el.shadowRoot!.querySelector('.late-warning')).to.exist;
      await expect(el).to.be.accessible();
      await continueOn(el);
      expect(el.step).to.equal('check');
      await expect(el).to.be.accessible();
      await sendIt(el);
      expect(el.step).to.equal('receipt');
      await expect(el).to.be.accessible();
    });

    it('is accessible with no plan in force, with no obligation, and when loading failed', async () => {
      backend({ obligation: noObligation });
      await expect(await page()).to.be.accessible();
      fixtureCleanup();
      backend({ obligation: svenObligation(0, []) });
      await expect(await page()).to.be.accessible();
      fixtureCleanup();
      stubFetch(() => apiError('internal-error', 500));
      const failed = await page();
      expect(failed.loadState).to.equal('failed');
      await expect(failed).to.be.accessible();
    });
  });

  describe('the periods', () => {
    it('says in words what is still due this month and by when, with the facts and the applications reported', async () => {
      backend();
      const el = await page();
      expect(h1(el)).to.equal('Työnhakuvelvollisuus');
      expect(squash($(el, '.lead').textContent)).to.contain('haet 4 työmahdollisuutta jokaisen kalenterikuukauden aikana');
      expect(squash($(el, 'section.current .due-text').textContent)).to.equal(
        `Tässä kuussa vielä 3 hakemusta ilmoittamatta, viimeistään ${fiDate(thisMonth.end)}.`,
      );
      const facts = squash($(el, 'section.current dl.period-facts').textContent);
      expect(facts).to.contain(`Tarkastelujakso ${fiDate(thisMonth.start)}–${fiDate(thisMonth.end)}`);
      expect(facts).to.contain('Vaaditaan 4 Ilmoitettu 1 Vielä ilmoitettavana 3');
      const items = $$(el, 'section.current li.application');
      expect(items).to.have.length(1);
      expect(squash(items[0]!.textContent)).to.equal(
        `Työnantaja Konepaja Nieminen Oy Tehtävä Koneasentaja Hakupäivä ${fiDate(thisMonth.start)} Miten hait Verkkolomakkeella`,
      );
    });

    it('shows the earlier periods read-only, with totals, and marks a late report in words', async () => {
      backend();
      const el = await page();
      const earlier = $(el, 'section.earlier');
      expect(squash(earlier.querySelector('h2')!.textContent)).to.equal('Aiemmat jaksot');
      expect(squash(earlier.textContent)).to.contain('Päättyneiden jaksojen tietoja ei voi muuttaa.');
      expect(squash(earlier.querySelector('h3')!.textContent)).to.equal(`Jakso ${fiDate(lastMonth.start)}–${fiDate(lastMonth.end)}`);
      expect(squash(earlier.querySelector('.totals')!.textContent)).to.equal('Vaadittiin 4, ilmoitettu 1, jäi ilmoittamatta 3.');
      const late = earlier.querySelector('li.application')!;
      expect(squash(late.textContent)).to.contain('Espoon Kunnossapito Ab');
      expect(squash(late.querySelector('.tag.late')!.textContent)).to.equal('! Ilmoitettu myöhässä');
      // Nothing in an earlier period can be changed.
      expect(earlier.querySelectorAll('input, button, form, textarea, select')).to.have.length(0);
      // The current period's application is not marked late.
      expect($(el, 'section.current').querySelector('.tag.late')).to.equal(null);
    });

    it('says there is no obligation when none is required, and still offers the form', async () => {
      backend({ obligation: svenObligation(0, []) });
      const el = await page();
      expect(squash($(el, '.lead').textContent)).to.contain('Suunnitelmassasi ei ole työnhakuvelvollisuutta');
      expect(squash($(el, '.due-text').textContent)).to.contain('Tällä jaksolla ei vaadita hakemuksia.');
      expect($(el, 'section.current').textContent).to.contain('Tällä jaksolla ei ole vielä ilmoitettuja hakemuksia.');
      expect(el.shadowRoot!.querySelector('form#form')).to.exist;
    });

    it('with no plan in force says so clearly and offers no form', async () => {
      backend({ obligation: noObligation });
      const el = await page();
      expect(squash($(el, '.none').textContent)).to.contain('Sinulla ei ole voimassa olevaa suunnitelmaa');
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect($<HTMLAnchorElement>(el, 'ul.back-links a').getAttribute('href')).to.equal('/plan');
    });

    it('speaks Swedish', async () => {
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      backend();
      const el = await page();
      expect(h1(el)).to.equal('Skyldighet att söka arbete');
      expect(squash($(el, '.due-text').textContent)).to.equal(
        `Den här månaden återstår 3 ansökningar att anmäla, senast ${fiDate(thisMonth.end)}.`,
      );
      expect(text(el)).to.contain('Anmäld för sent');
    });
  });

  describe('reporting', () => {
    it('requires every field: summary focused, each error naming its field beside it, what was typed kept', async () => {
      const calls = backend();
      const el = await page();
      await type(el, 'job', 'Huoltoasentaja');
      await continueOn(el);
      expect(el.step).to.equal('edit');
      expect(posts(calls)).to.have.length(0);
      expect(focused(el)).to.equal($(el, '.error-summary'));
      expect(squash($(el, '.error-summary').textContent)).to.equal(
        'Korjaa seuraavat kohdat Anna työnantajan nimi kohdassa "Työnantaja". Anna hakupäivä. Valitse, miten hait työpaikkaa.',
      );
      expect(squash($(el, '#employer-error').textContent)).to.equal('Virhe: Anna työnantajan nimi kohdassa "Työnantaja".');
      expect($(el, '#employer').getAttribute('aria-invalid')).to.equal('true');
      expect(squash($(el, '#appliedOn-error').textContent)).to.equal('Virhe: Anna hakupäivä.');
      expect(squash($(el, '#method-error').textContent)).to.equal('Virhe: Valitse, miten hait työpaikkaa.');
      expect($<HTMLInputElement>(el, '#job').value).to.equal('Huoltoasentaja');
      $<HTMLAnchorElement>(el, '.error-summary a').click();
      expect(focused(el)).to.equal($(el, '#employer'));
    });

    it('refuses a date in the future before sending', async () => {
      const calls = backend();
      const el = await page();
      await fillIn(el, addDays(today, 1));
      await continueOn(el);
      expect(posts(calls)).to.have.length(0);
      expect(squash($(el, '#appliedOn-error').textContent)).to.contain('Hakupäivä ei voi olla tulevaisuudessa.');
    });

    it('says a typed day that does not exist (31.2.) does not exist, not that the date is missing', async () => {
      const calls = backend();
      const el = await page();
      await fillIn(el, today);
      // What a date input reports for 31.2.: an empty value and bad input (the browser keeps the text).
      const input = $<HTMLInputElement>(el, '#appliedOn');
      Object.defineProperty(input, 'validity', { configurable: true, value: { ...input.validity, badInput: true, valid: false } });
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await continueOn(el);
      expect(posts(calls)).to.have.length(0);
      expect(squash($(el, '#appliedOn-error').textContent)).to.equal('Virhe: Hakupäivän pitää olla olemassa oleva päivä.');
    });

    it("puts the server's 400 beside the field it names, and keeps what was typed", async () => {
      backend({ post: () => apiError('validation-failed', 400, [{ path: 'appliedOn', message: 'applied-on.outside-plan' }]) });
      const el = await page();
      await fillIn(el);
      await continueOn(el);
      await sendIt(el);
      expect(el.step).to.equal('edit');
      expect(squash($(el, '#appliedOn-error').textContent)).to.equal('Virhe: Hakupäivän pitää olla suunnitelmasi voimassaoloaikana.');
      expect(squash($(el, '.error-summary').textContent)).to.contain('Hakupäivän pitää olla suunnitelmasi voimassaoloaikana.');
      expect($<HTMLInputElement>(el, '#employer').value).to.equal('Metallityö Virtanen Oy');
      expect($<HTMLInputElement>(el, '#appliedOn').value).to.equal(today);
      expect($<HTMLInputElement>(el, 'input[value="phone"]').checked).to.equal(true);
    });

    it('warns before sending that a date in an ended period will be marked late', async () => {
      backend();
      const el = await page();
      await fillIn(el, today);
      expect(el.shadowRoot!.querySelector('.late-warning')).to.equal(null);
      await type(el, 'appliedOn', lastMonth.start);
      const warning = `Hakupäivä on päättyneellä jaksolla ${fiDate(lastMonth.start)}–${fiDate(lastMonth.end)}. Hakemus merkitään myöhässä ilmoitetuksi.`;
      expect(squash($(el, '#appliedOn-hint .late-warning').textContent)).to.equal(warning);
      expect($(el, '#appliedOn').getAttribute('aria-describedby')).to.contain('appliedOn-hint');
      await continueOn(el);
      expect(el.step).to.equal('check');
      expect(squash($(el, '.inset.late').textContent)).to.equal(warning);
    });

    it('sends with an Idempotency-Key, shows the receipt with the updated counts, and tells the shell', async () => {
      const report = { employer: 'Metallityö Virtanen Oy', job: 'Huoltoasentaja', appliedOn: today, method: 'phone' } as const;
      const calls = backend({ post: () => json(applicationReceipt(report), 201) });
      const el = await page();
      const titles: string[] = [];
      const areas: string[] = [];
      const s1 = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const s2 = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => areas.push(area));
      await fillIn(el);
      await type(el, 'employer', '  Metallityö Virtanen Oy  ');
      await continueOn(el);
      expect(h1(el)).to.equal('Tarkista hakemuksen tiedot');
      expect(focused(el)).to.equal($(el, 'h1'));
      const summary = squash($(el, 'dl.summary').textContent);
      expect(summary).to.contain('Työnantaja Metallityö Virtanen Oy');
      expect(summary).to.contain(`Hakupäivä ${fiDate(today)}`);
      expect(summary).to.contain('Miten hait työpaikkaa? Puhelimella');
      const key = el.idempotencyKey;
      await sendIt(el);
      s1.unsubscribe();
      s2.unsubscribe();
      expect(posts(calls)).to.have.length(1);
      expect(posts(calls)[0]!.body).to.deep.equal(report);
      expect(posts(calls)[0]!.headers['idempotency-key']).to.equal(key);
      expect(h1(el)).to.equal('Hakemus on ilmoitettu');
      expect($(el, '.panel').textContent).to.contain('Vastaanotettu 25. marraskuuta 2026 klo 12.00');
      expect(squash($(el, 'section.counts .due-text').textContent)).to.equal(
        `Tässä kuussa vielä 2 hakemusta ilmoittamatta, viimeistään ${fiDate(thisMonth.end)}.`,
      );
      expect(squash($(el, 'section.counts dl').textContent)).to.equal('Vaaditaan 4 Ilmoitettu 2 Vielä ilmoitettavana 2');
      expect(areas).to.deep.equal(['plan']);
      expect(titles).to.deep.equal(['Tarkista hakemuksen tiedot', 'Hakemus on ilmoitettu']);
      expect(calls.some((c) => c.method === 'DELETE' && c.url === DRAFT_URL)).to.equal(true);

      // Another one: the form again, empty, with the counts of the receipt and a new key.
      await click(el, 'button.another');
      expect(el.step).to.equal('edit');
      expect($<HTMLInputElement>(el, '#employer').value).to.equal('');
      expect(squash($(el, 'section.current .due-text').textContent)).to.contain('vielä 2 hakemusta');
      expect($$(el, 'section.current li.application')).to.have.length(2);
      expect(el.idempotencyKey).to.not.equal(key);
    });

    it('marks the receipt of a late application late', async () => {
      backend({
        post: () => json(applicationReceipt({ employer: 'Oy', job: 'Asentaja', appliedOn: lastMonth.start, method: 'phone' }, true), 201),
      });
      const el = await page();
      await fillIn(el, lastMonth.start);
      await continueOn(el);
      await sendIt(el);
      expect(squash($(el, 'dl.summary').textContent)).to.contain('Tila Ilmoitettu myöhässä');
    });

    it('on a 409 says there is no plan in force any longer, offers no form and shows what was typed', async () => {
      backend({
        later: noObligation,
        post: () => apiError('conflict', 409, [{ path: 'appliedOn', message: 'obligation.none' }]),
      });
      const el = await page();
      await fillIn(el);
      await continueOn(el);
      await sendIt(el);
      expect(el.step).to.equal('edit');
      expect(squash($(el, '.notice').textContent)).to.contain('sinulla ei ole enää voimassa olevaa suunnitelmaa');
      expect(focused(el)).to.equal($(el, '.notice'));
      expect(el.shadowRoot!.querySelector('form#form')).to.equal(null);
      expect(squash($(el, 'section.kept').textContent)).to.contain('Työnantaja Metallityö Virtanen Oy');
      await expect(el).to.be.accessible();
    });
  });

  describe('draft', () => {
    it('restores the draft with a notice, and saves typing when the session is about to end', async () => {
      const calls = backend({ draft: { employer: 'Aiempi Oy', job: '', appliedOn: today, method: 'email' } });
      const el = await page();
      expect($<HTMLInputElement>(el, '#employer').value).to.equal('Aiempi Oy');
      expect($<HTMLInputElement>(el, '#appliedOn').value).to.equal(today);
      expect($<HTMLInputElement>(el, 'input[value="email"]').checked).to.equal(true);
      expect($(el, '.notice[role="status"]').textContent).to.contain('Palautimme tiedot');
      await type(el, 'job', 'Asentaja');
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await waitUntil(() => calls.some((c) => c.method === 'PUT'));
      const put = calls.find((c) => c.method === 'PUT')!;
      expect(put.url).to.equal(DRAFT_URL);
      expect(put.body).to.deep.equal({ data: { employer: 'Aiempi Oy', job: 'Asentaja', appliedOn: today, method: 'email' } });
    });

    it('does not restore a draft when there is no plan in force', async () => {
      backend({ obligation: noObligation, draft: { employer: 'Aiempi Oy' } });
      const el = await page();
      expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    });
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    backend();
    const el = await page();
    await continueOn(el);
    await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
  });
});
