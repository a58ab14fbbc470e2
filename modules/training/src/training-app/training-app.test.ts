import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, PageTopic, portalBus, RouteTopic, SessionTopic } from '@portal/shared-contracts';
import type { TrainingOverview } from '@portal/shared-contracts/training';
import { defineTrainingElements } from '../define.js';
import { ApplicationChangedEvent } from '../events.js';
import {
  apiError,
  applicationIn,
  catalogue,
  ids,
  json,
  overview,
  receiptOf,
  restoreFetch,
  stubFetch,
  welding,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, squash, type } from '../testing/helpers.js';
import { filterTrainings, NO_FILTERS, routeOf, type TrainingApp } from './training-app.js';

defineTrainingElements();

async function app(answer: TrainingOverview | (() => Response), path = '/training'): Promise<{ el: TrainingApp; reads: () => number }> {
  portalBus.publish(RouteTopic, { path, area: 'training' });
  let reads = 0;
  stubFetch((call) => {
    if (call.url === '/api/training') {
      reads += 1;
      return typeof answer === 'function' ? answer() : json(answer);
    }
    return apiError('not-found', 404);
  });
  const el = await fixture<TrainingApp>(html`<training-app></training-app>`);
  if (routeOf(path, '/training').page === 'front') await waitUntil(() => el.loadState === 'loaded' || el.loadState === 'failed');
  await el.updateComplete;
  return { el, reads: () => reads };
}

const shown = (el: TrainingApp): string[] => $$(el, 'ul.trainings > li').map((li) => li.dataset['id'] ?? '');

describe('training-app', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible with applications and the catalogue, and with nothing found', async () => {
      const { el } = await app(overview);
      await expect(el).to.be.accessible();
      await type(el, 'filter-text', 'ei löydy mitään');
      await expect(el).to.be.accessible();
    });

    it('is accessible when loading failed (the retry focused), on the not-found page and signed out', async () => {
      const { el } = await app(() => apiError('internal-error', 500));
      expect(el.loadState).to.equal('failed');
      expect(el.shadowRoot!.activeElement?.classList.contains('retry')).to.equal(true);
      await expect(el).to.be.accessible();
      portalBus.publish(RouteTopic, { path: '/training/a/b/c', area: 'training' });
      await el.updateComplete;
      expect(squash($(el, 'h1').textContent)).to.equal('Sivua ei löytynyt');
      await expect(el).to.be.accessible();
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('routes its pages: a training, its application form, an application', () => {
      expect(routeOf('/training', '/training')).to.deep.equal({ page: 'front' });
      expect(routeOf(`/training/${ids.welding}`, '/training')).to.deep.equal({ page: 'training', id: ids.welding });
      expect(routeOf(`/training/${ids.welding}/apply`, '/training')).to.deep.equal({ page: 'apply', id: ids.welding });
      expect(routeOf(`/training/applications/${ids.application}`, '/training')).to.deep.equal({ page: 'application', id: ids.application });
      expect(routeOf('/training/applications', '/training')).to.deep.equal({ page: 'training', id: 'applications' });
    });

    it('shows the applications with their state as the person reads it, then the trainings open now', async () => {
      const { el } = await app(overview);
      expect(squash($(el, 'h1').textContent)).to.equal('Työvoimakoulutus');
      expect(squash($(el, 'ul.applications > li').textContent)).to.equal('Asiakaspalvelun ammattitutkinto Valinnassa Lähetetty 20.11.2026');
      expect($<HTMLAnchorElement>(el, 'ul.applications a').getAttribute('href')).to.equal(`/training/applications/${ids.application}`);
      // Open only, by default: the closed welding training is left out.
      expect(shown(el)).to.deep.equal([ids.customerService, ids.marketing, ids.testing]);
      expect(squash($(el, 'p.count').textContent)).to.equal('3 koulutusta');
      const first = squash($(el, 'ul.trainings > li').textContent);
      expect(first).to.contain('Helsingin aikuisopisto Helsinki Opetuskieli: suomi 11.1.2027–30.6.2027');
      expect(first).to.contain('3 päivää aikaa');
      expect(squash($$(el, 'ul.trainings > li')[1]?.textContent)).to.contain('Etäopetus Opetuskieli: ruotsi');
    });

    it('filters by words, place or remote, language, and open or not; the count follows', async () => {
      const { el } = await app({ trainings: catalogue, applications: [] });
      expect(el.shadowRoot!.querySelector('ul.applications')).to.equal(null);
      await type(el, 'filter-text', 'TESTAUKSEN');
      expect(shown(el)).to.deep.equal([ids.testing]);
      expect(squash($(el, 'p.count').textContent)).to.equal('1 koulutus');
      await type(el, 'filter-text', '');
      const place = $<HTMLSelectElement>(el, '#filter-place');
      expect([...place.options].map((o) => o.textContent?.trim())).to.deep.equal([
        'Kaikki paikat',
        'Etäopetus',
        'Espoo',
        'Helsinki',
        'Tampere',
      ]);
      place.value = 'remote';
      place.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(shown(el)).to.deep.equal([ids.marketing]);
      place.value = '';
      place.dispatchEvent(new Event('change'));
      const language = $<HTMLSelectElement>(el, '#filter-language');
      language.value = 'en';
      language.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(shown(el)).to.deep.equal([ids.testing]);
      language.value = '';
      language.dispatchEvent(new Event('change'));
      await click(el, '#filter-open');
      expect(shown(el)).to.deep.equal([ids.customerService, ids.marketing, ids.testing, ids.welding]);
      expect(squash($$(el, 'ul.trainings > li')[3]?.textContent)).to.contain('Hakuaika päättynyt');
      await type(el, 'filter-text', 'nothing like this');
      expect(squash($(el, 'p.empty').textContent)).to.contain('Rajauksiasi vastaavia koulutuksia ei löytynyt');
    });

    it('filterTrainings matches every word in any language, the place by its Finnish name', () => {
      expect(filterTrainings(catalogue, { ...NO_FILTERS, text: 'svetsare' }).map((t) => t.id)).to.deep.equal([]);
      expect(filterTrainings(catalogue, { ...NO_FILTERS, openOnly: false, text: 'svetsare' })).to.deep.equal([welding]);
      expect(filterTrainings(catalogue, { ...NO_FILTERS, place: 'Espoo' }).map((t) => t.id)).to.deep.equal([ids.testing]);
    });

    it('speaks Swedish and English when the language changes', async () => {
      const { el } = await app(overview);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(squash($(el, 'h1').textContent)).to.equal('Arbetskraftsutbildning');
      expect(squash($(el, 'ul.applications .tag').textContent)).to.equal('I urvalet');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(squash($(el, 'h1').textContent)).to.equal('Labour market training');
      expect(squash($(el, 'ul.trainings > li').textContent)).to.contain('Taught in Finnish');
    });

    it('fits 320 px: the filters one under another, no sideways scroll', async () => {
      const { el } = await app(overview);
      await atPhoneWidth(el, () => {
        expectNoSidewaysScroll(el);
        const [text, place] = $$(el, '.filter');
        expect(place!.getBoundingClientRect().top).to.be.greaterThan(text!.getBoundingClientRect().bottom - 1);
      });
    });
  });

  describe('events', () => {
    it('tells the shell its title, and reads again after an application changed', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const { el, reads } = await app(overview);
      subscription.unsubscribe();
      expect(titles.at(-1)).to.equal('Työvoimakoulutus');
      expect(reads()).to.equal(1);
      el.dispatchEvent(new ApplicationChangedEvent(receiptOf(applicationIn('withdrawn'))));
      await waitUntil(() => reads() === 2);
    });
  });
});
