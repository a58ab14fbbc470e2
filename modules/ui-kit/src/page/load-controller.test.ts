import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { ApiRequestError } from '@portal/shared-contracts';
import { LoadController, LoadState } from './load-controller.js';
import { baseStyles } from '../styles/base.styles.js';

/** A read the test finishes by hand, as a slow network would. */
interface Pending {
  readonly id: string;
  readonly signal: AbortSignal;
  resolve(value: string): void;
  reject(error: unknown): void;
}

const apiError = (status: number): ApiRequestError => new ApiRequestError(status, 'some-code', 'some-code');

/** A page of one item: its id from a property, the item read by the controller, a retry on failure. */
class UiKitLoadTest extends LitElement {
  static override styles = [baseStyles];
  static override properties = { itemId: { attribute: false } };
  declare itemId: string | undefined;
  readonly pending: Pending[] = [];
  readonly settledStates: LoadState[] = [];
  readonly item = new LoadController(this, {
    args: () => (this.itemId === undefined ? undefined : ([this.itemId] as const)),
    task: ([id], signal) =>
      new Promise<string>((resolve, reject) => {
        this.pending.push({ id, signal, resolve, reject });
      }),
    settled: (state) => this.settledStates.push(state),
  });

  constructor() {
    super();
    this.itemId = undefined;
  }

  protected override render(): TemplateResult {
    switch (this.item.state) {
      case LoadState.loaded:
        return html`<h1>${this.item.value}</h1>`;
      case LoadState.notFound:
        return html`<h1>Ei löytynyt</h1>`;
      case LoadState.failed:
        return html`<h1>Kohde</h1>
          <button class="button retry" type="button" @click=${() => void this.item.run()}>Yritä uudelleen</button>`;
      default:
        return html`<h1>Kohde</h1>
          <p role="status">Ladataan…</p>`;
    }
  }
}
customElements.define('ui-kit-load-test', UiKitLoadTest);

const heading = (el: UiKitLoadTest): string => el.shadowRoot?.querySelector('h1')?.textContent ?? '';

describe('ui-kit LoadController', () => {
  describe('accessibility', () => {
    it('is accessible while loading, loaded and failed', async () => {
      const el = await fixture<UiKitLoadTest>(html`<ui-kit-load-test .itemId=${'a'}></ui-kit-load-test>`);
      await expect(el).to.be.accessible();
      el.pending[0]?.reject(apiError(500));
      await waitUntil(() => el.item.state === LoadState.failed);
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('waits for its arguments, then reads once per change of them', async () => {
      const el = await fixture<UiKitLoadTest>(html`<ui-kit-load-test></ui-kit-load-test>`);
      expect(el.item.state).to.equal(LoadState.idle);
      expect(el.pending).to.have.length(0);
      el.itemId = 'a';
      await el.updateComplete;
      expect(el.item.state).to.equal(LoadState.loading);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.pending.map((read) => read.id)).to.deep.equal(['a']);
      el.pending[0]?.resolve('Kohde A');
      await waitUntil(() => heading(el) === 'Kohde A');
      expect(el.settledStates).to.deep.equal([LoadState.loaded]);
    });

    it('drops a late answer for arguments no longer shown, and aborts its read', async () => {
      const el = await fixture<UiKitLoadTest>(html`<ui-kit-load-test .itemId=${'a'}></ui-kit-load-test>`);
      el.itemId = 'b';
      await el.updateComplete;
      const [first, second] = el.pending;
      expect(first?.signal.aborted).to.equal(true);
      second?.resolve('Kohde B');
      await waitUntil(() => heading(el) === 'Kohde B');
      first?.resolve('Kohde A');
      await el.updateComplete;
      expect(heading(el)).to.equal('Kohde B');
      expect(el.settledStates).to.deep.equal([LoadState.loaded]);
    });

    it('tells "not found" (a 404) from a failure, and retries a failure with the same arguments', async () => {
      const el = await fixture<UiKitLoadTest>(html`<ui-kit-load-test .itemId=${'a'}></ui-kit-load-test>`);
      el.pending[0]?.reject(apiError(404));
      await waitUntil(() => el.item.state === LoadState.notFound);
      el.itemId = 'b';
      await el.updateComplete;
      el.pending[1]?.reject(new TypeError('network'));
      await waitUntil(() => el.item.state === LoadState.failed);
      el.shadowRoot?.querySelector<HTMLButtonElement>('.retry')?.click();
      await el.updateComplete;
      expect(el.pending.map((read) => read.id)).to.deep.equal(['a', 'b', 'b']);
      el.pending[2]?.resolve('Kohde B');
      await waitUntil(() => heading(el) === 'Kohde B');
      expect(el.settledStates).to.deep.equal([LoadState.notFound, LoadState.failed, LoadState.loaded]);
    });

    it('reads again after reset(), and takes a value it is given without reading', async () => {
      const el = await fixture<UiKitLoadTest>(html`<ui-kit-load-test .itemId=${'a'}></ui-kit-load-test>`);
      el.pending[0]?.resolve('Kohde A');
      await waitUntil(() => el.item.state === LoadState.loaded);
      el.item.set('Kohde A, muutettu');
      await el.updateComplete;
      expect(heading(el)).to.equal('Kohde A, muutettu');
      expect(el.pending).to.have.length(1);
      el.item.reset();
      await el.updateComplete;
      expect(el.pending).to.have.length(2);
    });

    it('aborts its read when the element leaves the page, and reads again when it is back', async () => {
      const el = await fixture<UiKitLoadTest>(html`<ui-kit-load-test .itemId=${'a'}></ui-kit-load-test>`);
      const parent = el.parentNode!;
      el.remove();
      expect(el.pending[0]?.signal.aborted).to.equal(true);
      el.pending[0]?.resolve('Kohde A');
      parent.appendChild(el);
      await el.updateComplete;
      expect(el.pending).to.have.length(2);
      expect(el.item.state).to.equal(LoadState.loading);
    });
  });
});
