import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { LocaleTopic, PageTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import type { TrainingDetail as Detail } from '@portal/shared-contracts/training';
import { defineTrainingElements } from '../define.js';
import {
  apiError,
  applicationIn,
  customerService,
  detailOf,
  ids,
  json,
  marketing,
  restoreFetch,
  stubFetch,
  welding,
} from '../testing/fixtures.js';
import { $, atPhoneWidth, expectNoSidewaysScroll, mount, squash } from '../testing/helpers.js';
import type { TrainingDetail } from './training-detail.js';

defineTrainingElements();

async function page(answer: Detail | (() => Response), id: string = ids.customerService): Promise<TrainingDetail> {
  stubFetch((call) =>
    call.url === `/api/training/trainings/${id}` ? (typeof answer === 'function' ? answer() : json(answer)) : apiError('not-found', 404),
  );
  return mount<TrainingDetail>(
    html`<training-detail .trainingId=${id}></training-detail>`,
    (el) => el.loadState !== 'loading' && el.loadState !== 'idle',
  );
}

describe('training-detail', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible open, applied, closed, not found and failed', async () => {
      await expect(await page(detailOf(customerService))).to.be.accessible();
      await expect(await page(detailOf(customerService, applicationIn('interview')))).to.be.accessible();
      await expect(await page(detailOf(welding), ids.welding)).to.be.accessible();
      await expect(await page(() => apiError('not-found', 404))).to.be.accessible();
      await expect(await page(() => apiError('internal-error', 500))).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows the training’s facts and, while open, the way to apply', async () => {
      const el = await page(detailOf(customerService));
      expect(squash($(el, 'h1').textContent)).to.equal('Asiakaspalvelun ammattitutkinto');
      expect(squash($(el, 'dl.facts').textContent)).to.contain('Paikka Helsinki Opetuskieli suomi Ajankohta 11.1.2027–30.6.2027');
      expect($<HTMLAnchorElement>(el, 'a.apply').getAttribute('href')).to.equal(`/training/${ids.customerService}/apply`);
    });

    it('a remote training says so', async () => {
      const el = await page(detailOf(marketing), ids.marketing);
      expect(squash($(el, 'dd.place').textContent)).to.equal('Etäopetus');
    });

    it('with an application: its state and a link to it, no second apply', async () => {
      const el = await page(detailOf(customerService, applicationIn('interview')));
      expect(squash($(el, '.applied').textContent)).to.equal('Hait tähän koulutukseen 20.11.2026. Tila: Valinnassa');
      expect(el.shadowRoot!.querySelector('a.apply')).to.equal(null);
      expect($<HTMLAnchorElement>(el, '.next a').getAttribute('href')).to.equal(`/training/applications/${ids.application}`);
    });

    it('closed: says the period has ended and points to the trainings open now', async () => {
      const el = await page(detailOf(welding), ids.welding);
      expect(squash($(el, '.closed-text').textContent)).to.contain('joten siihen ei voi enää hakea');
      expect(el.shadowRoot!.querySelector('a.apply')).to.equal(null);
      expect($<HTMLAnchorElement>(el, '.back-links a').getAttribute('href')).to.equal('/training');
    });

    it('fits 320 px', async () => {
      const el = await page(detailOf(customerService, applicationIn('selected')));
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });
  });

  describe('events', () => {
    it('tells the shell the training’s name as the title, in the language chosen', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const el = await page(detailOf(customerService));
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      subscription.unsubscribe();
      expect(titles).to.include('Asiakaspalvelun ammattitutkinto');
      expect(titles.at(-1)).to.equal('Yrkesexamen inom kundservice');
    });
  });
});
