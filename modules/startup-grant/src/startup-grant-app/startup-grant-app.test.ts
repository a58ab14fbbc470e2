import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, portalBus, RouteTopic, SessionTopic } from '@portal/shared-contracts';
import type { StartupGrantOverview } from '@portal/shared-contracts/startup-grant';
import { defineStartupGrantElements } from '../define.js';
import { ApplicationSentEvent } from '../events.js';
import { apiError, emptyOverview, ids, json, restoreFetch, stubFetch, yrjoOverview, type FetchCall } from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, expectNoSidewaysScroll, mount, squash } from '../testing/helpers.js';
import { routeOf, type StartupGrantApp } from './startup-grant-app.js';

defineStartupGrantElements();

function backend(overview: StartupGrantOverview | (() => Response)): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === '/api/startup-grant') return typeof overview === 'function' ? overview() : json(overview);
    if (call.url.startsWith('/api/drafts/')) return new Response(null, { status: 204 });
    return apiError('not-found', 404);
  });
}

async function app(
  overview: StartupGrantOverview | (() => Response) = yrjoOverview,
  path = '/startup-grant',
): Promise<{ el: StartupGrantApp; calls: FetchCall[] }> {
  portalBus.publish(RouteTopic, { path, area: 'startup-grant' });
  const calls = backend(overview);
  const el = await mount<StartupGrantApp>(html`<startup-grant-app></startup-grant-app>`, (e) =>
    routeOf(path, '/startup-grant').page === 'front' ? e.loadState === 'loaded' || e.loadState === 'failed' : true,
  );
  return { el, calls };
}

describe('startup-grant-app', () => {
  beforeEach(() => {
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Yrjö Yrittäjä' } });
    portalBus.publish(LocaleTopic, { locale: 'fi' });
  });
  afterEach(() => {
    restoreFetch();
    fixtureCleanup();
  });

  describe('accessibility', () => {
    it("Yrjö's page passes axe, one h1, the timeline an ordered list", async () => {
      const { el } = await app();
      await expect(el).to.be.accessible();
      expect($$(el, 'h1')).to.have.length(1);
      expect($$(el, 'ol.timeline')).to.have.length(2);
    });

    it('fits 320 px without sideways scrolling', async () => {
      const { el } = await app();
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });

    it('an empty page passes axe too', async () => {
      const { el } = await app(emptyOverview);
      await expect(el).to.be.accessible();
      expect(squash($(el, '.empty').textContent)).to.contain('Sinulla ei ole starttirahahakemuksia');
    });
  });

  describe('properties', () => {
    it('shows what to do now: the open supplement with its deadline and the period ready to apply for', async () => {
      const { el } = await app();
      const todo = $$<HTMLAnchorElement>(el, '.todo a');
      expect(todo.map((a) => a.getAttribute('href'))).to.deep.equal([
        `/startup-grant/supplements/${ids.supplement}`,
        `/startup-grant/payments/${ids.periodReady}`,
      ]);
      expect(squash($(el, '.todo').textContent)).to.contain('7 päivää aikaa');
    });

    it('each application with its state and dated steps; the granted one with its periods', async () => {
      const { el } = await app();
      const extension = $(el, `article[data-id="${ids.extension}"]`);
      expect(squash(extension.textContent)).to.contain('Täydennystä pyydetty');
      expect(extension.querySelectorAll('ol.timeline li')).to.have.length(3);
      expect(squash($(el, `article[data-id="${ids.granted}"] .decision`).textContent)).to.contain('Starttiraha myönnettiin kausille');
    });

    it("each period's state: lapsed with what can still be done, paid with its date, ready with its link", async () => {
      const { el } = await app();
      expect(squash($(el, `li.period[data-id="${ids.periodLapsed}"]`).textContent)).to.contain('ota yhteyttä TE-toimistoon');
      expect(squash($(el, `li.period[data-id="${ids.periodPaid}"]`).textContent)).to.contain('Maksettu');
      expect($(el, `li.period[data-id="${ids.periodReady}"] a`).getAttribute('href')).to.equal(
        `/startup-grant/payments/${ids.periodReady}`,
      );
      expect($$(el, `li.period[data-id="${ids.periodNext}"] a`)).to.have.length(0);
    });

    it('speaks Swedish and English when the language changes', async () => {
      const { el } = await app();
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(squash($(el, 'h1').textContent)).to.equal('Startpeng');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(squash($(el, 'h1').textContent)).to.equal('Start-up grant');
      expect(squash($(el, '.todo').textContent)).to.contain('7 days left');
    });

    it('a failed read offers a retry, focused', async () => {
      const { el } = await app(() => apiError('internal-error', 500));
      await waitUntil(() => el.shadowRoot?.activeElement?.classList.contains('retry'));
    });

    it('routes its pages', () => {
      expect(routeOf('/startup-grant/apply', '/startup-grant').page).to.equal('apply');
      expect(routeOf(`/startup-grant/supplements/${ids.supplement}`, '/startup-grant')).to.deep.equal({
        page: 'supplement',
        id: ids.supplement,
      });
      expect(routeOf(`/startup-grant/payments/${ids.periodReady}`, '/startup-grant').page).to.equal('payment');
      expect(routeOf('/startup-grant/nothing', '/startup-grant').page).to.equal('not-found');
    });
  });

  describe('events', () => {
    it('reads the overview again after an application was sent', async () => {
      const { el, calls } = await app();
      const reads = () => calls.filter((c) => c.url === '/api/startup-grant').length;
      expect(reads()).to.equal(1);
      el.dispatchEvent(new ApplicationSentEvent({ application: yrjoOverview.applications[0]!, receivedAt: new Date().toISOString() }));
      await waitUntil(() => reads() === 2);
    });
  });
});
