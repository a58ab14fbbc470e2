import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LocaleTopic, portalBus } from '@portal/shared-contracts';
import { defineModuleError } from '../components/shell-module-error/define.js';
import { defineShellElements } from '../define.js';
import { overviewEntry, profileEntry, registryEntry } from '../testing/registry-fixtures.js';
import { areaContainers, showFailure, showLoading } from './area-containers.js';

defineShellElements();
defineModuleError();

const offersEntry = registryEntry('offers', '/offers', { names: { fi: 'Tarjoukset', sv: 'Erbjudanden', en: 'Offers' } });

async function areasRoot(): Promise<HTMLElement> {
  const main = await fixture<HTMLElement>(html`<main><div id="areas"></div></main>`);
  return main.querySelector<HTMLElement>('#areas')!;
}

describe('area containers', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  describe('accessibility', () => {
    it('is accessible while an area loads', async () => {
      const root = await areasRoot();
      const containers = areaContainers(root);
      const container = containers.containerFor(profileEntry);
      containers.show('profile');
      showLoading(container);
      await expect(root.parentElement).to.be.accessible();
    });

    it('is accessible with an area failure notice shown', async () => {
      const root = await areasRoot();
      const containers = areaContainers(root);
      const container = containers.containerFor(offersEntry);
      containers.show('offers');
      const notice = showFailure(
        container,
        offersEntry,
        () => undefined,
        () => undefined,
      );
      await notice.updateComplete;
      await expect(root.parentElement).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('makes one hidden container per area, named for it, when first asked for', async () => {
      const root = await areasRoot();
      const containers = areaContainers(root);
      const profile = containers.containerFor(profileEntry);
      expect(containers.containerFor(profileEntry)).to.equal(profile);
      expect(profile.id).to.equal('area-profile');
      expect(profile.dataset['area']).to.equal('profile');
      expect(profile.hidden).to.equal(true);
      containers.containerFor(overviewEntry);
      expect([...root.children].map((child) => child.id)).to.deep.equal(['area-profile', 'area-overview']);
    });

    it("shows one area's container at a time, or none for the shell's own page", async () => {
      const containers = areaContainers(await areasRoot());
      const profile = containers.containerFor(profileEntry);
      const overview = containers.containerFor(overviewEntry);
      expect(containers.shown('profile')).to.equal(undefined);
      containers.show('profile');
      expect([profile.hidden, overview.hidden]).to.deep.equal([false, true]);
      expect(containers.shown('profile')).to.equal(profile);
      expect(containers.shown('overview')).to.equal(undefined);
      containers.show('overview');
      expect([profile.hidden, overview.hidden]).to.deep.equal([true, false]);
      containers.show(null);
      expect([profile.hidden, overview.hidden]).to.deep.equal([true, true]);
      expect(containers.shown('offers'), 'an area without a container').to.equal(undefined);
    });

    it('says "loading" as a status in the area\'s container until it is removed', async () => {
      const container = areaContainers(await areasRoot()).containerFor(profileEntry);
      const loading = showLoading(container);
      expect(loading.getAttribute('role')).to.equal('status');
      expect(container.textContent).to.equal('Ladataan…');
      loading.remove();
      expect(container.children).to.have.length(0);
    });

    it('names the failed area in its own container and offers the legacy pages only while it has them', async () => {
      const containers = areaContainers(await areasRoot());
      const notice = showFailure(containers.containerFor(profileEntry), profileEntry, () => undefined);
      await notice.updateComplete;
      expect(notice.parentElement).to.equal(containers.containerFor(profileEntry));
      expect(notice.shadowRoot!.querySelector('h1')!.textContent).to.equal('Omat tiedot ei ole juuri nyt käytettävissä');
      expect(notice.legacyAvailable).to.equal(false);
      const offers = showFailure(
        containers.containerFor(offersEntry),
        offersEntry,
        () => undefined,
        () => undefined,
      );
      expect(offers.legacyAvailable).to.equal(true);
    });
  });

  describe('events', () => {
    it("calls the failure's retry and legacy actions from the notice's buttons", async () => {
      const container = areaContainers(await areasRoot()).containerFor(offersEntry);
      const chosen: string[] = [];
      const notice = showFailure(
        container,
        offersEntry,
        () => chosen.push('retry'),
        () => chosen.push('legacy'),
      );
      await notice.updateComplete;
      const [retry, legacy] = notice.shadowRoot!.querySelectorAll('button');
      setTimeout(() => retry!.click());
      await oneEvent(notice, 'shell-module-retry');
      setTimeout(() => legacy!.click());
      await oneEvent(notice, 'shell-module-legacy');
      expect(chosen).to.deep.equal(['retry', 'legacy']);
    });
  });
});
