import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { PageTopic, portalBus } from '@portal/shared-contracts';
import { baseStyles } from '../styles/base.styles.js';
import { FormFlowController, FormStep, PoliteAnnouncer, politeRegion } from './form-flow.js';
import { formStyles } from '../styles/form.styles.js';
import { notice } from '../page/notice.js';

/** Three steps, each with its own h1; the edit step has a field, an error summary and a notice. */
class UiKitFlowTest extends LitElement {
  static override styles = [baseStyles, formStyles];
  readonly flow = new FormFlowController(this, { area: 'ui-kit-test', title: (step) => `Flow ${step}` });
  readonly announcer = new PoliteAnnouncer(this, 10);

  protected override render(): TemplateResult {
    const step = this.flow.step;
    return html`<h1 tabindex="-1">Step ${step}</h1>
      ${
        step === FormStep.edit
          ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="t"><h2 id="t">Korjaa</h2></div>
            ${notice('error', 'Lähettäminen ei onnistunut.')}
            <form id="form"><div class="field"><label for="phone">Puhelin</label><input id="phone" class="input" /></div></form>`
          : html`<p>${step}</p>`
      }
      ${politeRegion(this.announcer)}`;
  }
}
customElements.define('ui-kit-flow-test', UiKitFlowTest);

describe('ui-kit form-flow', () => {
  afterEach(() => fixtureCleanup());

  describe('accessibility', () => {
    it('is accessible on every step', async () => {
      const el = await fixture<UiKitFlowTest>(html`<ui-kit-flow-test></ui-kit-flow-test>`);
      await expect(el).to.be.accessible();
      await el.flow.goTo(FormStep.check);
      await expect(el).to.be.accessible();
      await el.flow.goTo(FormStep.receipt);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('announces the step title for the area and moves focus to the h1, the summary, a notice or a field', async () => {
      const shown: { area: string; title: string }[] = [];
      const subscription = portalBus.subscribe(PageTopic, (page) => shown.push(page));
      const el = await fixture<UiKitFlowTest>(html`<ui-kit-flow-test></ui-kit-flow-test>`);
      await el.updateComplete;
      await el.flow.goTo(FormStep.check);
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('H1');
      await el.flow.goTo(FormStep.edit, 'summary');
      expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
      await el.flow.goTo(FormStep.edit, 'notice');
      expect(el.shadowRoot!.activeElement?.classList.contains('notice')).to.equal(true);
      await el.flow.goTo(FormStep.edit, { path: 'phone' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('phone');
      // A path with no field falls back to the heading.
      await el.flow.goTo(FormStep.edit, { path: 'nothing' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('phone');
      subscription.unsubscribe();
      // The same step again is not a new page: no second title.
      expect(shown).to.deep.equal([
        { area: 'ui-kit-test', title: 'Flow edit' },
        { area: 'ui-kit-test', title: 'Flow check' },
        { area: 'ui-kit-test', title: 'Flow edit' },
      ]);
    });

    it('names no page once the form has left it before its first render finished', async () => {
      const shown: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => shown.push(title));
      const el = document.createElement('ui-kit-flow-test') as UiKitFlowTest;
      document.body.append(el);
      el.remove();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      subscription.unsubscribe();
      expect(shown).to.deep.equal([]);
    });

    it('says a newer text instead of one not yet said, and the same text again nudged', async () => {
      const el = await fixture<UiKitFlowTest>(html`<ui-kit-flow-test></ui-kit-flow-test>`);
      const live = (): string => el.shadowRoot!.querySelector('.live')!.textContent ?? '';
      el.announcer.say('first');
      el.announcer.say('second');
      await waitUntil(() => live() === 'second');
      el.announcer.say('second', true);
      await el.updateComplete;
      expect(live()).to.equal('second\u00a0');
    });
  });
});
