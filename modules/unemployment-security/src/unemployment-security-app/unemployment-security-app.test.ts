import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import {
  CurrentItemsChangedTopic,
  LocaleTopic,
  NavigationTopic,
  PageTopic,
  portalBus,
  RouteTopic,
  SessionTopic,
} from '@portal/shared-contracts';
import type { EventSummary } from '@portal/shared-contracts/unemployment-security';
import { defineUnemploymentSecurityElements } from '../define.js';
import { AnswerSentEvent } from '../events.js';
import { addDays } from '@portal/ui-kit/page';
import {
  answerReceipt,
  apiError,
  eventList,
  ids,
  json,
  openRequest,
  restoreFetch,
  statement,
  stubFetch,
  today,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, expectNoSidewaysScroll, fiDate, squash, text } from '../testing/helpers.js';
import { newestFirst, routeOf, type UnemploymentSecurityApp } from './unemployment-security-app.js';

defineUnemploymentSecurityElements();

/** A backend answering the event list with `events` (and what the sub-pages ask). */
function backend(events: () => Response) {
  return stubFetch((call) => {
    if (call.url === '/api/unemployment-security/events') return events();
    if (call.url === `/api/unemployment-security/requests/${ids.open}`) return json(openRequest);
    if (call.url === `/api/unemployment-security/events/${ids.statement}`) return json(statement);
    return apiError('not-found', 404);
  });
}

async function app(events: EventSummary[] | (() => Response), path = '/unemployment-security'): Promise<UnemploymentSecurityApp> {
  portalBus.publish(RouteTopic, { path, area: 'unemployment-security' });
  const calls = backend(typeof events === 'function' ? events : () => json({ events }));
  const el = await fixture<UnemploymentSecurityApp>(html`<unemployment-security-app></unemployment-security-app>`);
  if (routeOf(path, '/unemployment-security').page === 'front') {
    await waitUntil(() => el.loadState === 'loaded' || el.loadState === 'failed');
  }
  await el.updateComplete;
  void calls;
  return el;
}

const go = async (el: UnemploymentSecurityApp, path: string): Promise<void> => {
  portalBus.publish(RouteTopic, { path, area: 'unemployment-security' });
  await el.updateComplete;
};

/** Each event row as read: its heading, then its lines. */
const rows = (el: UnemploymentSecurityApp): string[] => $$(el, 'ul.events > li').map((li) => squash(li.textContent));

describe('unemployment-security-app', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible with events and tasks, and with none', async () => {
      await expect(await app(eventList)).to.be.accessible();
      await expect(await app([])).to.be.accessible();
    });

    it('is accessible when loading failed, on the not-found page and signed out', async () => {
      const el = await app(() => apiError('internal-error', 500));
      expect(el.loadState).to.equal('failed');
      await expect(el).to.be.accessible();
      await go(el, '/unemployment-security/nothing/here');
      await expect(el).to.be.accessible();
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('lists the events newest first by issue date, each with its kind, date and state', async () => {
      const el = await app(eventList);
      expect($(el, 'h1').textContent).to.equal('Työttömyysturva');
      expect($$(el, 'ul.events > li').map((li) => li.dataset['id'])).to.deep.equal([
        ids.open,
        ids.attachments,
        ids.late,
        ids.notice,
        ids.statement,
        ids.cancelled,
        ids.processed,
      ]);
      expect(rows(el)).to.deep.equal([
        `Työsuhteen päättyminen Selvityspyyntö Annettu 10.11.2026 Odottaa vastaustasi Palautuspäivä ${fiDate(addDays(today, 2))} 2 päivää aikaa`,
        `Lomautuksen kesto Selvityspyyntö Annettu 1.11.2026 Odottaa liitteitä Palautuspäivä ${fiDate(addDays(today, 5))} 5 päivää aikaa`,
        `Opiskelu päätoimisesti Selvityspyyntö Annettu 25.10.2026 Odottaa vastaustasi Palautuspäivä ${fiDate(addDays(today, -3))} Palautuspäivä on mennyt`,
        'Koulutus alkaa: Ohjelmistokehittäjä Maksatusilmoitus: Koulutuksen alkaminen Annettu 20.10.2026',
        'Oikeus työttömyysetuuteen Työvoimapoliittinen lausunto Annettu 1.10.2026',
        'Korvaukseton määräaika Työvoimapoliittinen lausunto Annettu 15.9.2026 Peruttu 20.9.2026',
        'Oma yritystoiminta Selvityspyyntö Annettu 1.8.2026 Käsitelty Palautuspäivä 15.8.2026',
      ]);
      // Requests link to their own page, the rest to the event page.
      expect($$<HTMLAnchorElement>(el, 'ul.events h3 a').map((a) => a.getAttribute('href'))).to.deep.equal([
        `/unemployment-security/requests/${ids.open}`,
        `/unemployment-security/requests/${ids.attachments}`,
        `/unemployment-security/requests/${ids.late}`,
        `/unemployment-security/events/${ids.notice}`,
        `/unemployment-security/events/${ids.statement}`,
        `/unemployment-security/events/${ids.cancelled}`,
        `/unemployment-security/requests/${ids.processed}`,
      ]);
      expect($(el, `li[data-id="${ids.cancelled}"] .tag`).classList.contains('cancelled')).to.equal(true);
      expect(newestFirst([])).to.deep.equal([]);
    });

    it('puts the open requests on top as tasks, the nearest return date first, the passed one marked', async () => {
      const el = await app(eventList);
      const tasks = $$(el, 'ul.tasks > li');
      expect(tasks.map((li) => squash(li.querySelector('a')!.textContent))).to.deep.equal([
        'Vastaa selvityspyyntöön: Opiskelu päätoimisesti',
        'Vastaa selvityspyyntöön: Työsuhteen päättyminen',
        'Lähetä puuttuvat liitteet: Lomautuksen kesto',
      ]);
      expect(tasks[0]!.classList.contains('late')).to.equal(true);
      expect(squash(tasks[0]!.textContent)).to.contain(`Palautuspäivä ${fiDate(addDays(today, -3))}. Palautuspäivä on mennyt`);
      expect(squash(tasks[0]!.textContent)).to.contain('Voit silti vastata; vastaus merkitään myöhästyneeksi.');
      expect(tasks[0]!.querySelector('.tag')!.classList.contains('late')).to.equal(true);
      expect(tasks[1]!.querySelector('.tag')!.textContent).to.equal('2 päivää aikaa');
      expect(tasks[1]!.querySelector('a')!.getAttribute('href')).to.equal(`/unemployment-security/requests/${ids.open}`);
      // Tasks come before the list.
      const headings = $$(el, 'h2').map((h) => h.textContent);
      expect(headings).to.deep.equal(['Tehtävät', 'Tapahtumat']);
    });

    it('fits a 320 px wide phone screen without sideways scrolling, in the longest language', async () => {
      const el = await app(eventList);
      await atPhoneWidth(el, async () => {
        expectNoSidewaysScroll(el);
        portalBus.publish(LocaleTopic, { locale: 'sv' });
        await el.updateComplete;
        expectNoSidewaysScroll(el);
      });
    });

    it('has no task section when nothing is open, and says when there are no events', async () => {
      const el = await app([]);
      expect(root(el).querySelector('.tasks')).to.equal(null);
      expect(text(el)).to.contain('Sinulle ei ole annettu selvityspyyntöjä, lausuntoja eikä maksatusilmoituksia.');
    });

    it('speaks Swedish and English', async () => {
      const el = await app(eventList);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Arbetslöshetsskydd');
      expect(rows(el)[0]).to.contain('Begäran om utredning Datum 10.11.2026 Väntar på ditt svar');
      expect(rows(el)[5]).to.contain('Återkallat 20.9.2026');
      expect($(el, 'ul.tasks a').textContent).to.contain('Svara på begäran om utredning');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Unemployment security');
      expect(rows(el)[3]).to.equal('Training starts: Software developer Payment notice: Training starts Issued 20 October 2026');
      expect(rows(el)[2]).to.contain('Return date passed');
    });

    it('offers a retry after a failure and then shows the list', async () => {
      let fail = true;
      const el = await app(() => (fail ? apiError('internal-error', 503) : json({ events: eventList })));
      expect($(el, '[role="alert"]').textContent).to.contain('Tietoja ei juuri nyt saatu haettua');
      expect(root(el).activeElement).to.equal($(el, '.retry'));
      fail = false;
      $<HTMLButtonElement>(el, '.retry').click();
      await waitUntil(() => el.loadState === 'loaded');
      expect($$(el, 'ul.events > li')).to.have.length(eventList.length);
    });

    it('refuses data that does not fit the contract instead of rendering it', async () => {
      const el = await app(() => json({ events: [{ ...eventList[0], kind: 'letter' }] }));
      expect(el.loadState).to.equal('failed');
    });

    it('asks a signed-out person to sign in', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      const calls = stubFetch(() => json({ events: [] }));
      portalBus.publish(RouteTopic, { path: '/unemployment-security', area: 'unemployment-security' });
      const el = await fixture<UnemploymentSecurityApp>(html`<unemployment-security-app></unemployment-security-app>`);
      expect(text(el)).to.contain('Kirjaudu sisään nähdäksesi työttömyysturvatietosi.');
      expect(calls).to.have.length(0);
    });
  });

  describe('routing', () => {
    it('maps paths below the base path to pages and ids', () => {
      const base = '/unemployment-security';
      expect(routeOf(base, base)).to.deep.equal({ page: 'front' });
      expect(routeOf(`${base}/`, base)).to.deep.equal({ page: 'front' });
      expect(routeOf(`${base}/events/abc`, base)).to.deep.equal({ page: 'event', id: 'abc' });
      expect(routeOf(`${base}/requests/abc?x=1`, base)).to.deep.equal({ page: 'request', id: 'abc' });
      expect(routeOf(`${base}/requests/abc/answer`, base)).to.deep.equal({ page: 'answer', id: 'abc' });
      expect(routeOf(`${base}/requests/a%20b/answer/`, base)).to.deep.equal({ page: 'answer', id: 'a b' });
      expect(routeOf(`${base}/requests`, base)).to.deep.equal({ page: 'not-found' });
      expect(routeOf(`${base}/requests/abc/other`, base)).to.deep.equal({ page: 'not-found' });
      expect(routeOf(`${base}/events/%E0%A4%A`, base)).to.deep.equal({ page: 'not-found' });
      expect(routeOf('/unemployment-securityx', base)).to.deep.equal({ page: 'front' });
      expect(routeOf('/profile', base)).to.deep.equal({ page: 'front' });
    });

    it('renders the event, request and answer pages with their id and the base path', async () => {
      const el = await app(eventList);
      for (const [path, tag, property, id] of [
        [`/unemployment-security/events/${ids.statement}`, 'unemployment-security-event', 'eventId', ids.statement],
        [`/unemployment-security/requests/${ids.open}`, 'unemployment-security-request', 'requestId', ids.open],
        [`/unemployment-security/requests/${ids.open}/answer`, 'unemployment-security-answer-form', 'requestId', ids.open],
      ] as const) {
        await go(el, path);
        const page = root(el).querySelector(tag) as (HTMLElement & Record<string, unknown>) | null;
        expect(page, tag).to.exist;
        expect(page![property]).to.equal(id);
        expect(page!['basePath']).to.equal('/unemployment-security');
        expect(root(el).querySelector('h1')).to.equal(null);
      }
      await go(el, '/unemployment-security');
      expect($(el, 'h1').textContent).to.equal('Työttömyysturva');
    });

    it('says when a page does not exist, with a link back', async () => {
      const el = await app(eventList, '/unemployment-security/unknown');
      expect($(el, 'h1').textContent).to.equal('Sivua ei löytynyt');
      const back = $<HTMLAnchorElement>(el, 'a');
      expect(back.getAttribute('href')).to.equal('/unemployment-security');
      expect(back.textContent).to.equal('Siirry työttömyysturvan etusivulle');
    });

    it('works under another base path', async () => {
      portalBus.publish(RouteTopic, { path: '/tyottomyysturva', area: 'unemployment-security' });
      backend(() => json({ events: eventList }));
      const el = await fixture<UnemploymentSecurityApp>(
        html`<unemployment-security-app base-path="/tyottomyysturva"></unemployment-security-app>`,
      );
      await waitUntil(() => el.loadState === 'loaded');
      await el.updateComplete;
      expect($(el, 'ul.tasks a').getAttribute('href')).to.equal(`/tyottomyysturva/requests/${ids.late}`);
      await go(el, `/tyottomyysturva/requests/${ids.open}/answer`);
      expect((root(el).querySelector('unemployment-security-answer-form') as HTMLElement & { basePath: string }).basePath).to.equal(
        '/tyottomyysturva',
      );
    });
  });

  describe('events', () => {
    it('announces its page title on the bus, again after a language change and on not-found', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ area, title }) => titles.push(`${area}:${title}`));
      const el = await app(eventList);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      await go(el, '/unemployment-security/nope');
      await el.updateComplete;
      subscription.unsubscribe();
      expect(titles).to.deep.equal([
        'unemployment-security:Työttömyysturva',
        'unemployment-security:Unemployment security',
        'unemployment-security:Page not found',
      ]);
    });

    it('asks the shell to navigate when an internal link is clicked', async () => {
      const paths: string[] = [];
      const subscription = portalBus.subscribe(NavigationTopic, ({ path }) => paths.push(path));
      const el = await app(eventList);
      $<HTMLAnchorElement>(el, 'ul.tasks a').click();
      subscription.unsubscribe();
      expect(paths).to.deep.equal([`/unemployment-security/requests/${ids.late}`]);
    });

    it('after an answer is sent tells the shell and reads the list again on the front page', async () => {
      const areas: string[] = [];
      const subscription = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => areas.push(area));
      let answered = false;
      const answeredList = eventList.map((event) =>
        event.id === ids.open && event.kind === 'clarification-request' ? { ...event, state: 'in-processing' as const } : event,
      );
      const calls = stubFetch((call) => {
        if (call.url === '/api/unemployment-security/events') return json({ events: answered ? answeredList : eventList });
        if (call.url === `/api/unemployment-security/requests/${ids.open}`) return json(openRequest);
        return apiError('not-found', 404);
      });
      portalBus.publish(RouteTopic, { path: `/unemployment-security/requests/${ids.open}/answer`, area: 'unemployment-security' });
      const el = await fixture<UnemploymentSecurityApp>(html`<unemployment-security-app></unemployment-security-app>`);
      await el.updateComplete;
      expect(calls.filter((c) => c.url === '/api/unemployment-security/events')).to.have.length(0);
      const form = $(el, 'unemployment-security-answer-form');
      answered = true;
      form.dispatchEvent(new AnswerSentEvent(ids.open, answerReceipt));
      subscription.unsubscribe();
      expect(areas).to.deep.equal(['unemployment-security']);
      await go(el, '/unemployment-security');
      await waitUntil(() => el.loadState === 'loaded');
      await el.updateComplete;
      expect($$(el, 'ul.tasks > li')).to.have.length(2);
      expect(rows(el)[0]).to.contain('Käsittelyssä');
    });
  });
});

function root(el: HTMLElement): ShadowRoot {
  return el.shadowRoot!;
}
