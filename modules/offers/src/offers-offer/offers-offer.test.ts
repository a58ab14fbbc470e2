import { expect, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CurrentItemsChangedTopic, LocaleTopic, PageTopic, portalBus, RouteTopic, SessionTopic } from '@portal/shared-contracts';
import { REASON_MAX, type JobOffer, type Offer } from '@portal/shared-contracts/offers';
import { addDays } from '@portal/ui-kit/page';
import { defineOffersElements } from '../define.js';
import {
  apiError,
  appliedOffer,
  doneOffer,
  dueOffer,
  ids,
  json,
  lateOffer,
  notAppliedOffer,
  receiptFor,
  restoreFetch,
  stubFetch,
  today,
  trainingOffer,
  type FetchCall,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, fiDate, mount, squash, text, type } from '../testing/helpers.js';
import type { OffersOffer } from './offers-offer.js';

defineOffersElements();

interface Backend {
  /** The offer's GET: the first answer, then `later` for every further GET (a refresh after a 409). */
  readonly offer?: Offer | (() => Response);
  readonly later?: Offer;
  /** The report's POST. */
  readonly post?: (call: FetchCall) => Response;
}

function backend(o: Backend): FetchCall[] {
  let gets = 0;
  return stubFetch((call) => {
    if (call.method === 'POST') return o.post ? o.post(call) : apiError('internal-error', 500);
    const offer = o.offer ?? dueOffer;
    if (call.url === `/api/offers/${typeof offer === 'function' ? ids.due : offer.id}`) {
      gets += 1;
      if (gets > 1 && o.later) return json(o.later);
      return typeof offer === 'function' ? offer() : json(offer);
    }
    return apiError('not-found', 404);
  });
}

async function page(id: string): Promise<OffersOffer> {
  return mount<OffersOffer>(
    html`<offers-offer .offerId=${id}></offers-offer>`,
    (el) => el.loadState !== 'loading' && el.loadState !== 'idle',
  );
}

const posts = (calls: FetchCall[]): FetchCall[] => calls.filter((c) => c.method === 'POST');
const h1 = (el: OffersOffer): string => $(el, 'h1').textContent ?? '';
const focused = (el: OffersOffer): Element | null => el.shadowRoot!.activeElement;

/** The form's Continue, then waits for the step's render and focus. */
async function continueOn(el: OffersOffer): Promise<void> {
  $<HTMLButtonElement>(el, 'form#form button[type="submit"]').click();
  await el.updateComplete;
  await el.updateComplete;
}

async function sendReport(el: OffersOffer): Promise<void> {
  $<HTMLButtonElement>(el, 'button.send').click();
  await waitUntil(() => !el.submitting);
  await el.updateComplete;
  await el.updateComplete;
}

async function chooseNotApplied(el: OffersOffer, reason: string): Promise<void> {
  await click(el, 'input[value="not-applied"]');
  if (reason) await type(el, 'reason', reason);
}

describe('offers-offer', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
    portalBus.publish(RouteTopic, { path: `/offers/${ids.due}`, area: 'offers' });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible on each step: the offer, errors, check and receipt', async () => {
      backend({ post: () => json(receiptFor(dueOffer, { state: 'not-applied', notAppliedReason: 'Ei sovi.' }), 201) });
      const el = await page(ids.due);
      await expect(el).to.be.accessible();
      await chooseNotApplied(el, '');
      await continueOn(el);
      expect(el.shadowRoot!.querySelector('.error-summary')).to.exist;
      await expect(el).to.be.accessible();
      await type(el, 'reason', 'Ei sovi.');
      await continueOn(el);
      expect(el.step).to.equal('check');
      await expect(el).to.be.accessible();
      await sendReport(el);
      expect(el.step).to.equal('receipt');
      await expect(el).to.be.accessible();
    });

    it('is accessible for an outcome, a done offer, a training offer and not found', async () => {
      for (const offer of [appliedOffer, doneOffer, trainingOffer]) {
        backend({ offer });
        await expect(await page(offer.id)).to.be.accessible();
        fixtureCleanup();
      }
      backend({ offer: () => apiError('not-found', 404) });
      await expect(await page(ids.due)).to.be.accessible();
    });
  });

  describe('a job offer', () => {
    it('shows the offer in full, how to apply and its apply-by date with days left', async () => {
      backend({});
      const el = await page(ids.due);
      expect($(el, '.caption').textContent).to.equal('Työtarjous');
      expect(h1(el)).to.equal('Kahvilatyöntekijä');
      const facts = squash($(el, 'dl.facts').textContent);
      expect(facts).to.equal(
        `Työnantaja Kahvila Aamu Oy Sijainti Helsinki Tarjottu 20.11.2026 Hae viimeistään ${fiDate(addDays(today, 1))} 1 päivä aikaa Tilanne Odottaa ilmoitustasi`,
      );
      expect(squash($(el, '.how-to-apply').textContent)).to.contain('Hae työpaikkaa osoitteessa rekry.example.fi');
      // The employer's page as a link of its own, opening in a new tab and saying so.
      const apply = $<HTMLAnchorElement>(el, '.how-to-apply a.apply-link');
      expect([apply.href, apply.target, apply.rel]).to.deep.equal(['https://rekry.example.fi/myyja', '_blank', 'noopener noreferrer']);
      expect(squash(apply.textContent)).to.equal('Hae työpaikkaa työnantajan sivuilla: Kahvilatyöntekijä (avautuu uuteen välilehteen)');
      expect($(el, '#report-heading').textContent).to.equal('Ilmoita, haitko paikkaa');
      // Only "did you apply": no outcome before applying.
      expect(el.shadowRoot!.querySelector('input[name="outcome"]')).to.equal(null);
      expect($$(el, 'input[name="kind"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['applied', 'not-applied']);
    });

    it('says that the apply-by date has passed, and still takes the report', async () => {
      backend({ offer: lateOffer });
      const el = await page(ids.late);
      expect(squash($(el, 'dl.facts').textContent)).to.contain('Hakuaika on päättynyt');
      expect($(el, 'dl.facts .tag').classList.contains('late')).to.equal(true);
      expect(text(el)).to.contain(`Hakuaika päättyi ${fiDate(addDays(today, -2))}. Ilmoita silti, haitko paikkaa.`);
      expect(el.shadowRoot!.querySelector('form#form')).to.exist;
    });

    it('reports "applied": check, send with basedOn and an Idempotency-Key, receipt, and tells the shell', async () => {
      const calls = backend({ post: () => json(receiptFor(dueOffer, { state: 'applied' }), 201) });
      const el = await page(ids.due);
      const titles: string[] = [];
      const areas: string[] = [];
      const s1 = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const s2 = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => areas.push(area));
      await click(el, 'input[value="applied"]');
      await continueOn(el);
      expect(h1(el)).to.equal('Tarkista ilmoituksesi');
      expect(focused(el)).to.equal($(el, 'h1'));
      expect(squash($(el, 'dl.summary').textContent)).to.contain('Ilmoitus Kyllä, hain paikkaa');
      const key = el.idempotencyKey;
      const reported = oneEvent(el, 'offers-reported');
      await sendReport(el);
      await reported;
      s1.unsubscribe();
      s2.unsubscribe();
      expect(posts(calls)).to.have.length(1);
      expect(posts(calls)[0]!.url).to.equal(`/api/offers/${ids.due}/reports`);
      expect(posts(calls)[0]!.body).to.deep.equal({ kind: 'applied', basedOn: dueOffer.updatedAt });
      expect(posts(calls)[0]!.headers['idempotency-key']).to.equal(key);
      expect(h1(el)).to.equal('Ilmoitus on vastaanotettu');
      expect($(el, '.panel').textContent).to.contain('Vastaanotettu 25. marraskuuta 2026 klo 12.00');
      expect(text(el)).to.contain('Kun tiedät, miten haku päättyi, ilmoita tulos tämän tarjouksen sivulla.');
      expect(areas).to.deep.equal(['offers']);
      expect(titles).to.deep.equal(['Tarkista ilmoituksesi', 'Ilmoitus on vastaanotettu']);
      // Back to the offer: it now asks for the outcome, with a new key.
      await click(el, 'button.show-offer');
      await el.updateComplete;
      expect($(el, '#report-heading').textContent).to.equal('Ilmoita haun tulos');
      expect(el.idempotencyKey).not.to.equal(key);
    });

    it('requires a reason for "not applied": summary focused, error beside the field, the choice kept', async () => {
      backend({});
      const el = await page(ids.due);
      await chooseNotApplied(el, '   ');
      await continueOn(el);
      expect(el.step).to.equal('edit');
      expect(focused(el)).to.equal($(el, '.error-summary'));
      expect(squash($(el, '.error-summary').textContent)).to.equal('Korjaa seuraavat kohdat Kirjoita, miksi et hakenut paikkaa.');
      expect(squash($(el, '#reason-error').textContent)).to.equal('Virhe: Kirjoita, miksi et hakenut paikkaa.');
      expect($<HTMLTextAreaElement>(el, '#reason').getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(el, 'input[value="not-applied"]').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#reason').value).to.equal('   ');
      // The summary's link leads to the field.
      $<HTMLAnchorElement>(el, '.error-summary a').click();
      expect(focused(el)).to.equal($(el, '#reason'));
    });

    it('requires a choice, and refuses a reason over the limit', async () => {
      backend({});
      const el = await page(ids.due);
      await continueOn(el);
      expect(squash($(el, '.error-summary').textContent)).to.contain('Valitse, haitko paikkaa.');
      await chooseNotApplied(el, 'x'.repeat(REASON_MAX + 1));
      await continueOn(el);
      expect(squash($(el, '.error-summary').textContent)).to.contain('Syyssä voi olla enintään 2 000 merkkiä.');
      expect($<HTMLTextAreaElement>(el, '#reason').value).to.have.length(REASON_MAX + 1);
    });

    it('reports "not applied" with the reason trimmed, and Change keeps the input', async () => {
      const calls = backend({
        post: () => json(receiptFor(dueOffer, { state: 'not-applied', notAppliedReason: 'Vuorotyö ei sovi.' }), 201),
      });
      const el = await page(ids.due);
      await chooseNotApplied(el, '  Vuorotyö ei sovi.  ');
      await continueOn(el);
      expect(squash($(el, 'dl.summary').textContent)).to.contain('Syy Vuorotyö ei sovi.');
      // Change: back to the reason, focused, as typed.
      await click(el, 'dl.summary .row:nth-child(3) button');
      await el.updateComplete;
      expect(el.step).to.equal('edit');
      expect(focused(el)).to.equal($(el, '#reason'));
      expect($<HTMLTextAreaElement>(el, '#reason').value).to.equal('  Vuorotyö ei sovi.  ');
      await continueOn(el);
      await sendReport(el);
      expect(posts(calls)[0]!.body).to.deep.equal({ kind: 'not-applied', reason: 'Vuorotyö ei sovi.', basedOn: dueOffer.updatedAt });
      expect(text(el)).to.contain('Sinun ei tarvitse tehdä tästä tarjouksesta muuta.');
    });

    it('offers the outcome only after applying, and requires one', async () => {
      const calls = backend({ offer: appliedOffer, post: () => json(receiptFor(appliedOffer, { outcome: 'hired' }), 201) });
      const el = await page(ids.applied);
      expect($(el, '#report-heading').textContent).to.equal('Ilmoita haun tulos');
      expect(el.shadowRoot!.querySelector('input[name="kind"]')).to.equal(null);
      expect($$<HTMLInputElement>(el, 'input[name="outcome"]').map((i) => i.value)).to.deep.equal(['hired', 'not-hired', 'no-answer']);
      await continueOn(el);
      expect(focused(el)).to.equal($(el, '.error-summary'));
      expect(squash($(el, '#outcome-error').textContent)).to.contain('Valitse, miten haku päättyi.');
      await click(el, 'input[value="hired"]');
      await continueOn(el);
      await sendReport(el);
      expect(posts(calls)[0]!.body).to.deep.equal({ kind: 'outcome', outcome: 'hired', basedOn: appliedOffer.updatedAt });
      expect(el.step).to.equal('receipt');
    });

    it('offers nothing to report when done, and shows what was reported', async () => {
      backend({ offer: notAppliedOffer });
      const el = await page(ids.notApplied);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect(text(el)).to.contain('Sinun ei tarvitse tehdä mitään.');
      expect(squash($(el, 'dl.facts').textContent)).to.contain('Tilanne Ei haettu Syy, miksi et hakenut Työmatka olisi ollut liian pitkä.');
      fixtureCleanup();
      backend({ offer: doneOffer });
      const done = await page(ids.done);
      expect(done.shadowRoot!.querySelector('form')).to.equal(null);
      expect(squash($(done, 'dl.facts').textContent)).to.contain('Tilanne Haettu Tulos En saanut työpaikkaa');
    });
  });

  describe('sending', () => {
    it('retries a failed send with the same Idempotency-Key, and takes a new one after the receipt', async () => {
      let fail = true;
      const calls = backend({
        post: () => (fail ? apiError('internal-error', 503) : json(receiptFor(dueOffer, { state: 'applied' }), 201)),
      });
      const el = await page(ids.due);
      await click(el, 'input[value="applied"]');
      await continueOn(el);
      const key = el.idempotencyKey;
      await sendReport(el);
      expect(el.step).to.equal('check');
      expect(focused(el)).to.equal($(el, '.notice'));
      expect($(el, '.notice').textContent).to.contain('Ilmoitusta ei saatu lähetettyä.');
      fail = false;
      $<HTMLButtonElement>(el, '.notice .retry').click();
      await waitUntil(() => el.step === 'receipt');
      expect(posts(calls).map((c) => c.headers['idempotency-key'])).to.deep.equal([key, key]);
      expect(el.idempotencyKey).not.to.equal(key);
    });

    it('on a 409 reads the newest offer, says so, and keeps the input', async () => {
      const changed: JobOffer = {
        ...dueOffer,
        howToApply: { ...dueOffer.howToApply, fi: 'Soita esihenkilölle.' },
        applyUrl: null,
        updatedAt: '2026-11-24T07:00:00.000Z',
      };
      let conflict = true;
      const calls = backend({
        later: changed,
        post: () =>
          conflict ? apiError('conflict', 409) : json(receiptFor(changed, { state: 'not-applied', notAppliedReason: 'Ei sovi.' }), 201),
      });
      const el = await page(ids.due);
      await chooseNotApplied(el, 'Ei sovi.');
      await continueOn(el);
      await sendReport(el);
      expect(el.step).to.equal('edit');
      expect(focused(el)).to.equal($(el, '.notice'));
      expect($(el, '.notice').textContent).to.contain('Tarjouksen tilanne oli muuttunut sillä välin');
      expect(text(el)).to.contain('Soita esihenkilölle.');
      // The newest offer names no page for applying: no link either.
      expect(el.shadowRoot!.querySelector('.how-to-apply a')).to.equal(null);
      expect($<HTMLInputElement>(el, 'input[value="not-applied"]').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#reason').value).to.equal('Ei sovi.');
      conflict = false;
      await continueOn(el);
      await sendReport(el);
      // Sent again on the newest offer, with the same key (nothing was stored for it).
      expect(posts(calls).map((c) => (c.body as { basedOn: string }).basedOn)).to.deep.equal([dueOffer.updatedAt, changed.updatedAt]);
      expect(new Set(posts(calls).map((c) => c.headers['idempotency-key'])).size).to.equal(1);
      expect(el.step).to.equal('receipt');
    });

    it('on a 409 after a report made elsewhere shows the newest state and the unsent report', async () => {
      const appliedElsewhere: JobOffer = {
        ...dueOffer,
        state: 'applied',
        reportedAt: '2026-11-24T07:00:00.000Z',
        updatedAt: '2026-11-24T07:00:00.000Z',
      };
      backend({ later: appliedElsewhere, post: () => apiError('conflict', 409, [{ path: 'kind', message: 'state.conflict' }]) });
      const el = await page(ids.due);
      await chooseNotApplied(el, 'Työmatka on liian pitkä.');
      await continueOn(el);
      await sendReport(el);
      expect(focused(el)).to.equal($(el, '.notice'));
      expect(squash($(el, 'dd.state').textContent)).to.equal('Haettu');
      expect($(el, '#report-heading').textContent).to.equal('Ilmoita haun tulos');
      expect(squash($(el, '.kept').textContent)).to.contain('Ilmoitus En hakenut paikkaa Syy Työmatka on liian pitkä.');
    });
  });

  describe('other pages', () => {
    it('shows a training offer with its dates and the link to apply', async () => {
      backend({ offer: trainingOffer });
      const el = await page(ids.training);
      expect($(el, '.caption').textContent).to.equal('Koulutustarjous');
      expect(h1(el)).to.equal('Ohjelmistokehittäjän koulutus');
      expect(squash($(el, 'dl.facts').textContent)).to.contain('Järjestäjä Koulutus Oy Ajankohta 11.1.2027–28.5.2027');
      const link = $<HTMLAnchorElement>(el, 'a.apply-link');
      expect(link.href).to.equal(trainingOffer.applyUrl);
      expect(link.target).to.equal('_blank');
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    });

    it('links a training of the portal’s catalogue to its application form here, in this tab', async () => {
      const applyUrl = '/training/8c1e0f0a-0000-4c51-9a55-0a1f6b3c7002/apply';
      backend({ offer: { ...trainingOffer, applyUrl } });
      const el = await page(ids.training);
      const link = $<HTMLAnchorElement>(el, 'a.apply-link');
      expect(link.getAttribute('href')).to.equal(applyUrl);
      expect(link.target).to.equal('');
      expect(squash(link.textContent)).to.equal('Hae koulutukseen: Ohjelmistokehittäjän koulutus');
      expect(squash($(el, '.training-intro').textContent)).to.contain('Hae koulutukseen täällä Oma asiointi -palvelussa');
    });

    it('says when the offer is not found, and names the page so', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      backend({ offer: () => apiError('not-found', 404) });
      const el = await page(ids.due);
      await el.updateComplete;
      subscription.unsubscribe();
      expect(h1(el)).to.equal('Tarjousta ei löytynyt');
      expect(text(el)).to.contain('Se on voitu poistaa, tai osoite on väärä.');
      expect($<HTMLAnchorElement>(el, '.back-links a').getAttribute('href')).to.equal('/offers');
      expect(titles.at(-1)).to.equal('Tarjousta ei löytynyt');
    });

    it('offers a retry when the offer could not be read', async () => {
      let fail = true;
      backend({ offer: () => (fail ? apiError('internal-error', 503) : json(dueOffer)) });
      const el = await page(ids.due);
      expect(el.loadState).to.equal('failed');
      expect(focused(el)).to.equal($(el, '.retry'));
      fail = false;
      $<HTMLButtonElement>(el, '.retry').click();
      await waitUntil(() => el.loadState === 'loaded');
      await el.updateComplete;
      expect(h1(el)).to.equal('Kahvilatyöntekijä');
    });

    it('speaks Swedish and English', async () => {
      backend({ offer: appliedOffer });
      const el = await page(ids.applied);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(h1(el)).to.equal('Programutvecklare');
      expect($(el, '#report-heading').textContent).to.equal('Anmäl resultatet');
      expect($$(el, 'input[name="outcome"] + label').map((l) => l.textContent)).to.deep.equal([
        'Jag fick jobbet',
        'Jag fick inte jobbet',
        'Arbetsgivaren svarade inte',
      ]);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(h1(el)).to.equal('Software developer');
      expect(squash($(el, 'dl.facts').textContent)).to.contain('Status Applied');
      await continueOn(el);
      expect(squash($(el, '.error-summary').textContent)).to.equal('There is a problem Select the outcome of your application.');
    });

    it('fits a 320 px wide phone screen, with errors shown', async () => {
      backend({});
      const el = await page(ids.due);
      await chooseNotApplied(el, '');
      await continueOn(el);
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });
  });
});
