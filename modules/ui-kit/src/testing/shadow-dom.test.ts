import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { baseStyles } from '../styles/base.styles.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, fiDate, mount, squash, text, type } from './shadow-dom.js';

/** A small form in a shadow root: a field, a button that counts, a list. */
class UiKitShadowTest extends LitElement {
  static override styles = [baseStyles];
  static override properties = { typed: { state: true }, clicks: { state: true } };
  declare typed: string;
  declare clicks: number;

  constructor() {
    super();
    this.typed = '';
    this.clicks = 0;
  }

  protected override render(): TemplateResult {
    return html`<h1>Otsikko</h1>
      <label for="name">Nimi</label>
      <input id="name" class="input" @input=${(event: InputEvent) => (this.typed = (event.target as HTMLInputElement).value)} />
      <button class="button" type="button" @click=${() => (this.clicks += 1)}>Lisää</button>
      <ul>
        <li>yksi</li>
        <li>kaksi</li>
      </ul>
      <p class="typed">${this.typed}</p>`;
  }
}
customElements.define('ui-kit-shadow-test', UiKitShadowTest);

describe('ui-kit testing/shadow-dom', () => {
  afterEach(() => fixtureCleanup());

  describe('accessibility', () => {
    it('mounts an accessible element once it is ready', async () => {
      const el = await mount<UiKitShadowTest>(
        html`<ui-kit-shadow-test></ui-kit-shadow-test>`,
        (e) => e.shadowRoot?.querySelector('h1') !== null,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('finds, reads and operates what is in the shadow root', async () => {
      const el = await fixture<UiKitShadowTest>(html`<ui-kit-shadow-test></ui-kit-shadow-test>`);
      expect($(el, 'h1').textContent).to.equal('Otsikko');
      expect(() => $(el, '.nothing')).to.throw('.nothing not found');
      expect($$(el, 'li').map((li) => li.textContent)).to.deep.equal(['yksi', 'kaksi']);
      expect(squash('  a \n b  ')).to.equal('a b');
      expect(squash(null)).to.equal('');
      expect(text(el)).to.equal('Otsikko Nimi Lisää yksi kaksi');
      await type(el, 'name', 'Tessa');
      expect($(el, '.typed').textContent).to.equal('Tessa');
      await click(el, 'button');
      expect(el.clicks).to.equal(1);
      expect(fiDate('2026-12-01')).to.equal('1.12.2026');
    });

    it('checks the reflow at a phone width', async () => {
      const el = await fixture<UiKitShadowTest>(html`<ui-kit-shadow-test></ui-kit-shadow-test>`);
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
      expect(window.innerWidth).to.equal(800);
    });
  });
});
