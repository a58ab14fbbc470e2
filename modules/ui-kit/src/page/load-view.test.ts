import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type nothing, type TemplateResult } from 'lit';
import { LoadState } from './load-controller.js';
import { focusRetryOnFailure, loadView } from './load-view.js';

const words = { loading: 'Loading…', failed: 'Could not fetch.', retry: 'Try again' };

/** A page whose read the test sets by hand. */
class UiKitLoadViewTest extends LitElement {
  static override properties = { state: { attribute: false } };
  declare state: LoadState;
  value: string | undefined = undefined;
  runs = 0;

  constructor() {
    super();
    this.state = LoadState.loading;
  }

  /** The read as loadView sees it: the state and value set by the test, `run()` counted. */
  readonly load = {
    host: this as UiKitLoadViewTest,
    get state(): LoadState {
      return this.host.state;
    },
    get value(): string | undefined {
      return this.host.value;
    },
    run: async (): Promise<void> => {
      this.runs++;
    },
  };

  protected override render(): TemplateResult | typeof nothing {
    return loadView(this.load, words, (value) => html`<p class="value">${value}</p>`);
  }
}
customElements.define('ui-kit-load-view-test', UiKitLoadViewTest);

describe('ui-kit loadView', () => {
  describe('properties', () => {
    it('says it is loading, then draws the value', async () => {
      const el = await fixture<UiKitLoadViewTest>(html`<ui-kit-load-view-test></ui-kit-load-view-test>`);
      expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('Loading…');
      el.value = 'Offer';
      el.state = LoadState.loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.value')?.textContent).to.equal('Offer');
    });

    it('after a failure offers a retry, focused, that reads again', async () => {
      const el = await fixture<UiKitLoadViewTest>(html`<ui-kit-load-view-test></ui-kit-load-view-test>`);
      el.state = LoadState.failed;
      await el.updateComplete;
      focusRetryOnFailure(el)(LoadState.failed);
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('.notice.error[role="alert"] button.retry')!;
      expect(el.shadowRoot!.activeElement).to.equal(retry);
      retry.click();
      expect(el.runs).to.equal(1);
    });
  });
});
