import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { defineMessages, LocaleTopic, portalBus, type Locale } from '@portal/shared-contracts';
import { LocaleController } from './locale-controller.js';

const messages = defineMessages<'greeting' | 'due'>({
  fi: { greeting: 'Hei {name}', due: 'Viimeistään {date}' },
  sv: { greeting: 'Hej {name}', due: 'Senast {date}' },
  en: { greeting: 'Hello {name}', due: 'By {date}' },
});

class UiKitLocaleTest extends LitElement {
  static override properties = { own: { attribute: false } };
  declare own: Locale | undefined;
  readonly changes: Locale[] = [];
  readonly i18n = new LocaleController(this, messages, {
    changed: (locale) => this.changes.push(locale),
    override: () => this.own,
  });

  constructor() {
    super();
    this.own = undefined;
  }

  protected override render(): TemplateResult {
    return html`<p>${this.i18n.t('greeting', { name: 'Tessa' })}. ${this.i18n.t('due', { date: this.i18n.date('2026-02-01') })}</p>`;
  }
}
customElements.define('ui-kit-locale-test', UiKitLocaleTest);

const text = (el: HTMLElement): string => el.shadowRoot?.querySelector('p')?.textContent ?? '';

describe('ui-kit LocaleController', () => {
  afterEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await fixture<UiKitLocaleTest>(html`<ui-kit-locale-test></ui-kit-locale-test>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('speaks the language of the bus, and follows it without a new element', async () => {
      portalBus.publish(LocaleTopic, { locale: 'fi' });
      const el = await fixture<UiKitLocaleTest>(html`<ui-kit-locale-test></ui-kit-locale-test>`);
      expect(text(el)).to.equal('Hei Tessa. Viimeistään 1.2.2026');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(text(el)).to.equal('Hej Tessa. Senast 1.2.2026');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(text(el)).to.equal('Hello Tessa. By 1 February 2026');
      expect(el.changes.slice(-2)).to.deep.equal(['sv', 'en']);
    });

    it('lets an element speak its own language over the portal’s', async () => {
      portalBus.publish(LocaleTopic, { locale: 'fi' });
      const el = await fixture<UiKitLocaleTest>(html`<ui-kit-locale-test .own=${'sv' as const}></ui-kit-locale-test>`);
      expect(el.i18n.language).to.equal('sv');
      expect(text(el)).to.equal('Hej Tessa. Senast 1.2.2026');
    });
  });
});
