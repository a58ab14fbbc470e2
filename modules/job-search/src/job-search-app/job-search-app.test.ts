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
import { type JobSearch } from '@portal/shared-contracts/job-search';
import { defineJobSearchElements } from '../define.js';
import { JobSearchChangedEvent } from '../events.js';
import {
  activeWithAssessment,
  activeWithReports,
  apiError,
  ended,
  json,
  notRegistered,
  protectedActive,
  reference,
  restoreFetch,
  stubFetch,
} from '../testing/fixtures.js';
import { activeEnding } from '../testing/fixtures-forms.js';
import { subPageOf, type JobSearchApp } from './job-search-app.js';

defineJobSearchElements();

/** A backend answering GET /api/job-search with `jobSearch` (and what the sub-pages ask). */
function backend(jobSearch: () => Response) {
  return stubFetch((call) => {
    if (call.url === '/api/job-search') return jobSearch();
    if (call.url === '/api/job-search/reference') return json(reference);
    return apiError('not-found', 404);
  });
}

async function app(jobSearch: JobSearch | (() => Response), path = '/job-search'): Promise<JobSearchApp> {
  portalBus.publish(RouteTopic, { path, area: 'job-search' });
  backend(typeof jobSearch === 'function' ? jobSearch : () => json(jobSearch));
  const el = await fixture<JobSearchApp>(html`<job-search-app></job-search-app>`);
  await waitUntil(() => el.loadState === 'loaded' || el.loadState === 'failed');
  await el.updateComplete;
  return el;
}

const text = (el: JobSearchApp): string => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const go = async (el: JobSearchApp, path: string): Promise<void> => {
  portalBus.publish(RouteTopic, { path, area: 'job-search' });
  await el.updateComplete;
};

describe('job-search-app', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    // Elements first: one leaving mid-edit saves its draft, which must reach the fake backend.
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    for (const [name, state] of Object.entries({ notRegistered, activeWithAssessment, activeWithReports, ended, protectedActive })) {
      it(`is accessible: ${name}`, async () => {
        const el = await app(state);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible when loading failed, and on the not-found page', async () => {
      const el = await app(() => apiError('internal-error', 500));
      expect(el.loadState).to.equal('failed');
      await expect(el).to.be.accessible();
      await go(el, '/job-search/nothing');
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows valid job seeking: since when, the situation, the handler and the actions', async () => {
      const el = await app(activeWithReports);
      const root = el.shadowRoot!;
      expect(root.querySelector('h1')!.textContent).to.equal('Työnhaku');
      expect(text(el)).to.contain('Voimassa');
      expect(text(el)).to.contain('Työnhakusi on voimassa 1.9.2026 alkaen.');
      expect(text(el)).to.contain('Tilanteesi Lomautettu');
      expect(text(el)).to.contain('Vastasit palvelutarvekysymyksiin 10.9.2026.');
      const handler = root.querySelector('.handler')!;
      expect(handler.textContent).to.contain('Helsingin työllisyyspalvelut');
      expect(handler.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0931012345');
      expect(handler.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:tyollisyyspalvelut@example.fi');
      expect(handler.textContent).to.contain('Esimerkkikatu 1, 00100 Helsinki');
      expect(handler.textContent).to.contain('ma–pe klo 9–16');
      expect(handler.querySelector('a[href^="https:"]')!.getAttribute('href')).to.equal('https://www.example.fi/tyollisyyspalvelut');
      const actions = [...root.querySelectorAll('.action-list a')].map((a) => a.getAttribute('href'));
      expect(actions).to.deep.equal(['/job-search/change', '/job-search/certificate', '/job-search/end']);
      // No task: the assessment is done.
      expect(root.querySelector('.tasks')).to.equal(null);
    });

    it('lists the reports of changes, with the notice made for the payer', async () => {
      const el = await app(activeWithReports);
      const rows = [...el.shadowRoot!.querySelectorAll('ul.changes li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal([
        'Ulkomaanmatka 1.12.2026–8.12.2026 vastaanotettu 2.11.2026 Muutoksesta lähetettiin ilmoitus etuuden maksajalle (Kela) 2.11.2026.',
        'Sairaus 3.10.2026 alkaen vastaanotettu 5.10.2026',
      ]);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(text(el)).to.contain('A notice was sent to Kela on 2 November 2026.');
    });

    it('shows the unfinished assessment as a task with its deadline and days left, linked', async () => {
      const el = await app(activeWithAssessment);
      const task = el.shadowRoot!.querySelector('.tasks li')!;
      const link = task.querySelector('a')!;
      expect(link.textContent).to.equal('Vastaa palvelutarvekysymyksiin');
      expect(link.getAttribute('href')).to.equal('/job-search/assessment');
      const due = activeWithAssessment.assessment!.dueDate;
      const [year, month, day] = due.split('-').map(Number);
      expect(task.textContent).to.contain(`Vastaa viimeistään ${day}.${month}.${year}.`);
      expect(task.querySelector('.tag')!.textContent).to.equal('2 päivää aikaa');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(task.querySelector('.tag')!.textContent).to.equal('2 dagar kvar');
    });

    it('says when the assessment is late', async () => {
      const el = await app(protectedActive);
      const task = el.shadowRoot!.querySelector('.tasks li')!;
      expect(task.classList.contains('late')).to.equal(true);
      expect(task.querySelector('.tag')!.textContent).to.equal('Myöhässä');
      expect(task.textContent).to.contain('Määräaika on mennyt');
    });

    it('hides the handler under an address block and gives the national line', async () => {
      const el = await app(protectedActive);
      const handler = el.shadowRoot!.querySelector('.handler')!;
      expect(handler.textContent).to.contain('turvakielto');
      expect(handler.textContent).to.contain('Työllisyyspalvelujen valtakunnallinen palvelunumero');
      expect(handler.querySelector('a')!.getAttribute('href')).to.equal('tel:0295020700');
      expect(handler.textContent).not.to.contain('Helsingin');
    });

    it('shows an ended job seeking with its reason, and offers registering again', async () => {
      const el = await app(ended);
      expect(text(el)).to.contain('Päättynyt');
      expect(text(el)).to.contain('Työnhakusi päättyi 31.10.2025.');
      expect(text(el)).to.contain('Päättymisen syy Työllistyin');
      expect(text(el), 'the situation of the ended period is not shown as today’s').not.to.contain('Tilanteesi');
      const actions = [...el.shadowRoot!.querySelectorAll('.action-list a')];
      expect(actions.map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
        ['Ilmoittaudu uudelleen työnhakijaksi', '/job-search/register'],
      ]);
    });

    it('does not offer to end a job seeking whose end is already reported', async () => {
      const el = await app(activeEnding);
      expect(text(el)).to.contain('Tilanteesi');
      const actions = [...el.shadowRoot!.querySelectorAll('.action-list a')].map((a) => a.getAttribute('href'));
      expect(actions).to.include('/job-search/change');
      expect(actions).not.to.include('/job-search/end');
      await expect(el).to.be.accessible();
    });

    it('tells someone who never registered how to start, in their language', async () => {
      const el = await app(notRegistered);
      expect(text(el)).to.contain('Et ole ilmoittautunut työnhakijaksi.');
      expect(el.shadowRoot!.querySelector('.changes')).to.equal(null);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Arbetssökande');
      expect(el.shadowRoot!.querySelector('.action-list a')!.textContent).to.equal('Anmäl dig som arbetssökande');
    });

    it('offers a retry after a failure and then shows the data', async () => {
      let fail = true;
      const el = await app(() => (fail ? apiError('internal-error', 503) : json(activeWithAssessment)));
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.retry'));
      fail = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!.click();
      await waitUntil(() => el.loadState === 'loaded');
      expect(text(el)).to.contain('Työtön');
    });

    it('refuses data that does not fit the contract instead of rendering it', async () => {
      const el = await app(() => json({ ...activeWithAssessment, state: 'maybe' }));
      expect(el.loadState).to.equal('failed');
    });
  });

  describe('routing', () => {
    it('maps paths below the base path to pages', () => {
      expect(subPageOf('/job-search', '/job-search')).to.equal('front');
      expect(subPageOf('/job-search/', '/job-search')).to.equal('front');
      expect(subPageOf('/job-search/register?x=1', '/job-search')).to.equal('register');
      expect(subPageOf('/job-search/end', '/job-search')).to.equal('end');
      expect(subPageOf('/job-search/register/more', '/job-search')).to.equal('not-found');
      expect(subPageOf('/job-searching', '/job-search')).to.equal('front');
      expect(subPageOf('/profile', '/job-search')).to.equal('front');
    });

    it('renders the registration form and the other forms with the state and the base path', async () => {
      const el = await app(activeWithAssessment, '/job-search/register');
      const form = el.shadowRoot!.querySelector('job-search-registration-form')!;
      expect(form.jobSearch).to.equal(el.jobSearch);
      expect(form.basePath).to.equal('/job-search');
      for (const [path, tag] of [
        ['/job-search/assessment', 'job-search-assessment-form'],
        ['/job-search/change', 'job-search-change-form'],
        ['/job-search/end', 'job-search-end-form'],
      ] as const) {
        await go(el, path);
        const element = el.shadowRoot!.querySelector(tag) as (HTMLElement & { jobSearch?: JobSearch; basePath?: string }) | null;
        expect(element, tag).to.exist;
        expect(element!.jobSearch).to.equal(el.jobSearch);
        expect(element!.basePath).to.equal('/job-search');
        expect(el.shadowRoot!.querySelector('h1')).to.equal(null);
      }
      await go(el, '/job-search/certificate');
      expect(el.shadowRoot!.querySelector('job-search-certificate')).to.exist;
      await go(el, '/job-search');
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Työnhaku');
    });

    it('says when a page does not exist, with a link back', async () => {
      const el = await app(activeWithAssessment, '/job-search/unknown');
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Sivua ei löytynyt');
      const back = el.shadowRoot!.querySelector('a')!;
      expect(back.getAttribute('href')).to.equal('/job-search');
      expect(back.textContent).to.equal('Siirry työnhaun etusivulle');
    });

    it('works under another base path', async () => {
      portalBus.publish(RouteTopic, { path: '/tyonhaku/register', area: 'job-search' });
      backend(() => json(activeWithAssessment));
      const el = await fixture<JobSearchApp>(html`<job-search-app base-path="/tyonhaku"></job-search-app>`);
      await waitUntil(() => el.loadState === 'loaded');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('job-search-registration-form')!.basePath).to.equal('/tyonhaku');
      await go(el, '/tyonhaku');
      expect(el.shadowRoot!.querySelector('.tasks a')!.getAttribute('href')).to.equal('/tyonhaku/assessment');
    });
  });

  describe('events', () => {
    it('announces its page title on the bus, again after a language change and on not-found', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ area, title }) => titles.push(`${area}:${title}`));
      const el = await app(activeWithAssessment);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      await go(el, '/job-search/nope');
      await el.updateComplete;
      subscription.unsubscribe();
      expect(titles).to.deep.equal(['job-search:Työnhaku', 'job-search:Job seeking', 'job-search:Page not found']);
    });

    it('asks the shell to navigate when an internal link is clicked', async () => {
      const paths: string[] = [];
      const subscription = portalBus.subscribe(NavigationTopic, ({ path }) => paths.push(path));
      const el = await app(notRegistered);
      el.shadowRoot!.querySelector<HTMLAnchorElement>('.action-list a')!.click();
      subscription.unsubscribe();
      expect(paths).to.deep.equal(['/job-search/register']);
    });

    it('follows a job-search-changed event from a form without fetching again, and tells the navigation', async () => {
      const areas: string[] = [];
      const subscription = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => areas.push(area));
      const el = await app(notRegistered, '/job-search/register');
      const form = el.shadowRoot!.querySelector('job-search-registration-form')!;
      form.dispatchEvent(new JobSearchChangedEvent(activeWithAssessment));
      await el.updateComplete;
      subscription.unsubscribe();
      expect(areas).to.deep.equal(['job-search']);
      expect(el.jobSearch).to.equal(activeWithAssessment);
      await go(el, '/job-search');
      expect(text(el)).to.contain('Voimassa');
      expect(el.shadowRoot!.querySelector('.tasks a')).to.exist;
    });
  });
});
