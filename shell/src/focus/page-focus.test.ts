import { expect, fixture, html } from '@open-wc/testing';
import { findHeading, focusMainHeading } from './page-focus.js';

class ShadowHeading extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div><h1>Inside</h1></div>';
  }
}
customElements.define('test-shadow-heading', ShadowHeading);

describe('page-focus', () => {
  it('finds the h1 in the light DOM, in a child shadow root, and in the root element own shadow root', async () => {
    const light = await fixture(html`<div><h1>Light</h1></div>`);
    expect(findHeading(light)?.textContent).to.equal('Light');
    const nested = await fixture(html`<div><section><test-shadow-heading></test-shadow-heading></section></div>`);
    expect(findHeading(nested)?.textContent).to.equal('Inside');
    const self = await fixture(html`<test-shadow-heading></test-shadow-heading>`);
    expect(findHeading(self)?.textContent).to.equal('Inside');
  });

  it('focuses the heading, making it focusable, or the fallback when there is none', async () => {
    const root = await fixture(html`<div><test-shadow-heading></test-shadow-heading></div>`);
    const fallback = await fixture<HTMLElement>(html`<main tabindex="-1"></main>`);
    focusMainHeading(root, fallback);
    const heading = root.querySelector('test-shadow-heading')!.shadowRoot!.querySelector('h1')!;
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(root.querySelector('test-shadow-heading')!.shadowRoot!.activeElement).to.equal(heading);
    focusMainHeading(await fixture(html`<div></div>`), fallback);
    expect(document.activeElement).to.equal(fallback);
  });
});
