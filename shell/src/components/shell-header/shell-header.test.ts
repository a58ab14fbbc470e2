import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LocaleTopic, portalBus, RouteTopic, SessionTopic } from '@portal/shared-contracts';
import { overviewEntry, profileEntry } from '../../testing/registry-fixtures.js';
import { defineShellElements } from '../../define.js';
import type { ShellHeader } from './shell-header.js';

defineShellElements();

const areas = [overviewEntry, profileEntry];

async function header(): Promise<ShellHeader> {
  const el = await fixture<ShellHeader>(html`<shell-header .areas=${areas}></shell-header>`);
  await el.updateComplete;
  return el;
}

describe('shell-header', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(RouteTopic, { path: '/profile', area: 'profile' });
  });

  describe('accessibility', () => {
    it('is accessible signed out', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      await expect(await header()).to.be.accessible();
    });
    it('is accessible signed in', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
      await expect(await header()).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('lists the navigation from the registry and marks the current page', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      const el = await header();
      const links = [...el.shadowRoot!.querySelectorAll('nav a')];
      expect(links.map((a) => a.textContent?.trim())).to.deep.equal(['Etusivu', 'Omat tiedot']);
      expect(links.map((a) => a.getAttribute('aria-current'))).to.deep.equal(['false', 'page']);
    });

    it('shows the signed-in person and switches language live', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
      const el = await header();
      expect(el.shadowRoot!.textContent).to.contain('Kirjautunut: Tessa Testilä');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Inloggad: Tessa Testilä');
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Huvudmeny');
      expect(el.shadowRoot!.textContent).to.contain('Mina uppgifter');
    });

    it('collapses the navigation behind a menu button that reports its state', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      const el = await header();
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.querySelector('#nav-list')!.classList.contains('open')).to.equal(true);
    });
  });

  describe('events', () => {
    it('asks for sign-in when signed out', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      const el = await header();
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.tools .button')!;
      expect(button.textContent?.trim()).to.equal('Kirjaudu sisään');
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'shell-sign-in-request');
      expect(event.composed).to.equal(true);
    });

    it('asks for sign-out when signed in, and shows progress while busy', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
      const el = await header();
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.tools .button')!;
      setTimeout(() => button.click());
      await oneEvent(el, 'shell-sign-out-request');
      el.busy = true;
      await el.updateComplete;
      expect(button.disabled).to.equal(true);
      expect(button.textContent?.trim()).to.equal('Kirjaudutaan ulos…');
    });
  });
});
