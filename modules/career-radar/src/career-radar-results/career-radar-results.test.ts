import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import { CAREER_RADAR_PATHS } from '@portal/shared-contracts/career-radar';
import { defineCareerRadarElements } from '../define.js';
import { answersOf, apiError, earlierResults, json, restoreFetch, savedResult, stubFetch, type FetchCall } from '../testing/fixtures.js';
import { $, $$, text } from '../testing/helpers.js';
import type { CareerRadarResults } from './career-radar-results.js';

defineCareerRadarElements();

const signedIn = (): void => portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
const signedOut = (): void => portalBus.publish(SessionTopic, { status: 'signed-out' });

const newest = savedResult(
  '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b',
  '2026-10-01T08:00:00.000Z',
  answersOf({ goals: [4, 4, 5], activity: [3, 3, 3] }),
);
const three = [newest, ...earlierResults];

function backend(list: () => Response = () => json({ items: three })): FetchCall[] {
  return stubFetch((call) => (call.url === CAREER_RADAR_PATHS.results ? list() : apiError('not-found', 404)));
}

async function results(): Promise<CareerRadarResults> {
  const el = await fixture<CareerRadarResults>(html`<career-radar-results></career-radar-results>`);
  if (el.signedIn) await waitUntil(() => el.loadState === 'loaded' || el.loadState === 'failed');
  await el.updateComplete;
  return el;
}

const headers = (el: CareerRadarResults): string[] => $$(el, 'table.scores thead th').map((th) => th.textContent!.trim());
const firstRow = (el: CareerRadarResults): string[] =>
  [...$(el, 'table.scores tbody tr').querySelectorAll('th, td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());

async function choose(el: CareerRadarResults, select: string, value: string): Promise<void> {
  const element = $<HTMLSelectElement>(el, select);
  element.value = value;
  element.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('career-radar-results', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    signedIn();
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible: two results compared, and signed out', async () => {
      backend();
      const el = await results();
      await expect(el).to.be.accessible();
      signedOut();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  it('needs a signed-in person: signed out it says so and asks the server nothing', async () => {
    signedOut();
    const calls = backend();
    const el = await results();
    expect(text(el, '.sign-in-needed')).to.contain('Kirjaudu sisään');
    expect($$(el, 'table, svg.radar-chart')).to.have.length(0);
    expect(calls).to.deep.equal([]);
  });

  it('shows the newest result compared with the one before it, on one chart and in one table', async () => {
    backend();
    const el = await results();
    expect($(el, 'h1').textContent).to.equal('Tallennetut tuloksesi');
    expect(text(el, '#result-heading')).to.equal('Tulos 1.10.2026 klo 11.00');
    expect($$(el, 'svg.radar-chart polygon.shape')).to.have.length(2);
    expect(headers(el)).to.deep.equal(['Tekijä', 'Tämä tulos (1.10.2026 klo 11.00)', 'Vertailutulos (1.2.2026 klo 12.00)', 'Muutos']);
    expect(firstRow(el)).to.deep.equal(['Tavoitteiden selkeys', '4,3', '2,0', '+2,3']);
    // Suggestions follow the shown result.
    expect($$(el, '.suggestion').map((s) => s.getAttribute('data-factor'))).to.deep.equal(['confidence', 'activity', 'flexibility']);
  });

  it('another result shown or compared, or no comparison, from the two lists', async () => {
    backend();
    const el = await results();
    const options = (select: string) => $$<HTMLOptionElement>(el, `${select} option`).map((o) => o.textContent);
    expect(options('#shown')).to.deep.equal(['1.10.2026 klo 11.00', '1.2.2026 klo 12.00', '15.8.2025 klo 12.30']);
    // The shown result is not offered for comparing with itself.
    expect(options('#compared')).to.deep.equal(['Ei vertailua', '1.2.2026 klo 12.00', '15.8.2025 klo 12.30']);
    await choose(el, '#compared', earlierResults[1]!.id);
    expect(firstRow(el)).to.deep.equal(['Tavoitteiden selkeys', '4,3', '2,0', '+2,3']);
    expect(headers(el)[2]).to.equal('Vertailutulos (15.8.2025 klo 12.30)');
    await choose(el, '#compared', '');
    expect(headers(el)).to.have.length(2);
    expect($$(el, 'svg.radar-chart .shape.compared')).to.have.length(0);
    await choose(el, '#shown', earlierResults[0]!.id);
    expect(text(el, '#result-heading')).to.equal('Tulos 1.2.2026 klo 12.00');
    expect(firstRow(el)).to.deep.equal(['Tavoitteiden selkeys (kehityskohde)', '2,0']);
  });

  it('no results yet: says so and links to taking it', async () => {
    backend(() => json({ items: [] }));
    const el = await results();
    expect(text(el)).to.contain('Et ole vielä tallentanut yhtään tulosta.');
    expect($<HTMLAnchorElement>(el, 'a').getAttribute('href')).to.equal('/career-radar');
  });

  it('a failed fetch offers a retry', async () => {
    let fail = true;
    backend(() => (fail ? apiError('internal-error', 500) : json({ items: three })));
    const el = await results();
    expect(el.loadState).to.equal('failed');
    expect($(el, '[role="alert"]').textContent).to.contain('ei juuri nyt saatu haettua');
    fail = false;
    $(el, 'button.retry').click();
    await waitUntil(() => el.loadState === 'loaded');
    await el.updateComplete;
    expect($$(el, 'table.scores')).to.have.length(1);
  });

  it('speaks Swedish with lang="sv" whatever the portal’s language', async () => {
    backend();
    const el = await fixture<CareerRadarResults>(html`<career-radar-results lang="sv"></career-radar-results>`);
    await waitUntil(() => el.loadState === 'loaded');
    await el.updateComplete;
    expect($(el, 'h1').textContent).to.equal('Dina sparade resultat');
    expect(headers(el)[0]).to.equal('Faktor');
  });
});
