import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocaleTopic, portalBus } from '@portal/shared-contracts';
import { defineShellElements } from '../../define.js';
import type { LocaleSelectEvent } from '../../events.js';
import type { ShellLanguageMenu } from './shell-language-menu.js';

defineShellElements();

describe('shell-language-menu', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  describe('accessibility', () => {
    it('is accessible closed and open', async () => {
      const el = await fixture<ShellLanguageMenu>(html`<shell-language-menu></shell-language-menu>`);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('names each language in itself, with its own lang, and marks the current one', async () => {
      const el = await fixture<ShellLanguageMenu>(html`<shell-language-menu></shell-language-menu>`);
      const options = [...el.shadowRoot!.querySelectorAll('li button')];
      expect(options.map((b) => [b.textContent?.trim(), b.getAttribute('lang'), b.getAttribute('aria-current')])).to.deep.equal([
        ['suomi', 'fi', 'true'],
        ['svenska', 'sv', 'false'],
        ['English', 'en', 'false'],
      ]);
    });
  });

  describe('events', () => {
    it('opens with focus on the current language and fires the choice', async () => {
      const el = await fixture<ShellLanguageMenu>(html`<shell-language-menu></shell-language-menu>`);
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
      toggle.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement?.getAttribute('lang')).to.equal('fi');
      const swedish = el.shadowRoot!.querySelector<HTMLButtonElement>('button[lang="sv"]')!;
      setTimeout(() => swedish.click());
      const event = (await oneEvent(el, 'shell-locale-select')) as LocaleSelectEvent;
      expect(event.locale).to.equal('sv');
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('closes on Escape and returns focus to the toggle', async () => {
      const el = await fixture<ShellLanguageMenu>(html`<shell-language-menu></shell-language-menu>`);
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
      toggle.click();
      await el.updateComplete;
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });
  });
});
