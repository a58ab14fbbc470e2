import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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
    it('is accessible with tasks waiting', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
      const el = await header();
      el.attention = new Map([['profile', 2]]);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('lists the navigation from the registry and marks the current page', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      const el = await header();
      const links = [...el.shadowRoot!.querySelectorAll('nav a')];
      // Exactly the names: no stray whitespace where a "tasks waiting" mark would go.
      expect(links.map((a) => a.textContent)).to.deep.equal(['Etusivu', 'Omat tiedot']);
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

    it('marks an area with tasks waiting, in words for screen readers, and the menu button with the total', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
      const el = await header();
      el.attention = new Map([['profile', 1]]);
      await el.updateComplete;
      const [front, profile] = [...el.shadowRoot!.querySelectorAll('nav a')];
      expect(front!.querySelector('.mark')).to.equal(null);
      expect(profile!.querySelector('.mark')!.textContent).to.equal('1');
      expect(profile!.querySelector('.mark')!.getAttribute('aria-hidden')).to.equal('true');
      expect(profile!.querySelector('.visually-hidden')!.textContent).to.equal(' (1 tehtävä odottaa)');
      expect(el.shadowRoot!.querySelector('.menu-toggle .mark')!.textContent).to.equal('1');

      el.attention = new Map([['profile', 3]]);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(profile!.querySelector('.visually-hidden')!.textContent).to.equal(' (3 uppgifter väntar)');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(profile!.querySelector('.visually-hidden')!.textContent).to.equal(' (3 tasks waiting)');

      el.attention = new Map();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.mark')).to.equal(null);
    });

    it('signed in, keeps the links unseen (their room kept) until the marks are known, so a mark never moves them', async () => {
      portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
      const el = await header();
      const list = () => el.shadowRoot!.querySelector('#nav-list')!;
      expect(list().classList.contains('waiting')).to.equal(true);
      expect(getComputedStyle(list()).visibility).to.equal('hidden');
      el.attention = new Map();
      await el.updateComplete;
      expect(list().classList.contains('waiting'), 'no tasks is news too').to.equal(false);
      expect(getComputedStyle(list()).visibility).to.equal('visible');

      portalBus.publish(SessionTopic, { status: 'signed-out' });
      const signedOut = await header();
      expect(signedOut.shadowRoot!.querySelector('#nav-list')!.classList.contains('waiting'), 'signed out, no marks come').to.equal(false);
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

    it('takes at most a quarter of a 320 × 640 phone screen, signed in, in every language, nothing sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Ulla Ulkomaa' } });
        const el = await header();
        for (const locale of ['fi', 'sv', 'en'] as const) {
          portalBus.publish(LocaleTopic, { locale });
          await el.updateComplete;
          // Was 270 px: the name, the language, the person and signing out each on a row of their own.
          expect(el.getBoundingClientRect().height, locale).to.be.at.most(170);
          expect(document.documentElement.scrollWidth, locale).to.be.at.most(320);
          // The language's name shows; "Kieli:" is only heard, as part of the button's name.
          const toggle = el.shadowRoot!.querySelector('shell-language-menu')!.shadowRoot!.querySelector<HTMLElement>('.toggle')!;
          expect(toggle.querySelector<HTMLElement>('.prefix')!.getBoundingClientRect().width, locale).to.be.at.most(1);
        }
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
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
