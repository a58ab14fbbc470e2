import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { createBus, PageTopic, RouteTopic, type EventBus } from '@portal/shared-contracts';
import { areaFrontStyles } from '../styles/area-front.styles.js';
import { AreaRouter, matchRoute, notFoundPage, pageFailedNotice } from './area-router.js';
import { baseStyles } from '../styles/base.styles.js';

const ROUTES = { 'items/:id': 'item', 'items/:id/edit': 'edit', help: 'help' } as const;

/** A page element, defined only when the router asks for it. */
class UiKitRouterItem extends LitElement {
  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">Kohde</h1>`;
  }
}

// Each mounted root gets its own bus; the page loader fails as many times as the test says.
let bus: EventBus;
let failuresLeft = 0;
let loads = 0;

async function definePage(tag: string): Promise<void> {
  loads += 1;
  if (failuresLeft > 0) {
    failuresLeft -= 1;
    throw new Error('chunk failed');
  }
  if (!customElements.get(tag)) customElements.define(tag, class extends UiKitRouterItem {});
}

/** An area root: the front page and "not found" its own, the item page an element loaded lazily. */
class UiKitRouterTest extends LitElement {
  static override styles = [baseStyles, areaFrontStyles('items')];
  readonly router = new AreaRouter(this, {
    area: 'ui-kit-test',
    basePath: () => '/area',
    routes: ROUTES,
    elements: { item: 'ui-kit-router-item', edit: 'ui-kit-router-edit' },
    definePage,
    title: ({ page }) => (page === 'not-found' ? 'Ei löytynyt' : 'Alue'),
    bus,
  });

  protected override render(): TemplateResult {
    const { page, id } = this.router.current;
    if (this.router.failed) return pageFailedNotice('Alue', 'Sivua ei saatu avattua.', 'Yritä uudelleen', () => this.router.retry());
    switch (page) {
      case 'item':
        return html`<ui-kit-router-item data-id=${id ?? ''}></ui-kit-router-item>`;
      case 'edit':
        return html`<ui-kit-router-edit data-id=${id ?? ''}></ui-kit-router-edit>`;
      case 'not-found':
        return notFoundPage('Ei löytynyt', 'Sivua ei ole.', 'Alueen etusivulle', '/area');
      default:
        return html`<h1 tabindex="-1">Alue</h1>
          <ul class="items">
            <li><a href="/area/items/1">Kohde</a></li>
          </ul>`;
    }
  }
}
customElements.define('ui-kit-router-test', UiKitRouterTest);

async function mountAt(path: string): Promise<{ el: UiKitRouterTest; titles: string[] }> {
  bus = createBus();
  const titles: string[] = [];
  bus.subscribe(PageTopic, ({ area, title }) => titles.push(`${area}: ${title}`));
  bus.publish(RouteTopic, { path, area: 'ui-kit-test' });
  const el = await fixture<UiKitRouterTest>(html`<ui-kit-router-test></ui-kit-router-test>`);
  await el.updateComplete;
  return { el, titles };
}

async function go(el: UiKitRouterTest, path: string): Promise<void> {
  bus.publish(RouteTopic, { path, area: 'ui-kit-test' });
  await el.updateComplete;
  await el.updateComplete;
}

describe('ui-kit area-router', () => {
  beforeEach(() => {
    failuresLeft = 0;
    loads = 0;
  });
  afterEach(() => fixtureCleanup());

  describe('accessibility', () => {
    it('is accessible on the front page, "not found" and a page that failed to load', async () => {
      const { el } = await mountAt('/area');
      await expect(el).to.be.accessible();
      await go(el, '/area/nothing');
      await expect(el).to.be.accessible();
      failuresLeft = 1;
      await go(el, '/area/items/2');
      await waitUntil(() => el.router.failed);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('matches the route table below the base path, an outside path being the front page', () => {
      expect(matchRoute('/area', '/area/', ROUTES)).to.deep.equal({ page: 'front' });
      expect(matchRoute('/area/?x=1#y', '/area', ROUTES)).to.deep.equal({ page: 'front' });
      expect(matchRoute('/areas/items/1', '/area', ROUTES)).to.deep.equal({ page: 'front' });
      expect(matchRoute('/elsewhere', '/area', ROUTES)).to.deep.equal({ page: 'front' });
      expect(matchRoute('/area/help', '/area', ROUTES)).to.deep.equal({ page: 'help' });
      expect(matchRoute('/area/items/a%20b/', '/area', ROUTES)).to.deep.equal({ page: 'item', id: 'a b' });
      expect(matchRoute('/area/items/7/edit?x', '/area', ROUTES)).to.deep.equal({ page: 'edit', id: '7' });
      for (const path of [
        '/area/items',
        '/area/items/%20',
        '/area/items/%E0%A4%A',
        '/area/items//edit',
        '/area/help/more',
        '/area/constructor',
      ]) {
        expect(matchRoute(path, '/area', ROUTES), path).to.deep.equal({ page: 'not-found' });
      }
    });
  });

  describe('events', () => {
    it('says the title of the pages the root draws, and leaves a page element to say its own', async () => {
      const { el, titles } = await mountAt('/area');
      expect(titles).to.deep.equal(['ui-kit-test: Alue']);
      await go(el, '/area/nothing');
      expect(titles.at(-1)).to.equal('ui-kit-test: Ei löytynyt');
      await go(el, '/area/items/1');
      await waitUntil(() => customElements.get('ui-kit-router-item') !== undefined);
      expect(titles).to.have.length(2);
      expect(el.shadowRoot!.querySelector<HTMLElement>('ui-kit-router-item')?.dataset['id']).to.equal('1');
    });

    it('loads a page element once, on its route, and offers a focused retry when the download fails', async () => {
      const { el, titles } = await mountAt('/area');
      expect(loads).to.equal(0);
      failuresLeft = 1;
      await go(el, '/area/items/1/edit');
      await waitUntil(() => el.router.failed);
      await el.updateComplete;
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!;
      expect(el.shadowRoot!.activeElement).to.equal(retry);
      expect(el.shadowRoot!.querySelector('[role="alert"] p')?.textContent).to.equal('Sivua ei saatu avattua.');
      expect(titles.at(-1)).to.equal('ui-kit-test: Alue');
      expect(loads).to.equal(1);
      retry.click();
      await waitUntil(() => customElements.get('ui-kit-router-edit') !== undefined);
      await el.updateComplete;
      expect(el.router.failed).to.equal(false);
      expect(el.shadowRoot!.querySelector('.retry')).to.equal(null);
      expect(loads).to.equal(2);
    });
  });
});
