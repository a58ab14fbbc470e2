import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, NavigationTopic, PageTopic, portalBus, RouteTopic, SessionTopic } from '@portal/shared-contracts';
import type { Offer } from '@portal/shared-contracts/offers';
import { addDays } from '@portal/ui-kit/page';
import { defineOffersElements } from '../define.js';
import { OfferReportedEvent } from '../events.js';
import {
  apiError,
  dueOffer,
  ids,
  json,
  offerList,
  receiptFor,
  restoreFetch,
  stubFetch,
  today,
  trainingOffer,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, expectNoSidewaysScroll, fiDate, squash, text } from '../testing/helpers.js';
import { newestFirst, offersToReport, routeOf, type OffersApp } from './offers-app.js';

defineOffersElements();

/** A backend answering the list with `list` (and an offer's page with the offer). */
function backend(list: () => Response) {
  return stubFetch((call) => {
    if (call.url === '/api/offers') return list();
    const offer = offerList.find((o) => call.url === `/api/offers/${o.id}`);
    return offer ? json(offer) : apiError('not-found', 404);
  });
}

async function app(offers: Offer[] | (() => Response), path = '/offers'): Promise<OffersApp> {
  portalBus.publish(RouteTopic, { path, area: 'offers' });
  backend(typeof offers === 'function' ? offers : () => json({ offers }));
  const el = await fixture<OffersApp>(html`<offers-app></offers-app>`);
  if (routeOf(path, '/offers').page === 'front') await waitUntil(() => el.loadState === 'loaded' || el.loadState === 'failed');
  await el.updateComplete;
  return el;
}

const go = async (el: OffersApp, path: string): Promise<void> => {
  portalBus.publish(RouteTopic, { path, area: 'offers' });
  await el.updateComplete;
};

/** Each offer row as read. */
const rows = (el: OffersApp): string[] => $$(el, 'ul.offers > li').map((li) => squash(li.textContent));

describe('offers-app', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible with offers and reports waiting, and with none', async () => {
      await expect(await app(offerList)).to.be.accessible();
      await expect(await app([])).to.be.accessible();
    });

    it('is accessible when loading failed, on the not-found page and signed out', async () => {
      const el = await app(() => apiError('internal-error', 500));
      expect(el.loadState).to.equal('failed');
      await expect(el).to.be.accessible();
      await go(el, '/offers/a/b');
      await expect(el).to.be.accessible();
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('lists every offer newest first, each with its kind, facts, apply-by date and state', async () => {
      const el = await app(offerList);
      expect($(el, 'h1').textContent).to.equal('Tarjoukset');
      expect($$(el, 'ul.offers > li').map((li) => li.dataset['id'])).to.deep.equal([
        ids.due,
        ids.training,
        ids.late,
        ids.applied,
        ids.done,
        ids.notApplied,
      ]);
      expect(rows(el)).to.deep.equal([
        `Kahvilatyöntekijä Työtarjous Kahvila Aamu Oy Helsinki Tarjottu 20.11.2026 Hae viimeistään ${fiDate(addDays(today, 1))} 1 päivä aikaa Odottaa ilmoitustasi`,
        `Ohjelmistokehittäjän koulutus Koulutustarjous Koulutus Oy 11.1.2027–28.5.2027 Tarjottu 10.11.2026 Hae viimeistään ${fiDate(addDays(today, 10))} 10 päivää aikaa Hae koulutukseen: Ohjelmistokehittäjän koulutus (avautuu uuteen välilehteen)`,
        `Varastotyöntekijä Työtarjous Varasto Oy Vantaa Tarjottu 5.11.2026 Hae viimeistään ${fiDate(addDays(today, -2))} Hakuaika on päättynyt Odottaa ilmoitustasi`,
        'Ohjelmistokehittäjä Työtarjous Ohjelmisto Oy Espoo Tarjottu 15.10.2026 Hae viimeistään 30.10.2026 Haettu',
        'Myyjä Työtarjous Kauppa Oy Helsinki Tarjottu 1.9.2026 Hae viimeistään 15.9.2026 Haettu Tulos: En saanut työpaikkaa',
        'Rakennusmies Työtarjous Rakennus Oy Tampere Tarjottu 15.8.2026 Hae viimeistään 30.8.2026 Ei haettu',
      ]);
      expect($$<HTMLAnchorElement>(el, 'ul.offers h3 a').map((a) => a.getAttribute('href'))).to.deep.equal(
        [ids.due, ids.training, ids.late, ids.applied, ids.done, ids.notApplied].map((id) => `/offers/${id}`),
      );
      // The training's apply link goes to the training service, in a new tab, saying so.
      const apply = $<HTMLAnchorElement>(el, `li[data-id="${ids.training}"] a.apply-link`);
      expect(apply.href).to.equal(trainingOffer.applyUrl);
      expect(apply.target).to.equal('_blank');
      expect(apply.rel).to.contain('noopener');
      expect(newestFirst([])).to.deep.equal([]);
    });

    it('puts the job offers to report on first: the nearest apply-by date first, the passed one marked, then outcomes', async () => {
      const el = await app(offerList);
      const tasks = $$(el, 'ul.tasks > li');
      expect(tasks.map((li) => squash(li.querySelector('a')!.textContent))).to.deep.equal([
        'Ilmoita, haitko: Varastotyöntekijä, Varasto Oy',
        'Ilmoita, haitko: Kahvilatyöntekijä, Kahvila Aamu Oy',
        'Ilmoita haun tulos: Ohjelmistokehittäjä, Ohjelmisto Oy',
      ]);
      expect(tasks[0]!.classList.contains('late')).to.equal(true);
      expect(tasks[0]!.querySelector('.tag')!.classList.contains('late')).to.equal(true);
      expect(squash(tasks[0]!.textContent)).to.contain('Hakuaika on päättynyt, mutta ilmoita silti, haitko paikkaa.');
      expect(squash(tasks[1]!.textContent)).to.contain(`Hae viimeistään ${fiDate(addDays(today, 1))} 1 päivä aikaa`);
      expect(tasks[2]!.querySelector('.tag')).to.equal(null);
      expect(tasks[1]!.querySelector('a')!.getAttribute('href')).to.equal(`/offers/${ids.due}`);
      expect($$(el, 'h2').map((h) => h.textContent)).to.deep.equal(['Ilmoita näistä', 'Kaikki tarjoukset']);
      expect(offersToReport([trainingOffer])).to.deep.equal([]);
    });

    it('says when there are no offers, without a report section', async () => {
      const el = await app([]);
      expect(el.shadowRoot!.querySelector('.tasks')).to.equal(null);
      expect($(el, '.empty').textContent).to.equal('Sinulle ei ole annettu työ- eikä koulutustarjouksia.');
    });

    it('speaks Swedish and English', async () => {
      const el = await app(offerList);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Erbjudanden');
      expect(rows(el)[0]).to.contain('Kaféanställd Jobberbjudande Kahvila Aamu Oy Helsinki Erbjudet 20.11.2026');
      expect(rows(el)[0]).to.contain('1 dag kvar Väntar på din anmälan');
      expect($(el, 'ul.tasks a').textContent).to.contain('Anmäl om du sökte: Lagerarbetare');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Offers');
      expect(rows(el)[4]).to.equal(
        'Sales assistant Job offer Kauppa Oy Helsinki Offered 1 September 2026 Apply by 15 September 2026 Applied Outcome: I did not get the job',
      );
      expect(rows(el)[2]).to.contain('Application period has ended');
    });

    it('fits a 320 px wide phone screen without sideways scrolling', async () => {
      const el = await app(offerList);
      await atPhoneWidth(el, async () => {
        expectNoSidewaysScroll(el);
        portalBus.publish(LocaleTopic, { locale: 'sv' });
        await el.updateComplete;
        expectNoSidewaysScroll(el);
      });
    });

    it('offers a retry after a failure and then shows the list', async () => {
      let fail = true;
      const el = await app(() => (fail ? apiError('internal-error', 503) : json({ offers: offerList })));
      expect($(el, '[role="alert"]').textContent).to.contain('Tietoja ei juuri nyt saatu haettua');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.retry'));
      fail = false;
      $<HTMLButtonElement>(el, '.retry').click();
      await waitUntil(() => el.loadState === 'loaded');
      await el.updateComplete;
      expect($$(el, 'ul.offers > li')).to.have.length(offerList.length);
    });

    it('asks a signed-out person to sign in, without fetching', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      const calls = stubFetch(() => json({ offers: [] }));
      portalBus.publish(RouteTopic, { path: '/offers', area: 'offers' });
      const el = await fixture<OffersApp>(html`<offers-app></offers-app>`);
      expect(text(el)).to.contain('Kirjaudu sisään nähdäksesi tarjouksesi.');
      expect(calls).to.have.length(0);
    });
  });

  describe('routing', () => {
    it('maps the legacy URLs below the base path to pages and ids', () => {
      const base = '/offers';
      expect(routeOf(base, base)).to.deep.equal({ page: 'front' });
      expect(routeOf(`${base}/`, base)).to.deep.equal({ page: 'front' });
      expect(routeOf(`${base}/abc`, base)).to.deep.equal({ page: 'offer', id: 'abc' });
      expect(routeOf(`${base}/abc/?x=1`, base)).to.deep.equal({ page: 'offer', id: 'abc' });
      expect(routeOf(`${base}/abc/more`, base)).to.deep.equal({ page: 'not-found' });
      expect(routeOf(`${base}/%E0%A4%A`, base)).to.deep.equal({ page: 'not-found' });
      expect(routeOf('/offersx', base)).to.deep.equal({ page: 'front' });
    });

    it('renders the offer page with its id and the base path', async () => {
      const el = await app(offerList);
      await go(el, `/offers/${ids.due}`);
      const page = $<HTMLElement & { offerId: string; basePath: string }>(el, 'offers-offer');
      expect(page.offerId).to.equal(ids.due);
      expect(page.basePath).to.equal('/offers');
      expect(el.shadowRoot!.querySelector('h1')).to.equal(null);
    });

    it('says when a page does not exist, with a link back', async () => {
      const el = await app(offerList, '/offers/a/b');
      expect($(el, 'h1').textContent).to.equal('Sivua ei löytynyt');
      expect($<HTMLAnchorElement>(el, 'a').getAttribute('href')).to.equal('/offers');
    });
  });

  describe('events', () => {
    it('announces its page title on the bus, again after a language change and on not-found', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ area, title }) => titles.push(`${area}:${title}`));
      const el = await app(offerList);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      await go(el, '/offers/x/y');
      await el.updateComplete;
      subscription.unsubscribe();
      expect(titles).to.deep.equal(['offers:Tarjoukset', 'offers:Offers', 'offers:Page not found']);
    });

    it('asks the shell to navigate when an internal link is clicked', async () => {
      const paths: string[] = [];
      const subscription = portalBus.subscribe(NavigationTopic, ({ path }) => paths.push(path));
      const el = await app(offerList);
      $<HTMLAnchorElement>(el, 'ul.tasks a').click();
      subscription.unsubscribe();
      expect(paths).to.deep.equal([`/offers/${ids.late}`]);
    });

    it('reads the list again after a report, when the front page is shown', async () => {
      let reported = false;
      const after = offerList.map((o) => (o.id === ids.due ? receiptFor(dueOffer, { state: 'applied' }).offer : o));
      const el = await app(() => json({ offers: reported ? after : offerList }), `/offers/${ids.due}`);
      reported = true;
      $(el, 'offers-offer').dispatchEvent(new OfferReportedEvent(receiptFor(dueOffer, { state: 'applied' })));
      await go(el, '/offers');
      await waitUntil(() => el.loadState === 'loaded');
      await el.updateComplete;
      expect($$(el, 'ul.tasks > li').map((li) => li.dataset['id'])).to.deep.equal([ids.late, ids.due, ids.applied]);
      expect(rows(el)[0]).to.contain('Haettu');
    });
  });
});
