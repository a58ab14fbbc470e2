import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  CustomerTopic,
  LocaleTopic,
  portalBus,
  SessionTopic,
  type CurrentItem,
  type Registry,
  type RegistryEntry,
} from '@portal/shared-contracts';
import { json, restoreFetch, stubFetch } from '@portal/ui-kit/testing';
import { defineOverviewElements } from '../define.js';
import { sortItems, type OverviewApp } from './overview-app.js';

defineOverviewElements();

const entry = (area: string, currentItemsUrl: string | null): RegistryEntry => ({
  area,
  route: `/${area}`,
  names: { fi: `${area}-fi`, sv: `${area}-sv`, en: `${area}-en` },
  navOrder: 1,
  requiresAuth: true,
  implementation: {
    kind: 'federated',
    remoteName: `portal_${area.replaceAll('-', '_')}`,
    version: '1.0.0',
    manifestUrl: `/m/${area}.json`,
    exposes: './app',
  },
  currentItemsUrl,
});

const item = (id: string, area: string, extra: Partial<CurrentItem> = {}): CurrentItem => ({
  id,
  area,
  kind: 'status',
  title: { fi: `${id} fi`, sv: `${id} sv`, en: `${id} en` },
  href: `/${area}`,
  urgency: 'info',
  ...extra,
});

function serve(routes: Record<string, () => Response>): void {
  stubFetch(({ url }) => {
    const handler = routes[url];
    return handler ? handler() : json({ error: { code: 'not-found', message: 'no' } }, 404);
  });
}

const registry: Registry = {
  schemaVersion: 1,
  areas: [entry('overview', null), entry('profile', '/api/profile/current-items'), entry('job-search', '/api/job-search/current-items')],
};

async function mount(): Promise<OverviewApp> {
  const el = await fixture<OverviewApp>(html`<overview-app></overview-app>`);
  await waitUntil(() => !el.loading && el.results.length + Number(el.registryFailed) > 0);
  await el.updateComplete;
  return el;
}

describe('overview-app', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(CustomerTopic, {
      customer: { id: 'c1', firstName: 'Tessa', lastName: 'Testilä', displayName: 'Tessa Testilä', preferredLanguage: 'fi' },
    });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(restoreFetch);

  describe('accessibility', () => {
    it('is accessible with items and with a failed area', async () => {
      serve({
        '/api/registry': () => json(registry),
        '/api/profile/current-items': () => json({ items: [item('p1', 'profile', { urgency: 'action', kind: 'task' })] }),
        '/api/job-search/current-items': () => json({ error: { code: 'internal-error', message: 'x' } }, 500),
      });
      await expect(await mount()).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('greets the person by first name and gathers items from every contributing area', async () => {
      serve({
        '/api/registry': () => json(registry),
        '/api/profile/current-items': () => json({ items: [item('p1', 'profile')] }),
        '/api/job-search/current-items': () =>
          json({ items: [item('j1', 'job-search', { kind: 'deadline', urgency: 'action', dueDate: '2026-12-01' })] }),
      });
      const el = await mount();
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Hei, Tessa!');
      const items = [...el.shadowRoot!.querySelectorAll('overview-item')];
      expect(items.map((i) => i.item?.id)).to.deep.equal(['j1', 'p1']);
      expect(items[0]!.shadowRoot!.textContent).to.contain('Määräaika 1.12.2026');
      expect(items[0]!.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/job-search');
    });

    it('keeps a failing area in its own row with a retry, and shows the others', async () => {
      let jobSearchUp = false;
      serve({
        '/api/registry': () => json(registry),
        '/api/profile/current-items': () => json({ items: [item('p1', 'profile')] }),
        '/api/job-search/current-items': () =>
          jobSearchUp ? json({ items: [item('j1', 'job-search')] }) : json({ error: { code: 'x', message: 'down' } }, 503),
      });
      const el = await mount();
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('job-search-fi');
      expect(el.shadowRoot!.querySelectorAll('overview-item')).to.have.length(1);
      jobSearchUp = true;
      alert.querySelector('button')!.click();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('overview-item').length === 2);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('says so when nothing is current, in the chosen language', async () => {
      serve({
        '/api/registry': () => json(registry),
        '/api/profile/current-items': () => json({ items: [] }),
        '/api/job-search/current-items': () => json({ items: [] }),
      });
      const el = await mount();
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Du har inga aktuella ärenden just nu.');
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Hej, Tessa!');
    });

    it('refuses items that break the contract, as a failure of that area', async () => {
      serve({
        '/api/registry': () => json(registry),
        '/api/profile/current-items': () => json({ items: [{ id: 'bad' }] }),
        '/api/job-search/current-items': () => json({ items: [] }),
      });
      const el = await mount();
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('profile-fi');
    });

    it('sorts action before info, then by due date', () => {
      const sorted = sortItems(
        [
          item('info-early', 'a', { dueDate: '2026-01-01' }),
          item('action-late', 'a', { urgency: 'action', dueDate: '2026-06-01' }),
          item('action-early', 'a', { urgency: 'action', dueDate: '2026-02-01' }),
        ],
        'fi',
      );
      expect(sorted.map((i) => i.id)).to.deep.equal(['action-early', 'action-late', 'info-early']);
    });
  });
});
