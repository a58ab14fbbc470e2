import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LocaleTopic, PageTopic, portalBus } from '@portal/shared-contracts';
import { defineShellElements } from '../../define.js';
import { defineModuleError } from './define.js';
import type { ShellModuleError } from './shell-module-error.js';

defineShellElements();
defineModuleError();

const names = { fi: 'Omat tiedot', sv: 'Mina uppgifter', en: 'My details' };

describe('shell-module-error', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await fixture<ShellModuleError>(html`<shell-module-error .names=${names} area="profile"></shell-module-error>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible while the shell still tries to load the area', async () => {
      const el = await fixture<ShellModuleError>(
        html`<shell-module-error .names=${names} area="offers" legacy-available still-trying></shell-module-error>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible with the legacy pages offered', async () => {
      const el = await fixture<ShellModuleError>(
        html`<shell-module-error .names=${names} area="offers" legacy-available></shell-module-error>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('names the area in plain language, as an alert, in the current language', async () => {
      const el = await fixture<ShellModuleError>(html`<shell-module-error .names=${names} area="profile"></shell-module-error>`);
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Omat tiedot ei ole juuri nyt käytettävissä');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('My details is not available right now');
    });
  });

  describe('still trying', () => {
    it('says, politely and without claiming a failure, that loading goes on, in the current language', async () => {
      const el = await fixture<ShellModuleError>(
        html`<shell-module-error .names=${names} area="profile" still-trying></shell-module-error>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('h1')!.textContent).to.equal('Omat tiedot latautuu hitaasti');
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('Yritämme edelleen');
      expect(root.querySelector('[role="alert"]')!.textContent!.trim(), 'nothing alarming').to.equal('');
      expect(root.querySelector('.notice')!.classList.contains('error')).to.equal(false);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(root.querySelector('h1')!.textContent).to.equal('Mina uppgifter laddas långsamt');
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('Vi fortsätter försöka');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(root.querySelector('h1')!.textContent).to.equal('My details is taking long to load');
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('We keep trying');
    });

    it('turns into the failure when loading gives up, keeping the focus of a person on its buttons', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const el = await fixture<ShellModuleError>(
        html`<shell-module-error .names=${names} area="offers" legacy-available still-trying></shell-module-error>`,
      );
      const root = el.shadowRoot!;
      const [retry, legacy] = root.querySelectorAll('button');
      retry!.focus();
      el.stillTrying = false;
      await el.updateComplete;
      subscription.unsubscribe();
      expect(root.querySelector('h1')!.textContent).to.equal('Omat tiedot ei ole juuri nyt käytettävissä');
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain('ei latautunut');
      expect(root.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
      expect(root.querySelector('.notice')!.classList.contains('error')).to.equal(true);
      expect([...root.querySelectorAll('button')], 'the same buttons').to.deep.equal([retry, legacy]);
      expect(root.activeElement, 'focus stays where the person put it').to.equal(retry);
      expect(titles, 'the page title follows').to.deep.equal([
        'Omat tiedot latautuu hitaasti',
        'Omat tiedot ei ole juuri nyt käytettävissä',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('stands in for the area page title and fires a retry', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ area, title }) => titles.push(`${area}:${title}`));
      const el = await fixture<ShellModuleError>(html`<shell-module-error .names=${names} area="profile"></shell-module-error>`);
      subscription.unsubscribe();
      expect(titles).to.deep.equal(['profile:Omat tiedot ei ole juuri nyt käytettävissä']);
      setTimeout(() => el.shadowRoot!.querySelector('button')!.click());
      const event = await oneEvent(el, 'shell-module-retry');
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('offers the legacy pages only while the area has them, and fires their choice', async () => {
      const without = await fixture<ShellModuleError>(html`<shell-module-error .names=${names} area="profile"></shell-module-error>`);
      expect(without.shadowRoot!.querySelectorAll('button')).to.have.length(1);
      const el = await fixture<ShellModuleError>(
        html`<shell-module-error .names=${names} area="offers" legacy-available></shell-module-error>`,
      );
      const buttons = el.shadowRoot!.querySelectorAll('button');
      expect([...buttons].map((button) => button.textContent!.trim())).to.deep.equal([
        'Yritä uudelleen',
        'Käytä vanhaa Oma asiointi -sivua',
      ]);
      setTimeout(() => buttons[1]!.click());
      const event = await oneEvent(el, 'shell-module-legacy');
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });
});
